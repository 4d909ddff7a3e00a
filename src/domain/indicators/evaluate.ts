import { Period } from "../period";
import { Dataset, SourceRef } from "../records";
import { Calc, Condition, IndicatorDef, Population, SchoolCondition, SchoolFilter } from "./def";
import { EvalContext, PersonFacts, RowFacts, SchoolInfo, UNKNOWN_ORG_TYPE, buildContext, manualKey } from "./context";
import { isContest, isPrize, конкурс } from "./blocks";
import { INDICATORS } from "./presets";
import { percent, round1, statusOf } from "./status";
import { BreakdownRow, CountedEntry, IndicatorResult, NumeratorColumns, PresetId } from "./types";
import { entriesOf, entry, numeratorColumnsOf } from "./numerators";
import { CountedSteps, runToEnd } from "../steps";
import { ruNumber } from "../text";

/**
 * The one evaluator: every indicator of every preset goes through `evaluateOne`, which reads only the
 * def's data. The shared context is built once per call of `evaluate`.
 */

export function evaluate(dataset: Dataset, period: Period, presets: readonly PresetId[]): IndicatorResult[] {
  return runToEnd(evaluateSteps(dataset, period, presets));
}

/** Indicators evaluated between two pauses: each is quick once the passes are made. */
const DEFS_PER_PAUSE = 25;

/**
 * evaluate, pausing after the shared context, after each population's sweep and after every few
 * indicators: a region's indicators take seconds. Its units weigh the parts as they take time at
 * 100 000 workers (≈ 0.13 s the context, ≈ 0.5 s the sweeps, hundredths the indicators after them):
 * a sweep's pass 10, the context 3 per pass, an indicator 1.
 */
export function* evaluateSteps(dataset: Dataset, period: Period, presets: readonly PresetId[]): CountedSteps<IndicatorResult[]> {
  const ctx = buildContext(dataset, period);
  const wanted = new Set(presets);
  const defs = INDICATORS.filter((d) => wanted.has(d.preset));
  const sweeps = plannedSweeps(defs, ctx);
  const passes = sweeps.reduce((n, s) => n + s.list.length, 0);
  const total = 13 * passes + defs.length;
  let done = 3 * passes;
  yield { done, total };
  const byKey = passesOf(ctx);
  for (const { pop, list } of sweeps) {
    const made = sweep(pop, list.map((x) => x.spec), ctx);
    list.forEach((x, i) => byKey.set(x.key, made[i]));
    done += 10 * list.length;
    yield { done, total };
  }
  const results: IndicatorResult[] = [];
  for (const d of defs) {
    results.push(evaluateOne(d, ctx));
    if (results.length % DEFS_PER_PAUSE === 0 && results.length < defs.length) yield { done: done + results.length, total };
  }
  return results;
}

interface Computed {
  numerator: number | null;
  denominator: number | null;
  value: number | boolean | null;
  bySchool: BreakdownRow[];
  bySubject?: BreakdownRow[];
  byOrgType?: BreakdownRow[];
  note?: string;
  /**
   * What the status is judged by when it is not the value: a target every school must reach
   * (AL-P.38b) is met only when the school with the smallest share meets it.
   */
  judged?: number | null;
  /** Runs only when «Расшифровка» is read: the audit is as large as the data. */
  audit: () => CountedEntry[];
  /** Person indicators: the audit's sizes and its numerator entries alone, without the S entries. */
  auditSize?: { numerators: number; total: number };
  auditNumerators?: () => NumeratorColumns;
  /** The pass whose numerator entries these are: the same object for indicators sharing the pass. */
  auditKey?: object;
}

