import { Period, inPeriod, lastThreeYears } from "../period";
import {
  ActivityRecord, CourseRecord, Dataset, DiagnosticRecord, ManualRecord, MentoringRecord, RosterRecord, SchoolRecord,
} from "../records";
import { fold } from "../text";
import { schoolKey } from "../people/school-key";

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

/**
 * The hot loops read these compact copies, never the input records: records arrive in whatever
 * object shape the reader built (spread-built objects fall into V8's slow dictionary mode and made a
 * region-sized run 20× slower). `src` keeps the original for the audit.
 */
export interface RowFacts {
  readonly rec: RosterRecord;
  readonly staffCategory: RosterRecord["staffCategory"];
  readonly youngSpecialist: boolean;
  readonly qualificationCategory: string | null;
  readonly categoryDate: string | null;
  readonly employment: string | null;
  readonly educationMatchesSubject: boolean | null;
  readonly weeklyLoad: number | null;
  readonly age: number | null;
  readonly birthDate: string | null;
  readonly subjects: readonly string[];
  readonly school: SchoolInfo;
  /** Position contains «учитель» (УЧ). */
  readonly isTeacher: boolean;
  /** Position contains «педагог дополнительного образования» (ПДО). */
  readonly isPdo: boolean;
  /** Indices into EvalContext.subjects. */
  readonly subjectIdx: readonly number[];
}

export interface CourseEv {
  readonly src: CourseRecord;
  readonly kind: string | null;
  readonly programTitle: string;
  readonly endDate: string | null;
  readonly federalRegistry: boolean | null;
  readonly providerGroup: string | null;
  readonly topics: readonly string[];
  /** The event's wording in «Расшифровка», made the first time an indicator explains it (blocks.ts). */
  said: string | undefined;
}

export interface ActivityEv {
  readonly src: ActivityRecord;
  readonly activityType: string | null;
  readonly eventTitle: string | null;
  readonly level: string | null;
  readonly result: string | null;
  readonly date: string | null;
  /** The event's wording in «Расшифровка», made the first time an indicator explains it (blocks.ts). */
  said: string | undefined;
}

export interface DiagnosticEv {
  readonly src: DiagnosticRecord;
  readonly level: string | null;
  readonly subject: string | null;
  readonly date: string | null;
  readonly deficitsFound: boolean | null;
  readonly iom: string | null;
  readonly support: boolean | null;
  /** The event's wording in «Расшифровка», made the first time an indicator explains it (blocks.ts). */
  said: string | undefined;
}

export interface PairEv {
  readonly src: MentoringRecord;
  readonly form: string | null;
}

