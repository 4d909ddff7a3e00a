/**
 * Which date system a workbook counts in. A workbook made in old Excel for Mac counts days from
 * 01.01.1904: the same serial there is a date four years and a day later than in the usual 1900
 * system. Files carry the flag (the CLI reads it); Office.js has no released property for it
 * (`Workbook.use1904DateSystem` is in preview only), so the pane tells it from a few cells: a number
 * formatted as a date, and the text Excel shows for it.
 */
import { isoFromSerialIn } from "../../domain/dates";
import { bareFormatCode } from "../format-code";
import { isDateFormat, isSystemLongDate } from "./number-format";

/** Where the pane looks: the top left of each of the first sheets, where forms have their first rows. */
export const PROBE_AREA = "A1:P30";
export const PROBE_SHEETS = 8;

export interface ProbedCells {
  readonly values: readonly (readonly unknown[])[];
  readonly numberFormat: readonly (readonly string[])[];
  readonly text: readonly (readonly string[])[];
}

/** The year a serial is in, counted from 1900 or from 1904; null for no date. */
function yearOf(serial: number, from1904: boolean): number | null {
  const iso = isoFromSerialIn(serial, from1904);
  return iso ? Number(iso.slice(0, 4)) : null;
}

/**
 * The digits of the year a date format shows: 4 («dd.mm.yyyy»), 2 («dd.mm.yy»), or null when it shows
 * none («d mmm»: a day could pass for a year there).
 */
function yearDigits(format: string): 4 | 2 | null {
  if (isSystemLongDate(format)) return 4;
  const code = bareFormatCode(format).toLowerCase();
  if (code.includes("yyy")) return 4;
  return code.includes("yy") ? 2 : null;
}

/** Whether a date's text shows `year` as a number of its own, in the format's digits. */
function shows(numbers: readonly string[], year: number, digits: 4 | 2): boolean {
  const y = digits === 4 ? String(year) : String(year % 100).padStart(2, "0");
  return numbers.includes(y);
}

/**
 * True when the cells say 1904, false when they say 1900, null when none tells: no date among them,
 * or only dates whose format shows no year, or whose text shows both candidates («20.03.24»: 2020 or
 * 2024). The two systems' years always differ (by four, or five on 31 December).
 */
export function counts1904(areas: Iterable<ProbedCells>): boolean | null {
  for (const a of areas)
    for (let r = 0; r < a.values.length; r++)
      for (let c = 0; c < a.values[r].length; c++) {
        const v = a.values[r][c];
        const format = a.numberFormat[r]?.[c] ?? "";
        if (typeof v !== "number" || !isDateFormat(format)) continue;
        const digits = yearDigits(format);
        const y1900 = yearOf(v, false);
        const y1904 = yearOf(v, true);
        if (digits === null || y1900 === null || y1904 === null) continue;
        const numbers = (a.text[r]?.[c] ?? "").match(/\d+/g) ?? [];
        const is1900 = shows(numbers, y1900, digits);
        const is1904 = shows(numbers, y1904, digits);
        if (is1900 !== is1904) return is1904;
      }
  return null;
}
