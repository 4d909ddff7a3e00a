import { formatRu } from "../dates";
import { ageAt } from "../dataset/derive";
import { HIGH_CATEGORIES, LEVEL_ORDER, PRIZE_RESULTS } from "../forms/vocabularies";
import { SourceRef } from "../records";
import { fold } from "../text";
import { boundedMemo } from "../memo";
import { Condition, Population, SchoolFilter } from "./def";
import { ActivityEv, CourseEv, DiagnosticEv, EvalContext, PairEv, PersonFacts, RowFacts } from "./context";
import { inPeriod } from "../period";

/**
 * The vocabulary the preset tables are written in (INDICATORS.md «Populations», «Event shorthands»).
 * Each block is data plus one small test; none knows which indicator uses it.
 */

// ── Populations (S) ──────────────────────────────────────────────────────────────────────────────

const pop = (label: string, test: (r: RowFacts) => boolean): Population => ({ label, test });

export const ПР = pop("педагогический работник", (r) => r.staffCategory === "педагогический");
export const РК = pop("руководящий работник", (r) => r.staffCategory === "руководящий");
export const ВСЕ = pop("педагогический или руководящий работник", () => true);
export const МС = pop("молодой специалист", (r) => r.youngSpecialist);
export const УЧ = pop("учитель", (r) => r.staffCategory === "педагогический" && r.isTeacher);
export const ПДО = pop("педагог дополнительного образования", (r) => r.staffCategory === "педагогический" && r.isPdo);

/**
 * One object per definition: presets that each write «ПР (ОО)» get the same population, so its members
 * are found once and indicators of different presets that count the same thing share one pass.
 */
const derived = new WeakMap<Population, Map<string, Population>>();
function derive(base: Population, key: string, label: string, test: (r: RowFacts) => boolean): Population {
  let byKey = derived.get(base);
  if (!byKey) derived.set(base, (byKey = new Map()));
  let p = byKey.get(key);
  if (!p) byKey.set(key, (p = pop(label, test)));
  return p;
}

export function ofOrgType(base: Population, ...types: string[]): Population {
  return derive(base, `orgType${JSON.stringify(types)}`, `${base.label} (${types.join(", ")})`, (r) => base.test(r) && r.school.orgType !== null && types.includes(r.school.orgType));
}

export function notOfOrgType(base: Population, type: string): Population {
  return derive(base, `notOrgType${JSON.stringify(type)}`, `${base.label} (кроме ${type})`, (r) => base.test(r) && r.school.orgType !== type);
}

/** ПР of schools with low results (ШНОР) or in hard social conditions (ССУ), from the school cards. */
export function ofStrugglingSchools(base: Population): Population {
  return derive(base, "struggling", `${base.label} ШНОР/ССУ`, (r) => base.test(r) && (r.school.card?.lowResults === true || r.school.card?.hardConditions === true));
}

/** Teachers of any of the given subjects (compared folded: «Математика» = «математика»). */
export function teachingAnyOf(base: Population, subjects: readonly string[]): Population {
  const wanted = new Set(subjects.map(fold));
  return derive(base, `subjects${JSON.stringify(subjects)}`, `${base.label} (${subjects.join(", ")})`, (r) => base.test(r) && r.subjects.some((s) => wanted.has(foldMemo(s))));
}

// Subject texts repeat on every row: fold each distinct one once. Bounded: the pane's process lives
// for many runs, and a column of free text must not grow this without end.
const foldMemo = boundedMemo(10_000, fold);

// ── Schools ─────────────────────────────────────────────────────────────────────────────────────

export const ALL_SCHOOLS: SchoolFilter = { label: "все организации", test: () => true };
export function schoolsOfType(...types: string[]): SchoolFilter {
  return { label: `организации ${types.join(", ")}`, test: (s) => s.orgType !== null && types.includes(s.orgType) };
}

// ── Conditions (N) ──────────────────────────────────────────────────────────────────────────────

type Window = "period" | "threeYears";

/**
 * Indexed, not for…of: called millions of times from many call sites, it is not inlined everywhere,
 * and there every for…of made an iterator and a result object per element (a third of all the
 * memory an evaluation allocated).
 */
function firstOf<T>(rows: readonly T[], pred: (x: T) => boolean): T | undefined {
  for (let i = 0; i < rows.length; i++) if (pred(rows[i])) return rows[i];
  return undefined;
}

const KPK = "повышение квалификации";
const RETRAINING = "профессиональная переподготовка";

export const isKpk = (c: CourseEv): boolean => c.kind === KPK;
/** Programmes of ДПП (ПК or ПП): what «обучились по программам … по вопросам …» counts. */
export const isDpp = (c: CourseEv): boolean => c.kind === KPK || c.kind === RETRAINING;

