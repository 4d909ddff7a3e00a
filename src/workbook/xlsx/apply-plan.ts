/**
 * Writes one SheetPlan into a fresh ExcelJS worksheet. Charts are not ExcelJS's business: they are
 * injected into the written file afterwards (charts.ts).
 */
import type ExcelJS from "exceljs";
import { parseAddress } from "../../domain/a1";
import { PlanCell, PlanValue, PrintPlan, SheetPlan, TablePlan, DataValidationPlan, ColorScalePlan, nativeLinkRows, withAllRows } from "../../report/plan";
import { sharedStyle } from "./styles";
import { quoteSheet, uniqueTableName } from "../sheet-name";
import { hyperlinkFormula } from "../hyperlink";

export const DATE_FORMAT = "dd.mm.yyyy";

function dateFromIso(iso: string): Date {
  const [y, m, d] = iso.split("-").map(Number);
  // ExcelJS turns a Date into a serial from its UTC time: midnight UTC is the calendar day itself.
  return new Date(Date.UTC(y, m - 1, d));
}

/**
 * A plan value as an ExcelJS value. Text is always a string cell, even "=SUM(A1)" or "-5 дней":
 * ExcelJS only writes a formula from a { formula } object, so data from schools can never become
 * a live formula (formula injection).
 */
function excelValue(v: PlanValue): ExcelJS.CellValue {
  if (v === null || typeof v === "string" || typeof v === "number" || typeof v === "boolean") return v;
  if ("date" in v) return dateFromIso(v.date);
  return v.result === null ? { formula: v.formula, date1904: false } : { formula: v.formula, result: v.result, date1904: false };
}

function linkTarget(link: NonNullable<PlanCell["link"]>): string {
  // No leading "#": ExcelJS recognises Sheet!A1 as an internal link (written as `location`).
  return `${quoteSheet(link.sheet)}!${link.cell}`;
}

const WRAPPED: Partial<ExcelJS.Alignment> = { wrapText: true, vertical: "top" };
const TOP: Partial<ExcelJS.Alignment> = { vertical: "top" };

/**
 * `top`: the cell sits in a row made taller for a wrapped neighbour and lines up with it at the top.
 * `nativeLink`: a link goes in as a hyperlink; past the sheet's limit of them, as a HYPERLINK formula.
 */
function writeCell(cell: ExcelJS.Cell, pc: PlanCell, top: boolean, nativeLink: boolean): void {
  const value = excelValue(pc.v);
  if (pc.link && (typeof value === "string" || typeof value === "number")) {
    const shown = String(value);
    cell.value = nativeLink
      ? { text: shown, hyperlink: linkTarget(pc.link) }
      : { formula: hyperlinkFormula(pc.link.sheet, pc.link.cell, shown), result: shown, date1904: false };
  } else {
    cell.value = value;
  }
  const numFmt = pc.numFmt ?? (pc.v !== null && typeof pc.v === "object" && "date" in pc.v ? DATE_FORMAT : undefined);
  const alignment = pc.wrap ? WRAPPED : top && pc.v !== null ? TOP : undefined;
  cell.style = sharedStyle({ name: pc.style ?? (pc.link ? "link" : "normal"), numFmt, alignment });
}

function splitRange(range: string): { top: number; left: number; bottom: number; right: number } {
  const [a, b] = range.split(":");
  const from = parseAddress(a);
  const to = parseAddress(b ?? a);
  return { top: from.row + 1, left: from.col + 1, bottom: to.row + 1, right: to.col + 1 };
}

/**
 * ExcelJS's addTable writes its `rows` into the cells itself, so the rows passed are the values
 * already written: the cells keep their styles and formats, and the table gets a filter and stripes.
 */