export function evaluateOne(def: IndicatorDef, ctx: EvalContext): IndicatorResult {
  const c = compute(def, def.calc, ctx);
  const status = statusOf(c.judged !== undefined ? c.judged : c.value, def.target, def.direction, def.targetStrict);
  const result: Omit<IndicatorResult, "counted"> = {
    id: def.id,
    preset: def.preset,
    name: def.name,
    shortName: def.shortName,
    unit: def.unit,
    numerator: c.numerator,
    denominator: c.denominator,
    value: c.value,
    target: def.target,
    direction: def.direction,
    status,
    bySchool: c.bySchool,
    ...(c.bySubject ? { bySubject: c.bySubject } : {}),
    ...(c.byOrgType ? { byOrgType: c.byOrgType } : {}),
    ...(c.note ? { note: c.note } : {}),
  };
  // The audit lists every counted person of every indicator: build it only when someone reads it.
  audits.set(result, { build: c.audit, numeratorsOnly: c.auditNumerators });
  Object.defineProperty(result, "counted", { enumerable: true, get: countedOf });
  if (c.auditSize && c.auditNumerators) {
    Object.defineProperty(result, "countedSize", { enumerable: false, value: c.auditSize });
    if (c.auditKey) Object.defineProperty(result, "numeratorsKey", { enumerable: false, value: c.auditKey });
    Object.defineProperty(result, "numerators", { enumerable: false, get: numeratorsOf });
  }
  return result as IndicatorResult;
}

/**
 * Each result's audit, built when «Расшифровка» first reads it. It sits beside the result, and every
 * result shares the same two getters: V8 keeps an accessor's function in the object's hidden class,
 * which outlives the object. With a getter closure per result, the pane held the last compute's whole
 * evaluation context after the compute had ended — every person, event and pass of a region, 175 MB
 * of its 232 (docs/performance-log.md, п. 60).
 */
interface Audit {
  readonly build: () => CountedEntry[];
  built?: CountedEntry[];
  /** Person indicators: the numerator entries alone, without building the S entries. */
  readonly numeratorsOnly?: () => NumeratorColumns;
}
const audits = new WeakMap<object, Audit>();

/** A copy of a result (trend.ts copies the descriptors) reads the same audit, built once for both. */
export function shareAudit(from: object, to: object): void {
  const a = audits.get(from);
  if (a) audits.set(to, a);
}

function countedOf(this: object): CountedEntry[] {
  const a = audits.get(this)!;
  return (a.built ??= a.build());
}

/**
 * Not kept: «Расшифровка» reads each indicator's entries once, and a region's million entries kept by
 * every result would stay alive for as long as the results do.
 */
function numeratorsOf(this: object): NumeratorColumns {
  const a = audits.get(this)!;
  return a.built ? numeratorColumnsOf(a.built) : a.numeratorsOnly!();
}

const NO_DATA = "нет данных";

function compute(def: IndicatorDef, calc: Calc, ctx: EvalContext): Computed {
  switch (calc.kind) {
    case "personShare": return personShare(def, calc.population, calc.base, calc.condition, ctx, calc.perSchoolTarget);
    case "personCount": return personCount(calc.population, calc.condition, ctx);
    case "prizeRows": return prizeRows(calc.population, ctx);
    case "schoolShare": return schools(calc.schools, calc.condition, ctx, true);
    case "schoolCount": return schools(calc.schools, calc.condition, ctx, false);
    case "ratesRatio": return ratesRatio(ctx);
    case "manualYesNo":
    case "manualShare":
    case "manualCount": return manual(def, calc.kind, ctx);
  }
}

// ── Person passes ───────────────────────────────────────────────────────────────────────────────

/** Per-key counts where one person counts once per key (school, subject, orgType). */
class Tally {
  readonly s: Int32Array;
  readonly n: Int32Array;
  private readonly stampS: Int32Array;
  private readonly stampN: Int32Array;
  /** `withS`: another tally's S counts, shared (passes with one base count S once, see SGroup). */
  constructor(size: number, withS?: Tally) {
    this.s = withS ? withS.s : new Int32Array(size);
    this.stampS = withS ? withS.stampS : new Int32Array(size);
    this.n = new Int32Array(size);
    this.stampN = new Int32Array(size);
  }
  /** `who` is the person's ordinal + 1, so a person's second row in the same key is not counted again. */
  addS(key: number, who: number, by = 1): void {
    if (this.stampS[key] === who) return;
    this.stampS[key] = who;
    this.s[key] += by;
  }
  addN(key: number, who: number, by = 1): void {
    if (this.stampN[key] === who) return;
    this.stampN[key] = who;
    this.n[key] += by;
  }
  rows(keys: readonly string[], asPercent: boolean, keepEmpty: boolean): BreakdownRow[] {
    const out: BreakdownRow[] = [];
    for (let i = 0; i < keys.length; i++) {
      if (!keepEmpty && this.s[i] === 0 && this.n[i] === 0) continue;
      out.push({
        key: keys[i],
        numerator: this.n[i],
        denominator: this.s[i],
        value: asPercent ? percent(this.n[i], this.s[i]) : this.n[i],
      });
    }
    return out;
  }
}

