/**
 * Reads every worksheet into a SheetGrid in a constant number of round trips: (1) sheet names,
 * visibility and the meta sheet; (2) each used range's extent; (3) values, number formats and value
 * types of all sheets together, split into blocks only when a response would pass ~4 MB.
 */
import { CellValue, Grid, SheetGrid } from "../../domain/grid";
import { isoFromSerial } from "../../domain/dates";
import { isDateFormat } from "./number-format";
import { META_SHEET, parseMeta, sameSheet } from "./meta";
import { ACTION_OVERHEAD, Op, syncPerRequest } from "./payload";

/** Estimated response bytes per cell: value, number format and value type. */
const RESPONSE_BYTES_PER_CELL = 40;
const CELLS_PER_BLOCK = 20_000;

type RawValue = string | number | boolean | null | undefined;

function toDate(serial: number): Date | null {
  const iso = isoFromSerial(serial);
  if (!iso) return null;
  const [y, m, d] = iso.split("-").map(Number);
  return new Date(Date.UTC(y, m - 1, d));
}

export function toCellValue(v: RawValue, type: string | undefined, format: string | undefined): CellValue {
  if (type === "Error") return { error: String(v) };
  if (v === null || v === undefined || v === "" || type === "Empty") return null;
  if (typeof v === "number" && isDateFormat(format)) return toDate(v) ?? v;
  return v;
}

interface Extent {
  readonly sheet: string;
  readonly hidden: boolean;
  readonly used: Excel.Range;
}

interface Block {
  readonly extent: Extent;
  readonly firstRow: number;
  readonly firstCol: number;
  readonly range: Excel.Range;
}

/** `fileName`: the workbook's name, or null to ask Excel for it (ExcelApi 1.7). */
export async function readAllSheets(context: Excel.RequestContext, fileName: string | null, fallback: string): Promise<SheetGrid[]> {
  const sheets = context.workbook.worksheets;
  sheets.load("items/name,items/visibility");
  if (fileName === null) context.workbook.load("name");
  await context.sync();
  const file = fileName ?? (context.workbook.name || fallback);

  let metaUsed: Excel.Range | null = null;
  const extents: Extent[] = [];
  for (const ws of sheets.items) {
    if (sameSheet(ws.name, META_SHEET)) {
      metaUsed = ws.getUsedRangeOrNullObject(true);
      metaUsed.load("values");
      continue;
    }
    const used = ws.getUsedRangeOrNullObject(true);
    used.load("rowIndex,columnIndex,rowCount,columnCount");
    extents.push({ sheet: ws.name, hidden: ws.visibility !== "Visible", used });
  }
  await context.sync();
  const own = metaUsed && !metaUsed.isNullObject ? parseMeta(metaUsed.values).own : [];
  const isOwn = (name: string) => own.some((o) => sameSheet(o, name));

  const blocks: Block[] = [];
  const ops: Op<Excel.RequestContext>[] = [];
  for (const e of extents) {
    if (e.used.isNullObject) continue;
    const { rowIndex, columnIndex, rowCount, columnCount } = e.used;
    const rowsPerBlock = Math.max(1, Math.floor(CELLS_PER_BLOCK / Math.max(1, columnCount)));
    const ws = sheets.getItem(e.sheet);
    for (let r = 0; r < rowCount; r += rowsPerBlock) {
      const n = Math.min(rowsPerBlock, rowCount - r);
      const range = ws.getRangeByIndexes(rowIndex + r, columnIndex, n, columnCount);
      const block: Block = { extent: e, firstRow: rowIndex + r, firstCol: columnIndex, range };
      blocks.push(block);
      ops.push({
        bytes: ACTION_OVERHEAD * 2 + n * columnCount * RESPONSE_BYTES_PER_CELL,
        apply: () => range.load("values,numberFormat,valueTypes"),
      });
    }
  }
  await syncPerRequest(context, ops);

  const grids = new Map<string, Grid>();
  for (const b of blocks) {
    let grid = grids.get(b.extent.sheet);
    if (!grid) {
      grid = [];
      grids.set(b.extent.sheet, grid);
    }
    const { values, numberFormat, valueTypes } = b.range;
    for (let r = 0; r < values.length; r++) {
      const row: CellValue[] = new Array<CellValue>(b.firstCol).fill(null);
      const vr = values[r];
      for (let c = 0; c < vr.length; c++) row.push(toCellValue(vr[c], valueTypes[r][c], numberFormat[r][c]));
      grid[b.firstRow + r] = trimRow(row);
    }
  }
  return extents.map((e) => {
    const cells = grids.get(e.sheet) ?? [];
    for (let r = 0; r < cells.length; r++) if (!cells[r]) cells[r] = [];
    const g: SheetGrid = { file, sheet: e.sheet, cells };
    return { ...g, ...(e.hidden ? { hidden: true } : {}), ...(isOwn(e.sheet) ? { ownOutput: true } : {}) };
  });
}

function trimRow(row: CellValue[]): CellValue[] {
  let end = row.length;
  while (end > 0 && row[end - 1] === null) end--;
  return end === row.length ? row : row.slice(0, end);
}
