/**
 * The meta sheet (meta.ts) read and written within Excel on the web's 5 MB per request and response.
 * A compute reads and rewrites only the registry (A:B, a few dozen names); the highlight records
 * (C:H, ≈ 130 bytes a cell: megabytes when a region's column of dates is wrong) are read in windows
 * and written in calls of about a megabyte, and only by highlighting and clearing.
 */
import { HighlightRecord, META_SHEET, SheetRef, highlightRows, ownRows, parseHighlights, parseOwn } from "./meta";
import { ACTION_OVERHEAD, Op, valueBytes } from "./payload";

type Ctx = Excel.RequestContext;

export interface MetaState {
  readonly exists: boolean;
  readonly own: readonly SheetRef[];
  /** Empty unless read with them. */
  readonly highlights: readonly HighlightRecord[];
  /** Rows the highlight block spans now, its header included: what a shorter block leaves to clear. */
  readonly highlightRows: number;
}

export const NO_META: MetaState = { exists: false, own: [], highlights: [], highlightRows: 0 };

/** Highlight rows per response: 15 000 rows of the longest sheet names and ids stay under 4.5 MB. */
export const META_READ_ROWS = 15_000;

/** Meta rows per write call: about a megabyte. */
const META_WRITE_BYTES = 1_000_000;

/**
 * The registry, the highlight block's extent and (`withHighlights`) its first window in one round
 * trip; a block longer than a window costs one more round trip per window.
 */
export async function readMeta(context: Ctx, metaName: string | undefined, withHighlights: boolean): Promise<MetaState> {
  if (!metaName) return NO_META;
  const ws = context.workbook.worksheets.getItem(metaName);
  const registry = ws.getRange("A:B").getUsedRangeOrNullObject(true);
  registry.load("values");
  const block = ws.getRange("C:H").getUsedRangeOrNullObject(true);
  block.load("rowIndex,rowCount");
  const first = withHighlights ? ws.getRangeByIndexes(1, 2, META_READ_ROWS, 6).getUsedRangeOrNullObject(true) : null;
  first?.load("values");
  await context.sync();
  const own = registry.isNullObject ? [] : parseOwn(registry.values);
  const rows = block.isNullObject ? 0 : block.rowIndex + block.rowCount;
  if (!first) return { exists: true, own, highlights: [], highlightRows: rows };
  const highlights = first.isNullObject ? [] : parseHighlights(first.values);
  for (let top = 1 + META_READ_ROWS; top < rows; top += META_READ_ROWS) {
    const window = ws.getRangeByIndexes(top, 2, Math.min(META_READ_ROWS, rows - top), 6);
    window.load("values");
    // eslint-disable-next-line office-addins/no-context-sync-in-loop -- one sync per 15 000 records, each response under 5 MB
    await context.sync();
    for (const h of parseHighlights(window.values)) highlights.push(h);
  }
  return { exists: true, own, highlights, highlightRows: rows };
}

/** The meta sheet in a request: made (very hidden) by the first write to a workbook without one. */
function metaSheet(context: Ctx, create: boolean): Excel.Worksheet {
  const sheets = context.workbook.worksheets;
  if (!create) return sheets.getItem(META_SHEET);
  const ws = sheets.add(META_SHEET);
  ws.visibility = "VeryHidden";
  return ws;
}

/** Rows at (top, left), as text first: sheet names are never read as numbers or formulas. */
function put(ws: Excel.Worksheet, top: number, left: number, rows: string[][]): void {
  const range = ws.getRangeByIndexes(top, left, rows.length, rows[0].length);
  range.numberFormat = [["@"]];
  range.values = rows;
}

function rowBytes(row: readonly string[]): number {
  let n = 3;
  for (const v of row) n += valueBytes(v);
  return n;
}

/** The registry rewritten in one call: a few dozen names. */
export function registryOp(state: MetaState, own: readonly SheetRef[]): Op<Ctx> {
  const rows = ownRows(own);
  return {
    bytes: rows.reduce((n, r) => n + rowBytes(r), ACTION_OVERHEAD * 6),
    apply: (context) => {
      const ws = metaSheet(context, !state.exists);
      if (state.exists) ws.getRange("A:B").clear("Contents");
      put(ws, 0, 0, rows);
    },
  };
}

/**
 * The highlight block rewritten in calls of about a megabyte. Rows are overwritten in place and what
 * lies below the new block is cleared last: records only move up, so should a request fail midway,
 * every record the sheet had is still in it, either rewritten or not yet reached.
 */
export function highlightOps(state: MetaState, highlights: readonly HighlightRecord[]): Op<Ctx>[] {
  const rows = highlightRows(highlights);
  const ops: Op<Ctx>[] = [];
  for (let from = 0; from < rows.length; ) {
    let to = from;
    let bytes = ACTION_OVERHEAD * 6;
    while (to < rows.length && (to === from || bytes < META_WRITE_BYTES)) bytes += rowBytes(rows[to++]);
    const part = rows.slice(from, to);
    const top = from;
    const create = !state.exists && from === 0;
    ops.push({ bytes, apply: (context) => put(metaSheet(context, create), top, 2, part) });
    from = to;
  }
  if (state.highlightRows > rows.length) {
    const top = rows.length;
    const count = state.highlightRows - rows.length;
    ops.push({
      bytes: ACTION_OVERHEAD * 3,
      apply: (context) => void context.workbook.worksheets.getItem(META_SHEET).getRangeByIndexes(top, 2, count, 6).clear("Contents"),
    });
  }
  return ops;
}
