/**
 * A SheetPlan as a sequence of queued Office.js operations with their estimated request size, block
 * of rows after block (the plan's rows, then its compact rows as they are made): values in whole 2-D
 * row blocks (number formats first, so text that looks like a formula lands as text), column widths
 * and merges after the first block, then formats as rectangles of equal style and native links;
 * after the last block, tables, conditional formats, validation, sheet look and charts.
 */
import { columnLetter } from "../../domain/a1";
import { serialIn } from "../../domain/dates";
import { ChartPlan, NativeLinkCut, PlanCell, PlanRow, SheetPlan, StyleName, PAGE_FOOTER, planBlocks, printTitlesOf } from "../../report/plan";
import { SheetHandle } from "./sheet-proxies";
import { Capabilities, Feature } from "./capabilities";
import { ACTION_OVERHEAD, AREAS_PER_CALL, BLOCK_BUDGET, NULL_BYTES, Op, utf8Length, valueBytes } from "./payload";
import { applyLook, FONT_NAME, lookCalls, LOOKS, styleKey } from "./styles";
import { quoteSheet, uniqueTableName } from "../sheet-name";
import { LinkFormulas, SizedValue } from "./link-formulas";

type Ctx = Excel.RequestContext;
type CellOut = string | number | boolean;

const GENERAL = "General";
const TEXT = "@";
const DATE = "dd.mm.yyyy";
const MAX_BLOCK_ROWS = 5_000;
/** Brackets and separator of one row of a values or numberFormat array. */
const ROW_BYTES = 3;
/** Excel reads a value starting with = + - or @ as a formula (OFFICE-NOTES.md); by char code, for a million cells. */
function formulaLike(v: string): boolean {
  const c = v.charCodeAt(0);
  return c === 0x3d || c === 0x2b || c === 0x2d || c === 0x40;
}

/**
 * A block of a sheet's rows as its ops write it: the sheet's rows from row `offset` (0-based); rows
 * before `native` (of the sheet) carry native hyperlinks, later ones HYPERLINK formulas.
 */
interface Block {
  readonly rows: readonly PlanRow[];
  readonly offset: number;
  readonly native: number;
}

export interface WriteContext {
  readonly caps: Capabilities;
  /** Planned → actual names of every sheet in this run (links and formulas follow renames). */
  readonly renames: ReadonlyMap<string, string>;
  /** Table names already in the workbook (lower case); updated as tables are added. */
  readonly tableNames: Set<string>;
  /** Features skipped on this host, for the user's message. */
  readonly lost: Set<Feature>;
  /** Cosmetic chart calls, run after everything else in a sync that may fail harmlessly. */
  readonly cosmetics: ((ctx: Ctx) => void)[];
  /** How each sheet prints (ExcelApi 1.9): in that last sync too, after the cosmetics. */
  readonly layouts: ((ctx: Ctx) => void)[];
  /** Link cells' HYPERLINK formulas (past the native links' limit, or on Excel 2016). */
  readonly links: LinkFormulas;
  /** The workbook counts dates from 1904: a date's serial is 1462 days less. */
  readonly date1904: boolean;
}

function renameInFormula(formula: string, renames: ReadonlyMap<string, string>): string {
  let f = formula;
  for (const [from, to] of renames) if (from !== to) f = f.split(`${quoteSheet(from)}!`).join(`${quoteSheet(to)}!`);
  return f;
}

/** A cell as Office.js takes it: its value and its number format; `bytes`: its JSON size when known (else −1). */
interface CellSlot extends SizedValue {
  f: string;
}

/**
 * One cell's value and number format as Office.js takes them, into `out` (one slot serves every cell:
 * a pair made per cell was ten million arrays for a region). `nativeLink`: whether a link of this
 * cell goes in as a native hyperlink (linkOps) rather than as the cell's HYPERLINK formula.
 */
