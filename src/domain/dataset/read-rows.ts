import { CellValue, SheetGrid } from "../grid";
import { columnLetter } from "../a1";
import { FORM_BY_ID } from "../forms";
import { FieldDef, FormId } from "../forms/types";
import { SourceRef } from "../records";
import { Issue } from "../issues";
import { RecognizedSheet } from "../recognize/types";
import { mappedColumn } from "../recognize/mapped-column";
import { NormalValue, Normalized, NormalizedRow } from "../normalize/types";
import { columnNormalizer } from "../normalize/normalize-cell";
import { rowsWithMergesFilled } from "./merged-cells";
import { isEmptyCell, isSummaryOrSignature } from "../skipped-rows";
import { foldKey } from "../text";
import { boundedMemo } from "../memo";

/**
 * The data rows of a recognised sheet, every mapped cell normalised. A cell that cannot be read
 * becomes null in the row and an issue that names the column, quotes the value and says how to
 * fix it. Summary and signature lines are skipped (skipped-rows.ts): they are not workers or events.
 */

interface Column {
  readonly field: FieldDef;
  readonly col: number;
  readonly header: string;
  /** The header as compared with a row that may repeat it (repeatsHeader). */
  readonly headerKey: string;
  /** Column letters, computed once per sheet rather than once per cell. */
  readonly letters: string;
  readonly normalize: (raw: CellValue) => Normalized | string;
}

/** The header text people see above the column: the lowest non-empty header cell, else the form's header. */
function headerText(sheet: SheetGrid, rec: RecognizedSheet, col: number, field: FieldDef): string {
  for (let r = rec.headerRow - 1; r >= Math.max(0, rec.headerRow - Math.max(1, rec.headerRows)); r--) {
    const v = sheet.cells[r]?.[col];
    if (typeof v === "string" && v.trim() !== "") return v.replace(/\s+/g, " ").trim();
  }
  return field.header;
}

const ROW = Symbol("row");

/**
 * A row's field → A1 address map whose addresses are spelled only when read (by the few rules that
 * report an issue): one getter per mapped field on a per-sheet prototype instead of a dozen strings
 * per row, which a region's million rows paid for in allocation and garbage collection.
 */
function addressBook(columns: readonly Column[]): new (row: number) => Record<string, string> {
  const proto: Record<string, unknown> = {};
  for (const { field, letters } of columns) {
    Object.defineProperty(proto, field.id, {
      enumerable: true,
      get(this: { [ROW]: number }) {
        return letters + this[ROW];
      },
    });
  }
  function Addresses(this: { [ROW]: number }, row: number): void {
    this[ROW] = row;
  }
  Addresses.prototype = proto;
  return Addresses as unknown as new (row: number) => Record<string, string>;
}

const CELLS = Symbol("cells");

/**
 * A row's field → cell-as-typed map read straight from the sheet's row (which the grid keeps alive
 * anyway): a getter per mapped field on a per-sheet prototype instead of a copied record per row —
 * in a region that copy was a dozen values a row for a million rows, kept until the check ended.
 */
function rawView(columns: readonly Column[]): new (cells: readonly CellValue[]) => Record<string, CellValue> {
  const proto: Record<string, unknown> = {};
  for (const { field, col } of columns) {
    Object.defineProperty(proto, field.id, {
      enumerable: true,
      get(this: { [CELLS]: readonly CellValue[] }) {
        return this[CELLS][col] ?? null;
      },
    });
  }
  function Raw(this: { [CELLS]: readonly CellValue[] }, cells: readonly CellValue[]): void {
    this[CELLS] = cells;
  }
  Raw.prototype = proto;
  return Raw as unknown as new (cells: readonly CellValue[]) => Record<string, CellValue>;
}

interface SheetRowFields {
  readonly row: number;
  readonly values: Record<string, NormalValue | null>;
  readonly [CELLS]: readonly CellValue[];
}

