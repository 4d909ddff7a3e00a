/**
 * Office.js returns dates as serial numbers; the number format tells a date from a number. Formats
 * repeat across thousands of cells, so the verdict is memoised per format string.
 */
import { bareFormatCode } from "../format-code";

const verdicts = new Map<string, boolean>();

/** [$-F800]: the system's long date, which shows the whole year. */
export function isSystemLongDate(format: string): boolean {
  return /\[\$-F800\]/i.test(format);
}

export function isDateFormat(format: string | null | undefined): boolean {
  if (!format) return false;
  let v = verdicts.get(format);
  if (v === undefined) {
    if (isSystemLongDate(format)) v = true;
    else {
      const bare = bareFormatCode(format).toLowerCase();
      v = bare !== "general" && /[dy]/.test(bare);
    }
    verdicts.set(format, v);
  }
  return v;
}