function cellOut(cell: PlanCell | undefined, w: WriteContext, nativeLink: boolean, out: CellSlot): void {
  out.bytes = -1;
  if (!cell || cell.v === null) {
    out.v = "";
    out.f = cell?.numFmt ?? GENERAL;
    return;
  }
  const v = cell.v;
  // Without range.hyperlink (ExcelApi < 1.7: desktop Excel 2016/2019, where HYPERLINK opens a place in
  // the workbook), or past the sheet's limit of native hyperlinks, the link is the cell's formula.
  // Excel on the web follows HYPERLINK to URLs only: native links wherever they can be.
  if (cell.link && !nativeLink && (typeof v === "string" || typeof v === "number")) {
    const numFmt = cell.numFmt === undefined || cell.numFmt === TEXT ? GENERAL : cell.numFmt;
    w.links.make(cell.link.sheet, cell.link.cell, v, out);
    out.f = typeof v === "number" ? numFmt : GENERAL;
  } else if (typeof v === "string") {
    out.v = v;
    out.f = formulaLike(v) ? TEXT : (cell.numFmt ?? GENERAL);
  } else if (typeof v === "number" || typeof v === "boolean") {
    out.v = v;
    out.f = cell.numFmt ?? GENERAL;
  } else if ("date" in v) {
    out.v = serialIn(v.date, w.date1904);
    out.f = cell.numFmt ?? DATE;
  } else {
    out.v = `=${renameInFormula(v.formula, w.renames)}`;
    out.f = cell.numFmt ?? GENERAL;
  }
}

/** A cell of a values or numberFormat array; null leaves the cell as it is (the sheet is new: empty, General). */
type CellIn = CellOut | null;

/** Three proxies a fill costs: the source cell, the cells below it, and the copy. */
const FILL_BYTES = ACTION_OVERHEAD * 3;
/** A rectangle of one number format: its range proxy and the 1×1 format it takes. */
const FORMAT_RECT_BYTES = ACTION_OVERHEAD * 2;

interface Fill {
  /** Block-relative row of the written cell; the `count` rows below it copy its value. */
  readonly row: number;
  readonly col: number;
  readonly count: number;
}

/**
 * Runs of one value down a column (an indicator's code and name on thousands of «Расшифровка» rows,
 * the same file and sheet) are sent once: the first cell is written and Excel copies it into the rest
 * (Range.copyFrom, ExcelApi 1.9, replicates a source into a destination that is an exact multiple of
 * it). Only where the saved bytes exceed the cost of the copy; never a formula (it would be re-based).
 */
function fillRuns(values: CellIn[][], formats: readonly (readonly string[])[], width: number): { fills: Fill[]; saved: number } {
  const fills: Fill[] = [];
  // The bytes the copied cells no longer cost as values (each is null in the array now).
  let saved = 0;
  for (let c = 0; c < width; c++) {
    let r = 0;
    while (r < values.length) {
      const v = values[r][c];
      const f = formats[r][c];
      let e = r + 1;
      const fillable = v !== null && v !== "" && !(typeof v === "string" && v.startsWith("=") && f !== TEXT);
      if (fillable) while (e < values.length && values[e][c] === v && formats[e][c] === f) e++;
      const count = e - r - 1;
      if (fillable && count > 0) {
        const spared = count * (valueBytes(v) - NULL_BYTES);
        if (spared > FILL_BYTES) {
          for (let i = r + 1; i < e; i++) values[i][c] = null;
          fills.push({ row: r, col: c, count });
          saved += spared;
        }
      }
      r = e;
    }
  }
  return { fills, saved };
}

/**
 * How a block's number formats are sent: as rectangles of one format, each a 1×1 array Excel applies
 * to the whole range (the documented `range.numberFormat = [["$0.00"]]`), or, when formats are too
 * scattered for that to be smaller, as one 2-D array with null for General cells (null leaves a cell
 * as it is, and the sheet is new). General cells need nothing either way. `asArray`: the array's JSON
 * size, which the caller measured as it made the formats.
 */
function formatPlan(formats: readonly (readonly string[])[], width: number, asArray: number): { bytes: number; apply: (range: Excel.Range, at: (top: number, left: number, rows: number, cols: number) => Excel.Range) => void } | null {
  const rects = equalRects(formats.length, () => width, (r, c) => (formats[r][c] === GENERAL ? null : formats[r][c]));
  if (rects.length === 0) return null;
  const rectBytes = rects.reduce((n, x) => n + FORMAT_RECT_BYTES + utf8Length(x.key) + 4, 0);
  const arrayBytes = ACTION_OVERHEAD + asArray;
  if (rectBytes <= arrayBytes) {
    return {
      bytes: rectBytes,
      apply: (_range, at) => {
        for (const x of rects) at(x.top, x.left, x.bottom - x.top + 1, x.right - x.left + 1).numberFormat = [[x.key]];
      },
    };
  }
  const array = formats.map((row) => row.map((f) => (f === GENERAL ? null : f)));
  return { bytes: arrayBytes, apply: (range) => void (range.numberFormat = array) };
}

