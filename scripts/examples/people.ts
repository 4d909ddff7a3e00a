import { IsoDate, fullYears, isoFromParts } from "../../src/domain/dates";
import { LEADERS, OrgType, SCHOOLS, SPECIALISTS, SUBJECTS, DO_SUBJECTS, SchoolDef } from "./catalog";
import { PERIOD, TODAY, day } from "./model";
import { Gender, PersonName, fullNameOf, initialsOf, randomName } from "./names";
import { Rng } from "./prng";

/** One worker of the example municipality, with everything the roster row says about them. */
export interface Worker {
  readonly id: number;
  readonly school: SchoolDef;
  fullName: string;
  readonly gender: Gender;
  readonly birth: IsoDate;
  /** Full years at period end (= at «today»: nobody has a birthday between the two). */
  readonly age: number;
  readonly position: string;
  readonly leader: boolean;
  /** УЧ: a post with «учитель» in it. */
  readonly teacher: boolean;
  readonly subjects: string;
  readonly educationLevel: string;
  readonly pedagogicalEducation: boolean;
  readonly educationMatchesSubject: boolean;
  readonly teachingExperience: number;
  readonly totalExperience: number;
  qualificationCategory: string;
  categoryDate: IsoDate | null;
  readonly employment: string;
  weeklyLoad: number | null;
  readonly young: boolean;
  /** Carries a planted roster error: no event rows name this person. */
  quiet: boolean;
  /** A second job in another organisation (the same ФИО and birth date there). */
  second?: { readonly school: SchoolDef; readonly position: string; readonly weeklyLoad: number | null; readonly subjects: string };
}

/** Seed 001 shares of qualification categories among all 757 workers. */
export const CATEGORY_QUOTA = { высшая: 0.178, первая: 0.4, соответствие: 0.203 };
export const YOUNG_SHARE = 0.056;
export const HEAVY_LOAD_SHARE = 0.33;
const MENTOR_CATEGORY = 4;
const METHODIST_CATEGORY = 3;

function birthDate(rng: Rng, year: number): IsoDate {
  // No birthdays in June–August: the age on «today» and on the period end are the same.
  const month = rng.pick([1, 2, 3, 4, 5, 9, 10, 11, 12]);
  return isoFromParts(year, month, rng.int(1, 28))!;
}

function birthYear(rng: Rng, leader: boolean): number {
  if (leader) return rng.int(1962, 1989);
  const decade = rng.weighted<number>([[1960, 28], [1970, 30], [1980, 26], [1990, 16]]);
  return decade === 1990 ? rng.int(1990, 1997) : rng.int(decade, decade + 9);
}

interface Post {
  readonly position: string;
  readonly leader: boolean;
  readonly subjects: string;
}

function postsOf(rng: Rng, s: SchoolDef): Post[] {
  const posts: Post[] = [];
  const leaders = Math.round(s.staff * 0.08);
  const list = LEADERS[s.orgType];
  for (let i = 0; i < leaders; i++) posts.push({ position: list[Math.min(i, list.length - 1)], leader: true, subjects: "" });
  for (const [position, n] of SPECIALISTS[s.orgType]) for (let i = 0; i < n; i++) posts.push({ position, leader: false, subjects: "" });
  while (posts.length < s.staff) posts.push(bulkPost(rng, s.orgType));
  return posts;
}

function bulkPost(rng: Rng, type: OrgType): Post {
  if (type === "ДОО") return { position: "воспитатель", leader: false, subjects: "" };
  if (type === "ДО") return { position: "педагог дополнительного образования", leader: false, subjects: rng.pick(DO_SUBJECTS) };
  return { position: "учитель", leader: false, subjects: rng.weighted(SUBJECTS) };
}

function educationLevel(rng: Rng, type: OrgType, leader: boolean): string {
  if (leader) return "высшее";
  const higher = type === "ДОО" ? 0.72 : type === "ДО" ? 0.8 : 0.95;
  return rng.chance(higher) ? "высшее" : "среднее профессиональное";
}

