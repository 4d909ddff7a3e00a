import { IsoDate, addYears } from "../dates";
import { boundedMemo } from "../memo";
import { PreparedContext, ValidationContext } from "./types";
import { BIRTH_MIN, MIN_WORKER_AGE, ageAt } from "../dataset/derive";

export function prepare(ctx: ValidationContext): PreparedContext {
  // Birth dates span fewer than 30 000 days: the memory never has to forget.
  const ageAtEnd = boundedMemo(50_000, (birth: IsoDate): number | null => ageAt(birth, ctx.period.end));
  return { ...ctx, birthMin: BIRTH_MIN, birthMax: addYears(ctx.period.end, -MIN_WORKER_AGE), ageAtEnd };
}