/**
 * Value blocks: consecutive rows up to MAX_BLOCK_ROWS or BLOCK_BUDGET bytes, as wide as their widest
 * row. Each block is one op: its number formats first (so "=СУММ(A1)" typed into a text-formatted cell
 * stays text), then its values, then the copies that fill repeated values.
 */
function valueOps({ rows, offset, native }: Block, s: SheetHandle, w: WriteContext): Op<Ctx>[] {
  const ops: Op<Ctx>[] = [];
  const slot: CellSlot = { v: "", f: GENERAL, bytes: -1 };
  const scratch: string[] = [];
  let start = 0;
  while (start < rows.length) {
    const values: CellIn[][] = [];
    const formats: string[][] = [];
    // The values as an array, rows' brackets included: each string's size is worked out once.
    let bytes = 0;
    // The most the formats can cost (as an array): keeps a block with scattered formats within budget.
    let formatBound = 0;
    let width = 0;
    let r = start;
    for (; r < rows.length && r - start < MAX_BLOCK_ROWS && bytes + formatBound < BLOCK_BUDGET; r++) {
      const vr: CellIn[] = [];
      const row = rows[r];
      const nativeLink = offset + r < native;
      let sameFormats = formats.length > 0 && formats[formats.length - 1].length === row.length;
      for (let c = 0; c < row.length; c++) {
        cellOut(row[c], w, nativeLink, slot);
        vr.push(slot.v);
        scratch[c] = slot.f;
        if (sameFormats && formats[formats.length - 1][c] !== slot.f) sameFormats = false;
        // Measured anew each time: a remembered size cost more to find among a region's texts than to count.
        bytes += slot.bytes >= 0 ? slot.bytes : valueBytes(slot.v);
        formatBound += slot.f === GENERAL ? NULL_BYTES : utf8Length(slot.f) + 3;
      }
      bytes += ROW_BYTES;
      formatBound += ROW_BYTES;
      width = Math.max(width, vr.length);
      values.push(vr);
      // A long table's rows mostly have the formats of the row before: they share its (read-only) array.
      formats.push(sameFormats ? formats[formats.length - 1] : scratch.slice(0, row.length));
    }
    const first = offset + start;
    start = r;
    if (width === 0) continue;
    for (let i = 0; i < values.length; i++) {
      while (values[i].length < width) {
        values[i].push("");
        bytes += valueBytes("");
        formatBound += NULL_BYTES;
      }
      // Rows sharing one formats array: the first of them pads it for all.
      while (formats[i].length < width) formats[i].push(GENERAL);
    }
    const { fills, saved } = w.caps.api19 ? fillRuns(values, formats, width) : { fills: [], saved: 0 };
    bytes += ACTION_OVERHEAD * 2 + fills.length * FILL_BYTES - saved;
    const format = formatPlan(formats, width, formatBound);
    if (format) bytes += format.bytes;
    ops.push({
      bytes,
      apply: (ctx) => {
        const ws = s.sheet(ctx);
        const at = (top: number, left: number, n: number, cols: number) => ws.getRangeByIndexes(first + top, left, n, cols);
        const range = at(0, 0, values.length, width);
        format?.apply(range, at);
        range.values = values;
        for (const f of fills) at(f.row + 1, f.col, f.count, 1).copyFrom(at(f.row, f.col, 1, 1), "Values");
      },
    });
  }
  return ops;
}

interface Rect {
  top: number;
  bottom: number;
  left: number;
  right: number;
  key: string;
}

/** Runs of one key in each row, merged down across rows with the same run: few ranges for long tables. */
export function equalRects(rowCount: number, length: (r: number) => number, keyAt: (r: number, c: number) => string | null): Rect[] {
  const done: Rect[] = [];
  // The previous row's runs, left to right; a run of this row continues the one with its columns and key.
  // (Both rows' runs are in column order, so one walk pairs them: no key string per run, a million rows.)
  let open: Rect[] = [];
  for (let r = 0; r < rowCount; r++) {
    const next: Rect[] = [];
    const len = length(r);
    let p = 0;
    let c = 0;
    while (c < len) {
      const key = keyAt(r, c);
      let e = c + 1;
      while (e < len && keyAt(r, e) === key) e++;
      if (key !== null) {
        while (p < open.length && open[p].left < c) p++;
        const prev = p < open.length ? open[p] : null;
        if (prev !== null && prev.left === c && prev.right === e - 1 && prev.key === key) {
          prev.bottom = r;
          next.push(prev);
        } else {
          next.push({ top: r, bottom: r, left: c, right: e - 1, key });
        }
      }
      c = e;
    }
    // Runs the row did not continue are done, in the order they were open.
    for (const rect of open) if (rect.bottom !== r) done.push(rect);
    open = next;
  }
  for (const rect of open) done.push(rect);
  return done;
}

