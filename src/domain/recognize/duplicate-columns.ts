import { SheetGrid } from "../grid";
import { FORM_BY_ID } from "../forms";
import { RecognizedSheet } from "./types";
import { matchHeader } from "./fieldIndex";
import { mappedColumn } from "./mapped-column";
import { isEmptyCell } from "../skipped-rows";

export interface DuplicateColumn {
  /** 0-based column that repeats a field already read from another column. */
  readonly column: number;
  readonly header: string;
  readonly field: string;
  /** 0-based column the field is read from. */
  readonly mappedColumn: number;
}

/**
 * Unmapped columns whose header names a field that another column already supplies, and that hold
 * data: their values are not read, which the user must be told (never a silent drop). An empty
 * duplicate — a leftover copy of a header — is harmless and not reported.
 */
export function duplicateColumns(sheet: SheetGrid, rec: RecognizedSheet): DuplicateColumn[] {
  const form = FORM_BY_ID[rec.form];
  const header = sheet.cells[rec.headerRow - 1] ?? [];
  const mapped = new Set(Object.values(rec.columns));
  const start = (rec.firstDataRow ?? rec.headerRow + 1) - 1;
  const out: DuplicateColumn[] = [];
  header.forEach((cell, column) => {
    if (mapped.has(column) || typeof cell !== "string" || cell.trim() === "") return;
    const m = matchHeader(cell, form);
    if (!m) return;
    const supplier = mappedColumn(rec, m.field);
    if (supplier === undefined) return;
    for (let r = start; r < sheet.cells.length; r++) {
      const v = sheet.cells[r]?.[column];
      if (!isEmptyCell(v)) {
        out.push({ column, header: cell.trim(), field: m.field, mappedColumn: supplier });
        return;
      }
    }
  });
  return out;
}
