import { RuleId } from "../../src/domain/issues";
import { COURSES, SCHOOLS } from "./catalog";
import { OMITTED } from "./layouts";
import { Row, Val, d, day } from "./model";
import { Worker } from "./people";
import { Rng } from "./prng";
import { Tables } from "./rows";

/**
 * The known set of deliberate problems. Each one is a mistake schools really make (31 February,
 * a copied row, «вторая» category that no longer exists, 8 hours called «КПК»…); each breaks exactly
 * one rule in one cell so the check must report it and nothing else on that row.
 */
type RosterPlant = {
  readonly rule: RuleId;
  readonly field: string;
  readonly count: number;
  readonly fits: (w: Worker) => boolean;
  readonly apply: (row: Row, w: Worker, rng: Rng) => void;
};

const any = () => true;
const notYoung = (w: Worker) => !w.young;
const high = (w: Worker) => ["высшая", "первая"].includes(w.qualificationCategory);
const withLoad = (w: Worker) => w.position === "учитель" && w.weeklyLoad !== null && w.weeklyLoad >= 12;

const ROSTER_PLANTS: readonly RosterPlant[] = [
  { rule: "type.date", field: "birthDate", count: 2, fits: notYoung, apply: (r, w) => void (r.values.birthDate = { text: `31.02.${w.birth.slice(0, 4)}` }) },
  { rule: "field.required", field: "fullName", count: 1, fits: notYoung, apply: (r) => void (r.values.fullName = null) },
  { rule: "field.required", field: "position", count: 1, fits: notYoung, apply: (r) => void (r.values.position = null) },
  { rule: "roster.experience.order", field: "teachingExperience", count: 2, fits: (w) => !w.young && w.totalExperience + 6 <= w.age - 14, apply: (r, w, rng) => void (r.values.teachingExperience = w.totalExperience + rng.int(2, 6)) },
  {
    rule: "roster.experience.age",
    field: "teachingExperience",
    count: 1,
    fits: (w) => !w.young && w.age >= 30 && w.age <= 45,
    apply: (r, w) => {
      r.values.teachingExperience = w.age - 10;
      r.values.totalExperience = w.age - 10;
    },
  },
  { rule: "roster.youngSpecialist.mismatch", field: "youngSpecialist", count: 2, fits: (w) => !w.young && w.age >= 36, apply: (r) => void (r.values.youngSpecialist = true) },
  { rule: "roster.categoryDate.missing", field: "categoryDate", count: 2, fits: high, apply: (r) => void (r.values.categoryDate = null) },
  { rule: "date.future", field: "categoryDate", count: 1, fits: high, apply: (r) => void (r.values.categoryDate = d("2025-03-28")) },
  { rule: "type.enum", field: "qualificationCategory", count: 1, fits: (w) => w.qualificationCategory === "соответствие занимаемой должности", apply: (r) => void (r.values.qualificationCategory = { text: "вторая" }) },
  { rule: "type.enum", field: "employment", count: 1, fits: any, apply: (r) => void (r.values.employment = { text: "по договору ГПХ" }) },
  { rule: "cell.error", field: "age", count: 1, fits: any, apply: (r) => void (r.values.age = { error: "#N/A" }) },
  { rule: "cell.error", field: "weeklyLoad", count: 1, fits: withLoad, apply: (r) => void (r.values.weeklyLoad = { error: "#N/A" }) },
  { rule: "number.range", field: "weeklyLoad", count: 1, fits: withLoad, apply: (r) => void (r.values.weeklyLoad = 72) },
  {
    rule: "date.range",
    field: "birthDate",
    count: 1,
    fits: (w) => !w.young && w.birth.startsWith("196"),
    apply: (r, w) => {
      // 1963 typed as 1936; the age cell was left empty.
      r.values.birthDate = d(`19${w.birth[3]}${w.birth[2]}${w.birth.slice(4)}`);
      r.values.age = null;
    },
  },
  { rule: "type.number", field: "totalExperience", count: 1, fits: (w) => w.totalExperience === 20, apply: (r) => void (r.values.totalExperience = { text: "двадцать" }) },
  { rule: "type.bool", field: "pedagogicalEducation", count: 1, fits: any, apply: (r) => void (r.values.pedagogicalEducation = { text: "частично" }) },
  { rule: "roster.fullName.format", field: "fullName", count: 1, fits: notYoung, apply: (r, w) => void (r.values.fullName = `${w.fullName} (декрет)`) },
];

const DUPLICATES = 2;

export interface RosterTargets {
  readonly plants: { plant: RosterPlant; worker: Worker }[];
  readonly duplicates: Worker[];
}

