/**
 * Scale generator for `npm run bench`: a municipality (or region) of N workers as plain grids, the
 * same shape the hosts hand to the domain. About six data rows per worker: one roster row and ~5
 * event rows across courses, activities, diagnostics and mentoring.
 */
import { CellValue, SheetGrid } from "../src/domain/grid";
import { FORM_BY_ID, FormId } from "../src/domain/forms";
import { Rng } from "../scripts/examples/prng";

const SURNAMES = ["Иванов", "Петров", "Сидоров", "Кузнецов", "Смирнов", "Попов", "Васильев", "Соколов", "Михайлов", "Новиков", "Фёдоров", "Морозов", "Волков", "Алексеев", "Лебедев", "Семёнов", "Егоров", "Павлов", "Козлов", "Степанов"];
const NAMES_M = ["Александр", "Сергей", "Андрей", "Дмитрий", "Алексей", "Михаил", "Игорь", "Николай"];
const NAMES_F = ["Анна", "Елена", "Ольга", "Наталья", "Татьяна", "Ирина", "Светлана", "Мария", "Юлия", "Марина"];
const PATRON_M = ["Александрович", "Сергеевич", "Иванович", "Петрович", "Викторович"];
const PATRON_F = ["Александровна", "Сергеевна", "Ивановна", "Петровна", "Викторовна"];
const POSITIONS = ["учитель", "учитель", "учитель", "воспитатель", "воспитатель", "педагог дополнительного образования", "педагог-психолог", "директор", "заместитель директора"];
const SUBJECTS = ["математика", "русский язык", "физика", "информатика", "история", "биология", "химия", "английский язык"];
const CATEGORIES = ["высшая", "первая", "первая", "соответствие занимаемой должности", "без категории"];
const KINDS = ["повышение квалификации", "повышение квалификации", "профессиональная переподготовка", "обучающее мероприятие"];
const ACTIVITY = ["конкурс профессионального мастерства", "мастер-класс", "публикация", "экспертная деятельность", "сетевое сообщество", "выступление"];
const LEVELS = ["ОО", "муниципальный", "региональный", "федеральный"];
const RESULTS = ["участник", "участник", "лауреат", "призёр", "победитель"];
const DIAG = ["федеральная", "региональная", "муниципальная", "самодиагностика"];
const TOPICS = ["ФГОС", "функциональная грамотность", "цифровая образовательная среда", "воспитание"];

export interface ScaleWorkbook {
  readonly workers: number;
  readonly rows: number;
  readonly sheets: SheetGrid[];
}

function header(form: FormId): CellValue[] {
  return FORM_BY_ID[form].fields.map((f) => f.header);
}

function row(form: FormId, values: Record<string, CellValue>): CellValue[] {
  return FORM_BY_ID[form].fields.map((f) => values[f.id] ?? null);
}

/** A date serial inside 2023/2024 and before the bench's today (45170 = 01.09.2023 … 45460 = 17.06.2024). */
function periodSerial(rnd: () => number): number {
  return 45170 + Math.floor(rnd() * 290);
}

