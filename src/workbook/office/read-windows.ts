/**
 * Reading rectangles of sheets in as few responses as Excel on the web allows (5 MB each). How much a
 * response weighs is known only once it arrives, so each rectangle's rows are sized by the bytes its
 * rows measured so far (a first guess before that), several rectangles share a response while it has
 * room, and a response the host still refuses is asked again in halves: reading changes nothing, so
 * a retry is safe. The number of round trips grows with megabytes, never with rows.
 */
import { ACTION_OVERHEAD, isPayloadTooLarge, valueBytes } from "./payload";
import { stopIfAsked } from "../port";

/** What one response may carry by our measure; the host's limit is 5 MB, and a refusal is retried. */
export const RESPONSE_BUDGET = 4_500_000;
/** Rows further down may be longer than those measured: the measure is taken with this margin. */
const MEASURED_MARGIN = 1.05;
/** Rows of a window read first, to learn what its rows weigh. */
const PROBE_ROWS = 200;

export type Scalar = string | number | boolean;

/** Rows [0, rowCount) × columns [0, columnCount) from (row, column) of a sheet, read block by block. */
export interface Window {
  /** The worksheet's name: each request gets its own proxy, so a retry never leans on one from a refused batch. */
  readonly sheet: string;
  readonly row: number;
  readonly column: number;
  readonly rowCount: number;
  readonly columnCount: number;
  /** Response bytes of a cell assumed until a block of this window has been measured. */
  readonly guessPerCell: number;
}

/** What a block brings: the loaded properties of its rows. */
export interface Arrived {
  readonly values?: Scalar[][];
  readonly numberFormat?: string[][];
}
export type Prop = keyof Arrived;

/** Receives each block as it arrives: its rows from `first` on, of the window. */
export type Deliver = (w: Window, first: number, data: Arrived) => void;

interface Cursor {
  readonly w: Window;
  next: number;
  /** The largest bytes per row measured so far; 0 before any block arrived. */
  measured: number;
  /** Whether its first rows were sent for, to be measured. */
  probed: boolean;
}

interface Block {
  readonly cursor: Cursor;
  readonly first: number;
  readonly count: number;
}

function bytesPerRow(c: Cursor): number {
  return c.measured > 0 ? c.measured * MEASURED_MARGIN : c.w.columnCount * c.w.guessPerCell;
}

/**
 * The next response's blocks, as many rows as the budget allows. A window's first rows travel as a
 * small probe in the first response that has room, beside whatever else fits: from then on its rows
 * are sized by what they weigh, not by a guess that can be off two or three times either way.
 */
function nextResponse(cursors: readonly Cursor[]): Block[] {
  const blocks: Block[] = [];
  let room = RESPONSE_BUDGET;
  const take = (c: Cursor, most: number): boolean => {
    const rowBytes = bytesPerRow(c);
    room -= 2 * ACTION_OVERHEAD;
    const fit = Math.floor(room / rowBytes);
    // The first block always gets a row, however long: one row is as small as a request gets.
    const count = Math.min(c.w.rowCount - c.next, most, blocks.length === 0 ? Math.max(1, fit) : fit);
    if (count <= 0) return false;
    blocks.push({ cursor: c, first: c.next, count });
    c.next += count;
    room -= count * rowBytes;
    return true;
  };
  for (const c of cursors) {
    if (c.probed || c.next >= c.w.rowCount) continue;
    if (!take(c, PROBE_ROWS)) return blocks;
    c.probed = true;
  }
  for (const c of cursors) {
    if (c.next >= c.w.rowCount) continue;
    if (!take(c, Infinity)) break;
  }
  return blocks;
}

/** A refused response in two: its blocks in halves, or a lone block's rows in halves. */
function halves(blocks: readonly Block[]): Block[][] | null {
  if (blocks.length > 1) {
    const mid = Math.ceil(blocks.length / 2);
    return [blocks.slice(0, mid), blocks.slice(mid)];
  }
  const [b] = blocks;
  if (b.count < 2) return null;
  const left = Math.ceil(b.count / 2);
  return [
    [{ cursor: b.cursor, first: b.first, count: left }],
    [{ cursor: b.cursor, first: b.first + left, count: b.count - left }],
  ];
}

/**
 * A long block is weighed by a sample: weighing every cell of a region's read took ≈ 0.6 s of the
 * pane for seven million cells, to size the next request. Ten runs of a hundred consecutive rows,
 * spread over the block, give the mean within the margin — runs, not every n-th row, so rows that
 * alternate (a long one, a short one) are weighed as they come, not one kind only. A response the
 * host still refuses is asked again in halves.
 */
const SAMPLE_RUNS = 10;
const RUN_ROWS = 100;

/** What a block weighed as JSON, a row. */
function weightPerRow(data: readonly (readonly Scalar[])[] | undefined): number {
  if (!data || data.length === 0) return 0;
  if (data.length <= SAMPLE_RUNS * RUN_ROWS) return weigh(data, 0, data.length) / data.length;
  let n = 0;
  for (let k = 0; k < SAMPLE_RUNS; k++) {
    const from = Math.floor((k * data.length) / SAMPLE_RUNS);
    n += weigh(data, from, from + RUN_ROWS);
  }
  return n / (SAMPLE_RUNS * RUN_ROWS);
}

/** The JSON bytes of rows `from` … `to` − 1. */
function weigh(data: readonly (readonly Scalar[])[], from: number, to: number): number {
  let n = 0;
  for (let r = from; r < to; r++) for (const v of data[r]) n += valueBytes(v);
  return n;
}

/**
 * Reads the properties of every window, handing each block to `deliver` as it arrives; ends with
 * RunStopped before the next request once `signal` is aborted.
 */
export async function readWindows(context: Excel.RequestContext, windows: readonly Window[], props: readonly Prop[], signal: AbortSignal | undefined, deliver: Deliver): Promise<void> {
  const cursors: Cursor[] = windows.filter((w) => w.rowCount > 0 && w.columnCount > 0).map((w) => ({ w, next: 0, measured: 0, probed: false }));
  const retries: Block[][] = [];
  for (;;) {
    const blocks = retries.shift() ?? nextResponse(cursors);
    if (blocks.length === 0) return;
    stopIfAsked(signal);
    const sheets = new Map<string, Excel.Worksheet>();
    const sheetOf = (name: string): Excel.Worksheet => {
      let ws = sheets.get(name);
      if (!ws) sheets.set(name, (ws = context.workbook.worksheets.getItem(name)));
      return ws;
    };
    const ranges = blocks.map(({ cursor: { w }, first, count }) => sheetOf(w.sheet).getRangeByIndexes(w.row + first, w.column, count, w.columnCount).load(props.join(",")));
    try {
      // eslint-disable-next-line office-addins/no-context-sync-in-loop -- one sync per ~4.5 MB response, not per row
      await context.sync();
    } catch (e) {
      const split = isPayloadTooLarge(e) ? halves(blocks) : null;
      if (!split) throw e;
      retries.unshift(...split);
      continue;
    }
    blocks.forEach((b, i) => {
      const r = ranges[i];
      const data: Arrived = {
        ...(props.includes("values") ? { values: r.values as Scalar[][] } : {}),
        ...(props.includes("numberFormat") ? { numberFormat: r.numberFormat as string[][] } : {}),
      };
      b.cursor.measured = Math.max(b.cursor.measured, weightPerRow(data.values) + weightPerRow(data.numberFormat));
      deliver(b.cursor.w, b.first, data);
    });
  }
}
