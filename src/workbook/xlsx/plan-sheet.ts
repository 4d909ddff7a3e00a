/**
 * A SheetPlan written straight to worksheet XML. ExcelJS built a cell object, a style object and an
 * XML node for each of the million cells of a «Расшифровка», and took most of a 50-file compute doing
 * it; the plan already says everything the XML needs. Element order follows CT_Worksheet (ECMA-376
 * Part 1, §18.3.1.99): Excel repairs a sheet whose children are out of order.
 */
import { columnLetter, parseAddress } from "../../domain/a1";
import { DAYS_1900_TO_1904, serialFromIso } from "../../domain/dates";
import { inner } from "../../domain/maps";
import { ColorScalePlan, NativeLinkCut, PlanCell, PlanValue, SheetPlan, TablePlan, planRowCount, planRows } from "../../report/plan";
import { DATE_FORMAT, wrappedRowLines, LINE_HEIGHT } from "./apply-plan";
import { CellStyleKey } from "./styles";
import { quoteSheet } from "../sheet-name";
import { hyperlinkFormula } from "../hyperlink";
import { esc, XML_HEAD } from "./xml";

export interface PlanSheetContext {
  /** The output's cell format index for a look. */
  style(key: CellStyleKey): number;
  /** The output's shared-string index for a text. */
  string(text: string): number;
  readonly date1904: boolean;
}

export interface WrittenPlanSheet {
  /** The sheet's XML in UTF-8 pieces of about a megabyte (a «Расшифровка» runs to hundreds). */
  readonly xml: readonly Buffer[];
  /** Table parts to add, each with the relationship id the sheet XML already names. */
  readonly tables: readonly { readonly rid: string; readonly xml: (id: number) => string }[];
  /** The print area as an absolute reference, when the plan has one. */
  readonly printArea?: string;
}

const WRAPPED = { wrapText: true, vertical: "top" } as const;
const TOP = { vertical: "top" } as const;

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

function serial(iso: string, date1904: boolean): number {
  return serialFromIso(iso) - (date1904 ? DAYS_1900_TO_1904 : 0);
}

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

/**
 * One cell's XML, or "" for a cell that carries nothing. `top`: lined up at the top beside a wrapped
 * neighbour. `links`: the sheet's native hyperlinks, or null past their limit, where a link is the
 * cell's HYPERLINK formula.
 */
function cellXml(pc: PlanCell, address: string, top: boolean, ctx: PlanSheetContext, links: string[] | null, header: string | undefined): string {
  if (pc.link && links === null && header === undefined && (typeof pc.v === "string" || typeof pc.v === "number")) {
    // Shown as text, like the native link cells above it, so the column sorts and filters as one.
    const shown = String(pc.v);
    return cellXml({ ...pc, v: { formula: hyperlinkFormula(pc.link.sheet, pc.link.cell, shown), result: shown }, link: undefined, style: pc.style ?? "link" }, address, top, ctx, links, header);
  }
  // A linked number is written as its text, as the link cell ExcelJS wrote always was.
  const v: PlanValue = header ?? (pc.link && typeof pc.v === "number" ? String(pc.v) : pc.v);
  if (v === null && !pc.style && !pc.numFmt && !pc.link) return "";
  const isDate = v !== null && typeof v === "object" && "date" in v;
  const numFmt = pc.numFmt ?? (isDate ? DATE_FORMAT : undefined);
  const alignment = pc.wrap ? WRAPPED : top && v !== null ? TOP : undefined;
  const s = ctx.style({ name: pc.style ?? (pc.link ? "link" : "normal"), numFmt, alignment });
  const head = `<c r="${address}"${s ? ` s="${s}"` : ""}`;
  if (pc.link && links && (typeof v === "string" || typeof v === "number")) {
    links.push(`<hyperlink ref="${address}" location="${esc(`${quoteSheet(pc.link.sheet)}!${pc.link.cell}`)}"/>`);
  }
  if (v === null) return `${head}/>`;
  // Text is always a string cell, even "=SUM(A1)": data from schools never becomes a live formula.
  if (typeof v === "string") return `${head} t="s"><v>${ctx.string(v)}</v></c>`;
  if (typeof v === "number") return Number.isFinite(v) ? `${head}><v>${v}</v></c>` : `${head}/>`;
  if (typeof v === "boolean") return `${head} t="b"><v>${v ? 1 : 0}</v></c>`;
  if ("date" in v) return `${head}><v>${serial(v.date, ctx.date1904)}</v></c>`;
  const f = `<f>${esc(v.formula)}</f>`;
  if (v.result === null) return `${head}>${f}</c>`;
  if (typeof v.result === "number") return `${head}>${f}<v>${v.result}</v></c>`;
  return `${head} t="str">${f}<v>${esc(v.result)}</v></c>`;
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
  const rows = new Pieces();
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
    let body = "";
    for (let c = 0; c < width; c++) {
      const x = cellXml(cells[c] ?? EMPTY, ref(r, c), lines > 1, ctx, native ? links : null, rowHeaders?.get(c));
      if (x === "") continue;
      body += x;
      if (c > lastCol) lastCol = c;
    }
    if (body === "" && lines <= 1) continue;
    lastRow = r;
    const height = lines > 1 ? ` ht="${Math.min(409, lines * LINE_HEIGHT)}" customHeight="1"` : "";
    rows.push(`<row r="${r + 1}"${height}>${body}</row>`);
  }

  const freeze = plan.freeze && (plan.freeze.rows > 0 || plan.freeze.columns > 0) ? plan.freeze : undefined;
  const print = plan.print ?? {};
  const parts = new Pieces();
  parts.push(
    XML_HEAD +
      '<worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships">',
  );
  parts.push(`<sheetPr>${plan.tabColor ? `<tabColor rgb="FF${plan.tabColor}"/>` : ""}<pageSetUpPr fitToPage="1"/></sheetPr>`);
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
  parts.push(`<pageSetup paperSize="9" orientation="${print.landscape === false ? "portrait" : "landscape"}" fitToWidth="${print.fitToWidth ?? 1}" fitToHeight="0"/>`);
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
  return { xml: parts.done(), tables: tableParts, ...(printArea ? { printArea } : {}) };
}

/**
 * Text gathered into UTF-8 pieces of about a megabyte, so no one string holds a whole sheet. Held as
 * a list and joined once per piece: appending to one string made a deep rope that took longer to
 * flatten than the XML took to build.
 */
class Pieces {
  private static readonly SIZE = 1 << 20;
  private readonly out: Buffer[] = [];
  private texts: string[] = [];
  private length = 0;

  push(s: string): void {
    this.texts.push(s);
    this.length += s.length;
    if (this.length >= Pieces.SIZE) this.flush();
  }

  /** Takes over another's pieces, after what this one holds. */
  append(other: Pieces): void {
    this.flush();
    for (const b of other.done()) this.out.push(b);
  }

  done(): Buffer[] {
    this.flush();
    return this.out;
  }

  private flush(): void {
    if (this.length === 0) return;
    this.out.push(Buffer.from(this.texts.join(""), "utf8"));
    this.texts = [];
    this.length = 0;
  }
}
