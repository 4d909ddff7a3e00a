import { CellValue, SheetGrid, isCellError } from "./grid";

/**
 * Sheets that repeat another input sheet: a result of Metodist given with the schools' own files holds
 * a copy of each of their sheets, a school's file sent twice under two names, a sheet copied within a
 * workbook («Сверка кадров (2)»). Read twice, every row would count twice (the example's 49 issues
 * became 1 929, LK-04 doubled). Compared are the rows under the form's header, cell for cell: a copy
 * whose header was reworded still repeats its data. A school book that merely has Metodist's output in
 * it repeats nothing and is read as usual.
 */

/** A form sheet and the first row of its data (0-based), under its header and numbering row. */
export interface FormData {
  readonly sheet: SheetGrid;
  readonly from: number;
}

/** The cell as compared: an empty one, a missing one and the end of a row are the same. */
function plain(v: CellValue | undefined): CellValue {
  return v === undefined || v === "" ? null : v;
}

/** The data's last filled row + 1: trailing empty rows are no data. */
function end(f: FormData): number {
  let n = f.sheet.cells.length;
  while (n > f.from && !(f.sheet.cells[n - 1] ?? []).some((v) => plain(v) !== null)) n--;
  return n;
}

function rowKey(row: readonly CellValue[] | undefined): unknown[] {
  const out = (row ?? []).map(plain);
  while (out.length > 0 && out[out.length - 1] === null) out.pop();
  return out;
}

/** Rows compared before two sheets are compared whole: equal samples are rare for different data. */
function sampleKey(f: FormData, last: number): string {
  const n = last - f.from;
  const at = [0, 1, 2, Math.floor(n / 2), n - 2, n - 1].filter((r, i, all) => r >= 0 && r < n && all.indexOf(r) === i);
  return `${n}|${JSON.stringify(at.map((r) => rowKey(f.sheet.cells[f.from + r])))}`;
}

function sameCell(a: CellValue | undefined, b: CellValue | undefined): boolean {
  const x = plain(a);
  const y = plain(b);
  if (x === y) return true;
  if (x instanceof Date && y instanceof Date) return x.getTime() === y.getTime();
  if (isCellError(x) && isCellError(y)) return x.error === y.error;
  return false;
}

function sameData(a: FormData, b: FormData, rows: number): boolean {
  for (let r = 0; r < rows; r++) {
    const x = a.sheet.cells[a.from + r] ?? [];
    const y = b.sheet.cells[b.from + r] ?? [];
    const width = Math.max(x.length, y.length);
    for (let c = 0; c < width; c++) if (!sameCell(x[c], y[c])) return false;
  }
  return true;
}

/** «Сверка кадров (2)»: the name Excel gives a copied sheet. */
const COPY_NAME = /\s\(\d+\)$/;

/**
 * Each repeated sheet with the sheet it repeats. Of equal sheets the one kept is the one in a file
 * holding no Metodist output (the school's own file, not a result's copy), then one not named as
 * Excel names a copy («… (2)», which Excel may place before the original), then the first given.
 * `inResult`: whether a sheet's file holds Metodist's output.
 */
export function repeatedSheets(forms: readonly FormData[], inResult: (sheet: SheetGrid) => boolean): Map<SheetGrid, SheetGrid> {
  const byKey = new Map<string, { form: FormData; rows: number }[]>();
  for (const form of forms) {
    if (form.sheet.ownOutput) continue;
    const last = end(form);
    if (last <= form.from) continue;
    const key = sampleKey(form, last);
    const list = byKey.get(key);
    const item = { form, rows: last - form.from };
    if (list) list.push(item);
    else byKey.set(key, [item]);
  }
  const rank = (f: FormData) => (inResult(f.sheet) ? 2 : 0) + (COPY_NAME.test(f.sheet.sheet) ? 1 : 0);
  const repeats = new Map<SheetGrid, SheetGrid>();
  for (const list of byKey.values()) {
    if (list.length < 2) continue;
    const ordered = list.map((x, i) => ({ ...x, i })).sort((a, b) => rank(a.form) - rank(b.form) || a.i - b.i);
    const kept: typeof ordered = [];
    for (const x of ordered) {
      const original = kept.find((k) => k.rows === x.rows && sameData(k.form, x.form, x.rows));
      if (original) repeats.set(x.form.sheet, original.form.sheet);
      else kept.push(x);
    }
  }
  return repeats;
}

/**
 * The other form sheets of a result given with the schools' files: a result whose sheets repeat other
 * inputs' is the same data again, and a sheet of it that repeats nothing is a copy the school has
 * since corrected in its own file (read with it, that school's rows would count twice).
 */
export function staleCopies(forms: readonly FormData[], repeats: ReadonlyMap<SheetGrid, SheetGrid>, inResult: (sheet: SheetGrid) => boolean): Set<SheetGrid> {
  const results = new Set<string>();
  for (const [copy, original] of repeats) if (inResult(copy) && copy.file !== original.file) results.add(copy.file);
  return new Set(forms.map((f) => f.sheet).filter((s) => results.has(s.file) && !repeats.has(s)));
}
