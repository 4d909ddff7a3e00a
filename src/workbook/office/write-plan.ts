/**
 * A SheetPlan as a list of queued Office.js operations with their estimated request size. Values go
 * in whole 2-D row blocks (number formats first, so text that looks like a formula lands as text),
 * then formats as rectangles of equal style, then tables, links, conditional formats, charts.
 */
import { columnLetter } from "../../domain/a1";
import { serialFromIso } from "../../domain/dates";
import { ChartPlan, PlanCell, SheetPlan, StyleName } from "../../report/plan";
import { Capabilities, Feature } from "./capabilities";
import { ACTION_OVERHEAD, BLOCK_BUDGET, Op, utf8Length, valueBytes } from "./payload";
import { applyLook, FONT_NAME, LOOKS, styleKey } from "./styles";
import { quoteSheet, uniqueTableName } from "../sheet-name";

type Ctx = Excel.RequestContext;
type CellOut = string | number | boolean;

const GENERAL = "General";
const TEXT = "@";
const DATE = "dd.mm.yyyy";
const MAX_BLOCK_ROWS = 5_000;
/** Brackets and separators of one row in both the values and the numberFormat arrays. */
const ROW_BYTES = 6;
/** Rectangles of one style are formatted together as one multi-area range (ExcelApi 1.9), this many a call. */
const AREAS_PER_CALL = 150;
// Excel reads a value starting with these as a formula (OFFICE-NOTES.md).
const FORMULA_LIKE = /^[=+\-@]/;

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
}


function renameInFormula(formula: string, renames: ReadonlyMap<string, string>): string {
  let f = formula;
  for (const [from, to] of renames) if (from !== to) f = f.split(`${quoteSheet(from)}!`).join(`${quoteSheet(to)}!`);
  return f;
}

