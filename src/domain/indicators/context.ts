import { Period, inPeriod, lastThreeYears } from "../period";
import {
  ActivityRecord, CourseRecord, Dataset, DiagnosticRecord, ManualRecord, MentoringRecord, RosterRecord, SchoolRecord,
} from "../records";
import { fold } from "../text";
import { indicatorKey } from "./codes";
import { schoolKey } from "../people/school-key";
import { ordinalOfPersonId } from "../people/person-id";

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

/**
 * A pair is active when it overlaps the period; a pair with no dates counts (FORMS.md). Dates typed
 * in the wrong order (an issue says so, mentoring.dates.order) still mark the pair's span: a pair
 * begun in the period with a mistyped end is not dropped from every mentoring indicator.
 */
export function pairActive(m: MentoringRecord, p: Period): boolean {
  const swapped = m.startDate !== null && m.endDate !== null && m.endDate < m.startDate;
  const from = swapped ? m.endDate : m.startDate;
  const to = swapped ? m.startDate : m.endDate;
  if (from !== null && from > p.end) return false;
  if (to !== null && to < p.start) return false;
  return true;
}

/** Someone paired with themselves (mentoring.self) is in no mentoring pair. */
function isSelfPair(m: MentoringRecord): boolean {
  return m.mentorId !== null && m.mentorId === m.menteeId;
}

/**
 * Manual rows are looked up by id however it was typed: case, spaces, dashes, Cyrillic look-alikes, a
 * leading zero («al-1.4.1 » = «AL-1.4.1», «КL-3» with a Cyrillic К = «KL-3»): codes.ts indicatorKey.
 */
export function manualKey(id: string): string {
  return indicatorKey(id);
}

// Frozen: a late write into the shared empty list would throw rather than give everyone the event.
const NONE = Object.freeze([]) as unknown as never[];

/**
 * Each person's lists (roster rows, courses, activities…) in input order, every list its exact size.
 * Built by counting first and placing second, not by push: V8 gives an array 17 slots at its first
 * push, and a region's ≈ 600 000 such growing lists all lived through young-generation collections
 * (copied, then promoted) until a final exact-size copy let them go: half of buildContext's time.
 */
class Lists<T> {
  private readonly count: Int32Array;
  private lists: T[][] | null = null;
  private filled: Int32Array | null = null;

  constructor(persons: number) {
    this.count = new Int32Array(persons);
  }

  /** First pass: the person `at` will get one more item. */
  expect(at: number): void {
    this.count[at]++;
  }

  /** Second pass, once every item is expected: the item goes next in the person's list. */
  place(at: number, item: T): void {
    if (this.lists === null) {
      const lists = new Array<T[]>(this.count.length);
      for (let i = 0; i < lists.length; i++) lists[i] = this.count[i] === 0 ? NONE : new Array<T>(this.count[i]);
      this.lists = lists;
      this.filled = new Int32Array(this.count.length);
    }
    this.lists[at][this.filled![at]++] = item;
  }

  of(at: number): T[] {
    return this.lists === null ? NONE : this.lists[at];
  }
}

/** Each person's events of one kind that count (`counts`), as `make` builds them, in input order. */
function eventLists<R extends { readonly personId: string | null }, E>(
  records: readonly R[],
  persons: number,
  ownerOf: (id: string | null) => number,
  counts: (r: R) => boolean,
  make: (r: R) => E,
): Lists<E> {
  const owner = new Int32Array(records.length);
  const lists = new Lists<E>(persons);
  for (let i = 0; i < records.length; i++) {
    const o = ownerOf(records[i].personId);
    owner[i] = o >= 0 && counts(records[i]) ? o : -1;
    if (owner[i] >= 0) lists.expect(o);
  }
  for (let i = 0; i < records.length; i++) if (owner[i] >= 0) lists.place(owner[i], make(records[i]));
  return lists;
}