export function generateScale(workers: number, seed = 42, only?: { school: string; file: string }): ScaleWorkbook {
  const rng = new Rng(seed);
  const rnd = (): number => rng.next();
  const schoolCount = only ? 1 : Math.max(3, Math.round(workers / 60));
  const schools = only ? [only.school] : Array.from({ length: schoolCount }, (_, i) => `МАОУ СОШ № ${i + 1}`);
  const file = only?.file ?? "bench.xlsx";
  const roster: CellValue[][] = [header("roster")];
  const courses: CellValue[][] = [header("courses")];
  const activities: CellValue[][] = [header("activities")];
  const diagnostics: CellValue[][] = [header("diagnostics")];
  const mentoring: CellValue[][] = [header("mentoring")];
  const cards: CellValue[][] = [header("schools")];
  schools.forEach((s, i) =>
    cards.push(row("schools", { school: s, orgType: i % 3 === 0 ? "ДОО" : "ОО", staffRates: 70, filledRates: 60, lowResults: "нет", mentoringModel: "да" })),
  );
  // Certificate numbers are unique across a region: one school's file (`only`) numbers its own from
  // its seed. (Every school's file numbered from 100000, and the files cases measured a region where
  // every certificate was a duplicate of another school's.)
  let cert = only ? 100000 + seed * 10_000 : 100000;
  const names: string[] = [];
  let last = { name: "", birthSerial: 0 };
  for (let w = 0; w < workers; w++) {
    // The worker's place in their school picks a distinct ФИО there out of 1 000, each school starting
    // at another of them, so names are clean (no digits, no future dates: the bench measures a normal,
    // valid municipality) and a ФИО is shared by about workers / 1 000 people across the schools. (All
    // schools used the same 60: people of one ФИО and one birth date in two schools are one person,
    // and their number grew with the square of the size — 0,65 % of workers at 10 000, 6,7 % at 100 000.)
    const j = Math.floor(w / schoolCount);
    const c = (j + (w % schoolCount) * 61) % 1000;
    const female = c % 5 !== 0;
    const surname = SURNAMES[c % SURNAMES.length] + (female ? "а" : "");
    const given = female ? NAMES_F[Math.floor(c / 20) % NAMES_F.length] : NAMES_M[Math.floor(c / 20) % NAMES_M.length];
    const patron = (female ? PATRON_F : PATRON_M)[Math.floor(c / 200) % 5];
    const school = schools[w % schoolCount];
    const age = 23 + Math.floor(rnd() * 40);
    const teaching = Math.max(0, Math.min(age - 23, Math.floor(rnd() * 35)));
    // One worker in a hundred also works at the next school (a part-timer both rosters list): the same
    // person, as many of them at every size.
    const partTimer = w % 100 === 50 && !only;
    const name = partTimer ? last.name : `${surname} ${given} ${patron}`;
    const birthSerial = partTimer ? last.birthSerial : 45535 - age * 365 - Math.floor(rnd() * 300);
    last = { name, birthSerial };
    roster.push(
      row("roster", {
        school, fullName: name, birthDate: birthSerial, position: rng.pick(POSITIONS), subjects: rng.pick(SUBJECTS),
        educationLevel: "высшее", pedagogicalEducation: "да", educationMatchesSubject: rnd() < 0.85 ? "да" : "нет",
        teachingExperience: teaching, totalExperience: teaching + Math.floor(rnd() * 3), qualificationCategory: rng.pick(CATEGORIES),
        categoryDate: 44000 + Math.floor(rnd() * 1400), employment: "основное", weeklyLoad: 18 + Math.floor(rnd() * 12),
      }),
    );
    const nCourses = rnd() < 0.5 ? 2 : 1;
    for (let k = 0; k < nCourses; k++) {
      const kind = rng.pick(KINDS);
      const end = periodSerial(rnd);
      courses.push(row("courses", {
        school, fullName: name, programTitle: "Реализация требований обновлённых ФГОС", kind,
        hours: kind === "профессиональная переподготовка" ? 280 : 36, startDate: end - 20, endDate: end,
        provider: "ИРО", federalRegistry: rnd() < 0.4 ? "да" : "нет", topics: rng.pick(TOPICS), certificate: `ПК-${cert++}`,
      }));
    }
    names.push(name);
    const nAct = 1 + Math.floor(rnd() * 3);
    for (let k = 0; k < nAct; k++) {
      activities.push(row("activities", {
        school, fullName: name, activityType: rng.pick(ACTIVITY), eventTitle: "Учитель года", level: rng.pick(LEVELS),
        result: rng.pick(RESULTS), date: periodSerial(rnd),
      }));
    }
    diagnostics.push(row("diagnostics", {
      school, fullName: name, subject: rng.pick(SUBJECTS), level: rng.pick(DIAG), date: periodSerial(rnd),
      score: Math.floor(rnd() * 100), deficitsFound: rnd() < 0.3 ? "да" : "нет", iom: rnd() < 0.25 ? "ЦНППМ (ИОМ)" : "нет", support: "да",
    }));
    // Every third worker mentors a colleague of the same school (w - schoolCount works there too).
    if (w % 3 === 0 && w >= schoolCount) {
      mentoring.push(row("mentoring", { school, mentorName: name, menteeName: names[w - schoolCount], form: "педагог – педагог", startDate: 45200 }));
    }
  }
  const sheets: SheetGrid[] = [
    { file, sheet: "Сверка кадров", cells: roster },
    { file, sheet: "Карты ОО", cells: cards },
    { file, sheet: "КПК", cells: courses },
    { file, sheet: "МАП", cells: activities },
    { file, sheet: "Диагностика", cells: diagnostics },
    { file, sheet: "Наставничество", cells: mentoring },
  ];
  const rows = sheets.reduce((n, s) => n + s.cells.length - 1, 0);
  return { workers, rows, sheets };
}

/** How many workers make about `rows` data rows in total. */
export function workersForRows(rows: number): number {
  const probe = generateScale(1000);
  return Math.round((rows / probe.rows) * 1000);
}

/**
 * A municipality or region as the CLI reads it from the schools' own files: `schools` books of
 * `perSchool` workers, each with its own six sheets under the standard names. Costs that grow with
 * the number of sheets or sources, not rows, show here and not in one book of six sheets.
 */
export function generateSchoolFiles(schools: number, perSchool: number): ScaleWorkbook {
  const sheets: SheetGrid[] = [];
  let rows = 0;
  for (let i = 0; i < schools; i++) {
    const file = `школа-${String(i + 1).padStart(4, "0")}.xlsx`;
    const wb = generateScale(perSchool, 1000 + i, { school: `МАОУ СОШ № ${i + 1}`, file });
    sheets.push(...wb.sheets);
    rows += wb.rows;
  }
  return { workers: schools * perSchool, rows, sheets };
}