interface StyleRect extends Rect {
  style: StyleName;
  wrap: boolean;
}

/** Rectangles of one style (and wrap), for formatting long tables in few calls. */
export function styleRects(rows: readonly (readonly PlanCell[])[]): StyleRect[] {
  return equalRects(
    rows.length,
    (r) => rows[r].length,
    (r, c) => styleKey(rows[r][c]?.style, rows[r][c]?.wrap),
  ).map((x) => {
    const cell = rows[x.top][x.left];
    return { ...x, style: cell.style ?? "normal", wrap: !!cell.wrap };
  });
}

function a1(top: number, left: number, bottom: number, right: number): string {
  return `${columnLetter(left)}${top + 1}:${columnLetter(right)}${bottom + 1}`;
}

/** Column widths and merged cells: the sheet's, not its rows'. */
function sheetFormatOps(plan: SheetPlan, s: SheetHandle): Op<Ctx>[] {
  const ops: Op<Ctx>[] = [];
  plan.columnWidths?.forEach((width, i) => {
    ops.push({
      bytes: ACTION_OVERHEAD * 2,
      apply: (ctx) => {
        const col = columnLetter(i);
        // Plan widths are in characters; Office.js takes points (≈ 7 px a character + 5 px padding).
        s.sheet(ctx).getRange(`${col}:${col}`).format.columnWidth = Math.round((width * 7 + 5) * 0.75);
      },
    });
  });
  for (const m of plan.merges ?? []) {
    ops.push({ bytes: ACTION_OVERHEAD * 2, apply: (ctx) => void s.sheet(ctx).getRange(m).merge(false) });
  }
  return ops;
}

/** Fonts, fills and borders of a block's rows as rectangles of one look. */
function styleOps({ rows, offset }: Block, s: SheetHandle, caps: Capabilities): Op<Ctx>[] {
  const ops: Op<Ctx>[] = [];
  const byLook = new Map<string, StyleRect[]>();
  for (const rect of styleRects(rows)) {
    const key = `${rect.style}|${rect.wrap}`;
    const list = byLook.get(key);
    if (list) list.push(rect);
    else byLook.set(key, [rect]);
  }
  for (const rects of byLook.values()) {
    const look = LOOKS[rects[0].style];
    const wrap = rects[0].wrap;
    const per = caps.api19 ? AREAS_PER_CALL : 1;
    for (let i = 0; i < rects.length; i += per) {
      const addresses = rects.slice(i, i + per).map((r) => a1(offset + r.top, r.left, offset + r.bottom, r.right));
      const joined = addresses.join(",");
      ops.push({
        bytes: ACTION_OVERHEAD * (2 + lookCalls(look, wrap)) + joined.length,
        apply: (ctx) => {
          const ws = s.sheet(ctx);
          const target = addresses.length === 1 ? ws.getRange(joined) : ws.getRanges(joined);
          target.format.font.name = FONT_NAME;
          applyLook(target, look, wrap);
        },
      });
    }
  }
  return ops;
}

/** Native hyperlinks of a block's rows before its `native` row. */
function linkOps(b: Block, s: SheetHandle, w: WriteContext): Op<Ctx>[] {
  if (!w.caps.api17) {
    if (b.rows.some((row) => row.some((c) => c?.link))) w.lost.add("nativeLinks");
    return [];
  }
  // Past the sheet's native links (a region's «Расшифровка»: 935 000 of its rows) there is nothing to set.
  if (b.offset >= b.native) return [];
  return w.caps.api19 ? linkColumnOps(b, s, w) : linkCellOps(b, s, w);
}

/** The hyperlink of a link cell, its target following the run's renames. */
function hyperlinkOf(cell: PlanCell, w: WriteContext): Excel.RangeHyperlink {
  const target = w.renames.get(cell.link!.sheet) ?? cell.link!.sheet;
  return { documentReference: `${quoteSheet(target)}!${cell.link!.cell}`, ...(typeof cell.v === "string" ? { textToDisplay: cell.v } : {}) };
}

