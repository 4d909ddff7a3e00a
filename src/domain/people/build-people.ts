import { IsoDate } from "../dates";
import { Person, RosterRecord } from "../records";
import { givenNamesAgree } from "../normalize/person-name";
import { personName } from "./name-cache";
import { schoolKey } from "./school-key";
import { MatchResult, People, RosterRecordDraft } from "./types";

/**
 * Person identity (FORMS.md «Person matching»). Within a school, rows with the same normalised ФИО
 * are one person unless their birth dates differ (namesakes). Across schools, rows are one person
 * only when the full ФИО and the birth date both agree: a worker holding posts in two schools is
 * counted once, two namesakes without birth dates are not merged. Everything is Map lookups.
 */

interface Cluster {
  readonly personId: string;
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
    if (found !== null && found.personId !== c.cluster.personId) return null;
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

export function buildPeople(roster: readonly RosterRecordDraft[]): People {
  const clustersByName = new Map<string, Cluster[]>();
  const acrossSchools = new Map<string, string>();
  const personIdOfRow: string[] = [];
  let next = 0;
  const newId = (): string => `p${++next}`;

  const remember = (fullKey: string | null, birthDate: IsoDate | null, personId: string): void => {
    if (fullKey === null || birthDate === null) return;
    const k = fullKey + SEP + birthDate;
    if (!acrossSchools.has(k)) acrossSchools.set(k, personId);
  };

  // Full names first, so that an initials-only row («Иванова А.П.») can then join the one full-name
  // worker of its school it agrees with, instead of becoming a second person.
  const fullBySurname = new Map<string, { given: readonly string[]; cluster: Cluster }[]>();
  const order = roster.map((_, i) => i);
  const isInitialsOnly = (i: number): boolean => {
    const n = personName(roster[i].fullName);
    return n.surname !== "" && !n.full;
  };
  // Dated rows before dateless ones, so that a dateless row meets every dated namesake of its school
  // already in place and the outcome does not depend on the order of the rows.
  const dated = (i: number): boolean => roster[i].birthDate !== null;
  const full = order.filter((i) => !isInitialsOnly(i));
  const initials = order.filter(isInitialsOnly);
  const ordered = [...full.filter(dated), ...full.filter((i) => !dated(i)), ...initials.filter(dated), ...initials.filter((i) => !dated(i))];

  for (const i of ordered) {
    const row = roster[i];
    const name = personName(row.fullName);
    if (name.surname === "") {
      // A nameless row is still a worker, but nothing can be matched to it.
      personIdOfRow[i] = newId();
      continue;
    }
    const school = schoolKey(row.school);
    const bd = row.birthDate;
    if (!name.full) {
      const joined = soleAgreeing(fullBySurname.get(school + SEP + name.surname), name.given, bd);
      if (joined) {
        if (joined.birthDate === null) joined.birthDate = bd;
        personIdOfRow[i] = joined.personId;
        continue;
      }
    }
    const clusterKey = school + SEP + (name.fullKey ?? name.key);
    let clusters = clustersByName.get(clusterKey);
    if (!clusters) clustersByName.set(clusterKey, (clusters = []));
    let cluster: Cluster | undefined =
      bd === null ? dateless(clusters) : (clusters.find((c) => c.birthDate === bd) ?? clusters.find((c) => c.birthDate === null));
    if (cluster && cluster.birthDate === null && bd !== null) {
      cluster.birthDate = bd;
      remember(name.fullKey, bd, cluster.personId);
    }
    if (!cluster) {
      const elsewhere = name.fullKey !== null && bd !== null ? acrossSchools.get(name.fullKey + SEP + bd) : undefined;
      cluster = { personId: elsewhere ?? newId(), birthDate: bd };
      clusters.push(cluster);
      remember(name.fullKey, bd, cluster.personId);
      if (name.full) push(fullBySurname, school + SEP + name.surname, { given: name.given, cluster });
    }
    personIdOfRow[i] = cluster.personId;
  }

  // Ids numbered by first appearance in the roster, whatever order identity was settled in.
  const renumber = new Map<string, string>();
  for (let i = 0; i < personIdOfRow.length; i++) {
    const id = personIdOfRow[i];
    if (!renumber.has(id)) renumber.set(id, `p${renumber.size + 1}`);
    personIdOfRow[i] = renumber.get(id)!;
  }
  const records: RosterRecord[] = roster.map((row, i) => ({ ...row, personId: personIdOfRow[i] }));
  const persons = collectPersons(records);
  const schools = new Set(records.map((r) => schoolKey(r.school)));
  return { persons, personIdOfRow, roster: records, matchPerson: createMatcher(records), knowsSchool: (school) => schools.has(schoolKey(school)) };
}

function collectPersons(records: readonly RosterRecord[]): Person[] {
  const byId = new Map<string, { fullName: string; birthDate: IsoDate | null; rows: RosterRecord[] }>();
  for (const r of records) {
    const p = byId.get(r.personId);
    if (p) {
      p.rows.push(r);
      if (p.birthDate === null) p.birthDate = r.birthDate;
    } else {
      byId.set(r.personId, { fullName: personName(r.fullName).display || r.fullName, birthDate: r.birthDate, rows: [r] });
    }
  }
  return [...byId].map(([id, p]) => ({ id, fullName: p.fullName, birthDate: p.birthDate, rosterRows: p.rows }));
}

/**
 * Roster entries are bucketed by school, surname and first initial, so a lookup touches only the
 * few namesakes that could match, even in a region-wide search without a school. Nested maps, not
 * concatenated keys: no string is built per roster row or per lookup.
 */
interface SurnameBucket {
  readonly all: Entry[];
  readonly byInitial: Map<string, Entry[]>;
}

class EntryIndex {
  private readonly scopes = new Map<string, Map<string, SurnameBucket>>();

