import { IsoDate } from "../../src/domain/dates";
import { ACTIVITIES, ActivityDef, COURSES, CourseDef, DEFICITS } from "./catalog";
import { PERIOD, day } from "./model";
import { Worker } from "./people";
import { Rng } from "./prng";

/** Event records before they become rows; `school` is where the row is reported. */
export interface Course {
  readonly school: string;
  readonly person: Worker;
  readonly def: CourseDef;
  readonly start: IsoDate;
  readonly end: IsoDate;
  readonly certificate: string | null;
}

export interface Activity {
  readonly school: string;
  readonly person: Worker;
  readonly def: ActivityDef;
  readonly level: string;
  readonly result: string;
  readonly date: IsoDate;
}

export interface Diagnostic {
  readonly school: string;
  readonly person: Worker;
  readonly subject: string;
  readonly level: string;
  readonly date: IsoDate;
  readonly score: number;
  readonly deficitsFound: boolean;
  readonly deficits: string | null;
  readonly iom: string;
  readonly iomCompleted: boolean | null;
  readonly support: boolean;
}

export interface Pair {
  readonly school: string;
  readonly mentor: Worker;
  readonly mentee: Worker;
  readonly form: string;
  readonly start: IsoDate;
  readonly end: IsoDate | null;
}

export interface Events {
  readonly courses: Course[];
  readonly activities: Activity[];
  readonly diagnostics: Diagnostic[];
  readonly mentoring: Pair[];
}

const STEM = /математ|физик|информат|хими|биолог/;

function fits(def: CourseDef, w: Worker): boolean {
  switch (def.audience) {
    case "all":
      return true;
    case "РК":
      return w.leader;
    case "УЧ":
      return w.teacher;
    case "STEM":
      return w.position === "учитель" && STEM.test(w.subjects);
    default:
      return w.school.orgType === def.audience;
  }
}

function activityFits(def: ActivityDef, w: Worker): boolean {
  switch (def.audience) {
    case "all":
      return true;
    case "young":
      return w.young;
    case "senior":
      return w.teachingExperience >= 10;
    default:
      return w.school.orgType === def.audience;
  }
}

function hoursToDays(hours: number): number {
  if (hours >= 250) return Math.round(hours / 3);
  return Math.max(1, Math.round(hours / 6));
}

export function generateEvents(rng: Rng, workers: readonly Worker[]): Events {
  const active = workers.filter((w) => !w.quiet);
  const courses = generateCourses(rng, active);
  const activities = generateActivities(rng, active);
  const diagnostics = generateDiagnostics(rng, active);
  const mentoring = generateMentoring(rng, active);
  return { courses, activities, diagnostics, mentoring };
}

let certificateSeq = 0;

function certificate(rng: Rng, def: CourseDef): string | null {
  if (def.kind === "обучающее мероприятие") return null;
  certificateSeq += rng.int(1, 40);
  const n = String(certificateSeq).padStart(7, "0");
  if (def.provider.includes("Академия")) return `04012024${n}`;
  if (def.kind === "профессиональная переподготовка") return `ПП-${n}`;
  if (def.provider.includes("ИРО")) return `6624${n}`;
  return `УД-${n}`;
}

function generateCourses(rng: Rng, workers: readonly Worker[]): Course[] {
  certificateSeq = 1000;
  const out: Course[] = [];
  for (const w of workers) {
    const options = COURSES.filter((c) => fits(c, w) && c.kind !== "профессиональная переподготовка");
    const taken = new Set<CourseDef>();
    const add = (def: CourseDef, end: IsoDate) => {
      taken.add(def);
      out.push({ school: w.school.name, person: w, def, start: day(end, -hoursToDays(def.hours)), end, certificate: certificate(rng, def) });
    };
    // Seed 001 history: 69–72 % of the staff finish a course in a year.
    const inPeriod = rng.chance(0.72) ? rng.weighted([[1, 55], [2, 35], [3, 10]]) : 0;
    for (let k = 0; k < inPeriod; k++) {
      const def = rng.pick(options);
      if (!taken.has(def)) add(def, day("2023-09-20", rng.int(0, 260)));
    }
    if (rng.chance(0.45)) {
      const def = rng.pick(options);
      if (!taken.has(def)) add(def, day("2021-10-01", rng.int(0, 640)));
    }
    // Teachers teaching outside their education retrain (AL-2.7.1 wants at least half of them).
    if (w.teacher && !w.educationMatchesSubject && rng.chance(0.6)) {
      const pp = COURSES.find((c) => c.kind === "профессиональная переподготовка" && c.audience === "УЧ")!;
      add(pp, day("2023-11-01", rng.int(0, 200)));
    }
    if (w.school.orgType === "ДОО" && w.educationLevel !== "высшее" && rng.chance(0.15)) {
      add(COURSES.find((c) => c.kind === "профессиональная переподготовка" && c.audience === "ДОО")!, day("2023-12-01", rng.int(0, 150)));
    }
  }
  return out;
}

