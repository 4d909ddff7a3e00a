import { IsoDate, fullYears } from "../dates";
import { foldKey } from "../text";

/**
 * Roster fields that may be left blank and are then derived (FORMS.md, roster):
 * staff category from the position, age from the birth date at the period end, and the young
 * specialist mark from age and teaching experience (seed 001, criterion 8.12).
 */

/**
 * Leadership posts (seed 001, «управленческие кадры»): директор, заведующий, заместитель
 * директора/заведующего, руководитель структурного подразделения, also when acting («и.о.»).
 * Anchored at the start so «советник директора по воспитанию» stays pedagogical.
 */
const LEADERSHIP =
  /^(?:(?:и о|врио|временно исполняющий обязанности|исполняющий обязанности) )?(?:директор|заведующ|(?:заместитель|зам) (?:директора|заведующ|руководителя)|замдиректора|замзав|руководитель (?:структурного подразделения|сп|филиала|обособленного))/;

export type StaffCategory = "педагогический" | "руководящий";

const categoryCache = new Map<string, StaffCategory>();

export function staffCategoryOf(position: string): StaffCategory {
  const hit = categoryCache.get(position);
  if (hit) return hit;
  const category: StaffCategory = LEADERSHIP.test(foldKey(position)) ? "руководящий" : "педагогический";
  if (categoryCache.size < 10_000) categoryCache.set(position, category);
  return category;
}

/** FORMS.md: birth dates from 01.01.1940; a worker is at least 16 at the period's end. */
export const BIRTH_MIN = "1940-01-01";
export const MIN_WORKER_AGE = 16;

/**
 * Age at `on` from the birth date; none from a date no worker can have (1850, or a future year):
 * validation reports that date, and an age of −5 would only count the worker as a young specialist
 * and bring follow-up messages about a negative age.
 */
export function ageAt(birthDate: IsoDate | null, on: IsoDate): number | null {
  if (birthDate === null || birthDate < BIRTH_MIN) return null;
  const age = fullYears(birthDate, on);
  return age < MIN_WORKER_AGE ? null : age;
}

/** Young specialist: younger than 35 with at most 3 years of teaching. Unknown inputs → not young. */
export function isYoungSpecialist(age: number | null, teachingExperience: number | null): boolean {
  return age !== null && age < 35 && teachingExperience !== null && teachingExperience <= 3;
}