function addTable(ws: ExcelJS.Worksheet, t: TablePlan, usedNames: Set<string>): void {
  const r = splitRange(t.range);
  const names: string[] = [];
  const seen = new Set<string>();
  for (let c = r.left; c <= r.right; c++) {
    const raw = ws.getCell(r.top, c).text.trim() || `Столбец ${c - r.left + 1}`;
    let name = raw;
    for (let n = 2; seen.has(name.toLowerCase()); n++) name = `${raw} ${n}`;
    seen.add(name.toLowerCase());
    names.push(name);
  }
  const rows: ExcelJS.CellValue[][] = [];
  for (let row = r.top + 1; row <= Math.max(r.bottom, r.top + 1); row++) {
    const values: ExcelJS.CellValue[] = [];
    for (let c = r.left; c <= r.right; c++) values.push(ws.getCell(row, c).value);
    rows.push(values);
  }
  const tableName = uniqueTableName(t.name, usedNames);
  ws.addTable({
    name: tableName,
    ref: t.range.split(":")[0],
    headerRow: true,
    totalsRow: false,
    style: { theme: (t.style ?? "TableStyleLight9") as ExcelJS.TableStyleProperties["theme"], showRowStripes: true },
    columns: names.map((name) => ({ name, filterButton: true })),
    rows,
  });
}

function addColorScale(ws: ExcelJS.Worksheet, cs: ColorScalePlan, priority: number): void {
  const cfvo: ExcelJS.Cvfo[] = cs.midColor
    ? [{ type: "min" }, { type: "percentile", value: 50 }, { type: "max" }]
    : [{ type: "min" }, { type: "max" }];
  const color = (cs.midColor ? [cs.minColor, cs.midColor, cs.maxColor] : [cs.minColor, cs.maxColor]).map((hex) => ({ argb: `FF${hex}` }));
  ws.addConditionalFormatting({ ref: cs.range, rules: [{ type: "colorScale", priority, cfvo, color } as ExcelJS.ConditionalFormattingRule] });
}

/** Excel's limits: a list literal ≤ 255 characters, a prompt ≤ 255, a prompt title ≤ 32. */
const MAX_LIST_LITERAL = 255;

export function listLiteral(items: readonly string[]): string | null {
  if (items.some((i) => i.includes(",") || i.includes('"'))) return null;
  const literal = `"${items.join(",")}"`;
  return literal.length - 2 <= MAX_LIST_LITERAL ? literal : null;
}

/** ExcelJS has `dataValidations` at run time but not in its typings, and no "any" type for hint-only prompts. */
type Validation = Omit<ExcelJS.DataValidation, "type" | "formulae"> & { type: ExcelJS.DataValidation["type"] | "any"; formulae?: string[] };
type ValidationHost = { dataValidations: { add(range: string, v: Validation): void } };

function addValidation(ws: ExcelJS.Worksheet, dv: DataValidationPlan, listSource: (items: readonly string[]) => string): void {
  const prompt = dv.prompt ? { showInputMessage: true, prompt: dv.prompt.slice(0, 255), promptTitle: dv.promptTitle?.slice(0, 32) } : {};
  if (dv.list && dv.list.length > 0) {
    (ws as unknown as ValidationHost).dataValidations.add(dv.range, {
      type: "list",
      allowBlank: true,
      formulae: [listLiteral(dv.list) ?? listSource(dv.list)],
      showErrorMessage: true,
      errorStyle: "warning",
      errorTitle: "Значение не из списка",
      error: "Выберите значение из списка или оставьте ячейку пустой.",
      ...prompt,
    });
  } else if (dv.prompt) {
    (ws as unknown as ValidationHost).dataValidations.add(dv.range, { type: "any", allowBlank: true, ...prompt });
  }
}

export const LINE_HEIGHT = 15;
const DEFAULT_WIDTH = 9;
/**
 * Lines a paragraph takes when wrapped at word boundaries, `perLine` characters a line: counting
 * characters alone misses the space lost at each line end and gave names one line too few.
 */
