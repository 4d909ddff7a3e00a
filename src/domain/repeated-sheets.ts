import { CellValue, SheetGrid, isCellError } from "./grid";

/**
 * Sheets that repeat another input sheet cell for cell: a result of Metodist given with the schools'
 * own files holds a copy of each of their sheets, a school's file sent twice under two names, a sheet
 * copied within a workbook («Сверка кадров (2)»). Read twice, every row would count twice (the
 * example's 49 issues became 1 929, LK-04 doubled). A school book that merely has Metodist's output in
 * it repeats nothing and is read as usual.
 */

/** Rows compared before two sheets are compared whole: equal samples are rare for different data. */
function sampleKey(g: SheetGrid): string {
  const n = g.cells.length;
  const rows = [0, 1, 2, Math.floor(n / 2), n - 2, n - 1].filter((r, i, all) => r >= 0 && r < n && all.indexOf(r) === i);
  return `${n}|${JSON.stringify(rows.map((r) => g.cells[r]))}`;
}

function sameCell(a: CellValue | undefined, b: CellValue | undefined): boolean {
  const x = a ?? null;
  const y = b ?? null;
  if (x === y) return true;
  if (x instanceof Date && y instanceof Date) return x.getTime() === y.getTime();
  if (isCellError(x) && isCellError(y)) return x.error === y.error;
  return false;
}

function sameCells(a: SheetGrid, b: SheetGrid): boolean {
  if (a.cells.length !== b.cells.length) return false;
  for (let r = 0; r < a.cells.length; r++) {
    const x = a.cells[r] ?? [];
    const y = b.cells[r] ?? [];
    const width = Math.max(x.length, y.length);
    for (let c = 0; c < width; c++) if (!sameCell(x[c], y[c])) return false;
  }
  return true;
}

/**
 * Each repeated sheet with the sheet it repeats. Of two equal sheets the one kept is the one in a file
 * holding no Metodist output (the schools' own file, not the result's copy), else the first given.
 * `inResult`: whether a sheet's file holds Metodist's output. Sheets of fewer than two rows repeat
 * nothing worth saying (the caller passes only forms with rows under their header).
 */
export function repeatedSheets(sheets: readonly SheetGrid[], inResult: (sheet: SheetGrid) => boolean): Map<SheetGrid, SheetGrid> {
  const byKey = new Map<string, SheetGrid[]>();
  for (const s of sheets) {
    if (s.ownOutput || s.cells.length < 2) continue;
    const key = sampleKey(s);
    const list = byKey.get(key);
    if (list) list.push(s);
    else byKey.set(key, [s]);
  }
  const repeats = new Map<SheetGrid, SheetGrid>();
  for (const list of byKey.values()) {
    if (list.length < 2) continue;
    // Schools' own files first, each group in the order given.
    const ordered = [...list.filter((s) => !inResult(s)), ...list.filter((s) => inResult(s))];
    const kept: SheetGrid[] = [];
    for (const s of ordered) {
      const original = kept.find((k) => sameCells(k, s));
      if (original) repeats.set(s, original);
      else kept.push(s);
    }
  }
  return repeats;
}
