/**
 * Cell fills for highlighting, by runs of cells (cell-runs.ts) rather than cell by cell: the fills a
 * highlight replaces are read a run at a time (Range.getCellProperties, ExcelApi 1.9), and fills are
 * set or cleared on whole runs, many runs a call (Worksheet.getRanges, ExcelApi 1.9). Older Excel
 * reads cell by cell and fills run by run (a rectangular range takes a fill in every version).
 */
import { cellRuns } from "./cell-runs";
import { ACTION_OVERHEAD, AREAS_PER_CALL, Op, syncPerRequest, utf8Length } from "./payload";
import { SheetProxies } from "./sheet-proxies";

type Ctx = Excel.RequestContext;

export interface CellRef {
  readonly sheet: string;
  readonly cell: string;
}

export interface FillState {
  readonly color: string;
  /** "" where the host cannot tell (ExcelApi < 1.9). */
  readonly pattern: string;
}

/** What a fill target gets: a colour («#FFC7CE»), or CLEAR_FILL for no fill at all. */
export const CLEAR_FILL = "";

/** JSON of one cell's fill in a getCellProperties answer (`{"format":{"fill":{"color":"#FFFFFF","pattern":"None"}}},`) with room to spare. */
const CELL_FILL_BYTES = 70;
/** Cells of a run read in one answer: ≈ 2.8 MB, under the 5 MB a response may carry on the web. */
const MAX_READ_CELLS = 40_000;
/** Unmarked rows a read may step over: reading one costs less than another range in the request. */
const READ_GAP = 3;

/** The fills the cells have now, in the order given; sheets from `sheets`, as for fillOps. */
export async function readFills(context: Ctx, cells: readonly CellRef[], byRuns: boolean, sheets: SheetProxies): Promise<FillState[]> {
  const out: FillState[] = cells.map(() => ({ color: "", pattern: "" }));
  if (!byRuns) {
    const fills: Excel.RangeFill[] = new Array<Excel.RangeFill>(cells.length);
    await syncPerRequest(
      context,
      cells.map((m, i) => ({
        bytes: ACTION_OVERHEAD * 4 + m.cell.length,
        apply: (c: Ctx) => void (fills[i] = sheets.get(c, m.sheet).getRange(m.cell).format.fill).load("color"),
      })),
      sheets.checkpoint,
    );
    fills.forEach((f, i) => (out[i] = { color: f.color ?? "", pattern: "" }));
    return out;
  }
  const runs = cellRuns(cells.length, (i) => cells[i].sheet, (i) => cells[i].cell, () => "", { maxGap: READ_GAP, maxCells: MAX_READ_CELLS });
  const answers: OfficeExtension.ClientResult<Excel.CellProperties[][]>[] = new Array(runs.length);
  await syncPerRequest(
    context,
    runs.map((run, k) => ({
      // Counted with its answer, so a request's answers stay under the response limit too.
      bytes: ACTION_OVERHEAD * 3 + utf8Length(run.sheet) + run.address.length + run.items.length * CELL_FILL_BYTES,
      apply: (c: Ctx) =>
        void (answers[k] = sheets.get(c, run.sheet).getRange(run.address).getCellProperties({ format: { fill: { color: true, pattern: true } } })),
    })),
    sheets.checkpoint,
  );
  runs.forEach((run, k) => {
    const rows = answers[k].value;
    run.items.forEach((i, r) => {
      if (i < 0) return;
      const fill = rows[r]?.[0]?.format?.fill;
      out[i] = { color: fill?.color ?? "", pattern: String(fill?.pattern ?? "") };
    });
  });
  return out;
}

/**
 * Ops that give each cell the fill `fillOf` names (a colour or CLEAR_FILL): runs of one fill, many a
 * call where the host has multi-area ranges. Their sheets come from `sheets`, whose checkpoint the
 * caller passes to the sync.
 */
export function fillOps(cells: readonly CellRef[], fillOf: (i: number) => string, multiArea: boolean, sheets: SheetProxies): Op<Ctx>[] {
  const per = multiArea ? AREAS_PER_CALL : 1;
  const ops: Op<Ctx>[] = [];
  // cellRuns gives the runs of one sheet and fill one after another: up to `per` of them a call.
  const runs = cellRuns(cells.length, (i) => cells[i].sheet, (i) => cells[i].cell, fillOf);
  for (let i = 0; i < runs.length; ) {
    const { sheet, key } = runs[i];
    let end = i + 1;
    while (end < runs.length && end - i < per && runs[end].sheet === sheet && runs[end].key === key) end++;
    const joined = runs
      .slice(i, end)
      .map((r) => r.address)
      .join(",");
    const single = end - i === 1;
    ops.push({
      bytes: ACTION_OVERHEAD * 3 + utf8Length(sheet) + joined.length + key.length,
      apply: (c) => {
        const ws = sheets.get(c, sheet);
        const target = single ? ws.getRange(joined) : ws.getRanges(joined);
        if (key === CLEAR_FILL) target.format.fill.clear();
        else target.format.fill.color = key;
      },
    });
    i = end;
  }
  return ops;
}
