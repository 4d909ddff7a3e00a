/**
 * An ExcelJS worksheet as the domain's SheetGrid: what a person sees in each cell (cached formula
 * results, link text, error codes), never ExcelJS objects or formulas.
 */
import ExcelJS from "exceljs";
import { CellValue, Grid, MergedRange, SheetGrid } from "../../domain/grid";

type RichTextValue = { richText: readonly { text: string }[] };

function richText(v: RichTextValue): string {
  let s = "";
  for (const run of v.richText) s += run.text;
  return s;
}

/** A formula's cached result, a hyperlink's text, etc. — whatever lives inside an ExcelJS value object. */
function plain(v: unknown): CellValue {
  if (v === null || v === undefined) return null;
  if (typeof v === "string" || typeof v === "number" || typeof v === "boolean") return v;
  if (v instanceof Date) return v;
  if (typeof v !== "object") return null;
  const o = v as Record<string, unknown>;
  if (typeof o.error === "string") return { error: o.error };
  if (Array.isArray(o.richText)) return richText(o as RichTextValue);
  if ("formula" in o || "sharedFormula" in o) return plain(o.result);
  if ("text" in o) return plain(o.text);
  return null;
}

export function cellValueOf(cell: ExcelJS.Cell): CellValue {
  // A merged block's non-master cells are blank in Excel; ExcelJS would echo the master's value.
  if (cell.type === ExcelJS.ValueType.Null || cell.type === ExcelJS.ValueType.Merge) return null;
  return plain(cell.value);
}

/**
 * ExcelJS keeps merges in a private map; `ws.model` would expose them but serialises every row to
 * build the model, which is too slow for a 200 000-row sheet.
 */
function mergesOf(ws: ExcelJS.Worksheet): MergedRange[] {
  const internal = (ws as unknown as { _merges?: Record<string, { top: number; left: number; bottom: number; right: number }> })._merges;
  if (!internal) return [];
  const merges: MergedRange[] = [];
  for (const key of Object.keys(internal)) {
    const m = internal[key];
    if (!m) continue;
    merges.push({ top: m.top - 1, left: m.left - 1, bottom: m.bottom - 1, right: m.right - 1 });
  }
  merges.sort((a, b) => a.top - b.top || a.left - b.left);
  return merges;
}

export function gridFromWorksheet(ws: ExcelJS.Worksheet, file: string): SheetGrid {
  const cells: Grid = [];
  ws.eachRow({ includeEmpty: false }, (row, rowNumber) => {
    const out: CellValue[] = [];
    let last = -1;
    row.eachCell({ includeEmpty: false }, (cell, colNumber) => {
      const v = cellValueOf(cell);
      if (v === null) return;
      const c = colNumber - 1;
      while (out.length < c) out.push(null);
      out[c] = v;
      last = c;
    });
    if (last < 0) return;
    while (cells.length < rowNumber - 1) cells.push([]);
    cells[rowNumber - 1] = out;
  });
  const merges = mergesOf(ws);
  const hidden = ws.state === "hidden" || ws.state === "veryHidden";
  return {
    file,
    sheet: ws.name,
    cells,
    ...(merges.length > 0 ? { merges } : {}),
    ...(hidden ? { hidden: true } : {}),
  };
}
