/**
 * Native Excel line charts, added to the package ExcelJS wrote (ExcelJS cannot write charts).
 * Each chart carries cached categories and values from the plan, so viewers that do not
 * recalculate (previews, mail clients, LibreOffice before recalc) still draw the data.
 */
import { columnLetter, parseAddress } from "../../domain/a1";
import { formatRu } from "../../domain/dates";
import { ChartPlan, PlanValue, SheetPlan, withAllRows } from "../../report/plan";
import { chartXml, drawingXml, ResolvedChart, seriesColor } from "./chart-xml";
import { REL_TYPE, Relationship, relsXml } from "./package-parts";
import { PartSink } from "./package-builder";
import { quoteSheet } from "../sheet-name";

export interface SheetCharts {
  /** The sheet's actual name in the workbook (a plan may have been redirected to «Name (2)»). */
  readonly sheet: string;
  readonly plan: SheetPlan;
}

function cellsOf(range: string): { row: number; col: number }[] {
  const [a, b] = range.replace(/\$/g, "").split(":");
  const from = parseAddress(a);
  const to = parseAddress(b ?? a);
  const out: { row: number; col: number }[] = [];
  for (let r = Math.min(from.row, to.row); r <= Math.max(from.row, to.row); r++)
    for (let c = Math.min(from.col, to.col); c <= Math.max(from.col, to.col); c++) out.push({ row: r, col: c });
  return out;
}

function absolute(sheet: string, range: string): string {
  const abs = range
    .replace(/\$/g, "")
    .split(":")
    .map((a) => {
      const { row, col } = parseAddress(a);
      return `$${columnLetter(col)}$${row + 1}`;
    })
    .join(":");
  return `${quoteSheet(sheet)}!${abs}`;
}

function valueAt(plan: SheetPlan, row: number, col: number): PlanValue {
  return plan.rows[row]?.[col]?.v ?? null;
}

function asNumber(v: PlanValue): number | null {
  if (typeof v === "number") return v;
  if (v !== null && typeof v === "object" && "formula" in v) return typeof v.result === "number" ? v.result : null;
  return null;
}

function asLabel(v: PlanValue): string {
  if (v === null) return "";
  if (typeof v === "object") {
    if ("date" in v) return formatRu(v.date);
    return v.result === null ? "" : String(v.result);
  }
  return String(v);
}

export function resolveChart(sheet: string, plan: SheetPlan, chart: ChartPlan): ResolvedChart {
  return {
    plan: chart,
    categoriesRef: absolute(sheet, chart.categories),
    categories: cellsOf(chart.categories).map((c) => asLabel(valueAt(plan, c.row, c.col))),
    series: chart.series.map((s, i) => ({
      name: s.name,
      ref: absolute(sheet, s.values),
      values: cellsOf(s.values).map((c) => asNumber(valueAt(plan, c.row, c.col))),
      color: seriesColor(i, s.color, s.dashed ?? false),
      dashed: s.dashed ?? false,
    })),
  };
}

/** Children of <worksheet> that must come after <drawing> (ECMA-376 CT_Worksheet order). */
const AFTER_DRAWING = ["legacyDrawing", "legacyDrawingHF", "drawingHF", "picture", "oleObjects", "controls", "webPublishItems", "tableParts", "extLst"];

export function insertDrawingRef(sheetXml: string, rid: string): string {
  const tag = `<drawing r:id="${rid}"/>`;
  let at = -1;
  for (const name of AFTER_DRAWING) {
    const i = sheetXml.search(new RegExp(`<${name}[\\s>/]`));
    if (i >= 0 && (at < 0 || i < at)) at = i;
  }
  if (at < 0) at = sheetXml.lastIndexOf("</worksheet>");
  return sheetXml.slice(0, at) + tag + sheetXml.slice(at);
}

const CT_CHART = "application/vnd.openxmlformats-officedocument.drawingml.chart+xml";
const CT_DRAWING = "application/vnd.openxmlformats-officedocument.drawing+xml";

/** Adds the plan's charts to the sheet being written: chart parts, one drawing, the sheet's reference to it. */
export function addCharts(sheetXml: string, { sheet, plan }: SheetCharts, parts: PartSink): string {
  const charts = plan.charts ?? [];
  // A sheet has at most one drawing part; ExcelJS only writes one for images, which plans never have.
  if (charts.length === 0 || /<drawing\s/.test(sheetXml)) return sheetXml;
  // Series values are read from the cells: every row, the compact ones too (charts sit on short sheets).
  const cells = withAllRows(plan);
  const d = parts.nextDrawingNumber();
  const drawingRels: Relationship[] = [];
  const anchors = [];
  for (const [i, chart] of charts.entries()) {
    const n = parts.nextChartNumber();
    parts.addPart(`xl/charts/chart${n}.xml`, chartXml(resolveChart(sheet, cells, chart)), CT_CHART);
    drawingRels.push({ id: `rId${i + 1}`, type: REL_TYPE.chart, target: `../charts/chart${n}.xml` });
    anchors.push({ from: parseAddress(chart.from), to: parseAddress(chart.to), name: `Диаграмма ${i + 1}` });
  }
  parts.addPart(`xl/drawings/drawing${d}.xml`, drawingXml(anchors), CT_DRAWING);
  parts.addPart(`xl/drawings/_rels/drawing${d}.xml.rels`, relsXml(drawingRels));
  const rid = parts.addRel(REL_TYPE.drawing, `../drawings/drawing${d}.xml`);
  return insertDrawingRef(sheetXml, rid);
}