/**
 * The sheet's rows as one object each holding only its line, values and grid row: the form, file and
 * sheet sit on a per-sheet prototype, the row is its own source reference, and the address and raw
 * views are made when a rule reads them (rarely, and they die young). Every object a row keeps lives
 * until the dataset is built, and the young-generation collector copies each one: five objects a row
 * were a region's millions of copies.
 */
function rowShape(sheet: SheetGrid, form: FormId, columns: readonly Column[]): new (row: number, values: Record<string, NormalValue | null>, cells: readonly CellValue[]) => NormalizedRow {
  const Addresses = addressBook(columns);
  const Raw = rawView(columns);
  const proto = {
    form,
    file: sheet.file,
    sheet: sheet.sheet,
    get ref(): SourceRef {
      return this as unknown as SourceRef;
    },
    get cells(): Record<string, string> {
      return new Addresses((this as unknown as SheetRowFields).row);
    },
    get raw(): Record<string, CellValue> {
      return new Raw((this as unknown as SheetRowFields)[CELLS]);
    },
  };
  function SheetRow(this: { -readonly [K in keyof SheetRowFields]: SheetRowFields[K] }, row: number, values: Record<string, NormalValue | null>, cells: readonly CellValue[]): void {
    this.row = row;
    this.values = values;
    this[CELLS] = cells;
  }
  SheetRow.prototype = proto;
  return SheetRow as unknown as new (row: number, values: Record<string, NormalValue | null>, cells: readonly CellValue[]) => NormalizedRow;
}

/**
 * A row's values object, of a constructor made per sheet: V8 sizes the instances of a constructor to
 * the fields its first instances got, so every row after the first few holds its dozen or twenty
 * fields in the object itself. A `{}` literal holds four and grew a separate store for the rest,
 * reallocated a few times on every row (readFormRows ≈ 7–9 % quicker). No prototype: a values
 * object answers only its fields.
 */
function valuesShape(): new () => Record<string, NormalValue | null> {
  function Values(): void {}
  Values.prototype = Object.create(null) as object;
  return Values as unknown as new () => Record<string, NormalValue | null>;
}

function anyFilled(cells: readonly CellValue[], columns: readonly Column[]): boolean {
  for (const c of columns) if (!isEmptyCell(cells[c.col])) return true;
  return false;
}

/**
 * Only the school is filled: the ОО column dragged down the blank past the last worker, as people fill
 * forms. No worker, course or event is there (and school cards, where the name is the record, are not
 * asked). The school comes first in every form, so a data row is told apart at its second filled cell.
 */
function onlySchool(cells: readonly CellValue[], columns: readonly Column[]): boolean {
  let school = false;
  for (const c of columns) {
    if (isEmptyCell(cells[c.col])) continue;
    if (c.field.id !== "school") return false;
    school = true;
  }
  return school;
}

/** «строки 5–60» / «строка 7»: the rows skipped for holding only the school, said once per sheet. */
function schoolOnlyIssue(sheet: SheetGrid, column: Column, rows: readonly number[]): Issue {
  const first = rows[0] + 1;
  const last = rows[rows.length - 1] + 1;
  const where = rows.length === 1 ? `строка ${first}` : rows.length === last - first + 1 ? `строки ${first}–${last}` : `${rows.length} строк между ${first} и ${last}`;
  return {
    file: sheet.file,
    sheet: sheet.sheet,
    cell: column.letters + first,
    field: column.field.id,
    rule: "sheet.schoolOnlyRows",
    severity: "warning",
    message: `Заполнена только ОО (${where}) — это не записи, они пропущены; если здесь должны быть работники или события, допишите остальные столбцы`,
  };
}

/**
 * The table's header again under the data: two schools' tables pasted one under the other. Every
 * filled mapped cell says what its column's header says (at least two of them), so it is no record.
 * The first filled cell is compared first: a data row differs from its header there and costs one
 * comparison.
 */
function repeatsHeader(cells: readonly CellValue[], columns: readonly Column[]): boolean {
  let same = 0;
  for (const c of columns) {
    const v = cells[c.col];
    if (isEmptyCell(v)) continue;
    if (typeof v !== "string" || cellKey(v) !== c.headerKey) return false;
    same++;
  }
  return same >= 2;
}