export function wrappedLines(text: string, perLine: number): number {
  let lines = 0;
  for (const part of text.split("\n")) {
    lines += 1;
    let used = 0;
    for (const word of part.split(" ")) {
      if (used > 0 && used + 1 + word.length <= perLine) {
        used += 1 + word.length;
        continue;
      }
      if (used > 0) lines += 1;
      // A word longer than a line is broken across lines.
      const extra = Math.floor(Math.max(0, word.length - 1) / perLine);
      lines += extra;
      used = word.length - extra * perLine;
    }
  }
  return lines;
}

/**
 * Rows with wrapped text get a height for their lines: neither Excel nor LibreOffice re-measures rows
 * of a generated file on open, so long indicator names would otherwise show one line (or run over the
 * next rows when printed). An estimate from the text length and the column width, like Excel's autofit.
 */
export function wrappedRowLines(cells: readonly PlanCell[], plan: SheetPlan): number {
  let lines = 1;
  cells.forEach((pc, c) => {
    if (!pc.wrap || typeof pc.v !== "string") return;
    const perLine = Math.max(1, Math.floor(plan.columnWidths?.[c] || DEFAULT_WIDTH) - 1);
    const n = wrappedLines(pc.v, perLine);
    if (n > lines) lines = n;
  });
  return lines;
}

export interface ApplyContext {
  /** Table names already used in the workbook (lower case); Excel needs them unique workbook-wide. */
  readonly tableNames: Set<string>;
  /** For lists too long or with commas for a literal: writes the items somewhere and returns a range formula. */
  readonly listSource: (items: readonly string[]) => string;
}

export function applySheetPlan(ws: ExcelJS.Worksheet, compact: SheetPlan, ctx: ApplyContext): void {
  // ExcelJS keeps the whole sheet anyway: every row is made now.
  const plan = withAllRows(compact);
  const native = nativeLinkRows(plan);
  plan.rows.forEach((cells, r) => {
    if (cells.length === 0) return;
    const row = ws.getRow(r + 1);
    const lines = wrappedRowLines(cells, plan);
    // The wrapped text starts at the top; the row's other cells line up with it, not at the bottom.
    if (lines > 1) row.height = Math.min(409, lines * LINE_HEIGHT);
    cells.forEach((pc, c) => {
      if (pc.v === null && !pc.style && !pc.numFmt && !pc.link) return;
      writeCell(row.getCell(c + 1), pc, lines > 1, r < native);
    });
  });
  plan.columnWidths?.forEach((w, i) => {
    if (w > 0) ws.getColumn(i + 1).width = w;
  });
  if (plan.freeze && (plan.freeze.rows > 0 || plan.freeze.columns > 0)) {
    ws.views = [{ state: "frozen", xSplit: plan.freeze.columns, ySplit: plan.freeze.rows }];
  }
  for (const m of plan.merges ?? []) ws.mergeCells(m);
  for (const t of plan.tables ?? []) addTable(ws, t, ctx.tableNames);
  (plan.colorScales ?? []).forEach((cs, i) => addColorScale(ws, cs, i + 1));
  for (const dv of plan.dataValidations ?? []) addValidation(ws, dv, ctx.listSource);
  if (plan.tabColor) ws.properties.tabColor = { argb: `FF${plan.tabColor}` };
  applyPrint(ws, plan.print ?? {});
}

/** Reports get printed: landscape, one page wide, as many pages tall as needed, unless the plan says. */
function applyPrint(ws: ExcelJS.Worksheet, print: PrintPlan): void {
  ws.pageSetup = {
    ...ws.pageSetup,
    orientation: print.landscape === false ? "portrait" : "landscape",
    ...(print.fullSize ? { fitToPage: false, scale: 100 } : { fitToPage: true, fitToWidth: print.fitToWidth ?? 1, fitToHeight: 0 }),
    paperSize: 9,
    ...(print.area ? { printArea: print.area } : {}),
  };
  for (const row of print.rowBreaks ?? []) if (row > 0) ws.getRow(row).addPageBreak();
}