/** Picks the workers whose roster rows get a planted error, spread over the organisations. */
export function chooseRosterTargets(rng: Rng, workers: readonly Worker[]): RosterTargets {
  let k = 0;
  const nextFrom = (fits: (w: Worker) => boolean, field: string): Worker => {
    for (let tries = 0; tries < SCHOOLS.length; tries++) {
      const school = SCHOOLS[(k * 5) % SCHOOLS.length];
      k++;
      if (OMITTED[school.name]?.includes(field)) continue;
      const pool = workers.filter((w) => w.school === school && !w.quiet && w.second === undefined && fits(w));
      if (pool.length === 0) continue;
      const w = rng.pick(pool);
      w.quiet = true;
      return w;
    }
    throw new Error(`no worker fits the planted error on ${field}`);
  };
  const plants = ROSTER_PLANTS.flatMap((plant) => Array.from({ length: plant.count }, () => ({ plant, worker: nextFrom(plant.fits, plant.field) })));
  const duplicates = Array.from({ length: DUPLICATES }, () => nextFrom(notYoung, "fullName"));
  return { plants, duplicates };
}

function insertAtSchoolEnd(rows: Row[], row: Row): void {
  let at = rows.length;
  for (let i = rows.length - 1; i >= 0; i--) {
    if (rows[i].school === row.school) {
      at = i + 1;
      break;
    }
  }
  rows.splice(at, 0, row);
}

function copy(row: Row): Row {
  return { form: row.form, school: row.school, values: { ...row.values }, plants: [] };
}

function mark(row: Row, rule: RuleId, field: string): void {
  row.plants.push({ rule, field });
}

/** Names of people who are in no roster (left the school, a student, a misspelt surname). */
const STRANGERS = ["Сидоренко Ольга Викторовна", "Гарипова Эльмира Рашитовна", "Хабибуллина Гузель Ринатовна", "Лысенко Татьяна Андреевна", "Ахмадеева Алсу Ильдаровна"];

