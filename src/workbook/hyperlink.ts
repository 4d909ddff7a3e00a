/**
 * A link to a place in the workbook written as a HYPERLINK formula, for where a native hyperlink
 * cannot go: Excel 2016 has no `range.hyperlink` (ExcelApi < 1.7), and no worksheet holds more than
 * MAX_SHEET_HYPERLINKS native ones. Desktop Excel follows such a link; Excel on the web follows
 * HYPERLINK to web addresses only.
 */
import { quoteSheet } from "./sheet-name";

/**
 * Digits, Latin letters and `$` only — row numbers, A1 addresses: text that quote doubling and XML or
 * JSON escaping leave as it is.
 */
export function isPlain(s: string): boolean {
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (!((c >= 0x30 && c <= 0x39) || (c >= 0x41 && c <= 0x5a) || (c >= 0x61 && c <= 0x7a) || c === 0x24)) return false;
  }
  return true;
}

/** Excel caps a formula's string literal at 255 characters. */
export const LITERAL_MAX = 255;

/** A formula string literal; longer text than one literal holds is joined with &. */
function literal(text: string): string {
  // Almost every literal is short and quote-free: written straight, as the loop below would write it.
  if (text.length <= LITERAL_MAX && text.indexOf('"') < 0) return `"${text}"`;
  const parts: string[] = [];
  for (let i = 0; i < text.length || parts.length === 0; i += LITERAL_MAX) parts.push(`"${text.slice(i, i + LITERAL_MAX).replace(/"/g, '""')}"`);
  return parts.join("&");
}

/** The formula, without "=", of a link to `cell` of `sheet` that shows `shown`. */
export function hyperlinkFormula(sheet: string, cell: string, shown: string | number): string {
  return `HYPERLINK(${literal(`#${quoteSheet(sheet)}!${cell}`)},${typeof shown === "number" ? String(shown) : literal(shown)})`;
}
