/**
 * A worksheet part as the domain's SheetGrid: what a person sees in each cell (cached formula
 * results, link text, error codes), never formulas. Scans the XML bytes directly; the values match
 * what ExcelJS made of the same cells (dates from date-formatted numbers, rich text joined, the
 * non-master cells of a merged block blank), which the tests check against ExcelJS itself.
 * Two departures: cells stored as ISO dates (t="d", as Excel's Strict saves and openpyxl write them)
 * are read as the dates they are; ExcelJS read the number before the first «-» (1980, a date in 1905).
 * And a number shown with a % format is read as shown, 25 for «25 %» (percent-format.ts).
 */
import { CellValue, Grid, MergedRange, SheetGrid, UNCALCULATED_FORMULA, spanning } from "../../domain/grid";
import { DAYS_1900_TO_1904, isoFromParts } from "../../domain/dates";
import type { InputBook, InputSheet } from "./input-book";
import { attr, stringItemText, unesc } from "./xml";
import { attrRange, digitsAt, digitsAttr, Element, find, GT, isDigit, isSpaceByte, nextElement } from "./xml-bytes";
import { shownPercent } from "../percent-format";

export class SheetXmlError extends Error {}

/** Excel's sheet size (specifications and limits): 1 048 576 rows, 16 384 columns (XFD). */
const MAX_ROWS = 1_048_576;
const MAX_COLUMNS = 16_384;

/** "AB12" → 0-based column and row; null for anything else. */
export function decodeRef(ref: string): { row: number; col: number } | null {
  let col = 0;
  let i = 0;
  for (; i < ref.length; i++) {
    const ch = ref.charCodeAt(i);
    if (ch >= 65 && ch <= 90) col = col * 26 + (ch - 64);
    else if (ch >= 97 && ch <= 122) col = col * 26 + (ch - 96);
    else break;
  }
  const row = Number(ref.slice(i));
  if (i === 0 || !Number.isInteger(row) || row < 1) return null;
  return { row: row - 1, col: col - 1 };
}

const MS_PER_DAY = 24 * 3600 * 1000;

function excelToDate(serial: number, date1904: boolean): Date {
  return new Date(Math.round((serial - 25569 + (date1904 ? DAYS_1900_TO_1904 : 0)) * MS_PER_DAY));
}

/** The serial excelToDate turns back into `date`, in the workbook's date system. */
function dateToExcel(date: Date, date1904: boolean): number {
  return date.getTime() / MS_PER_DAY + 25569 - (date1904 ? DAYS_1900_TO_1904 : 0);
}

/** ISO 8601 as t="d" cells hold it: a date, a time to the minute or (fractional) second, a zone. */
const ISO_DATE_TIME = /^(\d{4})-(\d{2})-(\d{2})(?:T(\d{2}):(\d{2})(?::(\d{2})(\.\d+)?)?)?(?:Z|[+-]\d{2}(?::?\d{2})?)?$/;

/**
 * A t="d" value as the moment a person sees, at UTC like every date of the grid; null when the text
 * is no such date. A zone is dropped: the cell shows the date and time as written, not an instant.
 */
function dateFromIso(text: string): Date | null {
  const m = ISO_DATE_TIME.exec(text.trim());
  if (!m) return null;
  const [y, mo, d, h, mi, s] = [1, 2, 3, 4, 5, 6].map((i) => Number(m[i] ?? 0));
  if (isoFromParts(y, mo, d) === null || h > 23 || mi > 59 || s > 59) return null;
  const date = new Date(0);
  // Set field by field: Date.UTC would read years 0–99 as 1900–1999.
  date.setUTCFullYear(y, mo - 1, d);
  date.setUTCHours(h, mi, s, Math.round(Number(m[7] ?? 0) * 1000));
  return date;
}

/**
 * A t="d" cell as its serial would be read: a Date under a date format, else the serial Excel shows
 * under the cell's format. Text that is no date goes to the domain as text, which says it is not one.
 */
function isoDateValue(text: string, shownAsDate: boolean, date1904: boolean): CellValue {
  const date = dateFromIso(text);
  if (date === null) return text;
  return shownAsDate ? date : dateToExcel(date, date1904);
}