/** ExcelApi 1.7–1.8: a call per link (its range, then the property: ≈ 400 bytes of request each). */
function linkCellOps({ rows, offset, native }: Block, s: SheetHandle, w: WriteContext): Op<Ctx>[] {
  const ops: Op<Ctx>[] = [];
  rows.forEach((row, i) =>
    row.forEach((cell, c) => {
      const r = offset + i;
      if (!cell?.link || r >= native) return;
      const link = hyperlinkOf(cell, w);
      ops.push({
        bytes: ACTION_OVERHEAD * 2 + utf8Length(link.documentReference!) + (link.textToDisplay ? utf8Length(link.textToDisplay) : 0),
        apply: (ctx) => {
          s.sheet(ctx).getRangeByIndexes(r, c, 1, 1).hyperlink = link;
        },
      });
    }),
  );
  return ops;
}

/**
 * ExcelApi 1.9: the links of a column's run of rows in one `setCellProperties` call (Microsoft's own
 * sample sets hyperlinks so), ≈ 60 bytes a link instead of ≈ 400: «Расшифровка»'s 65 530 links were
 * ≈ 26 MB of requests, seven round trips on their own, and as many separate calls for Excel to run.
 */
function linkColumnOps({ rows, offset, native }: Block, s: SheetHandle, w: WriteContext): Op<Ctx>[] {
  const ops: Op<Ctx>[] = [];
  const width = rows.reduce((n, row) => Math.max(n, row.length), 0);
  for (let c = 0; c < width; c++) {
    let top = -1;
    let props: Excel.SettableCellProperties[][] = [];
    let bytes = ACTION_OVERHEAD * 2;
    const flush = () => {
      if (props.length === 0) return;
      const r = offset + top;
      const run = props;
      ops.push({ bytes, apply: (ctx) => s.sheet(ctx).getRangeByIndexes(r, c, run.length, 1).setCellProperties(run) });
      props = [];
      bytes = ACTION_OVERHEAD * 2;
    };
    for (let i = 0; i < rows.length; i++) {
      const cell = rows[i][c];
      if (!cell?.link || offset + i >= native) {
        flush();
        continue;
      }
      if (props.length === 0) top = i;
      const link = hyperlinkOf(cell, w);
      props.push([{ hyperlink: link }]);
      // [{"hyperlink":{"documentReference":"…","textToDisplay":"…"}}],
      bytes += 44 + utf8Length(link.documentReference!) + (link.textToDisplay ? 19 + utf8Length(link.textToDisplay) : 0);
      if (bytes >= BLOCK_BUDGET) flush();
    }
    flush();
  }
  return ops;
}

/** Table names: a letter or "_" first, then letters, digits, "_" or "." (Excel rejects others); unique workbook-wide. */
function tableOps(plan: SheetPlan, s: SheetHandle, w: WriteContext): Op<Ctx>[] {
  return (plan.tables ?? []).map((t) => {
    const name = uniqueTableName(t.name, w.tableNames);
    return {
      bytes: ACTION_OVERHEAD * 4,
      apply: (ctx) => {
        const table = s.sheet(ctx).tables.add(s.sheet(ctx).getRange(t.range), true);
        table.name = name;
        table.style = t.style ?? "TableStyleMedium2";
      },
    };
  });
}

function conditionalOps(plan: SheetPlan, s: SheetHandle, w: WriteContext): Op<Ctx>[] {
  const scales = plan.colorScales ?? [];
  if (scales.length === 0) return [];
  if (!w.caps.conditionalFormats) {
    w.lost.add("colorScales");
    return [];
  }
  return scales.map((sc) => ({
    bytes: ACTION_OVERHEAD * 3,
    apply: (ctx) => {
      const cf = s.sheet(ctx).getRange(sc.range).conditionalFormats.add("ColorScale");
      cf.colorScale.criteria = {
        minimum: { type: "LowestValue", color: `#${sc.minColor}` },
        ...(sc.midColor ? { midpoint: { formula: "50", type: "Percentile", color: `#${sc.midColor}` } } : {}),
        maximum: { type: "HighestValue", color: `#${sc.maxColor}` },
      };
    },
  }));
}

