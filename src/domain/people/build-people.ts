import { IsoDate } from "../dates";
import { RosterRecord } from "../records";
import { PersonName, givenNamesAgree } from "../normalize/person-name";
import { personName } from "./name-cache";
import { schoolKey } from "./school-key";
import { MatchResult, People, RosterRecordDraft } from "./types";
import { inner } from "../maps";
import { personIdOf } from "./person-id";

/**
 * Person identity (FORMS.md «Person matching»). Within a school, rows with the same normalised ФИО
 * are one person unless their birth dates differ (namesakes). Across schools, rows are one person
 * only when the full ФИО and the birth date both agree: a worker holding posts in two schools is
 * counted once, two namesakes without birth dates are not merged. Everything is Map lookups.
 *
 * Keys are nested Maps (school → name → …) rather than concatenated strings: a region's roster and
 * every event row would otherwise build and hash a fresh key string per lookup.
 */

interface Cluster {
  /** Internal number, renumbered by first appearance in the roster once identity is settled. */
  readonly person: number;
  birthDate: IsoDate | null;
}

interface Entry {
  readonly personId: string;
  readonly given: readonly string[];
  readonly fullKey: string | null;
  readonly birthDate: IsoDate | null;
}

const SEP = "\u0001";

function push<K, V>(map: Map<K, V[]>, key: K, value: V): void {
  const list = map.get(key);
  if (list) list.push(value);
  else map.set(key, [value]);
}

/** The one full-name cluster an abbreviated name agrees with (given names and birth date), if exactly one. */
function soleAgreeing(
  candidates: readonly { given: readonly string[]; cluster: Cluster }[] | undefined,
  given: readonly string[],
  birthDate: IsoDate | null,
): Cluster | null {
  if (!candidates) return null;
  let found: Cluster | null = null;
  for (const c of candidates) {
    if (!givenNamesAgree(given, c.given)) continue;
    if (birthDate !== null && c.cluster.birthDate !== null && birthDate !== c.cluster.birthDate) continue;
    if (found !== null && found.person !== c.cluster.person) return null;
    found = c.cluster;
  }
  return found;
}

/**
 * The person a dateless row of this name belongs to: the only one there is; or, among namesakes
 * told apart by birth date, none — joining either would be a guess, so the row stays a person of
 * its own (validation flags the duplicate name).
 */
function dateless(clusters: readonly Cluster[]): Cluster | undefined {
  if (clusters.length <= 1) return clusters[0];
  const undated = clusters.find((c) => c.birthDate === null);
  return undated;
}

function withBirthDate(clusters: readonly Cluster[], bd: IsoDate): Cluster | undefined {
  let undated: Cluster | undefined;
  for (const c of clusters) {
    if (c.birthDate === bd) return c;
    if (undated === undefined && c.birthDate === null) undated = c;
  }
  return undated;
}