interface Keys {
  schoolNames: string[];
  orgTypeOf: number[];
}

const keysCache = new WeakMap<EvalContext, Keys>();
function keys(ctx: EvalContext): Keys {
  let k = keysCache.get(ctx);
  if (!k) {
    k = {
      schoolNames: ctx.schools.map((s) => s.name),
      orgTypeOf: ctx.schools.map((s) => ctx.orgTypes.indexOf(s.orgType ?? UNKNOWN_ORG_TYPE)),
    };
    keysCache.set(ctx, k);
  }
  return k;
}

/** What one pass over persons found; the audit callback sees every counted person. */
interface Pass {
  S: number;
  N: number;
  school: Tally;
  subject: Tally | null;
  orgType: Tally;
  /** Who was counted in N, for «Расшифровка» without a second pass over S. */
  inN: NumeratorHits;
}

/**
 * The people of N as the pass met them, in parallel arrays: position in `members(pop)`, the source
 * row of their first hit, their first counting roster row (what the reason explains), and whether
 * their counting rows lie in more than one school (rare: only then are their rows looked at again).
 */
interface NumeratorHits {
  readonly at: number[];
  readonly hit: SourceRef[];
  readonly row: RowFacts[];
  readonly severalSchools: Set<number>;
}

/**
 * A population's members, found once per evaluation and shared by every indicator over it: who they
 * are (ordinals into ctx.persons) and which of their rows belong. Parallel arrays rather than an
 * object per member: a region has ~170 000 people in each of a few dozen populations.
 */
interface Members {
  readonly ordinal: Int32Array;
  readonly rows: (readonly RowFacts[])[];
}
const membersCache = new WeakMap<EvalContext, Map<Population, Members>>();
function members(pop: Population, ctx: EvalContext): Members {
  let byPop = membersCache.get(ctx);
  if (!byPop) membersCache.set(ctx, (byPop = new Map()));
  let list = byPop.get(pop);
  if (!list) {
    const persons = ctx.persons;
    const ordinal: number[] = [];
    const rows: (readonly RowFacts[])[] = [];
    for (let i = 0; i < persons.length; i++) {
      const p = persons[i];
      let passing = 0;
      for (let j = 0; j < p.rows.length; j++) if (pop.test(p.rows[j])) passing++;
      if (passing === 0) continue;
      ordinal.push(i);
      // Most people have one roster row: share the person's own list rather than copy it per population.
      rows.push(passing === p.rows.length ? p.rows : p.rows.filter((r) => pop.test(r)));
    }
    list = { ordinal: Int32Array.from(ordinal), rows };
    byPop.set(pop, list);
  }
  return list;
}

type Visit = (p: PersonFacts, sRows: RowFacts[], nRows: RowFacts[], nHit: SourceRef | null) => void;

/** What one person pass counts: S from `base` over the population's rows, N from `cond`. */
interface PassSpec {
  readonly base: Condition | undefined;
  readonly cond: Condition | null;
  readonly withSubjects: boolean;
}

/**
 * One pass: a person is in S when any of their rows is in the population (and meets `base`), in N
 * when any such row also meets the condition. Each school/subject/orgType of those rows gets the
 * person once; the municipal total gets them once.
 */
function pass(pop: Population, base: Condition | undefined, cond: Condition | null, ctx: EvalContext, withSubjects: boolean, visit?: Visit): Pass {
  const spec = { base, cond, withSubjects };
  if (visit) return sweep(pop, [spec], ctx, visit)[0];
  const byKey = passesOf(ctx);
  const key = passKey(pop, spec);
  let r = byKey.get(key);
  if (!r) byKey.set(key, (r = sweep(pop, [spec], ctx)[0]));
  return r;
}

