import { Period, inPeriod, lastThreeYears } from "../period";
import {
  ActivityRecord, CourseRecord, Dataset, DiagnosticRecord, ManualRecord, MentoringRecord, RosterRecord, SchoolRecord,
} from "../records";
import { fold } from "../text";

/**
 * Everything the indicators read, indexed ONCE per evaluation and shared by all of them: persons with
 * their roster rows and their events already cut to the period, schools with their cards, manual rows.
 * Building it is O(rows); each indicator is then one pass over persons.
 */

export interface SchoolInfo {
  readonly idx: number;
  readonly name: string;
  readonly orgType: string | null;
  readonly card: SchoolRecord | null;
}

export interface RowFacts {
  readonly rec: RosterRecord;
  readonly school: SchoolInfo;
  /** Position contains «учитель» (УЧ). */
  readonly isTeacher: boolean;
  /** Position contains «педагог дополнительного образования» (ПДО). */
  readonly isPdo: boolean;
  /** Indices into EvalContext.subjects. */
  readonly subjectIdx: readonly number[];
}

export interface PersonFacts {
  readonly id: string;
  readonly fullName: string;
  readonly rows: readonly RowFacts[];
  /** Courses whose endDate lies in the period. */
  readonly coursesInPeriod: CourseRecord[];
  /** Courses whose endDate lies in the three years ending at period end. */
  readonly coursesThreeYears: CourseRecord[];
  /** Activities dated in the period. */
  readonly activities: ActivityRecord[];
  /** Diagnostics dated in the period. */
  readonly diagnostics: DiagnosticRecord[];
  /** Pairs active in the period where this person is the mentor / the mentee. */
  readonly asMentor: MentoringRecord[];
  readonly asMentee: MentoringRecord[];
}

export interface EvalContext {
  readonly period: Period;
  readonly threeYears: Period;
  readonly persons: readonly PersonFacts[];
  readonly schools: readonly SchoolInfo[];
  /** Subject display names; a subject's key is its folded text. */
  readonly subjects: readonly string[];
  readonly orgTypes: readonly string[];
  readonly manual: ReadonlyMap<string, ManualRecord>;
}

const TEACHER = "учитель";
const PDO = "педагог дополнительного образования";
/** Schools without a card (or with an empty type) are reported under this orgType key. */
export const UNKNOWN_ORG_TYPE = "тип не указан";

/** A pair is active when it overlaps the period; a pair with no dates counts (FORMS.md). */
export function pairActive(m: MentoringRecord, p: Period): boolean {
  if (m.startDate !== null && m.startDate > p.end) return false;
  if (m.endDate !== null && m.endDate < p.start) return false;
  return true;
}

/** Manual rows are looked up by id whatever the case and spaces («al-1.4.1 » = «AL-1.4.1»). */
export function manualKey(id: string): string {
  return id.replace(/\s+/g, "").toUpperCase();
}

export function buildContext(dataset: Dataset, period: Period): EvalContext {
  const threeYears = lastThreeYears(period);
  const schools: SchoolInfo[] = [];
  const schoolByName = new Map<string, SchoolInfo>();
  const addSchool = (name: string, card: SchoolRecord | null): SchoolInfo => {
    const known = schoolByName.get(name);
    if (known) return known;
    const info: SchoolInfo = { idx: schools.length, name, orgType: card?.orgType ?? null, card };
    schools.push(info);
    schoolByName.set(name, info);
    return info;
  };
  for (const card of dataset.schools) addSchool(card.school, card);

  const subjects: string[] = [];
  const subjectByKey = new Map<string, number>();
  const subjectIdxOf = (s: string): number => {
    const key = fold(s);
    let i = subjectByKey.get(key);
    if (i === undefined) {
      i = subjects.length;
      subjects.push(s.trim());
      subjectByKey.set(key, i);
    }
    return i;
  };
  // Positions repeat thousands of times: fold each distinct text once.
  const positionFlags = new Map<string, { isTeacher: boolean; isPdo: boolean }>();

  const persons: PersonFacts[] = [];
  const byId = new Map<string, PersonFacts & { rows: RowFacts[] }>();
  for (const rec of dataset.roster) {
    let flags = positionFlags.get(rec.position);
    if (!flags) {
      const f = fold(rec.position);
      flags = { isTeacher: f.includes(TEACHER), isPdo: f.includes(PDO) };
      positionFlags.set(rec.position, flags);
    }
    const row: RowFacts = {
      rec,
      school: addSchool(rec.school, null),
      isTeacher: flags.isTeacher,
      isPdo: flags.isPdo,
      subjectIdx: rec.subjects.length === 0 ? [] : [...new Set(rec.subjects.map(subjectIdxOf))],
    };
    let p = byId.get(rec.personId);
    if (!p) {
      p = {
        id: rec.personId, fullName: rec.fullName, rows: [], coursesInPeriod: [], coursesThreeYears: [],
        activities: [], diagnostics: [], asMentor: [], asMentee: [],
      };
      byId.set(rec.personId, p);
      persons.push(p);
    }
    p.rows.push(row);
  }

  for (const c of dataset.courses) {
    const p = c.personId === null ? undefined : byId.get(c.personId);
    if (!p) continue;
    if (inPeriod(c.endDate, period)) p.coursesInPeriod.push(c);
    if (inPeriod(c.endDate, threeYears)) p.coursesThreeYears.push(c);
  }
  for (const a of dataset.activities) {
    const p = a.personId === null ? undefined : byId.get(a.personId);
    if (p && inPeriod(a.date, period)) p.activities.push(a);
  }
  for (const d of dataset.diagnostics) {
    const p = d.personId === null ? undefined : byId.get(d.personId);
    if (p && inPeriod(d.date, period)) p.diagnostics.push(d);
  }
  for (const m of dataset.mentoring) {
    if (!pairActive(m, period)) continue;
    const mentor = m.mentorId === null ? undefined : byId.get(m.mentorId);
    const mentee = m.menteeId === null ? undefined : byId.get(m.menteeId);
    if (mentor) mentor.asMentor.push(m);
    if (mentee) mentee.asMentee.push(m);
  }

  const manual = new Map<string, ManualRecord>();
  for (const m of dataset.manual) {
    const key = manualKey(m.indicator);
    // The first filled row wins; a later empty duplicate must not erase it.
    const prev = manual.get(key);
    if (!prev || (prev.value === null && prev.numerator === null && prev.denominator === null)) manual.set(key, m);
  }

  const orgTypes = [...new Set(schools.map((s) => s.orgType ?? UNKNOWN_ORG_TYPE))];
  return { period, threeYears, persons, schools, subjects, orgTypes, manual };
}