function weeklyLoad(rng: Rng, type: OrgType, post: Post): number | null {
  if (type === "ДОО") return null; // ДОО report rates, not teaching hours
  if (post.leader) return rng.pick([0, 2, 4, 6, 9]);
  if (post.position === "учитель") {
    return rng.chance(0.15) ? rng.int(12, 25) + 0.5 : rng.int(12, 26);
  }
  return rng.int(9, 24);
}

/**
 * The staff of every organisation. Categories are dealt out by quota (not by chance) so the shares
 * land on the seed's figures; young specialists are exactly the workers under 35 with ≤ 3 years.
 */
export function generateWorkers(rng: Rng): Worker[] {
  const total = SCHOOLS.reduce((n, s) => n + s.staff, 0);
  const posts: { school: SchoolDef; post: Post }[] = [];
  for (const s of SCHOOLS) for (const post of postsOf(rng, s)) posts.push({ school: s, post });
  const youngCount = Math.round(total * YOUNG_SHARE);
  const youngIdx = new Set(rng.sample(posts.map((p, i) => (p.post.leader ? -1 : i)).filter((i) => i >= 0), youngCount));

  const names = new Set<string>();
  const initialsBySchool = new Map<string, Set<string>>();
  const uniqueName = (gender: Gender, year: number, schools: SchoolDef[]): PersonName => {
    for (;;) {
      const n = randomName(rng, gender, year);
      const full = fullNameOf(n);
      const short = initialsOf(full);
      if (names.has(full) || schools.some((s) => initialsBySchool.get(s.name)?.has(short))) continue;
      names.add(full);
      for (const s of schools) {
        if (!initialsBySchool.has(s.name)) initialsBySchool.set(s.name, new Set());
        initialsBySchool.get(s.name)!.add(short);
      }
      return n;
    }
  };

  const workers: Worker[] = posts.map(({ school, post }, id) => {
    const young = youngIdx.has(id);
    const year = young ? rng.int(1991, 2002) : birthYear(rng, post.leader);
    const birth = birthDate(rng, year);
    const age = fullYears(birth, PERIOD.end);
    let teach: number;
    let all: number;
    if (young) {
      teach = Math.min(rng.int(0, 3), age - 20);
      all = Math.min(teach + (rng.chance(0.25) ? rng.int(1, 3) : 0), age - 18);
    } else {
      all = Math.min(Math.max(4, age - 21 - rng.int(0, 6)), age - 18);
      teach = Math.max(4, all - (rng.chance(0.3) ? rng.int(1, Math.max(1, Math.min(10, all - 4))) : 0));
      if (post.leader) teach = Math.max(teach, Math.min(all, 10));
    }
    const femaleShare = school.orgType === "ДОО" ? 0.98 : school.orgType === "ОО" ? 0.86 : 0.75;
    const gender: Gender = rng.chance(femaleShare) ? "f" : "m";
    const name = uniqueName(gender, year, [school]);
    const teacher = post.position.includes("учитель");
    const level = educationLevel(rng, school.orgType, post.leader);
    return {
      id,
      school,
      fullName: fullNameOf(name),
      gender,
      birth,
      age,
      position: post.position,
      leader: post.leader,
      teacher,
      subjects: post.subjects,
      educationLevel: level,
      pedagogicalEducation: rng.chance(0.93),
      educationMatchesSubject: rng.chance(teacher ? 0.84 : 0.93),
      teachingExperience: teach,
      totalExperience: all,
      qualificationCategory: "без категории",
      categoryDate: null,
      employment: rng.weighted([["основное", 93], ["внутреннее совместительство", 3], ["внешнее совместительство", 4]]),
      weeklyLoad: weeklyLoad(rng, school.orgType, post),
      young,
      quiet: false,
    };
  });

  dealCategories(rng, workers);
  // Seed 001: 33 % of subject teachers teach 27 hours a week or more.
  const teachers = workers.filter((w) => w.position === "учитель");
  for (const w of rng.sample(teachers, Math.round(teachers.length * HEAVY_LOAD_SHARE))) w.weeklyLoad = rng.int(27, 34);
  addSecondJobs(rng, workers, initialsBySchool);
  return workers;
}

