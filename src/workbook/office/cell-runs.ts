/**
 * Highlighted cells as runs down a column: the 30 000 date errors of one column are one range
 * «B2:B30001», not 30 000 ranges. Excel takes a fill for a whole range in one call and gives the
 * fills of a whole range back in one call (Range.getCellProperties), so highlighting and clearing
 * cost requests by runs, not by cells.
 */
import { cellAddress, isPlainCell, parseAddress } from "../../domain/a1";

export interface CellRun {
  readonly sheet: string;
  /** What every cell of the run shares besides its sheet (the fill it gets, or ""). */
  readonly key: string;
  readonly col: number;
  /** 0-based first and last row. */
  readonly top: number;
  readonly bottom: number;
  /** A1 of the run: «B2» or «B2:B30001». */
  readonly address: string;
  /** Index of the item in each row of the run; -1 for a row of a gap the run spans. */
  readonly items: readonly number[];
}

export interface RunOptions {
  /** Rows without an item a run may step over (they are read along, never written). */
  readonly maxGap: number;
  /** The longest run: its cells' properties come back in one response. */
  readonly maxCells: number;
}

/**
 * Items grouped by sheet and key, ordered by column then row, cut into runs of rows; the runs of one
 * sheet and key come one after another. An item whose
 * cell is not a plain A1 address («B2») is left out: a record of an older version or an edited meta
 * sheet must not stop the rest.
 */
export function cellRuns(
  count: number,
  sheetOf: (i: number) => string,
  cellOf: (i: number) => string,
  keyOf: (i: number) => string,
  options: RunOptions = { maxGap: 0, maxCells: Number.MAX_SAFE_INTEGER },
): CellRun[] {
  const groups = new Map<string, { sheet: string; key: string; cells: { i: number; row: number; col: number }[] }>();
  for (let i = 0; i < count; i++) {
    const sheet = sheetOf(i);
    const cell = cellOf(i);
    if (!isPlainCell(cell)) continue;
    const key = keyOf(i);
    const id = `${sheet}\u0000${key}`;
    let g = groups.get(id);
    if (!g) groups.set(id, (g = { sheet, key, cells: [] }));
    const { row, col } = parseAddress(cell);
    g.cells.push({ i, row, col });
  }
  const runs: CellRun[] = [];
  for (const { sheet, key, cells } of groups.values()) {
    cells.sort((a, b) => a.col - b.col || a.row - b.row);
    let k = 0;
    while (k < cells.length) {
      const first = cells[k];
      const items = [first.i];
      let bottom = first.row;
      k++;
      while (k < cells.length) {
        const c = cells[k];
        if (c.col !== first.col) break;
        if (c.row === bottom) {
          // The same cell twice (the caller's marks are one per cell): the first one stands.
          k++;
          continue;
        }
        const gap = c.row - bottom - 1;
        if (gap > options.maxGap || c.row - first.row + 1 > options.maxCells) break;
        for (let g = 0; g < gap; g++) items.push(-1);
        items.push(c.i);
        bottom = c.row;
        k++;
      }
      const address = bottom === first.row ? cellAddress(first.row, first.col) : `${cellAddress(first.row, first.col)}:${cellAddress(bottom, first.col)}`;
      runs.push({ sheet, key, col: first.col, top: first.row, bottom, address, items });
    }
  }
  return runs;
}