export function buildPeople(roster: readonly RosterRecordDraft[]): People {
  const count = roster.length;
  const names: PersonName[] = new Array<PersonName>(count);
  for (let i = 0; i < count; i++) names[i] = personName(roster[i].fullName);
  const schoolKeys: string[] = new Array<string>(count);
  for (let i = 0; i < count; i++) schoolKeys[i] = schoolKey(roster[i].school);

  /** school → name key → clusters of that name. */
  const clustersByName = new Map<string, Map<string, Cluster[]>>();
  /** full key → birth date → person. */
  const acrossSchools = new Map<string, Map<IsoDate, number>>();
  const personOfRow = new Int32Array(count);
  let next = 0;

  const remember = (fullKey: string | null, birthDate: IsoDate | null, person: number): void => {
    if (fullKey === null || birthDate === null) return;
    const byDate = inner(acrossSchools, fullKey);
    if (!byDate.has(birthDate)) byDate.set(birthDate, person);
  };

  // Full names first, so that an initials-only row («Иванова А.П.») can then join the one full-name
  // worker of its school it agrees with, instead of becoming a second person.
  /** school → surname → full-name clusters. */
  const fullBySurname = new Map<string, Map<string, { given: readonly string[]; cluster: Cluster }[]>>();
  // Dated rows before dateless ones, so that a dateless row meets every dated namesake of its school
  // already in place and the outcome does not depend on the order of the rows.
  const ordered: number[] = [];
  for (let pass = 0; pass < 4; pass++) {
    const wantInitials = pass >= 2;
    const wantDated = pass % 2 === 0;
    for (let i = 0; i < count; i++) {
      const n = names[i];
      const initialsOnly = n.surname !== "" && !n.full;
      if (initialsOnly === wantInitials && (roster[i].birthDate !== null) === wantDated) ordered.push(i);
    }
  }

  for (const i of ordered) {
    const row = roster[i];
    const name = names[i];
    if (name.surname === "") {
      // A nameless row is still a worker, but nothing can be matched to it.
      personOfRow[i] = next++;
      continue;
    }
    const school = schoolKeys[i];
    const bd = row.birthDate;
    if (!name.full) {
      const joined = soleAgreeing(fullBySurname.get(school)?.get(name.surname), name.given, bd);
      if (joined) {
        if (joined.birthDate === null) joined.birthDate = bd;
        personOfRow[i] = joined.person;
        continue;
      }
    }
    const byName = inner(clustersByName, school);
    const nameKey = name.fullKey ?? name.key;
    // Most names have one cluster: its list is made with it (a literal of one), not grown from [] by push.
    const clusters = byName.get(nameKey);
    let cluster: Cluster | undefined = !clusters ? undefined : bd === null ? dateless(clusters) : withBirthDate(clusters, bd);
    if (cluster && cluster.birthDate === null && bd !== null) {
      cluster.birthDate = bd;
      remember(name.fullKey, bd, cluster.person);
    }
    if (!cluster) {
      const elsewhere = name.fullKey !== null && bd !== null ? acrossSchools.get(name.fullKey)?.get(bd) : undefined;
      cluster = { person: elsewhere ?? next++, birthDate: bd };
      if (clusters) clusters.push(cluster);
      else byName.set(nameKey, [cluster]);
      remember(name.fullKey, bd, cluster.person);
      if (name.full) push(inner(fullBySurname, school), name.surname, { given: name.given, cluster });
    }
    personOfRow[i] = cluster.person;
  }

  // Ids numbered by first appearance in the roster, whatever order identity was settled in.
  const renumber = new Int32Array(next).fill(-1);
  const ids: string[] = [];
  const personIdOfRow: string[] = new Array<string>(count);
  const records: RosterRecord[] = new Array<RosterRecord>(count);
  const persons: { id: string; fullName: string; birthDate: IsoDate | null; rosterRows: RosterRecord[] }[] = [];
  const schools = new Set<string>();
  for (let i = 0; i < count; i++) {
    const internal = personOfRow[i];
    let k = renumber[internal];
    if (k < 0) {
      k = renumber[internal] = ids.length;
      ids.push(personIdOf(k));
    }
    const personId = ids[k];
    personIdOfRow[i] = personId;
    const r = roster[i];
    // A literal rather than `{ ...r, personId }`: the spread cost a region's roster a copy that
    // changed shape key by key. Same keys, same order.
    const rec: RosterRecord = {
      file: r.file, sheet: r.sheet, row: r.row, school: r.school, fullName: r.fullName, birthDate: r.birthDate, age: r.age,
      position: r.position, staffCategory: r.staffCategory, subjects: r.subjects, educationLevel: r.educationLevel,
      pedagogicalEducation: r.pedagogicalEducation, educationMatchesSubject: r.educationMatchesSubject,
      teachingExperience: r.teachingExperience, totalExperience: r.totalExperience, qualificationCategory: r.qualificationCategory,
      categoryDate: r.categoryDate, employment: r.employment, weeklyLoad: r.weeklyLoad, youngSpecialist: r.youngSpecialist, personId,
    };
    records[i] = rec;
    if (k === persons.length) {
      persons.push({ id: personId, fullName: names[i].display || r.fullName, birthDate: r.birthDate, rosterRows: [rec] });
    } else {
      const p = persons[k];
      p.rosterRows.push(rec);
      if (p.birthDate === null) p.birthDate = r.birthDate;
    }
    schools.add(schoolKeys[i]);
  }
  return {
    persons,
    personIdOfRow,
    roster: records,
    matchPerson: createMatcher(records, names, schoolKeys),
    knowsSchool: (school) => schools.has(schoolKey(school)),
  };
}

/**
 * Roster entries are bucketed by school, surname and first initial, so a lookup touches only the
 * few namesakes that could match, even in a region-wide search without a school. Nested maps, not
 * concatenated keys: no string is built per roster row or per lookup.
 */
interface SurnameBucket {
  readonly all: Entry[];
  /** By the first given name's first UTF-16 unit (a number: no one-letter string per row); NO_INITIAL when none. */
  readonly byInitial: Map<number, Entry[]>;
}

const NO_INITIAL = -1;

class EntryIndex {
  private readonly scopes = new Map<string, Map<string, SurnameBucket>>();

  add(scope: string, surname: string, entry: Entry): void {
    const surnames = inner(this.scopes, scope);
    let bucket = surnames.get(surname);
    if (!bucket) surnames.set(surname, (bucket = { all: [entry], byInitial: new Map() }));
    else bucket.all.push(entry);
    push(bucket.byInitial, firstInitial(entry.given), entry);
  }

