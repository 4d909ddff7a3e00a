import { FormId } from "../../src/domain/forms";
import { MANUAL_ROWS, SCHOOLS, SchoolDef } from "./catalog";
import { Events } from "./events";
import { PERIOD, Row, Val, d } from "./model";
import { Worker } from "./people";
import { Rng } from "./prng";

export type Tables = Record<FormId, Row[]>;

const n = (name: string): Val => ({ name });

function rosterRow(w: Worker, school: SchoolDef, second: boolean): Row {
  const job = second ? w.second! : { position: w.position, weeklyLoad: w.weeklyLoad, subjects: w.subjects };
  return {
    form: "roster",
    school: school.name,
    plants: [],
    values: {
      school: school.name,
      fullName: w.fullName,
      birthDate: d(w.birth),
      age: w.age,
      position: job.position,
      staffCategory: w.leader && !second ? "руководящий" : "педагогический",
      subjects: job.subjects || null,
      educationLevel: w.educationLevel,
      pedagogicalEducation: w.pedagogicalEducation,
      educationMatchesSubject: w.educationMatchesSubject,
      teachingExperience: w.teachingExperience,
      totalExperience: w.totalExperience,
      qualificationCategory: w.qualificationCategory,
      categoryDate: w.categoryDate === null ? null : d(w.categoryDate),
      employment: second ? "внешнее совместительство" : w.employment,
      weeklyLoad: job.weeklyLoad,
      youngSpecialist: w.young,
    },
  };
}

function schoolRow(rng: Rng, s: SchoolDef, rosterRows: number): Row {
  // Rates in halves and quarters, as staff schedules have them.
  const filled = Math.round(rosterRows * (1.02 + rng.next() * 0.1) * 2) / 2;
  const staff = Math.ceil((filled / (1 - s.vacancy)) * 4) / 4;
  return {
    form: "schools",
    school: s.name,
    plants: [],
    values: {
      school: s.name,
      orgType: s.orgType,
      lowResults: s.lowResults,
      hardConditions: s.hardConditions,
      staffRates: staff,
      filledRates: filled,
      mentoringModel: s.mentoringModel,
      internshipSite: s.internshipSite,
    },
  };
}

const order = new Map(SCHOOLS.map((s, i) => [s.name, i]));

function bySchool<T extends { school: string; person: Worker }>(items: readonly T[], date: (t: T) => string): T[] {
  return items
    .slice()
    .sort((a, b) => order.get(a.school)! - order.get(b.school)! || a.person.id - b.person.id || date(a).localeCompare(date(b)));
}

/** Every sheet's rows in the consolidated order: by organisation, then by person, then by date. */
export function buildTables(rng: Rng, workers: readonly Worker[], ev: Events): Tables {
  const roster: Row[] = [];
  const schools: Row[] = [];
  for (const s of SCHOOLS) {
    const main = workers.filter((w) => w.school === s).map((w) => rosterRow(w, s, false));
    const extra = workers.filter((w) => w.second?.school === s).map((w) => rosterRow(w, s, true));
    roster.push(...main, ...extra);
    schools.push(schoolRow(rng, s, main.length + extra.length));
  }
  const courses: Row[] = bySchool(ev.courses, (c) => c.end).map((c) => ({
    form: "courses",
    school: c.school,
    plants: [],
    values: {
      school: c.school,
      fullName: n(c.person.fullName),
      programTitle: c.def.title,
      kind: c.def.kind,
      hours: c.def.hours,
      startDate: d(c.start),
      endDate: d(c.end),
      provider: c.def.provider,
      federalRegistry: c.def.federalRegistry,
      topics: c.def.topics.join(", "),
      certificate: c.certificate,
    },
  }));
  const activities: Row[] = bySchool(ev.activities, (a) => a.date).map((a) => ({
    form: "activities",
    school: a.school,
    plants: [],
    values: {
      school: a.school,
      fullName: n(a.person.fullName),
      activityType: a.def.type,
      eventTitle: a.def.title,
      level: a.level,
      result: a.result,
      date: d(a.date),
    },
  }));
  const diagnostics: Row[] = bySchool(ev.diagnostics, (x) => x.date).map((x) => ({
    form: "diagnostics",
    school: x.school,
    plants: [],
    values: {
      school: x.school,
      fullName: n(x.person.fullName),
      subject: x.subject,
      level: x.level,
      date: d(x.date),
      score: x.score,
      deficitsFound: x.deficitsFound,
      deficits: x.deficits,
      iom: x.iom,
      iomCompleted: x.iomCompleted,
      support: x.support,
    },
  }));
  const mentoring: Row[] = ev.mentoring
    .slice()
    .sort((a, b) => order.get(a.school)! - order.get(b.school)! || a.mentee.id - b.mentee.id)
    .map((p) => ({
      form: "mentoring",
      school: p.school,
      plants: [],
      values: {
        school: p.school,
        mentorName: n(p.mentor.fullName),
        menteeName: n(p.mentee.fullName),
        form: p.form,
        startDate: d(p.start),
        endDate: p.end === null ? null : d(p.end),
      },
    }));
  const manual: Row[] = MANUAL_ROWS.map((m) => ({
    form: "manual",
    school: "",
    plants: [],
    values: { indicator: m.indicator, value: m.value ?? null, numerator: m.numerator ?? null, denominator: m.denominator ?? null },
  }));
  return { roster, schools, courses, activities, diagnostics, mentoring, manual };
}

export { PERIOD };