/**
 * An event's wording, built once per event: a course or contest is explained by a dozen indicators,
 * and the same string object then serves every «Расшифровка» row that cites it. Kept on the event
 * itself: a WeakMap looked it up a million times in a region for ≈ 0.3 s.
 */
function describedOnce<T extends { said: string | undefined }>(describe: (x: T) => string): (x: T) => string {
  return (x) => (x.said ??= describe(x));
}

const describeCourse = describedOnce((c: CourseEv): string => {
  const end = c.endDate ? `, окончание ${formatRu(c.endDate)}` : "";
  return `${c.kind ?? "курсы"} «${c.programTitle}»${end}`;
});

export function course(label: string, pred: (c: CourseEv) => boolean, window: Window = "period"): Condition {
  const list = (p: PersonFacts) => (window === "period" ? p.coursesInPeriod : p.coursesThreeYears);
  return {
    label,
    test: (p) => firstOf(list(p), pred)?.src ?? null,
    explain: (p) => {
      const c = firstOf(list(p), pred);
      return c ? describeCourse(c) : label;
    },
  };
}

export const КПК = course("КПК в периоде", isKpk);
export const КПК_3 = course("КПК за три последних года", isKpk, "threeYears");

export function courseTopic(topic: string, window: Window = "period"): Condition {
  return course(`обучение по теме «${topic}»`, (c) => isDpp(c) && c.topics.includes(topic), window);
}

const describeActivity = describedOnce((a: ActivityEv): string => {
  const parts = [a.activityType ?? "мероприятие"];
  if (a.eventTitle) parts.push(`«${a.eventTitle}»`);
  if (a.level) parts.push(a.level);
  if (a.result) parts.push(a.result);
  if (a.date) parts.push(formatRu(a.date));
  return parts.join(", ");
});

export function activity(label: string, pred: (a: ActivityEv) => boolean): Condition {
  return {
    label,
    test: (p) => firstOf(p.activities, pred)?.src ?? null,
    explain: (p) => {
      const a = firstOf(p.activities, pred);
      return a ? describeActivity(a) : label;
    },
  };
}

const levelRank = (level: string | null): number => (level === null ? -1 : LEVEL_ORDER.indexOf(level));
export const atLeastLevel = (a: { level: string | null }, level: string): boolean => levelRank(a.level) >= levelRank(level);

export const isContest = (a: ActivityEv): boolean => a.activityType === "конкурс профессионального мастерства";
export const isPrize = (a: ActivityEv): boolean => isContest(a) && a.result !== null && PRIZE_RESULTS.includes(a.result);
export const isExpert = (a: ActivityEv): boolean => a.activityType === "экспертная деятельность" || a.result === "эксперт";
export const ofType = (...types: string[]) => (a: ActivityEv): boolean => a.activityType !== null && types.includes(a.activityType);

export const конкурс = activity("участие в конкурсе профессионального мастерства", isContest);
export const эксперт = activity("экспертная деятельность", isExpert);

const describeDiagnostic = describedOnce((d: DiagnosticEv): string => {
  const parts = [`диагностика ${d.level ?? ""}`.trim()];
  if (d.subject) parts.push(d.subject);
  if (d.date) parts.push(formatRu(d.date));
  if (d.iom) parts.push(`ИОМ: ${d.iom}`);
  if (d.deficitsFound) parts.push("выявлены дефициты");
  if (d.support) parts.push("адресная поддержка");
  return parts.join(", ");
});

export function diagnostic(label: string, pred: (d: DiagnosticEv) => boolean): Condition {
  return {
    label,
    test: (p) => firstOf(p.diagnostics, pred)?.src ?? null,
    explain: (p) => {
      const d = firstOf(p.diagnostics, pred);
      return d ? describeDiagnostic(d) : label;
    },
  };
}

export const diagnosticAt = (level: string): Condition => diagnostic(`диагностика (${level})`, (d) => d.level === level);
export const iomOf = (iom: string): Condition => diagnostic(`ИОМ: ${iom}`, (d) => d.iom === iom);
export const anyIom = diagnostic("разработан ИОМ", (d) => d.iom !== null && d.iom !== "нет");

/**
 * A pair's wording is its role and form: a handful of texts for a region's pairs. Each is made once
 * (per role, by form): a string per «Расшифровка» row — hundreds of thousands in a region — lived
 * until the sheet was written.
 */