  candidates(scope: string, surname: string, given: readonly string[]): readonly Entry[] {
    const bucket = this.scopes.get(scope)?.get(surname);
    if (!bucket) return [];
    if (given.length === 0 || bucket.byInitial.size === 1) return bucket.all;
    const same = bucket.byInitial.get(firstInitial(given)) ?? [];
    const bare = bucket.byInitial.get(NO_INITIAL) ?? [];
    return bare.length === 0 ? same : [...same, ...bare];
  }
}

function firstInitial(given: readonly string[]): number {
  return given.length === 0 ? NO_INITIAL : given[0].charCodeAt(0);
}

const REGION = "\u0002";
/**
 * Bounds the lookup memory of a pathological input; it is only a cache. Each roster person is named
 * in the event rows once or twice over (as written, perhaps with initials): a bound below that made a
 * region of 170 000 workers forget every name before it came again — 568 000 lookups a run instead of
 * 172 000.
 */
const MEMO_LIMIT = 100_000;
const memoLimit = (rosterRows: number): number => Math.max(MEMO_LIMIT, 2 * rosterRows);

function createMatcher(
  records: readonly RosterRecord[],
  names: readonly PersonName[],
  schoolKeys: readonly string[],
): (name: string, school: string | null, birthDate?: IsoDate | null) => MatchResult {
  const index = new EntryIndex();
  for (let i = 0; i < records.length; i++) {
    const n = names[i];
    if (n.surname === "") continue;
    const r = records[i];
    const entry: Entry = { personId: r.personId, given: n.given, fullKey: n.fullKey, birthDate: r.birthDate };
    index.add(schoolKeys[i], n.surname, entry);
    index.add(REGION, n.surname, entry);
  }
  // Lookups without a birth date (every event row) are remembered by the school as written, then the
  // name: one Map hop each, no key string; spellings of one school fold to the same scope anyway.
  let memoSize = 0;
  const limit = memoLimit(records.length);
  const bySchool = new Map<string | null, Map<string, MatchResult>>();
  const dated = new Map<string, MatchResult>();
  const UNMATCHED: MatchResult = { kind: "unmatched" };

  const lookup = (name: string, school: string | null, birthDate: IsoDate | null): MatchResult => {
    const n = personName(name);
    if (n.surname === "") return UNMATCHED;
    const scope = school === null ? REGION : schoolKey(school);
    return decide(index.candidates(scope, n.surname, n.given), n.given, n.fullKey, birthDate);
  };
  const makeRoom = (): void => {
    if (memoSize >= limit) {
      bySchool.clear();
      dated.clear();
      memoSize = 0;
    }
    memoSize += 1;
  };

  return (name, school, birthDate = null) => {
    if (birthDate === null) {
      const hit = bySchool.get(school)?.get(name);
      if (hit) return hit;
      const result = lookup(name, school, null);
      makeRoom();
      inner(bySchool, school).set(name, result);
      return result;
    }
    const memoKey = (school === null ? REGION : schoolKey(school)) + SEP + name + SEP + birthDate;
    const hit = dated.get(memoKey);
    if (hit) return hit;
    const result = lookup(name, school, birthDate);
    makeRoom();
    dated.set(memoKey, result);
    return result;
  };
}

/**
 * Among the bucket: given names that agree; of those, the exact full name when there is one; of
 * those, the same birth date, else the undated ones. Filtered in place over one array, no closure or
 * Set per lookup: most buckets hold one or two entries.
 */
function decide(bucket: readonly Entry[], given: readonly string[], fullKey: string | null, birthDate: IsoDate | null): MatchResult {
  let cands: Entry[] = [];
  for (const e of bucket) if (givenNamesAgree(given, e.given)) cands.push(e);
  if (fullKey !== null && cands.length > 1) {
    const exact = cands.filter((e) => e.fullKey === fullKey);
    if (exact.length > 0) cands = exact;
  }
  if (birthDate !== null && cands.length > 0) {
    const same = cands.filter((e) => e.birthDate === birthDate);
    cands = same.length > 0 ? same : cands.filter((e) => e.birthDate === null);
  }
  if (cands.length === 0) return { kind: "unmatched" };
  const ids: string[] = [cands[0].personId];
  for (let i = 1; i < cands.length; i++) if (!ids.includes(cands[i].personId)) ids.push(cands[i].personId);
  if (ids.length === 1) return { kind: "matched", personId: ids[0] };
  return { kind: "ambiguous", candidates: ids };
}
