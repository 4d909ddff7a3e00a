/**
 * A SheetPlan written straight to worksheet XML. ExcelJS built a cell object, a style object and an
 * XML node for each of the million cells of a «Расшифровка», and took most of a 50-file compute doing
 * it; the plan already says everything the XML needs. Element order follows CT_Worksheet (ECMA-376
 * Part 1, §18.3.1.99): Excel repairs a sheet whose children are out of order.
 */
import { columnLetter, parseAddress } from "../../domain/a1";
import { inner } from "../../domain/maps";
import { ColorScalePlan, NativeLinkCut, PlanCell, PlanValue, SheetPlan, TablePlan, PAGE_FOOTER, planRowCount, planRows, printTitlesOf } from "../../report/plan";
import { wrappedRowLines, LINE_HEIGHT } from "./apply-plan";
import { quoteSheet } from "../sheet-name";
import { CellXml, PlanSheetContext } from "./cell-xml";
import { DeflatedText } from "./deflated-text";
import { esc, XML_HEAD } from "./xml";
import { DeflatedPart } from "./zip";

export interface WrittenPlanSheet {
  /** The sheet's XML, UTF-8, deflated as it was written (a «Расшифровка» runs to hundreds of MB). */
  readonly xml: DeflatedPart;
  /** Table parts to add, each with the relationship id the sheet XML already names. */
  readonly tables: readonly { readonly rid: string; readonly xml: (id: number) => string }[];
  /** The print area as an absolute reference, when the plan has one. */
  readonly printArea?: string;
  /** Rows printed atop every page (`_xlnm.Print_Titles`): the table's header. */
  readonly printTitles?: string;
}

interface Range {
  readonly top: number;
  readonly left: number;
  readonly bottom: number;
  readonly right: number;
}

function splitRange(range: string): Range {
  const [a, b] = range.replace(/\$/g, "").split(":");
  const from = parseAddress(a);
  const to = parseAddress(b ?? a);
  return { top: from.row, left: from.col, bottom: to.row, right: to.col };
}

const ref = (row: number, col: number) => `${columnLetter(col)}${row + 1}`;

function cellText(v: PlanValue): string {
  if (v === null) return "";
  if (typeof v !== "object") return String(v);
  if ("date" in v) return v.date;
  return v.result === null ? "" : String(v.result);
}

/** Table column names: the header cells' text, unique within the table, as Excel requires. */
function tableColumns(plan: SheetPlan, r: Range): string[] {
  const names: string[] = [];
  const seen = new Set<string>();
  for (let c = r.left; c <= r.right; c++) {
    const raw = cellText(plan.rows[r.top]?.[c]?.v ?? null).trim() || `Столбец ${c - r.left + 1}`;
    let name = raw;
    for (let n = 2; seen.has(name.toLowerCase()); n++) name = `${raw} ${n}`;
    seen.add(name.toLowerCase());
    names.push(name);
  }
  return names;
}

function tableXml(t: TablePlan, name: string, r: Range, columns: readonly string[], id: number): string {
  const area = `${ref(r.top, r.left)}:${ref(Math.max(r.bottom, r.top + 1), r.right)}`;
  const cols = columns.map((c, i) => `<tableColumn id="${i + 1}" name="${esc(c)}"/>`).join("");
  return (
    XML_HEAD +
    `<table xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" id="${id}" name="${esc(name)}" displayName="${esc(name)}" ref="${area}" headerRowCount="1" totalsRowShown="0">` +
    `<autoFilter ref="${area}"/><tableColumns count="${columns.length}">${cols}</tableColumns>` +
    `<tableStyleInfo name="${esc(t.style ?? "TableStyleLight9")}" showFirstColumn="0" showLastColumn="0" showRowStripes="1" showColumnStripes="0"/></table>`
  );
}

