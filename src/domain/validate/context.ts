import { addYears } from "../dates";
import { PreparedContext, ValidationContext } from "./types";

/** FORMS.md: birth dates from 01.01.1940. */
export const BIRTH_MIN = "1940-01-01";

export function prepare(ctx: ValidationContext): PreparedContext {
  return { ...ctx, birthMin: BIRTH_MIN, birthMax: addYears(ctx.period.end, -16) };
}