function validationOps(plan: SheetPlan, s: SheetHandle, w: WriteContext): Op<Ctx>[] {
  const dvs = plan.dataValidations ?? [];
  if (dvs.length === 0) return [];
  if (!w.caps.dataValidation) {
    w.lost.add("dataValidation");
    return [];
  }
  return dvs.map((dv) => ({
    bytes: ACTION_OVERHEAD * 3 + utf8Length((dv.list ?? []).join(",")) + utf8Length(dv.prompt ?? ""),
    apply: (ctx) => {
      const v = s.sheet(ctx).getRange(dv.range).dataValidation;
      if (dv.list) v.rule = { list: { inCellDropDown: true, source: dv.list.join(",") } };
      if (dv.prompt) v.prompt = { showPrompt: true, title: dv.promptTitle ?? "", message: dv.prompt };
    },
  }));
}

function sheetLookOps(plan: SheetPlan, s: SheetHandle, w: WriteContext): Op<Ctx>[] {
  const ops: Op<Ctx>[] = [];
  const freeze = plan.freeze;
  if (freeze && (freeze.rows > 0 || freeze.columns > 0)) {
    if (!w.caps.api17) w.lost.add("freeze");
    else
      ops.push({
        bytes: ACTION_OVERHEAD * 2,
        apply: (ctx) => {
          const panes = s.sheet(ctx).freezePanes;
          if (freeze.columns === 0) panes.freezeRows(freeze.rows);
          else if (freeze.rows === 0) panes.freezeColumns(freeze.columns);
          else panes.freezeAt(s.sheet(ctx).getRangeByIndexes(0, 0, freeze.rows, freeze.columns));
        },
      });
  }
  if (plan.tabColor) {
    if (!w.caps.api17) w.lost.add("tabColor");
    else ops.push({ bytes: ACTION_OVERHEAD, apply: (ctx) => void (s.sheet(ctx).tabColor = `#${plan.tabColor}`) });
  }
  return ops;
}

/**
 * How the sheet prints, as the .xlsx writer sets it: landscape A4, one page wide (or full size across
 * pages with the first columns repeated), the header rows on every page, «лист — Страница N из M» in
 * the footer. Made once per plan, not in a request: a request sent again in halves does not repeat it.
 */
function pageLayout(plan: SheetPlan, s: SheetHandle, w: WriteContext): void {
  if (!w.caps.api19) {
    w.lost.add("printLayout");
    return;
  }
  const print = plan.print ?? {};
  const titles = printTitlesOf(plan);
  w.layouts.push((ctx) => {
    const ws = s.sheet(ctx);
    const layout = ws.pageLayout;
    layout.orientation = print.landscape === false ? "Portrait" : "Landscape";
    layout.paperSize = "A4";
    // verticalFitToPages 0: as many pages tall as needed (Excel's «Вписать все столбцы на одну страницу»).
    layout.zoom = print.fullSize ? { scale: 100 } : { horizontalFitToPages: print.fitToWidth ?? 1, verticalFitToPages: 0 };
    if (titles.rows) layout.setPrintTitleRows(titles.rows);
    if (titles.columns) layout.setPrintTitleColumns(titles.columns);
    if (print.area) layout.setPrintArea(print.area);
    const footer = layout.headersFooters.defaultForAllPages;
    footer.leftFooter = PAGE_FOOTER.left;
    footer.rightFooter = PAGE_FOOTER.right;
    for (const row of print.rowBreaks ?? []) if (row > 0) ws.horizontalPageBreaks.add(`A${row + 1}`);
  });
}

/** The smallest range covering the categories and every series (used when series cannot be added one by one). */
function boundingRange(chart: ChartPlan): string {
  const refs = [chart.categories, ...chart.series.map((x) => x.values)].flatMap((r) => r.split(":"));
  const parsed = refs.map((ref) => /^([A-Z]+)(\d+)$/.exec(ref.replace(/\$/g, "")));
  const cols = parsed.map((m) => (m ? m[1] : "A"));
  const rows = parsed.map((m) => (m ? Number(m[2]) : 1));
  const byLen = (a: string, b: string) => a.length - b.length || a.localeCompare(b);
  const sorted = [...cols].sort(byLen);
  return `${sorted[0]}${Math.min(...rows)}:${sorted[sorted.length - 1]}${Math.max(...rows)}`;
}