export interface PersonFacts {
  readonly id: string;
  readonly fullName: string;
  readonly rows: readonly RowFacts[];
  /** Courses whose endDate lies in the period. */
  readonly coursesInPeriod: CourseEv[];
  /** Courses whose endDate lies in the three years ending at period end. */
  readonly coursesThreeYears: CourseEv[];
  /** Activities dated in the period. */
  readonly activities: ActivityEv[];
  /** Diagnostics dated in the period. */
  readonly diagnostics: DiagnosticEv[];
  /** Pairs active in the period where this person is the mentor / the mentee. */
  readonly asMentor: PairEv[];
  readonly asMentee: PairEv[];
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

// Frozen: a late push onto the shared empty list would throw rather than give everyone the event.
const NONE = Object.freeze([]) as unknown as never[];

/**
 * V8 gives an array 17 slots on its first push; a person has one or two events of a kind, and six
 * such lists. Exact-size copies (or one shared empty list) keep a region's context a third smaller.
 */
function compact(p: PersonDraft): void {
  p.coursesInPeriod = tight(p.coursesInPeriod);
  p.coursesThreeYears = tight(p.coursesThreeYears);
  p.activities = tight(p.activities);
  p.diagnostics = tight(p.diagnostics);
  p.asMentor = tight(p.asMentor);
  p.asMentee = tight(p.asMentee);
  p.rows = tight(p.rows);
}

function tight<T>(xs: T[]): T[] {
  return xs.length === 0 ? NONE : xs.slice();
}

type Mutable<T> = { -readonly [K in keyof T]: T[K] };
type PersonDraft = Mutable<PersonFacts> & { rows: RowFacts[] };

export function buildContext(dataset: Dataset, period: Period): EvalContext {
  const threeYears = lastThreeYears(period);
  const schools: SchoolInfo[] = [];
  // One school whatever its spelling, as people are matched (schoolKey, which remembers each spelling):
  // a card written «СОШ №1» belongs to the roster's «МБОУ СОШ № 1». The card's name (the first seen
  // when none) is the one shown.
  const schoolByKey = new Map<string, SchoolInfo>();
  const addSchool = (name: string, card: SchoolRecord | null): SchoolInfo => {
    const key = schoolKey(name);
    let info = schoolByKey.get(key);
    if (!info) {
      info = { idx: schools.length, name, orgType: card?.orgType ?? null, card };
      schools.push(info);
      schoolByKey.set(key, info);
    }
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

  const persons: PersonDraft[] = [];
  const byId = new Map<string, PersonDraft>();
  for (const rec of dataset.roster) {
    let flags = positionFlags.get(rec.position);
    if (!flags) {
      const f = fold(rec.position);
      flags = { isTeacher: f.includes(TEACHER), isPdo: f.includes(PDO) };
      positionFlags.set(rec.position, flags);
    }
    const row: RowFacts = {
      rec,
      staffCategory: rec.staffCategory,
      youngSpecialist: rec.youngSpecialist === true,
      qualificationCategory: rec.qualificationCategory,
      categoryDate: rec.categoryDate,
      employment: rec.employment,
      educationMatchesSubject: rec.educationMatchesSubject,
      weeklyLoad: rec.weeklyLoad,
      age: rec.age,
      birthDate: rec.birthDate,
      subjects: rec.subjects,
      school: addSchool(rec.school, null),
      isTeacher: flags.isTeacher,
      isPdo: flags.isPdo,
      subjectIdx: rec.subjects.length === 0 ? NONE : rec.subjects.length === 1 ? [subjectIdxOf(rec.subjects[0])] : [...new Set(rec.subjects.map(subjectIdxOf))],
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
    const inP = inPeriod(c.endDate, period);
    const in3 = inPeriod(c.endDate, threeYears);
    if (!inP && !in3) continue;
    const ev: CourseEv = {
      src: c, kind: c.kind, programTitle: c.programTitle, endDate: c.endDate, federalRegistry: c.federalRegistry,
      providerGroup: c.providerGroup, topics: c.topics, said: undefined,
    };
    if (inP) p.coursesInPeriod.push(ev);
    if (in3) p.coursesThreeYears.push(ev);
  }
  for (const a of dataset.activities) {
    const p = a.personId === null ? undefined : byId.get(a.personId);
    if (p && inPeriod(a.date, period)) {
      p.activities.push({ src: a, activityType: a.activityType, eventTitle: a.eventTitle, level: a.level, result: a.result, date: a.date, said: undefined });
    }
  }
  for (const d of dataset.diagnostics) {
    const p = d.personId === null ? undefined : byId.get(d.personId);
    if (p && inPeriod(d.date, period)) {
      p.diagnostics.push({ src: d, level: d.level, subject: d.subject, date: d.date, deficitsFound: d.deficitsFound, iom: d.iom, support: d.support, said: undefined });
    }
  }
  for (const m of dataset.mentoring) {
    if (!pairActive(m, period)) continue;
    const mentor = m.mentorId === null ? undefined : byId.get(m.mentorId);
    const mentee = m.menteeId === null ? undefined : byId.get(m.menteeId);
    const ev: PairEv = { src: m, form: m.form };
    if (mentor) mentor.asMentor.push(ev);
    if (mentee) mentee.asMentee.push(ev);
  }

  for (const p of persons) compact(p);

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
