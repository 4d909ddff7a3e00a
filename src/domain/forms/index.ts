import { FormDef, FormId } from "./types";
import { ROSTER } from "./roster";
import { SCHOOLS } from "./schools";
import { COURSES } from "./courses";
import { ACTIVITIES } from "./activities";
import { DIAGNOSTICS } from "./diagnostics";
import { MENTORING } from "./mentoring";
import { MANUAL } from "./manual";

export * from "./types";
export * from "./vocabularies";

/** Every standard form, in the order templates and reports list them. */
export const FORMS: readonly FormDef[] = [ROSTER, SCHOOLS, COURSES, ACTIVITIES, DIAGNOSTICS, MENTORING, MANUAL];

export const FORM_BY_ID: Readonly<Record<FormId, FormDef>> = Object.fromEntries(FORMS.map((f) => [f.id, f])) as Record<FormId, FormDef>;

export { ROSTER, SCHOOLS, COURSES, ACTIVITIES, DIAGNOSTICS, MENTORING, MANUAL };