export function applyPlants(rng: Rng, t: Tables, targets: RosterTargets): void {
  for (const { plant, worker } of targets.plants) {
    const row = t.roster.find((r) => r.school === worker.school.name && r.values.fullName === worker.fullName)!;
    plant.apply(row, worker, rng);
    mark(row, plant.rule, plant.field);
  }
  for (const w of targets.duplicates) {
    const row = t.roster.find((r) => r.school === w.school.name && r.values.fullName === w.fullName)!;
    const dup = copy(row);
    mark(dup, "roster.duplicate", "fullName");
    insertAtSchoolEnd(t.roster, dup);
  }

  // Information cards: more rates filled than the staff schedule has; one card sent twice.
  const sosh1 = t.schools.find((r) => r.school === "МАОУ СОШ № 1")!;
  sosh1.values.filledRates = (sosh1.values.staffRates as number) + 2.5;
  mark(sosh1, "schools.filledRates.exceed", "filledRates");
  const ds41 = t.schools.find((r) => r.school === "МДОУ Детский сад № 41")!;
  const card = copy(ds41);
  mark(card, "schools.duplicate", "school");
  insertAtSchoolEnd(t.schools, card);

  const used = new Set<Row>();
  let k = 0;
  /** A clean row of the form, from the next organisation in turn, that passes `fits`. */
  const pick = (rows: Row[], fits: (r: Row) => boolean): Row => {
    for (let tries = 0; tries < SCHOOLS.length * 2; tries++) {
      const school = SCHOOLS[(k * 7 + 3) % SCHOOLS.length].name;
      k++;
      const pool = rows.filter((r) => r.school === school && !used.has(r) && r.plants.length === 0 && fits(r));
      if (pool.length === 0) continue;
      const r = rng.pick(pool);
      used.add(r);
      return r;
    }
    throw new Error(`no row fits a planted error in ${rows[0]?.form}`);
  };
  const dateOf = (v: Val): string => (v !== null && typeof v === "object" && "date" in v ? v.date : "");
  const pk = (r: Row) => r.values.kind === "повышение квалификации" && dateOf(r.values.endDate) >= "2023-09-01";

  // courses
  for (let i = 0; i < 2; i++) {
    const r = pick(t.courses, pk);
    [r.values.startDate, r.values.endDate] = [r.values.endDate, r.values.startDate];
    mark(r, "courses.dates.order", "endDate");
  }
  {
    const r = pick(t.courses, pk);
    r.values.hours = 8;
    mark(r, "courses.hours.minimum", "hours");
    const pp = pick(t.courses, (x) => x.values.kind === "профессиональная переподготовка");
    pp.values.hours = 72;
    mark(pp, "courses.hours.minimum", "hours");
  }
  for (let i = 0; i < 2; i++) {
    const r = pick(t.courses, (x) => pk(x) && x.values.certificate !== null);
    const other = COURSES.find((c) => c.kind === "повышение квалификации" && c.audience === "all" && c.title !== r.values.programTitle)!;
    const dup = copy(r);
    dup.values.programTitle = other.title;
    dup.values.hours = other.hours;
    dup.values.provider = other.provider;
    dup.values.federalRegistry = other.federalRegistry;
    dup.values.topics = other.topics.join(", ");
    mark(dup, "courses.certificate.duplicate", "certificate");
    t.courses.splice(t.courses.indexOf(r) + 1, 0, dup);
    used.add(dup);
  }
  {
    const r = pick(t.courses, pk);
    r.values.startDate = d("2024-06-17");
    r.values.endDate = d("2024-06-28");
    mark(r, "date.future", "endDate");
  }
  for (let i = 0; i < 2; i++) {
    const r = copy(pick(t.courses, pk));
    r.values.fullName = { name: STRANGERS[i] };
    r.values.certificate = `66249900${String(17 + i * 31).padStart(3, "0")}`;
    mark(r, "person.unmatched", "fullName");
    insertAtSchoolEnd(t.courses, r);
    used.add(r);
  }
  const simple: [RuleId, string, (r: Row) => void][] = [
    ["type.date", "startDate", (r) => void (r.values.startDate = { text: `31.02.${dateOf(r.values.endDate).slice(0, 4)}` })],
    ["field.required", "programTitle", (r) => void (r.values.programTitle = null)],
    ["type.enum", "kind", (r) => void (r.values.kind = { text: "очно-заочная" })],
    ["number.range", "hours", (r) => void (r.values.hours = 2400)],
    ["cell.error", "hours", (r) => void (r.values.hours = { error: "#VALUE!" })],
    ["type.number", "hours", (r) => void (r.values.hours = { text: "уточняется" })],
  ];
  for (const [rule, field, apply] of simple) {
    const r = pick(t.courses, (x) => pk(x) && !dateOf(x.values.endDate).endsWith("-02-28") && !dateOf(x.values.endDate).endsWith("-02-29"));
    apply(r);
    mark(r, rule, field);
  }

  // activities
  for (const date of ["2023-05-15", "2023-08-24", "2022-11-18"]) {
    const r = pick(t.activities, any);
    r.values.date = d(date);
    mark(r, "activities.date.outsidePeriod", "date");
  }
  const act: [RuleId, string, (r: Row) => void][] = [
    ["type.enum", "level", (r) => void (r.values.level = { text: "сетевой" })],
    ["type.enum", "result", (r) => void (r.values.result = { text: "благодарность" })],
    ["field.required", "activityType", (r) => void (r.values.activityType = null)],
    ["type.date", "date", (r) => void (r.values.date = { text: "в течение года" })],
  ];
  for (const [rule, field, apply] of act) {
    const r = pick(t.activities, any);
    apply(r);
    mark(r, rule, field);
  }
  {
    const r = copy(pick(t.activities, any));
    r.values.fullName = { name: STRANGERS[2] };
    mark(r, "person.unmatched", "fullName");
    insertAtSchoolEnd(t.activities, r);
    used.add(r);
  }

  // diagnostics
  for (let i = 0; i < 2; i++) {
    const r = pick(t.diagnostics, (x) => x.values.iom === "нет");
    r.values.iomCompleted = true;
    mark(r, "diagnostics.iomCompleted.withoutIom", "iomCompleted");
  }
  const diag: [RuleId, string, (r: Row) => void][] = [
    ["number.range", "score", (r) => void (r.values.score = 120)],
    ["field.required", "level", (r) => void (r.values.level = null)],
    ["type.bool", "deficitsFound", (r) => void (r.values.deficitsFound = { text: "частично" })],
  ];
  for (const [rule, field, apply] of diag) {
    const r = pick(t.diagnostics, any);
    apply(r);
    mark(r, rule, field);
  }
  {
    const r = copy(pick(t.diagnostics, any));
    r.values.fullName = { name: STRANGERS[3] };
    mark(r, "person.unmatched", "fullName");
    insertAtSchoolEnd(t.diagnostics, r);
    used.add(r);
  }

  // mentoring
  {
    const r = pick(t.mentoring, (x) => x.values.form === "педагог – педагог" && x.values.endDate !== null);
    r.values.menteeName = r.values.mentorName;
    mark(r, "mentoring.self", "menteeName");
    const e = pick(t.mentoring, (x) => x.values.endDate !== null);
    e.values.endDate = d(day(dateOf(e.values.startDate), -120));
    mark(e, "mentoring.dates.order", "endDate");
    const m = pick(t.mentoring, any);
    m.values.mentorName = null;
    mark(m, "field.required", "mentorName");
    const s = copy(pick(t.mentoring, any));
    s.values.menteeName = { name: STRANGERS[4] };
    s.values.form = "педагог – студент";
    mark(s, "person.unmatched", "menteeName");
    insertAtSchoolEnd(t.mentoring, s);
  }

  // municipal sheet: a code that is in no preset
  const unknown: Row = { form: "manual", school: "", values: { indicator: "AL-3.10.1", value: "да", numerator: null, denominator: null }, plants: [] };
  mark(unknown, "manual.unknownIndicator", "indicator");
  t.manual.push(unknown);
}
