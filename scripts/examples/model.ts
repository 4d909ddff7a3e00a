import { IsoDate, isoFromParts } from "../../src/domain/dates";
import { FormId } from "../../src/domain/forms";
import { RuleId } from "../../src/domain/issues";
import { academicYear } from "../../src/domain/period";

/** The fixed clock of the example: the day schools send their sheets, and the year they report on. */
export const TODAY: IsoDate = "2024-06-20";
export const PERIOD = academicYear(2023);

/**
 * A value before it is written: how it looks in a cell depends on the school's habits (real date or
 * «12.05.2024» typed as text, «27,5» as text, «Иванова А.П.» instead of the full name).
 */
export type Val =
  | string
  | number
  | boolean
  | null
  | { readonly date: IsoDate }
  /** A person's name as the roster spells it; event sheets of some schools shorten it. */
  | { readonly name: string }
  /** Text written exactly as is in every output (a planted wrong value). */
  | { readonly text: string }
  | { readonly error: string };

/** A deliberate problem in one cell: the rule that must catch it and the field (column) it sits in. */
export interface PlantMark {
  readonly rule: RuleId;
  readonly field: string;
}

export interface Row {
  readonly form: FormId;
  readonly school: string;
  values: Record<string, Val>;
  plants: PlantMark[];
}

/** Where a planted problem sits in a written file (examples/planted-errors.json). */
export interface PlantedError {
  readonly file: string;
  readonly sheet: string;
  readonly cell: string;
  readonly rule: RuleId;
  readonly field: string;
}

export function day(iso: IsoDate, days: number): IsoDate {
  const [y, m, d] = iso.split("-").map(Number);
  const t = new Date(Date.UTC(y, m - 1, d + days));
  return isoFromParts(t.getUTCFullYear(), t.getUTCMonth() + 1, t.getUTCDate())!;
}

/** Days from a to b. */
export function daysBetween(a: IsoDate, b: IsoDate): number {
  const [ay, am, ad] = a.split("-").map(Number);
  const [by, bm, bd] = b.split("-").map(Number);
  return Math.round((Date.UTC(by, bm - 1, bd) - Date.UTC(ay, am - 1, ad)) / 86_400_000);
}

export const d = (date: IsoDate): Val => ({ date });