function mergesOf(xml: Buffer): MergedRange[] {
  const out: MergedRange[] = [];
  const start = xml.indexOf("<mergeCells");
  if (start < 0) return out;
  for (const m of xml.toString("utf8", start).matchAll(/<mergeCell\b[^>]*>/g)) {
    const [a, b] = (attr(m[0], "ref") ?? "").split(":");
    const from = decodeRef(a ?? "");
    const to = decodeRef(b ?? a ?? "");
    if (!from || !to) continue;
    out.push(spanning(from, to));
  }
  out.sort((x, y) => x.top - y.top || x.left - y.left);
  return out;
}

interface Context {
  readonly strings: () => readonly { text: string }[];
  readonly dates: readonly boolean[];
  readonly percents: readonly boolean[];
  readonly date1904: boolean;
}

/** A cell reference read from its bytes («AB12»), with decodeRef's rules for anything unusual. */
function refAt(xml: Buffer, start: number, end: number): { row: number; col: number } | null {
  let col = 0;
  let i = start;
  for (; i < end; i++) {
    const ch = xml[i];
    if (ch >= 65 && ch <= 90) col = col * 26 + (ch - 64);
    else if (ch >= 97 && ch <= 122) col = col * 26 + (ch - 96);
    else break;
  }
  let row = 0;
  const digits = i;
  for (; i < end && isDigit(xml[i]) && i - digits < 9; i++) row = row * 10 + (xml[i] - 0x30);
  if (i === end && digits > start && i > digits && row >= 1) return { row: row - 1, col: col - 1 };
  return decodeRef(xml.toString("utf8", start, end));
}

const T_OTHER = 0;
const T_S = 1;
const T_STR = 2;
const T_INLINE = 3;
const T_B = 4;
const T_E = 5;
const T_D = 6;

/** The cell's type attribute as one of the types read differently. */
function typeAt(xml: Buffer, from: number, to: number): number {
  const r = attrRange(xml, 0x74 /* t */, from, to);
  if (!r) return T_OTHER;
  const [a, b] = r;
  const len = b - a;
  if (len === 1) return xml[a] === 0x73 ? T_S : xml[a] === 0x62 ? T_B : xml[a] === 0x65 ? T_E : xml[a] === 0x64 ? T_D : T_OTHER;
  if (len === 3 && xml[a] === 0x73 && xml[a + 1] === 0x74 && xml[a + 2] === 0x72) return T_STR;
  if (len === 9 && xml.toString("latin1", a, b) === "inlineStr") return T_INLINE;
  return T_OTHER;
}

const IS_OPEN = Buffer.from("<is>");
const IS_CLOSE = Buffer.from("</is>");
const V_OPEN = Buffer.from("<v");
const V_CLOSE = Buffer.from("</v>");
const F_OPEN = Buffer.from("<f");
const ROW_OPEN = Buffer.from("<row");
const ROW_CLOSE = Buffer.from("</row>");
const C_OPEN = Buffer.from("<c");
const C_CLOSE = Buffer.from("</c>");
const T_OPEN = Buffer.from("<t>");
const T_CLOSE = Buffer.from("</t>");
const AMP = Buffer.from("&");

/**
 * The text of a string item that is one plain run, `<t>text</t>` with nothing to unescape or decode
 * (no «&», no «_x», no other markup): the usual cell, read straight from its bytes. Null otherwise,
 * for stringItemText to read.
 */
function plainRun(xml: Buffer, from: number, to: number): string | null {
  if (find(xml, T_OPEN, from, from + 3) !== from || find(xml, T_CLOSE, to - 4, to) !== to - 4) return null;
  for (let i = from + 3; i < to - 4; i++) {
    const b = xml[i];
    if (b === 0x3c /* < */ || b === 0x26 /* & */ || (b === 0x5f /* _ */ && xml[i + 1] === 0x78) /* _x */) return null;
  }
  return xml.toString("utf8", from + 3, to - 4);
}