// Several indicators count the same thing (LK-01, DZ-07 and AL-1.3.2 alike): one pass serves them all.
const passCache = new WeakMap<EvalContext, Map<string, Pass>>();
function passesOf(ctx: EvalContext): Map<string, Pass> {
  let byKey = passCache.get(ctx);
  if (!byKey) passCache.set(ctx, (byKey = new Map()));
  return byKey;
}
function passKey(pop: Population, s: PassSpec): string {
  return `${identity(pop)}|${s.base ? identity(s.base) : ""}|${s.cond ? identity(s.cond) : ""}|${s.withSubjects}`;
}
const identities = new WeakMap<object, number>();
function identity(o: object): number {
  let id = identities.get(o);
  if (id === undefined) identities.set(o, (id = nextIdentity++));
  return id;
}
let nextIdentity = 1;

/**
 * The passes of every person indicator, to be made before the indicators read them: one sweep per
 * population walks its members once and counts all of that population's indicators for each person
 * while the person's rows are at hand, instead of one walk per indicator.
 */
function plannedSweeps(defs: readonly IndicatorDef[], ctx: EvalContext): { pop: Population; list: { key: string; spec: PassSpec }[] }[] {
  const byKey = passesOf(ctx);
  const byPop = new Map<Population, { key: string; spec: PassSpec }[]>();
  const plan = (population: Population, spec: PassSpec): void => {
    const key = passKey(population, spec);
    if (byKey.has(key)) return;
    let list = byPop.get(population);
    if (!list) byPop.set(population, (list = []));
    if (!list.some((x) => x.key === key)) list.push({ key, spec });
  };
  for (const d of defs) {
    const c = d.calc;
    if (c.kind === "personShare" || c.kind === "personCount") {
      plan(c.population, { base: c.kind === "personShare" ? c.base : undefined, cond: c.condition, withSubjects: c.kind === "personShare" && d.bySubject === true });
    } else if ((c.kind === "schoolShare" || c.kind === "schoolCount") && c.condition.kind !== "flag") {
      // A school counted by its people (schoolHits) walks them too: in the same sweep.
      plan(c.condition.population, { base: undefined, cond: c.condition.condition, withSubjects: false });
    }
  }
  return [...byPop].map(([pop, list]) => ({ pop, list }));
}

/**
 * The passes of one sweep that share a base: who is in S, and S's tallies, are the same for all of
 * them, so they are counted once per member and each pass counts only its N. The largest population
 * has some forty passes over four bases.
 */
class SGroup {
  S = 0;
  readonly school: Tally;
  readonly orgType: Tally;
  readonly subject: Tally | null;
  readonly passes: PassWork[] = [];
  /** The member's rows in S, reused from member to member. */
  private readonly sRows: RowFacts[] = [];

  constructor(readonly base: Condition | undefined, withSubjects: boolean, ctx: EvalContext) {
    this.school = new Tally(ctx.schools.length);
    this.orgType = new Tally(ctx.orgTypes.length);
    this.subject = withSubjects ? new Tally(ctx.subjects.length) : null;
  }

  /** Counts one member (`mi`-th of the population; `who`: ordinal + 1) with the rows it has in it. */
  member(p: PersonFacts, rows: readonly RowFacts[], mi: number, who: number, ctx: EvalContext, orgTypeOf: readonly number[], visit?: Visit): void {
    const { base, school, orgType, subject, sRows } = this;
    let count = 0;
    // Indexed loops throughout: this runs for every member of every pass (see firstOf in blocks.ts).
    for (let ri = 0; ri < rows.length; ri++) {
      const r = rows[ri];
      if (base && base.test(p, r, ctx) === null) continue;
      sRows[count++] = r;
      const si = r.school.idx;
      school.addS(si, who);
      orgType.addS(orgTypeOf[si], who);
      if (subject) for (let j = 0; j < r.subjectIdx.length; j++) subject.addS(r.subjectIdx[j], who);
    }
    if (count === 0) return;
    this.S++;
    for (let w = 0; w < this.passes.length; w++) this.passes[w].member(p, sRows, count, mi, who, ctx, orgTypeOf, visit);
  }
}

