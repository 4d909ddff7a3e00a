import { IsoDate, addYears, fullYears } from "../dates";
import { PreparedContext, ValidationContext } from "./types";

/** FORMS.md: birth dates from 01.01.1940. */
export const BIRTH_MIN = "1940-01-01";

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
  return { ...ctx, birthMin: BIRTH_MIN, birthMax: addYears(ctx.period.end, -16), ageAtEnd };
}