const pairWordings = new Map<string, Map<string | null, string>>();
function describePair(role: string, m: PairEv): string {
  let byForm = pairWordings.get(role);
  if (!byForm) pairWordings.set(role, (byForm = new Map()));
  let said = byForm.get(m.form);
  if (said === undefined) {
    said = `${role}${m.form ? `, форма «${m.form}»` : ""}`;
    // Bounded: forms are a vocabulary, but a sheet of free text must not grow this without end.
    if (byForm.size < 1000) byForm.set(m.form, said);
  }
  return said;
}

function pairs(label: string, role: "mentor" | "mentee" | "either", pred: (m: PairEv) => boolean = () => true): Condition {
  const pick = (p: PersonFacts): { m: PairEv; r: string } | undefined => {
    if (role !== "mentee") {
      const m = firstOf(p.asMentor, pred);
      if (m) return { m, r: "наставник" };
    }
    if (role !== "mentor") {
      const m = firstOf(p.asMentee, pred);
      if (m) return { m, r: "наставляемый" };
    }
    return undefined;
  };
  return {
    label,
    test: (p) => pick(p)?.m.src ?? null,
    explain: (p) => {
      const hit = pick(p);
      return hit ? describePair(hit.r, hit.m) : label;
    },
  };
}

export const наставляемый = pairs("наставляемый", "mentee");
export const наставник = pairs("наставник", "mentor");
export const вПаре = pairs("участник пары наставничества", "either");
export const наставляемыйПедагогПедагог = pairs("наставляемый (педагог – педагог)", "mentee", (m) => m.form === "педагог – педагог");

/** A condition on the roster row itself (category, employment, load…): the row is the evidence. */
export function attr(label: string, pred: (r: RowFacts, ctx: EvalContext) => boolean, say: (r: RowFacts, ctx: EvalContext) => string): Condition {
  return {
    label,
    test: (_p, r, ctx) => (pred(r, ctx) ? (r.rec as SourceRef) : null),
    explain: (_p, r, ctx) => say(r, ctx),
  };
}

export const высшаяПервая = attr("категория высшая/первая", (r) => r.qualificationCategory !== null && HIGH_CATEGORIES.includes(r.qualificationCategory),
  (r) => `категория: ${r.qualificationCategory}`);
export const аттестованВПериоде = attr("аттестация в периоде", (r, ctx) => inPeriod(r.categoryDate, ctx.period),
  (r) => `аттестация ${r.categoryDate ? formatRu(r.categoryDate) : ""}`);
export const внешнийСовместитель = attr("внешнее совместительство", (r) => r.employment === "внешнее совместительство", () => "внешнее совместительство");
export const профильноеОбразование = attr("образование соответствует предмету", (r) => r.educationMatchesSubject === true, () => "образование соответствует профилю предмета");
/** «не в соответствии с полученным образованием»: anything but a stated «да» (an empty cell is an issue elsewhere). */
export const непрофильноеОбразование = attr("образование не соответствует предмету", (r) => r.educationMatchesSubject !== true, () => "образование не соответствует профилю предмета");
export const нагрузка27 = attr("нагрузка 27 ч и более", (r) => r.weeklyLoad !== null && r.weeklyLoad >= 27, (r) => `нагрузка ${r.weeklyLoad} ч в неделю`);

/** Age at period end: from the birth date when it is one a worker can have, else the stated age. */
export function ageAtEnd(r: RowFacts, ctx: EvalContext): number | null {
  return ageAt(r.birthDate, ctx.period.end) ?? r.age;
}
export const до35 = attr("возраст до 35 лет", (r, ctx) => { const a = ageAtEnd(r, ctx); return a !== null && a < 35; },
  (r, ctx) => `возраст ${ageAtEnd(r, ctx)} на ${formatRu(ctx.period.end)}`);

export function and(...cs: Condition[]): Condition {
  return {
    label: cs.map((c) => c.label).join(" и "),
    test: (p, r, ctx) => {
      let last: SourceRef | null = null;
      for (let i = 0; i < cs.length; i++) {
        last = cs[i].test(p, r, ctx);
        if (last === null) return null;
      }
      return last;
    },
    explain: (p, r, ctx) => cs.map((c) => c.explain(p, r, ctx)).join("; "),
  };
}

export function or(...cs: Condition[]): Condition {
  return {
    label: cs.map((c) => c.label).join(" или "),
    test: (p, r, ctx) => {
      for (let i = 0; i < cs.length; i++) {
        const hit = cs[i].test(p, r, ctx);
        if (hit !== null) return hit;
      }
      return null;
    },
    explain: (p, r, ctx) => {
      for (const c of cs) if (c.test(p, r, ctx) !== null) return c.explain(p, r, ctx);
      return cs[0].label;
    },
  };
}