/** One pass's N while a sweep walks the members; S is its group's. */
class PassWork {
  N = 0;
  readonly school: Tally;
  readonly orgType: Tally;
  readonly subject: Tally | null;
  readonly hits: NumeratorHits = { at: [], hit: [], row: [], severalSchools: new Set() };
  constructor(readonly spec: PassSpec, readonly group: SGroup, ctx: EvalContext) {
    this.school = new Tally(ctx.schools.length, group.school);
    this.orgType = new Tally(ctx.orgTypes.length, group.orgType);
    this.subject = spec.withSubjects && group.subject ? new Tally(ctx.subjects.length, group.subject) : null;
  }

  /** Counts one member of S with its first `count` rows of `sRows` (those in S). */
  member(p: PersonFacts, sRows: readonly RowFacts[], count: number, mi: number, who: number, ctx: EvalContext, orgTypeOf: readonly number[], visit?: Visit): void {
    const { cond } = this.spec;
    const { school, orgType, subject } = this;
    let inN = false;
    let hit: SourceRef | null = null;
    let firstN: RowFacts | null = null;
    let several = false;
    const nRows: RowFacts[] | null = visit ? [] : null;
    if (cond !== null) {
      for (let ri = 0; ri < count; ri++) {
        const r = sRows[ri];
        const h = cond.test(p, r, ctx);
        if (h === null) continue;
        if (!inN) {
          hit = h;
          firstN = r;
        } else if (r.school !== firstN!.school) several = true;
        inN = true;
        const si = r.school.idx;
        school.addN(si, who);
        orgType.addN(orgTypeOf[si], who);
        if (subject) for (let j = 0; j < r.subjectIdx.length; j++) subject.addN(r.subjectIdx[j], who);
        nRows?.push(r);
      }
    }
    if (inN) {
      if (several) this.hits.severalSchools.add(this.N);
      this.hits.at.push(mi);
      this.hits.hit.push(hit!);
      this.hits.row.push(firstN!);
      this.N++;
    }
    if (visit) visit(p, sRows.slice(0, count), nRows!, hit);
  }

  done(): Pass {
    return { S: this.group.S, N: this.N, school: this.school, subject: this.subject, orgType: this.orgType, inN: this.hits };
  }
}

/** Walks a population's members once, counting every spec; `visit` (the full audit) with one spec only. */
function sweep(pop: Population, specs: readonly PassSpec[], ctx: EvalContext, visit?: Visit): Pass[] {
  const k = keys(ctx);
  const groups = new Map<Condition | undefined, SGroup>();
  const work = specs.map((spec) => {
    let group = groups.get(spec.base);
    if (!group) {
      group = new SGroup(spec.base, specs.some((o) => o.base === spec.base && o.withSubjects), ctx);
      groups.set(spec.base, group);
    }
    const w = new PassWork(spec, group, ctx);
    group.passes.push(w);
    return w;
  });
  const all = [...groups.values()];
  const list = members(pop, ctx);
  const persons = ctx.persons;
  for (let mi = 0; mi < list.ordinal.length; mi++) {
    const p = persons[list.ordinal[mi]];
    const who = list.ordinal[mi] + 1;
    const rows = list.rows[mi];
    for (let g = 0; g < all.length; g++) all[g].member(p, rows, mi, who, ctx, k.orgTypeOf, visit);
  }
  return work.map((w) => w.done());
}

/**
 * The numerator entries of a person pass, from the people it counted in N alone: the same entries,
 * in the same order, as a second full pass would list, at the cost of N people rather than S.
 */