function colorScaleXml(cs: ColorScalePlan, priority: number): string {
  const cfvo = cs.midColor ? '<cfvo type="min"/><cfvo type="percentile" val="50"/><cfvo type="max"/>' : '<cfvo type="min"/><cfvo type="max"/>';
  const colors = (cs.midColor ? [cs.minColor, cs.midColor, cs.maxColor] : [cs.minColor, cs.maxColor]).map((hex) => `<color rgb="FF${hex}"/>`).join("");
  return `<conditionalFormatting sqref="${esc(cs.range)}"><cfRule type="colorScale" priority="${priority}"><colorScale>${cfvo}${colors}</colorScale></cfRule></conditionalFormatting>`;
}

function paneXml(rows: number, columns: number): string {
  const pane = rows > 0 && columns > 0 ? "bottomRight" : rows > 0 ? "bottomLeft" : "topRight";
  const split = `${columns > 0 ? ` xSplit="${columns}"` : ""}${rows > 0 ? ` ySplit="${rows}"` : ""}`;
  return `<pane${split} topLeftCell="${ref(rows, columns)}" activePane="${pane}" state="frozen"/><selection pane="${pane}"/>`;
}

const EMPTY: PlanCell = { v: null };

/** `name`: the sheet's actual name (the plan's may have moved to «Name (2)»). */
export function writePlanSheet(plan: SheetPlan, name: string, tableNames: readonly string[], ctx: PlanSheetContext): WrittenPlanSheet {
  const tables = (plan.tables ?? []).map((t, i) => {
    const r = splitRange(t.range);
    return { plan: t, name: tableNames[i] ?? t.name, range: r, columns: tableColumns(plan, r) };
  });
  // Header cells of a table must read exactly as its column names: row → column → name, looked up
  // per row (a key string per cell cost a million-row sheet more than its XML).
  const headers = new Map<number, Map<number, string>>();
  /** Row → how far its table header cells reach (they exist even where the plan left them out). */
  const headerWidth = new Map<number, number>();
  for (const t of tables) {
    const row = inner(headers, t.range.top);
    for (let i = 0; i < t.columns.length; i++) row.set(t.range.left + i, t.columns[i]);
    headerWidth.set(t.range.top, Math.max(headerWidth.get(t.range.top) ?? 0, t.range.right + 1));
  }

  const links: string[] = [];
  const cellXml = new CellXml(ctx);
  const rows = new DeflatedText();
  let lastRow = 0;
  let lastCol = 0;
  const rowCount = Math.max(planRowCount(plan), ...[...headerWidth.keys()].map((r) => r + 1));
  // Where native links stop is found as the rows go by: counting it first made every compact row twice.
  const cut = new NativeLinkCut();
  // Compact rows («Расшифровка») are made a block at a time as they are written, then let go.
  const source = planRows(plan);
  for (let r = 0; r < rowCount; r++) {
    const next = source.next();
    const cells: readonly PlanCell[] = next.done ? [] : next.value;
    const native = cut.admits(cells);
    const width = Math.max(cells.length, headerWidth.get(r) ?? 0);
    if (width === 0) continue;
    const lines = wrappedRowLines(cells, plan);
    const rowHeaders = headers.get(r);
    const rowText = String(r + 1);
    let body = "";
    for (let c = 0; c < width; c++) {
      const x = cellXml.cell(cells[c] ?? EMPTY, c, rowText, lines > 1, native ? links : null, rowHeaders?.get(c));
      if (x === "") continue;
      body += x;
      if (c > lastCol) lastCol = c;
    }
    if (body === "" && lines <= 1) continue;
    lastRow = r;
    const height = lines > 1 ? ` ht="${Math.min(409, lines * LINE_HEIGHT)}" customHeight="1"` : "";
    rows.push(`<row r="${rowText}"${height}>${body}</row>`);
  }

  const freeze = plan.freeze && (plan.freeze.rows > 0 || plan.freeze.columns > 0) ? plan.freeze : undefined;
  const print = plan.print ?? {};
  const parts = new DeflatedText();
  parts.push(
    XML_HEAD +
      '<worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships">',
  );
  parts.push(`<sheetPr>${plan.tabColor ? `<tabColor rgb="FF${plan.tabColor}"/>` : ""}${print.fullSize ? "" : '<pageSetUpPr fitToPage="1"/>'}</sheetPr>`);
  parts.push(`<dimension ref="A1:${ref(lastRow, lastCol)}"/>`);
  parts.push(`<sheetViews><sheetView workbookViewId="0">${freeze ? paneXml(freeze.rows, freeze.columns) : ""}</sheetView></sheetViews>`);
  parts.push('<sheetFormatPr defaultRowHeight="15"/>');
  const widths = (plan.columnWidths ?? []).map((w, i) => (w > 0 ? `<col min="${i + 1}" max="${i + 1}" width="${w}" customWidth="1"/>` : "")).join("");
  if (widths) parts.push(`<cols>${widths}</cols>`);
  parts.push("<sheetData>");
  parts.append(rows);
  parts.push("</sheetData>");
  const merges = plan.merges ?? [];
  if (merges.length > 0) parts.push(`<mergeCells count="${merges.length}">${merges.map((m) => `<mergeCell ref="${esc(m)}"/>`).join("")}</mergeCells>`);
  (plan.colorScales ?? []).forEach((cs, i) => parts.push(colorScaleXml(cs, i + 1)));
  if (links.length > 0) parts.push(`<hyperlinks>${links.join("")}</hyperlinks>`);
  parts.push('<pageMargins left="0.7" right="0.7" top="0.75" bottom="0.75" header="0.3" footer="0.3"/>');
  // Reports get printed: landscape, one page wide, as many pages tall as needed, unless the plan says.
  const orientation = print.landscape === false ? "portrait" : "landscape";
  parts.push(`<pageSetup paperSize="9" orientation="${orientation}"${print.fullSize ? ' scale="100"' : ` fitToWidth="${print.fitToWidth ?? 1}" fitToHeight="0"`}/>`);
  // A printout of many pages says on each which sheet it is and which page: «Расшифровка» runs to hundreds.
  parts.push(`<headerFooter><oddFooter>${esc(`&L${PAGE_FOOTER.left}&R${PAGE_FOOTER.right}`)}</oddFooter></headerFooter>`);
  const breaks = (print.rowBreaks ?? []).filter((b) => b > 0);
  if (breaks.length > 0) {
    parts.push(`<rowBreaks count="${breaks.length}" manualBreakCount="${breaks.length}">${breaks.map((b) => `<brk id="${b}" max="16383" man="1"/>`).join("")}</rowBreaks>`);
  }
  const tableParts = tables.map((t, i) => ({ rid: `rIdT${i + 1}`, xml: (id: number) => tableXml(t.plan, t.name, t.range, t.columns, id) }));
  if (tableParts.length > 0) parts.push(`<tableParts count="${tableParts.length}">${tableParts.map((t) => `<tablePart r:id="${t.rid}"/>`).join("")}</tableParts>`);
  parts.push("</worksheet>");

  let printArea: string | undefined;
  if (print.area) {
    const a = splitRange(print.area);
    printArea = `${quoteSheet(name)}!$${columnLetter(a.left)}$${a.top + 1}:$${columnLetter(a.right)}$${a.bottom + 1}`;
  }
  const { rows: titleRows, columns: titleColumns } = printTitlesOf(plan);
  const titles = [titleColumns, titleRows].filter((t): t is string => t !== undefined).map((t) => `${quoteSheet(name)}!${t}`);
  const printTitles = titles.length > 0 ? titles.join(",") : undefined;
  return { xml: parts.done(), tables: tableParts, ...(printArea ? { printArea } : {}), ...(printTitles ? { printTitles } : {}) };
}