function hyperlinkFormula(sheet: string, cell: string, text: string): string {
  const q = (s: string) => s.replace(/"/g, '""');
  return `=HYPERLINK("#${q(quoteSheet(sheet))}!${cell}","${q(text)}")`;
}

/** One cell's value and number format as Office.js takes them. */
export function cellOut(cell: PlanCell | undefined, w: WriteContext): [CellOut, string] {
  if (!cell || cell.v === null) return ["", cell?.numFmt ?? GENERAL];
  const v = cell.v;
  if (typeof v === "string") {
    if (cell.link && !w.caps.api17) {
      return [hyperlinkFormula(w.renames.get(cell.link.sheet) ?? cell.link.sheet, cell.link.cell, v), GENERAL];
    }
    return [v, FORMULA_LIKE.test(v) ? TEXT : (cell.numFmt ?? GENERAL)];
  }
  if (typeof v === "number" || typeof v === "boolean") return [v, cell.numFmt ?? GENERAL];
  if ("date" in v) return [serialFromIso(v.date), cell.numFmt ?? DATE];
  return [`=${renameInFormula(v.formula, w.renames)}`, cell.numFmt ?? GENERAL];
}

/** One output sheet's worksheet proxy, made once per request context (no getItem per operation). */
export class SheetOps {
  private proxy: Excel.Worksheet | null = null;
  constructor(readonly sheetName: string) {}
  adopt(ws: Excel.Worksheet): void {
    this.proxy = ws;
  }
  sheet(ctx: Ctx): Excel.Worksheet {
    if (!this.proxy) this.proxy = ctx.workbook.worksheets.getItem(this.sheetName);
    return this.proxy;
  }
}

/** Value blocks: consecutive rows up to MAX_BLOCK_ROWS or BLOCK_BUDGET bytes, as wide as their widest row. */
function valueOps(plan: SheetPlan, s: SheetOps, w: WriteContext): Op<Ctx>[] {
  const ops: Op<Ctx>[] = [];
  const rows = plan.rows;
  let start = 0;
  while (start < rows.length) {
    const values: CellOut[][] = [];
    const formats: string[][] = [];
    let bytes = ACTION_OVERHEAD * 2;
    let width = 0;
    let formatted = false;
    let r = start;
    for (; r < rows.length && r - start < MAX_BLOCK_ROWS && bytes < BLOCK_BUDGET; r++) {
      const vr: CellOut[] = [];
      const fr: string[] = [];
      for (const c of rows[r]) {
        const [v, f] = cellOut(c, w);
        vr.push(v);
        fr.push(f);
        if (f !== GENERAL) formatted = true;
        bytes += valueBytes(v) + utf8Length(f) + 3;
      }
      bytes += ROW_BYTES;
      width = Math.max(width, vr.length);
      values.push(vr);
      formats.push(fr);
    }
    const first = start;
    start = r;
    if (width === 0) continue;
    for (let i = 0; i < values.length; i++) {
      while (values[i].length < width) {
        values[i].push("");
        formats[i].push(GENERAL);
      }
    }
    // Without any number format the block's format array is not sent at all.
    if (!formatted) bytes -= formats.length * width * (GENERAL.length + 3);
    ops.push({
      bytes,
      apply: (ctx) => {
        const range = s.sheet(ctx).getRangeByIndexes(first, 0, values.length, width);
        // Format first: "=СУММ(A1)" typed into a text-formatted cell stays text.
        if (formatted) range.numberFormat = formats;
        range.values = values;
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
  style: StyleName;
  wrap: boolean;
}

/** Equal-style runs in each row, merged down across rows with the same run: few ranges for long tables. */
export function styleRects(rows: readonly (readonly PlanCell[])[]): Rect[] {
  const done: Rect[] = [];
  let open = new Map<string, Rect>();
  for (let r = 0; r < rows.length; r++) {
    const next = new Map<string, Rect>();
    const row = rows[r];
    let c = 0;
    while (c < row.length) {
      const key = styleKey(row[c]?.style, row[c]?.wrap);
      let e = c + 1;
      while (e < row.length && styleKey(row[e]?.style, row[e]?.wrap) === key) e++;
      if (key !== null) {
        const k = `${c}:${e}:${key}`;
        const prev = open.get(k);
        if (prev) {
          prev.bottom = r;
          open.delete(k);
          next.set(k, prev);
        } else {
          next.set(k, { top: r, bottom: r, left: c, right: e - 1, style: row[c].style ?? "normal", wrap: !!row[c].wrap });
        }
      }
      c = e;
    }
    for (const rect of open.values()) done.push(rect);
    open = next;
  }
  for (const rect of open.values()) done.push(rect);
  return done;
}

function a1(top: number, left: number, bottom: number, right: number): string {
  return `${columnLetter(left)}${top + 1}:${columnLetter(right)}${bottom + 1}`;
}

function formatOps(plan: SheetPlan, s: SheetOps, caps: Capabilities): Op<Ctx>[] {
  const ops: Op<Ctx>[] = [];
  plan.columnWidths?.forEach((width, i) => {
    ops.push({
      bytes: ACTION_OVERHEAD,
      apply: (ctx) => {
        const col = columnLetter(i);
        // Plan widths are in characters; Office.js takes points (≈ 7 px a character + 5 px padding).
        s.sheet(ctx).getRange(`${col}:${col}`).format.columnWidth = Math.round((width * 7 + 5) * 0.75);
      },
    });
  });
  for (const m of plan.merges ?? []) {
    ops.push({ bytes: ACTION_OVERHEAD, apply: (ctx) => void s.sheet(ctx).getRange(m).merge(false) });
  }
  const byLook = new Map<string, Rect[]>();
  for (const rect of styleRects(plan.rows)) {
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
      const addresses = rects.slice(i, i + per).map((r) => a1(r.top, r.left, r.bottom, r.right));
      const joined = addresses.join(",");
      ops.push({
        bytes: ACTION_OVERHEAD * 5 + joined.length,
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

function linkOps(plan: SheetPlan, s: SheetOps, w: WriteContext): Op<Ctx>[] {
  if (!w.caps.api17) {
    if (plan.rows.some((row) => row.some((c) => c?.link))) w.lost.add("nativeLinks");
    return [];
  }
  const ops: Op<Ctx>[] = [];
  plan.rows.forEach((row, r) =>
    row.forEach((cell, c) => {
      if (!cell?.link) return;
      const target = w.renames.get(cell.link.sheet) ?? cell.link.sheet;
      const text = typeof cell.v === "string" ? cell.v : undefined;
      ops.push({
        bytes: ACTION_OVERHEAD + utf8Length(target) + (text ? utf8Length(text) : 0),
        apply: (ctx) => {
          s.sheet(ctx).getRangeByIndexes(r, c, 1, 1).hyperlink = {
            documentReference: `${quoteSheet(target)}!${cell.link!.cell}`,
            ...(text ? { textToDisplay: text } : {}),
          };
        },
      });
    }),
  );
  return ops;
}

/** Table names: a letter or "_" first, then letters, digits, "_" or "." (Excel rejects others); unique workbook-wide. */
function tableOps(plan: SheetPlan, s: SheetOps, w: WriteContext): Op<Ctx>[] {
  return (plan.tables ?? []).map((t) => {
    const name = uniqueTableName(t.name, w.tableNames);
    return {
      bytes: ACTION_OVERHEAD * 3,
      apply: (ctx) => {
        const table = s.sheet(ctx).tables.add(s.sheet(ctx).getRange(t.range), true);
        table.name = name;
        table.style = t.style ?? "TableStyleMedium2";
      },
    };
  });
}

function conditionalOps(plan: SheetPlan, s: SheetOps, w: WriteContext): Op<Ctx>[] {
  const scales = plan.colorScales ?? [];
  if (scales.length === 0) return [];
  if (!w.caps.conditionalFormats) {
    w.lost.add("colorScales");
    return [];
  }
  return scales.map((sc) => ({
    bytes: ACTION_OVERHEAD * 2,
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

function validationOps(plan: SheetPlan, s: SheetOps, w: WriteContext): Op<Ctx>[] {
  const dvs = plan.dataValidations ?? [];
  if (dvs.length === 0) return [];
  if (!w.caps.dataValidation) {
    w.lost.add("dataValidation");
    return [];
  }
  return dvs.map((dv) => ({
    bytes: ACTION_OVERHEAD * 2 + utf8Length((dv.list ?? []).join(",")) + utf8Length(dv.prompt ?? ""),
    apply: (ctx) => {
      const v = s.sheet(ctx).getRange(dv.range).dataValidation;
      if (dv.list) v.rule = { list: { inCellDropDown: true, source: dv.list.join(",") } };
      if (dv.prompt) v.prompt = { showPrompt: true, title: dv.promptTitle ?? "", message: dv.prompt };
    },
  }));
}

function sheetLookOps(plan: SheetPlan, s: SheetOps, w: WriteContext): Op<Ctx>[] {
  const ops: Op<Ctx>[] = [];
  const freeze = plan.freeze;
  if (freeze && (freeze.rows > 0 || freeze.columns > 0)) {
    if (!w.caps.api17) w.lost.add("freeze");
    else
      ops.push({
        bytes: ACTION_OVERHEAD,
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

function chartOps(plan: SheetPlan, s: SheetOps, w: WriteContext): Op<Ctx>[] {
  const charts = plan.charts ?? [];
  if (charts.length > 0 && !w.caps.api17) w.lost.add("chartSeries");
  return charts
    .filter((c) => c.series.length > 0)
    .map((plot) => ({
      bytes: ACTION_OVERHEAD * (4 + plot.series.length * 3),
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
          // Axis number formats are ExcelApi 1.8, and last: a host refusing them loses nothing else.
          if (plot.percent && w.caps.dataValidation) chart.axes.valueAxis.numberFormat = "0%";
        });
      },
    }));
}

/** Every operation that writes one plan into an (already added) sheet, in the order they must run. */
export function planOps(plan: SheetPlan, s: SheetOps, w: WriteContext): Op<Ctx>[] {
  return [
    ...valueOps(plan, s, w),
    ...formatOps(plan, s, w.caps),
    ...linkOps(plan, s, w),
    ...tableOps(plan, s, w),
    ...conditionalOps(plan, s, w),
    ...validationOps(plan, s, w),
    ...sheetLookOps(plan, s, w),
    ...chartOps(plan, s, w),
  ];
}
