import { NormalizedRow } from "../normalize/types";
import { PreparedContext } from "./types";
import { date, num } from "./values";
import { isYoungSpecialist } from "../dataset/derive";

/**
 * Age on the period's end from the birth date, as RosterRecord derives it: none from a birth date out
 * of range (date.range reports it; a negative age would only bring follow-up messages).
 */
export function ageFromBirth(row: NormalizedRow, ctx: PreparedContext): number | null {
  const b = date(row, "birthDate");
  return b === null ? null : ctx.ageAtEnd(b);
}

/** Stated age, or derived from the birth date when no age is stated. */
export function ageOf(row: NormalizedRow, ctx: PreparedContext): number | null {
  return num(row, "age") ?? ageFromBirth(row, ctx);
}

/** Seed 001, criterion 8.12: under 35 with at most 3 years of teaching. Null when it cannot be told. */
export function derivedYoungSpecialist(row: NormalizedRow, ctx: PreparedContext): boolean | null {
  const age = ageOf(row, ctx);
  const exp = num(row, "teachingExperience");
  if (age === null || exp === null) return null;
  return isYoungSpecialist(age, exp);
}
