/**
 * DrawingML for a line chart (ECMA-376 Part 1, §21.2). Element order follows the schema exactly:
 * Excel refuses ("repairs") a chart whose children are out of order; LibreOffice is forgiving.
 */
import { ChartPlan } from "../../report/plan";
import { esc, XML_HEAD } from "./xml";

/** Office's default palette, so Metodist's charts look like the user's own. */
const PALETTE = ["4472C4", "ED7D31", "A5A5A5", "FFC000", "5B9BD5", "70AD47"];
export const TARGET_COLOR = "C00000";

export interface ResolvedSeries {
  readonly name: string;
  /** Absolute reference, e.g. 'Показатели'!$C$5:$C$9. */
  readonly ref: string;
  readonly values: readonly (number | null)[];
  readonly color: string;
  readonly dashed: boolean;
}

export interface ResolvedChart {
  readonly plan: ChartPlan;
  readonly categoriesRef: string;
  readonly categories: readonly string[];
  readonly series: readonly ResolvedSeries[];
}

export function seriesColor(index: number, color: string | undefined, dashed: boolean): string {
  if (color) return color.replace(/^#/, "").toUpperCase();
  return dashed ? TARGET_COLOR : PALETTE[index % PALETTE.length];
}

const NS =
  'xmlns:c="http://schemas.openxmlformats.org/drawingml/2006/chart" xmlns:a="http://schemas.openxmlformats.org/drawingml/2006/main" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"';

const CAT_AX = 500010;
const VAL_AX = 500020;

function strCache(items: readonly string[]): string {
  const pts = items.map((s, i) => `<c:pt idx="${i}"><c:v>${esc(s)}</c:v></c:pt>`).join("");
  return `<c:strCache><c:ptCount val="${items.length}"/>${pts}</c:strCache>`;
}

function numCache(values: readonly (number | null)[], format: string): string {
  const pts = values.map((v, i) => (v === null || !Number.isFinite(v) ? "" : `<c:pt idx="${i}"><c:v>${v}</c:v></c:pt>`)).join("");
  return `<c:numCache><c:formatCode>${esc(format)}</c:formatCode><c:ptCount val="${values.length}"/>${pts}</c:numCache>`;
}

function line(color: string, dashed: boolean): string {
  return `<a:ln w="28575" cap="rnd"><a:solidFill><a:srgbClr val="${color}"/></a:solidFill>${dashed ? '<a:prstDash val="dash"/>' : ""}<a:round/></a:ln>`;
}

function ser(s: ResolvedSeries, i: number, chart: ResolvedChart, format: string): string {
  const marker = s.dashed
    ? '<c:marker><c:symbol val="none"/></c:marker>'
    : `<c:marker><c:symbol val="circle"/><c:size val="6"/><c:spPr><a:solidFill><a:srgbClr val="${s.color}"/></a:solidFill><a:ln><a:solidFill><a:srgbClr val="${s.color}"/></a:solidFill></a:ln></c:spPr></c:marker>`;
  return (
    `<c:ser><c:idx val="${i}"/><c:order val="${i}"/>` +
    `<c:tx><c:v>${esc(s.name)}</c:v></c:tx>` +
    `<c:spPr>${line(s.color, s.dashed)}</c:spPr>${marker}` +
    `<c:cat><c:strRef><c:f>${esc(chart.categoriesRef)}</c:f>${strCache(chart.categories)}</c:strRef></c:cat>` +
    `<c:val><c:numRef><c:f>${esc(s.ref)}</c:f>${numCache(s.values, format)}</c:numRef></c:val>` +
    `<c:smooth val="0"/></c:ser>`
  );
}

const FONT = '<a:latin typeface="Calibri"/><a:cs typeface="Calibri"/>';

export function chartXml(chart: ResolvedChart): string {
  // Counts are people or events: whole numbers. Shares are fractions shown as %.
  const format = chart.plan.percent ? "0%" : "0";
  const values = chart.series.flatMap((s) => s.values.filter((v): v is number => v !== null && Number.isFinite(v)));
  const top = values.length > 0 ? Math.max(...values) : 0;
  // From 0, always: an axis starting at 14 makes a fall from 16 people to 15 look like a collapse.
  // A share never passes 100 %: near it, the automatic scale would run to 120 % (lower, it is left to
  // fit the data). A small count is told in whole steps (no tick at 0,5 of a person).
  const max = chart.plan.percent && top > 0.8 && top <= 1 ? '<c:max val="1"/>' : "";
  const unit = !chart.plan.percent && top <= 5 ? '<c:majorUnit val="1"/>' : "";
  const title =
    `<c:title><c:tx><c:rich><a:bodyPr/><a:lstStyle/><a:p><a:pPr><a:defRPr sz="1200" b="1">${FONT}</a:defRPr></a:pPr>` +
    `<a:r><a:rPr lang="ru-RU" sz="1200" b="1">${FONT}</a:rPr><a:t>${esc(chart.plan.title)}</a:t></a:r></a:p></c:rich></c:tx>` +
    `<c:overlay val="0"/></c:title>`;
  const catAx =
    `<c:catAx><c:axId val="${CAT_AX}"/><c:scaling><c:orientation val="minMax"/></c:scaling><c:delete val="0"/>` +
    `<c:axPos val="b"/><c:numFmt formatCode="General" sourceLinked="1"/><c:majorTickMark val="out"/><c:minorTickMark val="none"/>` +
    `<c:tickLblPos val="low"/><c:crossAx val="${VAL_AX}"/><c:crosses val="autoZero"/><c:auto val="1"/><c:lblAlgn val="ctr"/>` +
    `<c:lblOffset val="100"/><c:noMultiLvlLbl val="0"/></c:catAx>`;
  const valAx =
    `<c:valAx><c:axId val="${VAL_AX}"/><c:scaling><c:orientation val="minMax"/>${max}<c:min val="0"/></c:scaling>` +
    `<c:delete val="0"/><c:axPos val="l"/><c:majorGridlines><c:spPr><a:ln w="6350"><a:solidFill><a:srgbClr val="D9D9D9"/></a:solidFill></a:ln></c:spPr></c:majorGridlines>` +
    `<c:numFmt formatCode="${format}" sourceLinked="0"/><c:majorTickMark val="out"/><c:minorTickMark val="none"/><c:tickLblPos val="nextTo"/>` +
    `<c:crossAx val="${CAT_AX}"/><c:crosses val="autoZero"/><c:crossBetween val="between"/>${unit}</c:valAx>`;
  return (
    XML_HEAD +
    `<c:chartSpace ${NS}><c:roundedCorners val="0"/><c:chart>${title}<c:autoTitleDeleted val="0"/>` +
    `<c:plotArea><c:layout/><c:lineChart><c:grouping val="standard"/><c:varyColors val="0"/>` +
    chart.series.map((s, i) => ser(s, i, chart, format)).join("") +
    `<c:marker val="1"/><c:axId val="${CAT_AX}"/><c:axId val="${VAL_AX}"/></c:lineChart>${catAx}${valAx}</c:plotArea>` +
    `<c:legend><c:legendPos val="b"/><c:overlay val="0"/></c:legend><c:plotVisOnly val="1"/><c:dispBlanksAs val="gap"/></c:chart>` +
    `<c:txPr><a:bodyPr/><a:lstStyle/><a:p><a:pPr><a:defRPr sz="1000">${FONT}</a:defRPr></a:pPr><a:endParaRPr lang="ru-RU"/></a:p></c:txPr>` +
    `</c:chartSpace>`
  );
}

export interface AnchorCell {
  readonly row: number;
  readonly col: number;
}

function marker(tag: "from" | "to", a: AnchorCell): string {
  return `<xdr:${tag}><xdr:col>${a.col}</xdr:col><xdr:colOff>0</xdr:colOff><xdr:row>${a.row}</xdr:row><xdr:rowOff>0</xdr:rowOff></xdr:${tag}>`;
}

/** One drawing part holding every chart of a sheet; chart i is relationship rId(i+1). */
export function drawingXml(anchors: readonly { from: AnchorCell; to: AnchorCell; name: string }[]): string {
  const body = anchors
    .map(
      (a, i) =>
        `<xdr:twoCellAnchor editAs="oneCell">${marker("from", a.from)}${marker("to", a.to)}` +
        `<xdr:graphicFrame macro=""><xdr:nvGraphicFramePr><xdr:cNvPr id="${i + 2}" name="${esc(a.name)}"/><xdr:cNvGraphicFramePr/></xdr:nvGraphicFramePr>` +
        `<xdr:xfrm><a:off x="0" y="0"/><a:ext cx="0" cy="0"/></xdr:xfrm><a:graphic><a:graphicData uri="http://schemas.openxmlformats.org/drawingml/2006/chart">` +
        `<c:chart xmlns:c="http://schemas.openxmlformats.org/drawingml/2006/chart" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships" r:id="rId${i + 1}"/>` +
        `</a:graphicData></a:graphic></xdr:graphicFrame><xdr:clientData/></xdr:twoCellAnchor>`,
    )
    .join("");
  return (
    XML_HEAD +
    `<xdr:wsDr xmlns:xdr="http://schemas.openxmlformats.org/drawingml/2006/spreadsheetDrawing" xmlns:a="http://schemas.openxmlformats.org/drawingml/2006/main">${body}</xdr:wsDr>`
  );
}