function resultOf(rng: Rng, def: ActivityDef): string {
  if (def.type === "экспертная деятельность") return "эксперт";
  if (def.type !== "конкурс профессионального мастерства") return "участник";
  return rng.weighted([["участник", 55], ["лауреат", 15], ["призёр", 18], ["победитель", 12]]);
}

function generateActivities(rng: Rng, workers: readonly Worker[]): Activity[] {
  const out: Activity[] = [];
  for (const w of workers) {
    const options = ACTIVITIES.filter((a) => activityFits(a, w));
    const count = rng.weighted([[0, 14], [1, 22], [2, 24], [3, 18], [4, 13], [5, 9]]) + (w.young ? 1 : 0);
    const taken = new Set<ActivityDef>();
    for (let k = 0; k < count; k++) {
      const def = rng.weighted(options.map((a) => [a, a.weight] as const));
      if (taken.has(def)) continue;
      taken.add(def);
      const school = w.second !== undefined && rng.chance(0.3) ? w.second.school.name : w.school.name;
      out.push({ school, person: w, def, level: rng.pick(def.levels), result: resultOf(rng, def), date: day("2023-09-05", rng.int(0, 280)) });
    }
  }
  return out;
}

function diagnosticSubject(w: Worker): string {
  if (w.position === "учитель") return w.subjects.split(",")[0].trim();
  if (w.school.orgType === "ДОО") return "дошкольное образование";
  if (w.leader) return "управленческие компетенции";
  return "психолого-педагогические компетенции";
}

function generateDiagnostics(rng: Rng, workers: readonly Worker[]): Diagnostic[] {
  const out: Diagnostic[] = [];
  const one = (w: Worker, level: string, iomIfDeficit: () => string) => {
    const score = rng.int(32, 96);
    const deficitsFound = score < 75;
    const iom = deficitsFound ? iomIfDeficit() : "нет";
    const deficits = deficitsFound ? rng.sample(DEFICITS, rng.int(1, 2)).join(", ") : null;
    out.push({
      school: w.school.name,
      person: w,
      subject: diagnosticSubject(w),
      level,
      date: day("2023-09-18", rng.int(0, 250)),
      score,
      deficitsFound,
      deficits,
      iom,
      iomCompleted: iom === "нет" ? null : rng.chance(0.4),
      support: iom !== "нет" ? rng.chance(0.85) : rng.chance(0.08),
    });
  };
  for (const w of workers) {
    // Seed 001: ИОМ from ЦНППМ for 26 % of the staff after the regional diagnostic.
    if (rng.chance(0.5)) one(w, "региональная", () => (rng.chance(0.92) ? "ЦНППМ (ИОМ)" : "ОО (ИППР)"));
    if (w.position === "учитель" && rng.chance(0.12)) one(w, "федеральная", () => (rng.chance(0.5) ? "ОО (ИППР)" : "нет"));
    if (rng.chance(0.6)) one(w, rng.chance(0.5) ? "муниципальная" : "самодиагностика", () => (rng.chance(0.45) ? "ОО (ИППР)" : "нет"));
  }
  return out;
}

function generateMentoring(rng: Rng, workers: readonly Worker[]): Pair[] {
  const out: Pair[] = [];
  const load = new Map<Worker, number>();
  const pickMentor = (mentee: Worker, leaders: boolean): Worker | null => {
    const pool = workers.filter(
      (m) =>
        m !== mentee &&
        m.school === mentee.school &&
        m.leader === leaders &&
        !m.young &&
        m.teachingExperience >= 8 &&
        (load.get(m) ?? 0) < 2,
    );
    if (pool.length === 0) return null;
    const fresh = pool.filter((m) => !load.has(m));
    const m = rng.pick(fresh.length > 0 ? fresh : pool);
    load.set(m, (load.get(m) ?? 0) + 1);
    return m;
  };
  // Every young specialist gets a mentor (seed 001, track 2.8).
  for (const w of workers.filter((x) => x.young)) {
    const m = pickMentor(w, false);
    if (m !== null) out.push({ school: w.school.name, mentor: m, mentee: w, form: "педагог – педагог", start: day("2023-09-01", rng.int(0, 45)), end: null });
  }
  // Teachers new to the school or with found deficits are mentored for a year.
  const others = rng.sample(workers.filter((x) => !x.young && !x.leader && x.teachingExperience <= 12), 40);
  for (const w of others) {
    const byLeader = rng.chance(0.25);
    const m = pickMentor(w, byLeader);
    if (m === null) continue;
    out.push({
      school: w.school.name,
      mentor: m,
      mentee: w,
      form: byLeader ? "руководитель – педагог" : "педагог – педагог",
      start: day("2023-09-01", rng.int(0, 60)),
      end: rng.chance(0.5) ? day("2024-05-15", rng.int(0, 16)) : null,
    });
  }
  return out;
}

export { PERIOD };