function dealCategories(rng: Rng, workers: Worker[]): void {
  const n = workers.length;
  // More experience, more likely a higher category; the noise keeps it from being a strict ladder.
  const eligible = workers
    .filter((w) => !w.young)
    .map((w) => ({ w, key: w.teachingExperience + rng.next() * 25 }))
    .sort((a, b) => b.key - a.key || a.w.id - b.w.id)
    .map((x) => x.w);
  const quotas: [string, number][] = [
    ["педагог-наставник", MENTOR_CATEGORY],
    ["педагог-методист", METHODIST_CATEGORY],
    ["высшая", Math.round(n * CATEGORY_QUOTA.высшая)],
    ["первая", Math.round(n * CATEGORY_QUOTA.первая)],
    ["соответствие занимаемой должности", Math.round(n * CATEGORY_QUOTA.соответствие)],
  ];
  let i = 0;
  for (const [category, count] of quotas) {
    for (let k = 0; k < count; k++, i++) {
      const w = eligible[i];
      w.qualificationCategory = category;
      w.categoryDate = categoryDate(rng, w, category);
    }
  }
}

function categoryDate(rng: Rng, w: Worker, category: string): IsoDate {
  // The new categories exist since 01.09.2023 (Приказ Минпросвещения № 196).
  if (category === "педагог-наставник" || category === "педагог-методист") return day("2023-10-01", rng.int(0, 230));
  // Attestation is valid five years; not before the person started teaching.
  const firstPossible = `${2024 - w.teachingExperience + 1}-01-15`;
  const start = firstPossible > "2019-09-01" ? firstPossible : "2019-09-01";
  const span = Math.max(0, Math.round((Date.parse(`${TODAY}T00:00:00Z`) - Date.parse(`${start}T00:00:00Z`)) / 86_400_000) - 25);
  return day(start, rng.int(0, span));
}

/** A few teachers also work part-time in another organisation: one person, two roster rows. */
function addSecondJobs(rng: Rng, workers: Worker[], initialsBySchool: Map<string, Set<string>>): void {
  const ddt = SCHOOLS.find((s) => s.orgType === "ДО")!;
  const plan: { from: string; to: SchoolDef; position: string; subjects: string }[] = [
    { from: "МАОУ СОШ № 1", to: ddt, position: "педагог дополнительного образования", subjects: "робототехника" },
    { from: "МОУ СОШ № 2", to: ddt, position: "педагог дополнительного образования", subjects: "шахматы" },
    { from: "МАОУ СОШ № 4", to: ddt, position: "педагог дополнительного образования", subjects: "туризм и краеведение" },
    { from: "МБОУ СОШ № 3", to: SCHOOLS.find((s) => s.name === "МОУ ООШ № 12")!, position: "учитель", subjects: "" },
    { from: "МОУ ООШ № 12", to: SCHOOLS.find((s) => s.name === "МОУ СОШ № 2")!, position: "учитель", subjects: "" },
    { from: "МАДОУ Детский сад № 5", to: SCHOOLS.find((s) => s.name === "МАДОУ Детский сад № 40")!, position: "музыкальный руководитель", subjects: "" },
  ];
  for (const p of plan) {
    const candidates = workers.filter(
      (w) =>
        w.school.name === p.from &&
        !w.leader &&
        !w.young &&
        w.second === undefined &&
        w.employment === "основное" &&
        (p.position !== "учитель" || w.position === "учитель") &&
        (p.position !== "музыкальный руководитель" || w.position === "музыкальный руководитель") &&
        !initialsBySchool.get(p.to.name)!.has(initialsOf(w.fullName)),
    );
    const w = rng.pick(candidates);
    initialsBySchool.get(p.to.name)!.add(initialsOf(w.fullName));
    const subjects = p.subjects || w.subjects;
    w.second = { school: p.to, position: p.position, subjects, weeklyLoad: p.to.orgType === "ДОО" ? null : rng.int(4, 9) };
  }
}
