import { IsoDate, formatRu } from "../dates";
import { CellValue, isCellError } from "../grid";
import { NormalizedRow } from "../normalize/types";
import { ruNumber } from "../text";

/** Typed reads of a normalised row: null when the cell is empty, failed to normalise or has another type. */
export function num(row: NormalizedRow, field: string): number | null {
  const v = row.values[field];
  return typeof v === "number" ? v : null;
}

export function str(row: NormalizedRow, field: string): string | null {
  const v = row.values[field];
  return typeof v === "string" && v.length > 0 ? v : null;
}

/** Date fields hold ISO strings after normalisation. */
export function date(row: NormalizedRow, field: string): IsoDate | null {
  return str(row, field);
}

export function bool(row: NormalizedRow, field: string): boolean | null {
  const v = row.values[field];
  return typeof v === "boolean" ? v : null;
}

export function isBlank(v: CellValue | undefined): boolean {
  if (v === null || v === undefined) return true;
  if (typeof v === "string") return v.trim().length === 0;
  return false;
}

/** The user typed something in the cell (even if it failed to normalise). */
export function hasRaw(row: NormalizedRow, field: string): boolean {
  const v = row.raw[field];
  return !isBlank(v) && !isCellError(v);
}

/** Numbers the way a Russian reader writes them: 25,5. */
export function ruNum(n: number): string {
  return ruNumber(Math.round(n * 100) / 100);
}

export const ruDate = formatRu;

/** Years in Russian: 1 год, 2 года, 5 лет. */
export function years(n: number): string {
  const k = Math.abs(Math.trunc(n));
  const d10 = k % 10;
  const d100 = k % 100;
  const word = d10 === 1 && d100 !== 11 ? "год" : d10 >= 2 && d10 <= 4 && (d100 < 12 || d100 > 14) ? "года" : "лет";
  return `${ruNum(n)} ${word}`;
}