const IN_PERIOD = 1;
const IN_THREE_YEARS = 2;

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
  // Subjects repeat on every roster row, as written: fold each distinct text once (fold is a few
  // regular expressions, and a region's roster names a subject 150 000 times).
  const subjectByText = new Map<string, number>();
  const subjectIdxOf = (s: string): number => {
    let i = subjectByText.get(s);
    if (i !== undefined) return i;
    const key = fold(s);
    i = subjectByKey.get(key);
    if (i === undefined) {
      i = subjects.length;
      subjects.push(s.trim());
      subjectByKey.set(key, i);
    }
    subjectByText.set(s, i);
    return i;
  };
  // Positions repeat thousands of times: fold each distinct text once.
  const positionFlags = new Map<string, { isTeacher: boolean; isPdo: boolean }>();

  // People by ordinal, in the order the roster first names them.
  const ordinalOf = new Map<string, number>();
  const first: RosterRecord[] = [];
  const roster = dataset.roster;
  const rowOwner = new Int32Array(roster.length);
  for (let i = 0; i < roster.length; i++) {
    const rec = roster[i];
    let o = ordinalOf.get(rec.personId);
    if (o === undefined) {
      o = first.length;
      ordinalOf.set(rec.personId, o);
      first.push(rec);
    }
    rowOwner[i] = o;
  }
  const n = first.length;
  // Ids are numbered in this same roster order (people/person-id.ts): the number is read back and
  // checked against the roster; an id spelled otherwise (a dataset built another way) is looked up.
  const ownerOf = (id: string | null): number => {
    if (id === null) return -1;
    const k = ordinalOfPersonId(id);
    if (k >= 0 && k < first.length && first[k].personId === id) return k;
    return ordinalOf.get(id) ?? -1;
  };

  const rows = new Lists<RowFacts>(n);
  for (let i = 0; i < roster.length; i++) rows.expect(rowOwner[i]);
  for (let i = 0; i < roster.length; i++) {
    const rec = roster[i];
    let flags = positionFlags.get(rec.position);
    if (!flags) {
      const f = fold(rec.position);
      flags = { isTeacher: f.includes(TEACHER), isPdo: f.includes(PDO) };
      positionFlags.set(rec.position, flags);
    }
    rows.place(rowOwner[i], {
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
    });
  }

  // Events: whose and whether they count is found once (first pass), the event made once (second).
  const courses = dataset.courses;
  const courseOwner = new Int32Array(courses.length);
  const courseIn = new Uint8Array(courses.length);
  const coursesInPeriod = new Lists<CourseEv>(n);
  const coursesThreeYears = new Lists<CourseEv>(n);
  for (let i = 0; i < courses.length; i++) {
    const c = courses[i];
    const o = ownerOf(c.personId);
    const inP = o >= 0 && inPeriod(c.endDate, period);
    const in3 = o >= 0 && inPeriod(c.endDate, threeYears);
    courseOwner[i] = o;
    courseIn[i] = (inP ? IN_PERIOD : 0) | (in3 ? IN_THREE_YEARS : 0);
    if (inP) coursesInPeriod.expect(o);
    if (in3) coursesThreeYears.expect(o);
  }
  for (let i = 0; i < courses.length; i++) {
    if (courseIn[i] === 0) continue;
    const c = courses[i];
    const ev: CourseEv = {
      src: c, kind: c.kind, programTitle: c.programTitle, endDate: c.endDate, federalRegistry: c.federalRegistry,
      providerGroup: c.providerGroup, topics: c.topics, said: undefined,
    };
    if (courseIn[i] & IN_PERIOD) coursesInPeriod.place(courseOwner[i], ev);
    if (courseIn[i] & IN_THREE_YEARS) coursesThreeYears.place(courseOwner[i], ev);
  }

  const activitiesOf = eventLists(dataset.activities, n, ownerOf, (a) => inPeriod(a.date, period), (a): ActivityEv => ({
    src: a, activityType: a.activityType, eventTitle: a.eventTitle, level: a.level, result: a.result, date: a.date, said: undefined,
  }));
  const diagnosticsOf = eventLists(dataset.diagnostics, n, ownerOf, (d) => inPeriod(d.date, period), (d): DiagnosticEv => ({
    src: d, level: d.level, subject: d.subject, date: d.date, deficitsFound: d.deficitsFound, iom: d.iom, support: d.support, said: undefined,
  }));

  const pairs = dataset.mentoring.filter((m) => pairActive(m, period) && !isSelfPair(m));
  const mentorOwner = Int32Array.from(pairs, (m) => ownerOf(m.mentorId));
  const menteeOwner = Int32Array.from(pairs, (m) => ownerOf(m.menteeId));
  const asMentor = new Lists<PairEv>(n);
  const asMentee = new Lists<PairEv>(n);
  for (let i = 0; i < pairs.length; i++) {
    if (mentorOwner[i] >= 0) asMentor.expect(mentorOwner[i]);
    if (menteeOwner[i] >= 0) asMentee.expect(menteeOwner[i]);
  }
  for (let i = 0; i < pairs.length; i++) {
    if (mentorOwner[i] < 0 && menteeOwner[i] < 0) continue;
    const ev: PairEv = { src: pairs[i], form: pairs[i].form };
    if (mentorOwner[i] >= 0) asMentor.place(mentorOwner[i], ev);
    if (menteeOwner[i] >= 0) asMentee.place(menteeOwner[i], ev);
  }

  const persons: PersonFacts[] = new Array<PersonFacts>(n);
  for (let o = 0; o < n; o++) {
    persons[o] = {
      id: first[o].personId,
      fullName: first[o].fullName,
      rows: rows.of(o),
      coursesInPeriod: coursesInPeriod.of(o),
      coursesThreeYears: coursesThreeYears.of(o),
      activities: activitiesOf.of(o),
      diagnostics: diagnosticsOf.of(o),
      asMentor: asMentor.of(o),
      asMentee: asMentee.of(o),
    };
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
