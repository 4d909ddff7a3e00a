/**
 * Excel number format codes, as both readers (the package's styles and Office.js `numberFormat`)
 * ask what a code shows: a date, a percentage.
 */

// Quoted literals, escaped characters, padding and fill characters, [colour]/[$-locale] blocks: none
// of them is a token of the format.
const LITERALS = /"[^"]*"|\\.|_.|\*./g;
const BRACKETS = /\[[^\]]*\]/g;

/** The code's tokens only: «0.0" %"» is «0.0», «[Red][$-419]dd.mm.yyyy» is «dd.mm.yyyy». */
export function bareFormatCode(code: string): string {
  return code.replace(LITERALS, "").replace(BRACKETS, "");
}