/** A row's first filled cell is mostly its school, the same on thousands of rows: folded once per spelling. */
const cellKey = boundedMemo(20_000, foldKey);

/** A roster line for a post nobody holds («Вакансия», «вакантная ставка»): not a worker. */
function isVacancy(v: CellValue | undefined): boolean {
  return typeof v === "string" && VACANCY.test(v);
}
const VACANCY = /^\s*ваканс|^\s*вакантн/i;

/** A line that is not a record, said once where it is: a warning, as the rest of the sheet is read. */
function skipped(sheet: SheetGrid, r: number, column: Column, rule: "sheet.headerRepeated" | "roster.vacancy", message: string): Issue {
  return { file: sheet.file, sheet: sheet.sheet, cell: column.letters + (r + 1), field: column.field.id, rule, severity: "warning", message };
}

export function readFormRows(sheet: SheetGrid, rec: RecognizedSheet): { rows: NormalizedRow[]; issues: Issue[] } {
  const form = FORM_BY_ID[rec.form];
  const columns: Column[] = [];
  for (const field of form.fields) {
    const col = mappedColumn(rec, field.id);
    if (col === undefined) continue;
    const header = headerText(sheet, rec, col, field);
    columns.push({ field, col, header, headerKey: foldKey(header), letters: columnLetter(col), normalize: columnNormalizer(field) });
  }
  // Only the roster lists posts; elsewhere a «вакансия» in the name column is an unknown person as usual.
  const nameColumn = rec.form === "roster" ? columns.find((c) => c.field.id === "fullName") : undefined;
  const SheetRow = rowShape(sheet, rec.form, columns);
  const Values = valuesShape();
  const rows: NormalizedRow[] = [];
  const issues: Issue[] = [];
  // firstDataRow (1-based) skips a «1 2 3…» numbering row under the header; its 0-based index is one less.
  const start = (rec.firstDataRow ?? rec.headerRow + 1) - 1;
  const rowAt = rowsWithMergesFilled(sheet, start);
  const schoolColumn = rec.form === "schools" ? undefined : columns.find((c) => c.field.id === "school");
  const schoolOnly: number[] = [];
  for (let r = start; r < sheet.cells.length; r++) {
    const cells = rowAt(r);
    if (!cells || !anyFilled(cells, columns)) continue;
    if (isSummaryOrSignature(cells)) continue;
    if (schoolColumn && onlySchool(cells, columns)) {
      schoolOnly.push(r);
      continue;
    }
    if (repeatsHeader(cells, columns)) {
      issues.push(skipped(sheet, r, columns[0], "sheet.headerRepeated", "Строка повторяет заголовки таблицы — это не запись, она пропущена; если ниже данные другой ОО, это нормально, иначе удалите строку"));
      continue;
    }
    if (nameColumn && isVacancy(cells[nameColumn.col])) {
      const what = String(cells[nameColumn.col]).trim();
      issues.push(skipped(sheet, r, nameColumn, "roster.vacancy", `«${what}» — незанятая должность, а не работник: строка не учитывается ни в проверке людей, ни в показателях`));
      continue;
    }
    const values = new Values();
    for (const { field, col, header, letters, normalize } of columns) {
      const n = normalize(cells[col] ?? null);
      if (typeof n === "string") {
        values[field.id] = n;
      } else if (n.ok) {
        values[field.id] = n.value;
      } else {
        values[field.id] = null;
        issues.push({
          file: sheet.file,
          sheet: sheet.sheet,
          cell: letters + (r + 1),
          field: field.id,
          rule: n.rule,
          severity: "error",
          message: `Столбец «${header}»: ${n.reason}`,
        });
      }
    }
    rows.push(new SheetRow(r + 1, values, cells));
  }
  if (schoolColumn && schoolOnly.length > 0) issues.push(schoolOnlyIssue(sheet, schoolColumn, schoolOnly));
  return { rows, issues };
}
