import type { IsoDate } from "../domain/dates";
import type { Period } from "../domain/period";
import { academicYear, defaultPeriod } from "../app/catalog";

/** Academic years offered in the picker: five back from the default and the next one. */
export function periodChoices(today: IsoDate): Period[] {
  const start = Number(defaultPeriod(today).start.slice(0, 4));
  const list: Period[] = [];
  for (let y = start + 1; y >= start - 5; y--) list.push(academicYear(y));
  return list;
}
