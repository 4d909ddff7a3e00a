/**
 * A link to a place in the workbook written as a HYPERLINK formula, for where a native hyperlink
 * cannot go: Excel 2016 has no `range.hyperlink` (ExcelApi < 1.7), and no worksheet holds more than
 * MAX_SHEET_HYPERLINKS native ones. Desktop Excel follows such a link; Excel on the web follows
 * HYPERLINK to web addresses only.
 */
import { quoteSheet } from "./sheet-name";

/** A formula string literal; Excel caps one literal at 255 characters, so longer text is joined with &. */
function literal(text: string): string {
  // Almost every literal is short and quote-free: written straight, as the loop below would write it.
  if (text.length <= 255 && text.indexOf('"') < 0) return `"${text}"`;
  const parts: string[] = [];
  for (let i = 0; i < text.length || parts.length === 0; i += 255) parts.push(`"${text.slice(i, i + 255).replace(/"/g, '""')}"`);
  return parts.join("&");
}

/** The formula, without "=", of a link to `cell` of `sheet` that shows `shown`. */
export function hyperlinkFormula(sheet: string, cell: string, shown: string | number): string {
  return `HYPERLINK(${literal(`#${quoteSheet(sheet)}!${cell}`)},${typeof shown === "number" ? String(shown) : literal(shown)})`;
}
