import { IsoDate } from "../dates";
import { NormalizedRow } from "../normalize/types";

/** Typed reads of a normalised row; a value of the wrong shape (never expected) reads as absent. */

export function text(row: NormalizedRow, id: string): string | null {
  const v = row.values[id];
  return typeof v === "string" ? v : null;
}

export function num(row: NormalizedRow, id: string): number | null {
  const v = row.values[id];
  return typeof v === "number" ? v : null;
}

export function bool(row: NormalizedRow, id: string): boolean | null {
  const v = row.values[id];
  return typeof v === "boolean" ? v : null;
}

export function date(row: NormalizedRow, id: string): IsoDate | null {
  return text(row, id);
}

export function list(row: NormalizedRow, id: string): readonly string[] {
  const v = row.values[id];
  return Array.isArray(v) ? (v as readonly string[]) : [];
}
