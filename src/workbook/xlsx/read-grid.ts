/**
 * A worksheet part as the domain's SheetGrid: what a person sees in each cell (cached formula
 * results, link text, error codes), never formulas. Scans the XML text directly; the values match
 * what ExcelJS made of the same cells (dates from date-formatted numbers, rich text joined, the
 * non-master cells of a merged block blank), which the tests check against ExcelJS itself.
 */
import { CellValue, Grid, MergedRange, SheetGrid } from "../../domain/grid";
import { DAYS_1900_TO_1904 } from "../../domain/dates";
import type { InputBook, InputSheet } from "./input-book";
import { attr, stringItemText, unesc } from "./xml";

export class SheetXmlError extends Error {}

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

function excelToDate(serial: number, date1904: boolean): Date {
  return new Date(Math.round((serial - 25569 + (date1904 ? DAYS_1900_TO_1904 : 0)) * 24 * 3600 * 1000));
}

function mergesOf(xml: string): MergedRange[] {
  const out: MergedRange[] = [];
  const start = xml.indexOf("<mergeCells");
  if (start < 0) return out;
  for (const m of xml.slice(start).matchAll(/<mergeCell\b[^>]*>/g)) {
    const [a, b] = (attr(m[0], "ref") ?? "").split(":");
    const from = decodeRef(a ?? "");
    const to = decodeRef(b ?? a ?? "");
    if (!from || !to) continue;
    out.push({ top: Math.min(from.row, to.row), left: Math.min(from.col, to.col), bottom: Math.max(from.row, to.row), right: Math.max(from.col, to.col) });
  }
  out.sort((x, y) => x.top - y.top || x.left - y.left);
  return out;
}

const ROW_RE = /<row\b([^>]*?)(?:\/>|>([\s\S]*?)<\/row>)/g;
const CELL_RE = /<c\b([^>]*?)(?:\/>|>([\s\S]*?)<\/c>)/g;
const V_RE = /<v(?:\s[^>]*)?>([\s\S]*?)<\/v>/;
const IS_RE = /<is>([\s\S]*?)<\/is>/;

interface Context {
  readonly strings: () => readonly { text: string }[];
  readonly dates: readonly boolean[];
  readonly date1904: boolean;
}

/** One <c>'s value: type attribute `t`, style index `s`, inner XML. */
function cellValue(attrs: string, inner: string | undefined, ctx: Context): CellValue {
  if (!inner) return null;
  const t = / t="([^"]*)"/.exec(attrs)?.[1];
  if (t === "inlineStr") {
    const is = IS_RE.exec(inner);
    return is ? stringItemText(is[1]) : null;
  }
  const v = V_RE.exec(inner)?.[1];
  // An empty <v/> is no value (ExcelJS never sees text for it).
  if (v === undefined || v === "") return null;
  const isFormula = inner.includes("<f");
  switch (t) {
    case "s":
      if (isFormula) return parseFloat(v);
      return ctx.strings()[parseInt(v, 10)]?.text ?? null;
    case "str":
      return unesc(v);
    case "b":
      return parseInt(v, 10) !== 0;
    case "e":
      return { error: unesc(v) };
    default: {
      const n = parseFloat(v);
      const s = / s="(\d+)"/.exec(attrs)?.[1];
      return s !== undefined && ctx.dates[Number(s)] ? excelToDate(n, ctx.date1904) : n;
    }
  }
}

export function gridFromSheetXml(xml: string, book: InputBook, sheet: InputSheet, file: string): SheetGrid {
  const dataStart = xml.indexOf("<sheetData");
  if (xml.indexOf("<worksheet") < 0 || xml.lastIndexOf("</worksheet>") < 0) throw new SheetXmlError(`${sheet.path}: not a worksheet`);
  const merges = mergesOf(xml);
  const ctx: Context = { strings: () => book.sharedStrings(), dates: book.dateStyleFlags(), date1904: book.date1904 };
  const cells: Grid = [];
  if (dataStart >= 0) {
    const dataEnd = xml.indexOf("</sheetData>", dataStart);
    const data = dataEnd < 0 ? "" : xml.slice(dataStart, dataEnd);
    let rowIndex = -1;
    for (const rm of data.matchAll(ROW_RE)) {
      const r = / r="(\d+)"/.exec(rm[1])?.[1];
      rowIndex = r !== undefined ? Number(r) - 1 : rowIndex + 1;
      if (!rm[2]) continue;
      const out: CellValue[] = [];
      let col = -1;
      let last = -1;
      for (const cm of rm[2].matchAll(CELL_RE)) {
        const ref = / r="([^"]*)"/.exec(cm[1])?.[1];
        const at = ref ? decodeRef(ref) : null;
        col = at ? at.col : col + 1;
        const v = cellValue(cm[1], cm[2], ctx);
        if (v === null) continue;
        out[col] = v;
        if (col > last) last = col;
      }
      if (last < 0) continue;
      for (let c = 0; c < last; c++) if (out[c] === undefined) out[c] = null;
      while (cells.length < rowIndex) cells.push([]);
      cells[rowIndex] = out;
    }
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
