/**
 * Reads every worksheet into a SheetGrid: (1) sheet names, visibility and the meta sheet; (2) each
 * used range's extent, with a few cells' shown text that tell the date system (date-system.ts);
 * (3) the values of all sheets together; (4) the number formats of the columns
 * that hold numbers, the only cells whose format changes what they are (a serial formatted as a date
 * is a date, a share formatted as a percentage is read as shown). Steps 3 and 4 take as many responses as their megabytes need (read-windows.ts).
 */
import { CellValue, Grid, SheetGrid, UnreadCells } from "../../domain/grid";
import { cellAddress, columnLetter } from "../../domain/a1";
import { isoFromSerialIn } from "../../domain/dates";
import { counts1904, PROBE_AREA, PROBE_SHEETS } from "./date-system";
import { isErrorLiteral } from "../../domain/normalize";
import { isDateFormat } from "./number-format";
import { isPercentFormat, shownPercent } from "../percent-format";
import { META_SHEET, findSheet, parseOwn, sameSheet } from "./meta";
import { RESPONSE_BUDGET, Window, readWindows } from "./read-windows";
import { OnTransfer, ReadOptions, stopIfAsked } from "../port";
import { MergedAreas, mergedAreasOf, mergedAreasOneByOne, mergesOf } from "./merged-areas";

/** First guesses of a cell's response bytes (a value; a number format), until a block is measured. */
const VALUE_GUESS = 40;
const FORMAT_GUESS = 16;

type RawValue = string | number | boolean | null | undefined;

function toDate(serial: number, date1904: boolean): Date | null {
  const iso = isoFromSerialIn(serial, date1904);
  if (!iso) return null;
  const [y, m, d] = iso.split("-").map(Number);
  return new Date(Date.UTC(y, m - 1, d));
}

/**
 * A cell as the domain reads it, before number formats. An error cell arrives as its code («#N/A»,
 * «#DIV/0!»): the value types that would tell it from the same text typed by hand would cost a
 * quarter of every response, and the domain takes such a text for the same broken formula anyway.
 */
export function toCellValue(v: RawValue): CellValue {
  if (v === null || v === undefined || v === "") return null;
  if (typeof v === "string") return v.charCodeAt(0) === 0x23 && isErrorLiteral(v) ? { error: v } : v;
  return v;
}

/** A number as its number format shows it: a date when the format is a date's, 25 for «25 %». */
export function withFormat(v: number, format: string | undefined, date1904 = false): CellValue {
  if (isDateFormat(format)) return toDate(v, date1904) ?? v;
  return isPercentFormat(format) && Number.isFinite(v) ? shownPercent(v) : v;
}

interface Extent {
  readonly sheet: string;
  readonly id: string;
  readonly hidden: boolean;
  readonly ws: Excel.Worksheet;
  readonly used: Excel.Range;
  /** The sheet's merged areas (null: not asked for; "unread": Excel would not list them). */
  merged: MergedAreas;
}

/**
 * The columns read of a sheet whose used range runs further right: A–IV, Excel 2003's whole width.
 * Forms have under twenty columns; past IV there are only stray values, and one at XFD1048576 made
 * the used range the whole sheet — seventeen billion cells, thousands of requests (UnreadCells).
 */
export const READ_COLUMNS = 256;
/**
 * The most cells of one sheet read from Excel: a full-height sheet (1 048 576 rows) 32 columns wide.
 * A region's roster at Excel's last row has twenty; more is stray values, and would hold the pane's
 * page to gigabytes of grid.
 */
export const MAX_READ_CELLS = 32 * 1_048_576;

type Box = Pick<Excel.Range, "rowIndex" | "columnIndex" | "rowCount" | "columnCount">;
const EXTENT = "rowIndex,columnIndex,rowCount,columnCount";

/** How the workbook is read: `fileName` null asks Excel for it (ExcelApi 1.7); `mergedAreas`: ExcelApi 1.13. */
export interface ReadHost {
  readonly fileName: string | null;
  readonly fallback: string;
  readonly mergedAreas: boolean;
}

/** The workbook's sheets, and whether it counts dates from 1904 (then its dates were read as such). */
export interface ReadBook {
  readonly sheets: SheetGrid[];
  readonly date1904: boolean;
}