function chartOps(plan: SheetPlan, s: SheetHandle, w: WriteContext): Op<Ctx>[] {
  const charts = plan.charts ?? [];
  if (charts.length > 0 && !w.caps.api17) w.lost.add("chartSeries");
  return charts
    .filter((c) => c.series.length > 0)
    .map((plot) => ({
      bytes: ACTION_OVERHEAD * (4 + plot.series.length * 6),
      apply: (ctx) => {
        const ws = s.sheet(ctx);
        let chart: Excel.Chart;
        const series: Excel.ChartSeries[] = [];
        if (w.caps.api17) {
          // seriesBy is always explicit: "auto" orients series differently from the UI.
          chart = ws.charts.add("Line", ws.getRange(plot.series[0].values), "Columns");
          plot.series.forEach((sp, i) => {
            const item = i === 0 ? chart.series.getItemAt(0) : chart.series.add(sp.name);
            if (i > 0) item.setValues(ws.getRange(sp.values));
            item.name = sp.name;
            item.setXAxisValues(ws.getRange(plot.categories));
            series.push(item);
          });
        } else {
          chart = ws.charts.add("Line", ws.getRange(boundingRange(plot)), "Columns");
        }
        chart.title.text = plot.title;
        chart.setPosition(plot.from, plot.to);
        w.cosmetics.push(() => {
          chart.legend.position = "Bottom";
          series.forEach((item, i) => {
            const sp = plot.series[i];
            if (sp.color) item.format.line.color = `#${sp.color}`;
            if (sp.dashed) item.format.line.lineStyle = "Dash";
            item.markerStyle = "Circle";
          });
          // From 0, as the .xlsx writer draws them: an axis from 14 makes 16 → 15 people look like a collapse.
          chart.axes.valueAxis.minimum = 0;
          // Axis number formats are ExcelApi 1.8, and last: a host refusing them loses nothing else.
          if (w.caps.dataValidation) chart.axes.valueAxis.numberFormat = plot.percent ? "0%" : "0";
        });
      },
    }));
}

/**
 * Every operation that writes one plan into an (already added) sheet, in the order they must run.
 * Made as they are asked for: the compact rows («Расшифровка») a block at a time, so a block's cells
 * and values live only until its request is sent (syncPerRequest reads ops as it builds requests).
 */
export function* planOps(plan: SheetPlan, s: SheetHandle, w: WriteContext): Generator<Op<Ctx>> {
  // Where native links stop (Excel keeps 65 530 a sheet); Excel 2016 has none at all.
  const cut = new NativeLinkCut();
  let native = 0;
  let offset = 0;
  let first = true;
  // Rows whose block made no op (blank rows) are counted with the next op there is.
  let uncounted = 0;
  for (const rows of planBlocks(plan)) {
    if (w.caps.api17 && native === offset) native += cut.admitted(rows);
    uncounted += rows.length;
    // A block's rows are written once its last op is: its values, then their look and links.
    for (const op of lastCounting(blockOps(plan, { rows, offset, native }, first, s, w), uncounted)) {
      uncounted = 0;
      yield op;
    }
    first = false;
    offset += rows.length;
  }
  yield* lastCounting(sheetOps(plan, s, w), uncounted);
}

/** One block of rows: values, the sheet's widths and merges after the first block, looks, links. */
function* blockOps(plan: SheetPlan, b: Block, first: boolean, s: SheetHandle, w: WriteContext): Generator<Op<Ctx>> {
  yield* valueOps(b, s, w);
  // Once, after the first block, even when that block is empty: a range merged twice makes Excel refuse the request.
  if (first) yield* sheetFormatOps(plan, s);
  yield* styleOps(b, s, w.caps);
  yield* linkOps(b, s, w);
}

/** What the sheet gets once its rows are in: tables, colour scales, lists, frozen panes and tab, charts. */
function* sheetOps(plan: SheetPlan, s: SheetHandle, w: WriteContext): Generator<Op<Ctx>> {
  yield* tableOps(plan, s, w);
  yield* conditionalOps(plan, s, w);
  yield* validationOps(plan, s, w);
  yield* sheetLookOps(plan, s, w);
  pageLayout(plan, s, w);
  yield* chartOps(plan, s, w);
}

/** The ops as they come, the last one carrying `rows` (held back by one op, so they are still made lazily). */
function* lastCounting(ops: Iterable<Op<Ctx>>, rows: number): Generator<Op<Ctx>> {
  let held: Op<Ctx> | null = null;
  for (const op of ops) {
    if (held) yield held;
    held = op;
  }
  if (held) yield rows > 0 ? { ...held, rows } : held;
}
