/**
 * Calendar dates as ISO strings "YYYY-MM-DD": comparable as text, free of time zones, and exactly
 * what the JSON contract prints. Excel serials use the 1900 date system (serial 1 = 1900-01-01,
 * with Excel's phantom 29.02.1900 at 60).
 */
export type IsoDate = string;

const MS_PER_DAY = 86_400_000;
/** Serial 0 of Excel's 1904 date system (old Mac workbooks) is serial 1462 of the 1900 one. */
export const DAYS_1900_TO_1904 = 1462;
const EXCEL_EPOCH = Date.UTC(1899, 11, 30);

const DAYS_IN_MONTH = [31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];
const isLeap = (y: number): boolean => (y % 4 === 0 && y % 100 !== 0) || y % 400 === 0;
const pad2 = (n: number): string => (n < 10 ? `0${n}` : String(n));

export function isoFromParts(y: number, m: number, d: number): IsoDate | null {
  if (!Number.isInteger(y) || !Number.isInteger(m) || !Number.isInteger(d)) return null;
  if (m < 1 || m > 12 || d < 1 || y < 1 || y > 9999) return null;
  // Calendar arithmetic rather than a Date round trip: every date cell of a region passes here.
  if (d > (m === 2 && isLeap(y) ? 29 : DAYS_IN_MONTH[m - 1])) return null;
  return `${String(y).padStart(4, "0")}-${pad2(m)}-${pad2(d)}`;
}

export function isoFromSerial(serial: number): IsoDate | null {
  if (!Number.isFinite(serial) || serial < 1 || serial > 2_958_465) return null;
  const whole = Math.floor(serial);
  // Excel counts 29.02.1900, which never existed; serials before it are one day early.
  const adjusted = whole < 61 ? whole + 1 : whole;
  const t = new Date(EXCEL_EPOCH + adjusted * MS_PER_DAY);
  return isoFromParts(t.getUTCFullYear(), t.getUTCMonth() + 1, t.getUTCDate());
}

export function serialFromIso(iso: IsoDate): number {
  const [y, m, d] = iso.split("-").map(Number);
  const days = Math.round((Date.UTC(y, m - 1, d) - EXCEL_EPOCH) / MS_PER_DAY);
  return days < 61 ? days - 1 : days;
}

/**
 * The same two for a workbook's own date system: one counting from 1904 (old Excel for Mac) holds each
 * day 1462 less than the usual 1900 system.
 */
export function isoFromSerialIn(serial: number, date1904: boolean): IsoDate | null {
  return isoFromSerial(date1904 ? serial + DAYS_1900_TO_1904 : serial);
}

export function serialIn(iso: IsoDate, date1904: boolean): number {
  return serialFromIso(iso) - (date1904 ? DAYS_1900_TO_1904 : 0);
}

/** A JS Date as the calendar day it shows. ExcelJS gives dates at UTC midnight. */
export function isoFromDate(d: Date): IsoDate | null {
  if (Number.isNaN(d.getTime())) return null;
  return isoFromParts(d.getUTCFullYear(), d.getUTCMonth() + 1, d.getUTCDate());
}

/** "2023-09-01" → "01.09.2023", the way Russian users read dates. */
export function formatRu(iso: IsoDate): string {
  // Sliced, not split: «Расшифровка» formats a date for most of its million rows.
  return `${iso.slice(8)}.${iso.slice(5, 7)}.${iso.slice(0, 4)}`;
}

export function addYears(iso: IsoDate, years: number): IsoDate {
  const [y, m, d] = iso.split("-").map(Number);
  return isoFromParts(y + years, m, d) ?? isoFromParts(y + years, m, d - 1)!;
}

/** Full years between birth and `on` (age on that day). */
export function fullYears(birth: IsoDate, on: IsoDate): number {
  // "MM-DD" compares as text; the birthday not yet reached this year takes one year off.
  const age = Number(on.slice(0, 4)) - Number(birth.slice(0, 4));
  return on.slice(5) < birth.slice(5) ? age - 1 : age;
}