function numeratorAudit(pop: Population, base: Condition | undefined, cond: Condition, ctx: EvalContext, inN: NumeratorHits): () => NumeratorColumns {
  return () => {
    const list = members(pop, ctx);
    const n = inN.at.length;
    // Almost no one counts in several schools: an empty set is not asked a million times.
    const several = inN.severalSchools.size > 0 ? inN.severalSchools : null;
    const fullName = new Array<string>(n);
    const school = new Array<string>(n);
    const reason = new Array<string>(n);
    for (let i = 0; i < n; i++) {
      const p = ctx.persons[list.ordinal[inN.at[i]]];
      const first = inN.row[i];
      fullName[i] = p.fullName;
      school[i] = several?.has(i) ? schoolsOf(countingRows(p, list.rows[inN.at[i]], base, cond, ctx)) : first.school.name;
      reason[i] = cond.explain(p, first, ctx);
    }
    // The first hit of each person is the source row the pass already holds: shared, not copied.
    return { length: n, source: inN.hit, fullName, school, reason };
  };
}

/** A person's rows that count in N: in S (meet `base`) and meet the condition. */
function countingRows(p: PersonFacts, rows: readonly RowFacts[], base: Condition | undefined, cond: Condition, ctx: EvalContext): RowFacts[] {
  return rows.filter((r) => (!base || base.test(p, r, ctx) !== null) && cond.test(p, r, ctx) !== null);
}


/** The schools of a person's rows, joined; almost every person has one school, which needs no Set. */
function schoolsOf(rows: readonly RowFacts[]): string {
  const first = rows[0].school;
  let i = 1;
  while (i < rows.length && rows[i].school === first) i++;
  return i === rows.length ? first.name : [...new Set(rows.map((r) => r.school.name))].join(", ");
}

/**
 * The audit lists every counted person of every indicator (millions of entries in a region); their
 * reasons repeat a few hundred wordings, so each distinct wording is kept once instead of once a row.
 */
function interner(): (s: string) => string {
  const seen = new Map<string, string>();
  return (s) => {
    const hit = seen.get(s);
    if (hit !== undefined) return hit;
    if (seen.size < 50_000) seen.set(s, s);
    return s;
  };
}

/** Every person of S, and each of N once more: the whole audit of a share. */
function personAudit(pop: Population, base: Condition | undefined, cond: Condition, ctx: EvalContext): () => CountedEntry[] {
  return () => {
    const out: CountedEntry[] = [];
    const intern = interner();
    pass(pop, base, cond, ctx, false, (p, sRows, nRows, hit) => {
      const why = base ? intern(`${pop.label}; ${base.explain(p, sRows[0], ctx)}`) : pop.label;
      out.push(entry(sRows[0].rec, "denominator", p.fullName, schoolsOf(sRows), why));
      if (hit) out.push(entry(hit, "numerator", p.fullName, schoolsOf(nRows), intern(cond.explain(p, nRows[0], ctx))));
    });
    return out;
  };
}

function noData(what: string): string {
  return `${NO_DATA}: в знаменателе 0 (${what})`;
}

function personShare(def: IndicatorDef, pop: Population, base: Condition | undefined, cond: Condition, ctx: EvalContext, perSchoolTarget?: number): Computed {
  const r = pass(pop, base, cond, ctx, def.bySubject === true);
  const k = keys(ctx);
  const bySchool = r.school.rows(k.schoolNames, true, false);
  let note = r.S === 0 ? noData(base ? `${pop.label}, ${base.label}` : pop.label) : undefined;
  let judged: number | null | undefined;
  if (perSchoolTarget !== undefined) {
    // Seed 001 item 38: «не менее 50 % управленческой команды каждой ОО» — the municipal share may
    // pass while some schools fall short, so the status is the weakest school's.
    const shares = bySchool.flatMap((b) => (typeof b.value === "number" ? [b.value] : []));
    judged = shares.length > 0 ? shares.reduce((a, b) => Math.min(a, b)) : null;
    if (judged !== null) {
      const reached = shares.filter((v) => v >= perSchoolTarget).length;
      const line = `организаций, где доля не менее ${perSchoolTarget} %: ${reached} из ${shares.length}; статус — по ОО с наименьшей долей (${ruNumber(judged)} %)`;
      note = note ? `${note}; ${line}` : line;
    }
  }
  return {
    numerator: r.N,
    denominator: r.S,
    value: percent(r.N, r.S),
    ...(judged !== undefined ? { judged } : {}),
    bySchool,
    ...(r.subject ? { bySubject: r.subject.rows(ctx.subjects, true, false) } : {}),
    byOrgType: r.orgType.rows(ctx.orgTypes, true, false),
    ...(note ? { note } : {}),
    audit: personAudit(pop, base, cond, ctx),
    // personAudit lists each person of S once and, when in N, once more: exactly S + N entries.
    auditSize: { numerators: r.N, total: r.N + r.S },
    auditNumerators: numeratorAudit(pop, base, cond, ctx, r.inN),
    auditKey: r.inN,
  };
}

