import { IsoDate, addYears, fullYears } from "../dates";
import { PreparedContext, ValidationContext } from "./types";
import { BIRTH_MIN, MIN_WORKER_AGE } from "../dataset/derive";

export function prepare(ctx: ValidationContext): PreparedContext {
  const ages = new Map<IsoDate, number>();
  const ageAtEnd = (birth: IsoDate): number => {
    let age = ages.get(birth);
    if (age === undefined) {
      age = fullYears(birth, ctx.period.end);
      ages.set(birth, age);
    }
    return age;
  };
  return { ...ctx, birthMin: BIRTH_MIN, birthMax: addYears(ctx.period.end, -MIN_WORKER_AGE), ageAtEnd };
}