export async function readAllSheets(context: Excel.RequestContext, host: ReadHost, opts: ReadOptions = {}): Promise<ReadBook> {
  const sheets = context.workbook.worksheets;
  sheets.load("items/name,items/id,items/visibility");
  if (host.fileName === null) context.workbook.load("name");
  await context.sync();
  const file = host.fileName ?? (context.workbook.name || host.fallback);

  const extentsOf = (withMerges: boolean) => {
    let metaUsed: Excel.Range | null = null;
    const extents: Extent[] = [];
    // A few cells with their shown text, for the date system (date-system.ts): a few kilobytes.
    const probes: Excel.Range[] = [];
    for (const ws of sheets.items) {
      if (sameSheet(ws.name, META_SHEET)) {
        // The registry only (A:B): the highlight records beside it can run to megabytes.
        metaUsed = ws.getRange("A:B").getUsedRangeOrNullObject(true);
        metaUsed.load("values");
        continue;
      }
      if (probes.length < PROBE_SHEETS) probes.push(ws.getRange(PROBE_AREA).load("values,numberFormat,text"));
      const used = ws.getUsedRangeOrNullObject(true);
      used.load(EXTENT);
      extents.push({ sheet: ws.name, id: ws.id, hidden: ws.visibility !== "Visible", ws, used, merged: withMerges ? mergedAreasOf(ws) : null });
    }
    return { metaUsed: metaUsed as Excel.Range | null, extents, probes };
  };
  stopIfAsked(opts.signal);
  // Merged areas come with the used ranges; a sheet of over 512 of them fails the request (Excel
  // lists no more), and then each sheet's are asked for on their own.
  let step = extentsOf(host.mergedAreas);
  try {
    await context.sync();
  } catch (e) {
    if (!host.mergedAreas) throw e;
    step = extentsOf(false);
    await context.sync();
    await mergedAreasOneByOne(context, step.extents, opts.signal);
  }
  const { metaUsed, extents, probes } = step;
  const date1904 = counts1904(probes) === true;
  const own = metaUsed && !metaUsed.isNullObject ? parseOwn(metaUsed.values) : [];
  // By id: an output the user renamed is still ours, a user's sheet that took a deleted output's name is not.
  const live = extents.map((e) => ({ name: e.sheet, id: e.id }));
  const ownIds = new Set(own.flatMap((o) => findSheet(live, o.name, o.id)?.id ?? []));
  const isOwn = (e: Extent) => ownIds.has(e.id);

  // Our own output is not input: only the sheets the app asks for (its history) are read.
  const toRead = extents.filter((e) => !e.used.isNullObject && !(opts.ownCells && isOwn(e) && !opts.ownCells(e.sheet)));
  // A sheet used past column IV: only A–IV is read, its own used part asked for in one more request.
  const narrowed = new Map<Extent, Excel.Range>();
  for (const e of toRead) {
    if (e.used.columnIndex + e.used.columnCount <= READ_COLUMNS) continue;
    const part = e.ws.getRange(`A:${columnLetter(READ_COLUMNS - 1)}`).getUsedRangeOrNullObject(true);
    part.load(EXTENT);
    narrowed.set(e, part);
  }
  if (narrowed.size > 0) {
    stopIfAsked(opts.signal);
    await context.sync();
  }
  const windows = new Map<Extent, Window>();
  const unread = new Map<Extent, UnreadCells>();
  for (const e of toRead) {
    const u = e.used;
    const lastCell = cellAddress(u.rowIndex + u.rowCount - 1, u.columnIndex + u.columnCount - 1);
    const n = narrowed.get(e);
    const part: Box | null = n ? (n.isNullObject ? null : n) : u;
    if (part && part.rowCount * part.columnCount > MAX_READ_CELLS) {
      unread.set(e, { lastCell, fromColumn: null, cells: part.rowCount * part.columnCount });
      continue;
    }
    if (n) unread.set(e, { lastCell, fromColumn: READ_COLUMNS });
    if (part) windows.set(e, { sheet: e.sheet, row: part.rowIndex, column: part.columnIndex, rowCount: part.rowCount, columnCount: part.columnCount, guessPerCell: VALUE_GUESS });
  }
  const grids = await readCells(context, [...windows.values()], date1904, opts);
  const read = extents.map((e): SheetGrid => {
    const w = windows.get(e);
    const cells = (w && grids.get(w)) ?? [];
    for (let r = 0; r < cells.length; r++) if (!cells[r]) cells[r] = [];
    const g: SheetGrid = { file, sheet: e.sheet, cells };
    const left = unread.get(e);
    return { ...g, ...mergesOf(e.merged), ...(e.hidden ? { hidden: true } : {}), ...(isOwn(e) ? { ownOutput: true } : {}), ...(left ? { unread: left } : {}) };
  });
  return { sheets: read, date1904 };
}