function personCount(pop: Population, cond: Condition, ctx: EvalContext): Computed {
  const r = pass(pop, undefined, cond, ctx, false);
  const k = keys(ctx);
  const numerators = numeratorAudit(pop, undefined, cond, ctx, r.inN);
  return {
    numerator: r.N,
    denominator: null,
    value: r.N,
    bySchool: r.school.rows(k.schoolNames, false, false),
    byOrgType: r.orgType.rows(ctx.orgTypes, false, false),
    // A count lists only the people it counted: every entry is a numerator entry.
    audit: () => entriesOf(numerators()),
    auditSize: { numerators: r.N, total: r.N },
    auditNumerators: numerators,
    auditKey: r.inN,
  };
}

/** Seed 000 §4.2: «учитывается количество занятых призовых мест» — rows, not persons; S = distinct participants. */
function prizeRows(pop: Population, ctx: EvalContext): Computed {
  const k = keys(ctx);
  const school = new Tally(ctx.schools.length);
  const orgType = new Tally(ctx.orgTypes.length);
  let S = 0;
  let N = 0;
  const persons = ctx.persons;
  for (let i = 0; i < persons.length; i++) {
    const p = persons[i];
    if (p.activities.length === 0) continue;
    let participant = false;
    let prizes = 0;
    for (const a of p.activities) {
      if (isContest(a)) participant = true;
      if (isPrize(a)) prizes++;
    }
    if (!participant) continue;
    let inPop = false;
    for (const r of p.rows) {
      if (!pop.test(r)) continue;
      inPop = true;
      const si = r.school.idx;
      school.addS(si, i + 1);
      school.addN(si, i + 1, prizes);
      orgType.addS(k.orgTypeOf[si], i + 1);
      orgType.addN(k.orgTypeOf[si], i + 1, prizes);
    }
    if (!inPop) continue;
    S++;
    N += prizes;
  }
  return {
    numerator: N,
    denominator: S,
    value: percent(N, S),
    bySchool: school.rows(k.schoolNames, true, false),
    byOrgType: orgType.rows(ctx.orgTypes, true, false),
    ...(S === 0 ? { note: noData(`${pop.label}, участники конкурсов`) } : {}),
    audit: () => {
      const out: CountedEntry[] = [];
      pass(pop, конкурс, null, ctx, false, (p, sRows) => {
        out.push(entry(sRows[0].rec, "denominator", p.fullName, schoolsOf(sRows), конкурс.explain(p, sRows[0], ctx)));
        for (const a of p.activities) {
          if (isPrize(a)) out.push(entry(a.src, "numerator", p.fullName, schoolsOf(sRows), `призовое место: ${a.eventTitle ?? "конкурс"}, ${a.result}`));
        }
      });
      return out;
    },
  };
}


// ── Schools ─────────────────────────────────────────────────────────────────────────────────────

function schoolHits(cond: SchoolCondition, ctx: EvalContext): (s: SchoolInfo) => boolean {
  switch (cond.kind) {
    case "flag": return (s) => s.card?.[cond.flag] === true;
    case "anyPerson": {
      const r = pass(cond.population, undefined, cond.condition, ctx, false);
      return (s) => r.school.n[s.idx] > 0;
    }
    case "shareAbove": {
      const r = pass(cond.population, undefined, cond.condition, ctx, false);
      return (s) => r.school.s[s.idx] > 0 && (r.school.n[s.idx] / r.school.s[s.idx]) * 100 > cond.threshold;
    }
  }
}

