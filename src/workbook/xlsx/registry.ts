/**
 * Metodist's memory of the sheets it wrote: a veryHidden sheet «metodist_meta» (sheet name, kind,
 * written-at). A later run replaces exactly these sheets; any other sheet belongs to the user.
 */
import ExcelJS from "exceljs";
import { CellValue, SheetGrid } from "../../domain/grid";
import { FONT_NAME } from "./styles";

export const REGISTRY_SHEET = "metodist_meta";

export interface OwnSheet {
  readonly sheet: string;
  readonly kind: string;
  /** ISO timestamp of the run that wrote the sheet. */
  readonly writtenAt: string;
}

const HEADER = ["sheet", "kind", "writtenAt"] as const;

export function findRegistrySheet(wb: ExcelJS.Workbook): ExcelJS.Worksheet | undefined {
  return wb.worksheets.find((ws) => ws.name.toLowerCase() === REGISTRY_SHEET);
}

const text = (v: CellValue | undefined): string => (v === null || v === undefined ? "" : typeof v === "object" && !(v instanceof Date) ? v.error : String(v));

/** Own sheets by lower-cased name (Excel sheet names are case-insensitive), from the registry sheet's grid. */
export function readRegistry(grid: SheetGrid | undefined): Map<string, OwnSheet> {
  const own = new Map<string, OwnSheet>();
  if (!grid) return own;
  grid.cells.forEach((row, r) => {
    if (r === 0) return;
    const sheet = text(row[0]).trim();
    if (!sheet) return;
    own.set(sheet.toLowerCase(), { sheet, kind: text(row[1]), writtenAt: text(row[2]) });
  });
  return own;
}

/** Rewrites the registry as the workbook's last sheet, veryHidden (not listed under «Показать»). */
export function writeRegistry(wb: ExcelJS.Workbook, entries: Iterable<OwnSheet>): void {
  const old = findRegistrySheet(wb);
  if (old) wb.removeWorksheet(old.id);
  const ws = wb.addWorksheet(REGISTRY_SHEET, { state: "veryHidden" });
  ws.addRow([...HEADER]);
  for (const e of entries) ws.addRow([e.sheet, e.kind, e.writtenAt]);
  ws.getColumn(1).font = { name: FONT_NAME };
}
