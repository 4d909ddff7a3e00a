import { IsoDate, addYears } from "../dates";
import { PreparedContext, ValidationContext } from "./types";
import { BIRTH_MIN, MIN_WORKER_AGE, ageAt } from "../dataset/derive";

export function prepare(ctx: ValidationContext): PreparedContext {
  const ages = new Map<IsoDate, number | null>();
  const ageAtEnd = (birth: IsoDate): number | null => {
    let age = ages.get(birth);
    if (age === undefined) {
      age = ageAt(birth, ctx.period.end);
      ages.set(birth, age);
    }
    return age;
  };
  return { ...ctx, birthMin: BIRTH_MIN, birthMax: addYears(ctx.period.end, -MIN_WORKER_AGE), ageAtEnd };
}