/** The content of the cell's `<v>` (or `<v attr…>`), or null when it has none. */
function valueRange(xml: Buffer, from: number, to: number): [number, number] | null {
  for (let at = find(xml, V_OPEN, from, to); at >= 0; at = find(xml, V_OPEN, at + 2, to)) {
    let p = at + 2;
    if (p < to && isSpaceByte(xml[p])) {
      while (p < to && xml[p] !== GT) p++;
    } else if (p >= to || xml[p] !== GT) {
      continue;
    }
    if (p >= to) return null;
    const close = find(xml, V_CLOSE, p + 1, to);
    return close < 0 ? null : [p + 1, close];
  }
  return null;
}

/** unesc of the value's text; most text has no «&» at all and is only decoded. */
function textAt(xml: Buffer, a: number, b: number): string {
  const text = xml.toString("utf8", a, b);
  return find(xml, AMP, a, b) < 0 ? text : unesc(text);
}

/** parseFloat of the value's text; plain (signed) integers are summed from their digits, exactly. */
function floatAt(xml: Buffer, a: number, b: number): number {
  const negative = xml[a] === 0x2d;
  const n = digitsAt(xml, negative ? a + 1 : a, b);
  return n === null ? parseFloat(xml.toString("utf8", a, b)) : negative ? -n : n;
}

/** parseInt(…, 10) of the value's text, the same way. */
function intAt(xml: Buffer, a: number, b: number): number {
  return digitsAt(xml, a, b) ?? parseInt(xml.toString("utf8", a, b), 10);
}

/** Whether the cell's style (s="N") shows a date. */
function dateStyled(xml: Buffer, attrs: number, attrsEnd: number, ctx: Context): boolean {
  const s = digitsAttr(xml, 0x73 /* s */, attrs, attrsEnd);
  return s !== undefined && ctx.dates[s] === true;
}

/**
 * One <c>'s value from its attributes [attrs, attrsEnd) and inner XML [inner, innerEnd) (an empty range
 * for `<c …/>`), by the same rules the package reader always had for the text of a cell.
 */
function cellValue(xml: Buffer, attrs: number, attrsEnd: number, inner: number, innerEnd: number, ctx: Context): CellValue {
  if (innerEnd <= inner) return null;
  const t = typeAt(xml, attrs, attrsEnd);
  if (t === T_INLINE) {
    const open = find(xml, IS_OPEN, inner, innerEnd);
    const close = open < 0 ? -1 : find(xml, IS_CLOSE, open + 4, innerEnd);
    if (close < 0) return null;
    return plainRun(xml, open + 4, close) ?? stringItemText(xml.toString("utf8", open + 4, close));
  }
  const v = valueRange(xml, inner, innerEnd);
  // An empty <v/> is no value (ExcelJS never sees text for it) — a formula's empty text, say. A formula
  // with no <v> at all was never calculated: not an empty cell (UNCALCULATED_FORMULA).
  if (v === null || v[1] === v[0]) {
    return find(xml, V_OPEN, inner, innerEnd) < 0 && find(xml, F_OPEN, inner, innerEnd) >= 0 ? { error: UNCALCULATED_FORMULA } : null;
  }
  const [a, b] = v;
  switch (t) {
    case T_S:
      if (find(xml, F_OPEN, inner, innerEnd) >= 0) return floatAt(xml, a, b);
      return ctx.strings()[intAt(xml, a, b)]?.text ?? null;
    case T_STR:
      return textAt(xml, a, b);
    case T_B:
      return intAt(xml, a, b) !== 0;
    case T_E:
      return { error: unesc(xml.toString("utf8", a, b)) };
    case T_D:
      return isoDateValue(textAt(xml, a, b), dateStyled(xml, attrs, attrsEnd, ctx), ctx.date1904);
    default: {
      const n = floatAt(xml, a, b);
      const s = digitsAttr(xml, 0x73 /* s */, attrs, attrsEnd);
      if (s === undefined) return n;
      if (ctx.dates[s] === true) return excelToDate(n, ctx.date1904);
      return ctx.percents[s] === true && Number.isFinite(n) ? shownPercent(n) : n;
    }
  }
}