/**
 * Steps 3 and 4. A small workbook comes in one response with its formats; a large one values first,
 * then the formats of the columns that turned out to hold numbers (a quarter of the cells, or less).
 */
async function readCells(context: Excel.RequestContext, windows: readonly Window[], date1904: boolean, { progress, signal }: ReadOptions): Promise<Map<Window, Grid>> {
  const grids = new Map<Window, Grid>();
  const numeric = new Map<Window, boolean[]>();
  let guessed = 0;
  for (const w of windows) guessed += w.rowCount * w.columnCount * (VALUE_GUESS + FORMAT_GUESS);
  const together = guessed <= RESPONSE_BUDGET;
  const read = cellCounter("read", windows, progress);
  await readWindows(context, windows, together ? ["values", "numberFormat"] : ["values"], signal, (w, first, { values, numberFormat }) => {
    read(w, values!.length);
    let grid = grids.get(w);
    if (!grid) grids.set(w, (grid = []));
    let cols = numeric.get(w);
    if (!cols) numeric.set(w, (cols = new Array<boolean>(w.columnCount).fill(false)));
    for (let r = 0; r < values!.length; r++) {
      const row: CellValue[] = new Array<CellValue>(w.column).fill(null);
      const vr = values![r];
      for (let k = 0; k < vr.length; k++) {
        const v = vr[k];
        if (typeof v !== "number") row.push(toCellValue(v));
        else if (numberFormat) row.push(withFormat(v, numberFormat[r][k], date1904));
        else {
          cols[k] = true;
          row.push(v);
        }
      }
      grid[w.row + first + r] = trimRow(row);
    }
  });
  if (together) return grids;

  const valuesOf = new Map<Window, Window>();
  for (const w of windows) for (const run of numberRuns(w, numeric.get(w) ?? [])) valuesOf.set(run, w);
  const runs = [...valuesOf.keys()];
  const formatsRead = cellCounter("readFormats", runs, progress);
  await readWindows(context, runs, ["numberFormat"], signal, (w, first, { numberFormat }) => {
    formatsRead(w, numberFormat!.length);
    const grid = grids.get(valuesOf.get(w)!)!;
    for (let r = 0; r < numberFormat!.length; r++) {
      const row = grid[w.row + first + r];
      const fr = numberFormat![r];
      for (let k = 0; k < fr.length; k++) {
        const v = row[w.column + k];
        if (typeof v === "number") row[w.column + k] = withFormat(v, fr[k], date1904);
      }
    }
  });
  return grids;
}

/** Counts the cells of arriving blocks against the windows' cells and tells `progress` (a no-op without one). */
function cellCounter(step: "read" | "readFormats", windows: readonly Window[], progress?: OnTransfer): (w: Window, rows: number) => void {
  if (!progress) return () => {};
  let total = 0;
  for (const w of windows) total += w.rowCount * w.columnCount;
  let done = 0;
  return (w, rows) => {
    done += rows * w.columnCount;
    progress({ step, done, total });
  };
}

/** Runs of neighbouring columns of a window that hold a number somewhere, each read whole. */
function numberRuns(w: Window, numeric: readonly boolean[]): Window[] {
  const runs: Window[] = [];
  for (let c = 0; c < numeric.length; c++) {
    if (!numeric[c]) continue;
    let end = c;
    while (end + 1 < numeric.length && numeric[end + 1]) end++;
    runs.push({ ...w, column: w.column + c, columnCount: end - c + 1, guessPerCell: FORMAT_GUESS });
    c = end;
  }
  return runs;
}

function trimRow(row: CellValue[]): CellValue[] {
  let end = row.length;
  while (end > 0 && row[end - 1] === null) end--;
  return end === row.length ? row : row.slice(0, end);
}
