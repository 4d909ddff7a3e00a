import { CellValue, SheetGrid } from "../grid";

/**
 * Merged data cells, read the way a person reads them: a school name merged down a column belongs to
 * every row of the block, not just the top one. Hosts give the value only in the block's top-left
 * cell (ExcelJS and Office.js alike), so without this the rows below lose their school and every
 * event of theirs fails to match the roster.
 * Returns the rows of `sheet` from `fromRow` (0-based) on with merged blocks filled; rows without
 * merged cells are the same arrays (copy only what changes).
 */
export function rowsWithMergesFilled(sheet: SheetGrid, fromRow: number): (r: number) => readonly CellValue[] | undefined {
  const merges = sheet.merges ?? [];
  const patched = new Map<number, CellValue[]>();
  // Rows past the sheet's last hold nothing to fill: a block merged down a whole column (A2:A1048576)
  // would otherwise make a million rows.
  const lastRow = sheet.cells.length - 1;
  for (const m of merges) {
    if (m.bottom < fromRow) continue;
    const value = sheet.cells[m.top]?.[m.left] ?? null;
    if (value === null) continue;
    for (let r = Math.max(m.top, fromRow); r <= Math.min(m.bottom, lastRow); r++) {
      let row = patched.get(r);
      if (!row) {
        row = [...(sheet.cells[r] ?? [])];
        patched.set(r, row);
      }
      for (let c = m.left; c <= m.right; c++) if (r !== m.top || c !== m.left) row[c] = value;
    }
  }
  if (patched.size === 0) return (r) => sheet.cells[r];
  return (r) => patched.get(r) ?? sheet.cells[r];
}