/**
 * The sheet's XML is scanned as bytes: only what cells hold is decoded, each into a string of its own.
 * Decoding a whole part first cost seconds on a region's sheet, and every cell's text was a slice of
 * it, so the hundreds of megabytes of decoded XML stayed alive as long as any cell did.
 */
export function gridFromSheetXml(xml: Buffer, book: InputBook, sheet: InputSheet, file: string): SheetGrid {
  if (xml.indexOf("<worksheet") < 0 || xml.lastIndexOf("</worksheet>") < 0) throw new SheetXmlError(`${sheet.path}: not a worksheet`);
  const dataStart = xml.indexOf("<sheetData");
  const dataEnd = dataStart < 0 ? -1 : xml.indexOf("</sheetData>", dataStart);
  const merges = mergesOf(xml);
  const ctx: Context = { strings: () => book.sharedStrings(), dates: book.dateStyleFlags(), percents: book.percentStyleFlags(), date1904: book.date1904 };
  const cells: Grid = [];
  const row: Element = { attrs: 0, attrsEnd: 0, inner: 0, innerEnd: 0, next: 0 };
  const cell: Element = { attrs: 0, attrsEnd: 0, inner: 0, innerEnd: 0, next: 0 };
  let rowIndex = -1;
  for (let p = dataStart; dataEnd >= 0 && nextElement(xml, ROW_OPEN, ROW_CLOSE, p, dataEnd, row); p = row.next) {
    const r = digitsAttr(xml, 0x72 /* r */, row.attrs, row.attrsEnd);
    rowIndex = r !== undefined ? r - 1 : rowIndex + 1;
    // Excel opens no such sheet; filling the rows up to it would take all the memory there is.
    if (rowIndex >= MAX_ROWS) throw new SheetXmlError(`${sheet.path}: row ${rowIndex + 1} is past Excel's last row`);
    if (row.innerEnd <= row.inner) continue;
    const out: CellValue[] = [];
    let col = -1;
    let last = -1;
    for (let q = row.inner; nextElement(xml, C_OPEN, C_CLOSE, q, row.innerEnd, cell); q = cell.next) {
      const ref = attrRange(xml, 0x72 /* r */, cell.attrs, cell.attrsEnd);
      const at = ref && ref[1] > ref[0] ? refAt(xml, ref[0], ref[1]) : null;
      col = at ? at.col : col + 1;
      if (col >= MAX_COLUMNS) throw new SheetXmlError(`${sheet.path}: column ${col + 1} is past Excel's last column`);
      const v = cellValue(xml, cell.attrs, cell.attrsEnd, cell.inner, cell.innerEnd, ctx);
      if (v === null) continue;
      out[col] = v;
      if (col > last) last = col;
    }
    if (last < 0) continue;
    for (let c = 0; c < last; c++) if (out[c] === undefined) out[c] = null;
    while (cells.length < rowIndex) cells.push([]);
    cells[rowIndex] = out;
  }
  blankMergedCells(cells, merges);
  const hidden = sheet.state !== "visible";
  return {
    file,
    sheet: sheet.name,
    cells,
    ...(merges.length > 0 ? { merges } : {}),
    ...(hidden ? { hidden: true } : {}),
  };
}

/** A merged block's non-master cells are blank in Excel, whatever the file kept in them. */
function blankMergedCells(cells: Grid, merges: readonly MergedRange[]): void {
  for (const m of merges) {
    for (let r = m.top; r <= m.bottom && r < cells.length; r++) {
      const row = cells[r];
      if (!row) continue;
      let touched = false;
      for (let c = m.left; c <= m.right && c < row.length; c++) {
        if ((r === m.top && c === m.left) || row[c] === null) continue;
        row[c] = null;
        touched = true;
      }
      if (!touched) continue;
      let end = row.length;
      while (end > 0 && row[end - 1] === null) end--;
      row.length = end;
    }
  }
  // Rows emptied by merges at the end would read as trailing empty rows.
  while (cells.length > 0 && cells[cells.length - 1].length === 0) cells.length--;
}