function schools(filter: SchoolFilter, cond: SchoolCondition, ctx: EvalContext, share: boolean): Computed {
  const hits = schoolHits(cond, ctx);
  const inS = ctx.schools.filter((s) => filter.test(s));
  const inN = inS.filter(hits);
  const hit = new Set(inN);
  const bySchool: BreakdownRow[] = inS.map((s) => {
    const n = hit.has(s) ? 1 : 0;
    return { key: s.name, numerator: n, denominator: 1, value: share ? n * 100 : n };
  });
  const refOf = (s: SchoolInfo): SourceRef => s.card ?? { file: "", sheet: "", row: 0 };
  return {
    numerator: inN.length,
    denominator: share ? inS.length : null,
    value: share ? percent(inN.length, inS.length) : inN.length,
    bySchool,
    ...(share && inS.length === 0 ? { note: noData(filter.label) } : {}),
    audit: () => [
      ...(share ? inS.map((s) => entry(refOf(s), "denominator", "", s.name, `${filter.label}: ${s.orgType ?? UNKNOWN_ORG_TYPE}`)) : []),
      ...inN.map((s) => entry(refOf(s), "numerator", "", s.name, cond.label)),
    ],
  };
}

function ratesRatio(ctx: EvalContext): Computed {
  let staff = 0;
  let filled = 0;
  const bySchool: BreakdownRow[] = [];
  const used: SchoolInfo[] = [];
  for (const s of ctx.schools) {
    const c = s.card;
    if (!c || c.staffRates === null || c.filledRates === null) continue;
    staff += c.staffRates;
    filled += c.filledRates;
    used.push(s);
    bySchool.push({ key: s.name, numerator: c.filledRates, denominator: c.staffRates, value: percent(c.filledRates, c.staffRates) });
  }
  // Rates are fractional (0.25 ставки): keep the sums free of binary noise.
  staff = Math.round(staff * 1000) / 1000;
  filled = Math.round(filled * 1000) / 1000;
  return {
    numerator: filled,
    denominator: staff,
    value: percent(filled, staff),
    bySchool,
    ...(staff === 0 ? { note: `${NO_DATA}: в картах ОО не указаны ставки по штатному расписанию` } : {}),
    audit: () => used.flatMap((s) => [
      entry(s.card!, "denominator", "", s.name, `ставок по штатному расписанию: ${ruNumber(s.card!.staffRates!)}`),
      entry(s.card!, "numerator", "", s.name, `занято ставок: ${ruNumber(s.card!.filledRates!)}`),
    ]),
  };
}

// ── Manual («Сведения муниципалитета») ───────────────────────────────────────────────────────────

const MANUAL_MISSING = `${NO_DATA}: заполните лист „Сведения муниципалитета“`;

function manual(def: IndicatorDef, kind: "manualYesNo" | "manualShare" | "manualCount", ctx: EvalContext): Computed {
  const m = ctx.manual.get(manualKey(def.id));
  const empty = { numerator: null, denominator: null, value: null, bySchool: [], note: MANUAL_MISSING, audit: () => [] };
  if (!m) return empty;
  const audit = (reason: string) => () => [entry(m, "numerator", "", "", reason)];
  if (kind === "manualYesNo") {
    if (typeof m.value !== "boolean") return { ...empty, note: `${NO_DATA}: для ${def.id} укажите «да» или «нет» на листе „Сведения муниципалитета“` };
    return { numerator: null, denominator: null, value: m.value, bySchool: [], audit: audit(m.value ? "да" : "нет") };
  }
  if (kind === "manualCount") {
    const v = typeof m.value === "number" ? m.value : m.numerator;
    if (v === null) return empty;
    return { numerator: v, denominator: null, value: v, bySchool: [], audit: audit(`указано: ${v}`) };
  }
  if (m.numerator !== null && m.denominator !== null) {
    const v = percent(m.numerator, m.denominator);
    return {
      numerator: m.numerator, denominator: m.denominator, value: v, bySchool: [],
      ...(v === null ? { note: `${NO_DATA}: знаменатель равен 0` } : {}),
      audit: audit(`числитель ${m.numerator}, знаменатель ${m.denominator}`),
    };
  }
  // Only a ready percentage was given.
  if (typeof m.value === "number") return { numerator: null, denominator: null, value: round1(m.value), bySchool: [], audit: audit(`указано: ${m.value} %`) };
  return empty;
}