  add(scope: string, surname: string, entry: Entry): void {
    let surnames = this.scopes.get(scope);
    if (!surnames) this.scopes.set(scope, (surnames = new Map()));
    let bucket = surnames.get(surname);
    if (!bucket) surnames.set(surname, (bucket = { all: [], byInitial: new Map() }));
    bucket.all.push(entry);
    push(bucket.byInitial, firstInitial(entry.given), entry);
  }

  candidates(scope: string, surname: string, given: readonly string[]): readonly Entry[] {
    const bucket = this.scopes.get(scope)?.get(surname);
    if (!bucket) return [];
    if (given.length === 0 || bucket.byInitial.size === 1) return bucket.all;
    const same = bucket.byInitial.get(firstInitial(given)) ?? [];
    const bare = bucket.byInitial.get("") ?? [];
    return bare.length === 0 ? same : [...same, ...bare];
  }
}

function firstInitial(given: readonly string[]): string {
  return given.length === 0 ? "" : given[0][0];
}

const REGION = "\u0002";

function createMatcher(records: readonly RosterRecord[]): (name: string, school: string | null, birthDate?: IsoDate | null) => MatchResult {
  const index = new EntryIndex();
  for (const r of records) {
    const n = personName(r.fullName);
    if (n.surname === "") continue;
    const entry: Entry = { personId: r.personId, given: n.given, fullKey: n.fullKey, birthDate: r.birthDate };
    index.add(schoolKey(r.school), n.surname, entry);
    index.add(REGION, n.surname, entry);
  }
  const memo = new Map<string, MatchResult>();
  const UNMATCHED: MatchResult = { kind: "unmatched" };

  return (name, school, birthDate = null) => {
    const scope = school === null ? REGION : schoolKey(school);
    const memoKey = scope + SEP + name + SEP + (birthDate ?? "");
    const hit = memo.get(memoKey);
    if (hit) return hit;
    const n = personName(name);
    const result = n.surname === "" ? UNMATCHED : decide(index.candidates(scope, n.surname, n.given), n.given, n.fullKey, birthDate);
    if (memo.size >= 100_000) memo.clear();
    memo.set(memoKey, result);
    return result;
  };
}

function decide(bucket: readonly Entry[], given: readonly string[], fullKey: string | null, birthDate: IsoDate | null): MatchResult {
  let cands = bucket.filter((e) => givenNamesAgree(given, e.given));
  if (fullKey !== null) {
    const exact = cands.filter((e) => e.fullKey === fullKey);
    if (exact.length > 0) cands = exact;
  }
  if (birthDate !== null) {
    const same = cands.filter((e) => e.birthDate === birthDate);
    cands = same.length > 0 ? same : cands.filter((e) => e.birthDate === null);
  }
  const ids = [...new Set(cands.map((e) => e.personId))];
  if (ids.length === 0) return { kind: "unmatched" };
  if (ids.length === 1) return { kind: "matched", personId: ids[0] };
  return { kind: "ambiguous", candidates: ids };
}
