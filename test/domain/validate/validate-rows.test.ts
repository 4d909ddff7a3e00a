import { FORMS } from "../../../src/domain/forms";
import { FormId } from "../../../src/domain/forms/types";
import { CellValue } from "../../../src/domain/grid";
import { RuleId, Severity } from "../../../src/domain/issues";
import { NormalValue } from "../../../src/domain/normalize/types";
import { validateRows } from "../../../src/domain/validate";
import { readFormRows } from "../../../src/domain/dataset/read-rows";
import { isRecognized, recognizeSheet } from "../../../src/domain/recognize";
import { CTX, GOOD, rowOf, sheetOf } from "./rows";

interface Case {
  readonly name: string;
  readonly form: FormId;
  readonly set: Record<string, NormalValue | null>;
  readonly raw?: Record<string, CellValue>;
  readonly today?: string;
}
interface Bad extends Case {
  readonly rule: RuleId;
  readonly cell: string;
  readonly severity: Severity;
  readonly message: string;
}

function issuesOf(c: Case) {
  const rec = sheetOf(c.form);
  const row = rowOf(rec, { ...GOOD[c.form], ...c.set }, 2, c.raw);
  return validateRows(rec, [row], { ...CTX, today: c.today ?? CTX.today });
}

// Each rule: rows that must trigger it (cell, severity, words of the message) …
const BAD: readonly Bad[] = [
  { name: "empty position", form: "roster", set: { position: null }, rule: "field.required", cell: "E2", severity: "error", message: "Не заполнено обязательное поле «Должность» — заполните ячейку. Например: учитель" },
  { name: "empty ФИО in courses", form: "courses", set: { fullName: null }, rule: "field.required", cell: "B2", severity: "error", message: "«ФИО»" },
  { name: "age 95", form: "roster", set: { age: 95, birthDate: null }, rule: "number.range", cell: "D2", severity: "error", message: "«Возраст (полных лет)»: 95 вне допустимого диапазона (от 16 до 90)" },
  { name: "hours 0", form: "courses", set: { hours: 0, kind: "обучающее мероприятие" }, rule: "number.range", cell: "E2", severity: "error", message: "0 вне допустимого диапазона (от 1 до 2000)" },
  { name: "score 120 %", form: "diagnostics", set: { score: 120 }, rule: "number.range", cell: "F2", severity: "error", message: "120" },
  { name: "born 2010", form: "roster", set: { birthDate: "2010-01-01", age: null }, rule: "date.range", cell: "C2", severity: "error", message: "Дата рождения 01.01.2010 вне допустимого диапазона 01.01.1940–31.08.2008" },
  { name: "born 1939", form: "roster", set: { birthDate: "1939-12-31", age: null }, rule: "date.range", cell: "C2", severity: "error", message: "31.12.1939" },
  { name: "course ends tomorrow", form: "courses", set: { endDate: "2024-06-16", startDate: "2024-06-01" }, rule: "date.future", cell: "G2", severity: "error", message: "«Дата окончания»: 16.06.2024 — дата в будущем (сегодня 15.06.2024)" },
  { name: "a pair that starts next month", form: "mentoring", set: { startDate: "2024-07-01", endDate: null }, rule: "date.future", cell: "E2", severity: "error", message: "«Дата начала»: 01.07.2024" },
  { name: "category next month", form: "roster", set: { categoryDate: "2024-07-01" }, rule: "date.future", cell: "N2", severity: "error", message: "01.07.2024" },
  { name: "a pasted document as a title", form: "courses", set: { programTitle: "а".repeat(10_001) }, rule: "text.tooLong", cell: "C2", severity: "warning", message: "длиннее 10 000 символов (10001)" },
  { name: "teaching > total", form: "roster", set: { teachingExperience: 25, totalExperience: 22 }, rule: "roster.experience.order", cell: "K2", severity: "error", message: "Педагогический стаж 25 лет больше общего стажа 22 года" },
  { name: "teaching > stated age − 14", form: "roster", set: { birthDate: null, age: 30, teachingExperience: 17, totalExperience: 17 }, rule: "roster.experience.age", cell: "K2", severity: "error", message: "Педагогический стаж 17 лет невозможен при возрасте 30 лет" },
  { name: "teaching > derived age − 14", form: "roster", set: { birthDate: "1994-01-01", age: null, teachingExperience: 20, totalExperience: 20 }, rule: "roster.experience.age", cell: "K2", severity: "error", message: "при возрасте 30 лет" },
  { name: "age 40 but born 1980", form: "roster", set: { age: 40 }, rule: "roster.age.mismatch", cell: "D2", severity: "error", message: "Возраст 40 лет не совпадает с датой рождения 12.03.1980: на 31.08.2024 полных лет — 44" },
  { name: "category after the period", form: "roster", set: { categoryDate: "2024-10-01" }, today: "2025-01-10", rule: "roster.categoryDate.afterPeriod", cell: "N2", severity: "error", message: "Дата присвоения категории 01.10.2024 позже конца отчётного периода 31.08.2024" },
  { name: "высшая without a date", form: "roster", set: { categoryDate: null }, rule: "roster.categoryDate.missing", cell: "N2", severity: "warning", message: "Категория «высшая» указана без даты присвоения" },
  { name: "педагог-методист without a date", form: "roster", set: { qualificationCategory: "педагог-методист", categoryDate: null }, rule: "roster.categoryDate.missing", cell: "N2", severity: "warning", message: "«педагог-методист»" },
  { name: "neither birth date nor age", form: "roster", set: { birthDate: null, age: null }, rule: "roster.birthOrAge.missing", cell: "C2", severity: "warning", message: "Нет ни даты рождения, ни возраста" },
  { name: "young specialist at 44", form: "roster", set: { youngSpecialist: true }, rule: "roster.youngSpecialist.mismatch", cell: "Q2", severity: "warning", message: "Отмечено «молодой специалист: да», но возраст 44 года и педагогический стаж 20 лет" },
  { name: "not young at 25 with 2 years", form: "roster", set: { birthDate: "1999-01-01", age: null, teachingExperience: 2, totalExperience: 2, youngSpecialist: false }, rule: "roster.youngSpecialist.mismatch", cell: "Q2", severity: "warning", message: "«молодой специалист: нет»" },
  { name: "surname only", form: "roster", set: { fullName: "Иванова" }, rule: "roster.fullName.format", cell: "B2", severity: "warning", message: "ФИО не похоже на «Фамилия Имя Отчество»" },
  { name: "name with a year", form: "roster", set: { fullName: "Иванова Анна 1980" }, rule: "roster.fullName.format", cell: "B2", severity: "warning", message: "2–4 слова" },
  { name: "two people in one cell", form: "roster", set: { fullName: "Иванова А.П., Петров И.И." }, rule: "roster.fullName.format", cell: "B2", severity: "warning", message: "Фамилия И.О." },
  { name: "more rates filled than exist", form: "schools", set: { staffRates: 40, filledRates: 41.5 }, rule: "schools.filledRates.exceed", cell: "F2", severity: "error", message: "Занято ставок 41,5 больше, чем по штатному расписанию (40)" },
  { name: "course ends before it starts", form: "courses", set: { startDate: "2023-09-01", endDate: "2023-05-12" }, rule: "courses.dates.order", cell: "G2", severity: "error", message: "Дата окончания 12.05.2023 раньше даты начала 01.09.2023 — проверьте порядок дат" },
  { name: "8 h of повышение квалификации", form: "courses", set: { hours: 8 }, rule: "courses.hours.minimum", cell: "E2", severity: "error", message: "Объём 8 ч меньше минимума 16 ч для вида «повышение квалификации»" },
  { name: "72 h of переподготовка", form: "courses", set: { kind: "профессиональная переподготовка", hours: 72 }, rule: "courses.hours.minimum", cell: "E2", severity: "error", message: "минимума 250 ч" },
  { name: "an event of last year", form: "activities", set: { date: "2023-05-12" }, rule: "activities.date.outsidePeriod", cell: "G2", severity: "warning", message: "Дата мероприятия 12.05.2023 вне отчётного периода 01.09.2023–31.08.2024" },
  // Regression (QA, 24.11): an event without its date counted nowhere and nothing said so.
  { name: "a course without its end date", form: "courses", set: { endDate: null }, rule: "courses.endDate.missing", cell: "G2", severity: "warning", message: "Не указана дата окончания обучения — курсы учитываются по дате окончания, поэтому строка не войдёт ни в один показатель за период" },
  { name: "an event without its date", form: "activities", set: { date: null }, rule: "activities.date.missing", cell: "G2", severity: "warning", message: "Не указана дата мероприятия, поэтому строка не войдёт ни в один показатель" },
  { name: "a diagnostic without its date", form: "diagnostics", set: { date: null }, rule: "diagnostics.date.missing", cell: "E2", severity: "warning", message: "Не указана дата диагностики" },
  { name: "a diagnostic of last year", form: "diagnostics", set: { date: "2023-05-12" }, rule: "diagnostics.date.outsidePeriod", cell: "E2", severity: "warning", message: "Дата диагностики 12.05.2023 вне отчётного периода 01.09.2023–31.08.2024 — строка не войдёт в показатели" },
  { name: "ИОМ completed without ИОМ", form: "diagnostics", set: { iom: "нет", iomCompleted: true }, rule: "diagnostics.iomCompleted.withoutIom", cell: "J2", severity: "error", message: "Отмечено «ИОМ завершён», но ИОМ не разработан" },
  { name: "ИОМ completed, ИОМ column empty", form: "diagnostics", set: { iom: null, iomCompleted: true }, rule: "diagnostics.iomCompleted.withoutIom", cell: "J2", severity: "error", message: "ИОМ не разработан" },
  { name: "pair ends before it starts", form: "mentoring", set: { startDate: "2024-01-10", endDate: "2023-12-01" }, rule: "mentoring.dates.order", cell: "F2", severity: "error", message: "Дата окончания 01.12.2023 раньше даты начала 10.01.2024 — проверьте порядок дат; пока пара считается действующей с 01.12.2023 по 10.01.2024" },
];

// … and rows that must not.
const GOOD_CASES: readonly (Case & { readonly rule: RuleId })[] = [
  { name: "position typed but unreadable (#Н/Д is a cell error, not a blank)", form: "roster", set: { position: null }, raw: { position: { error: "#Н/Д" } }, rule: "field.required" },
  { name: "a date typed wrongly is a type issue, not a blank", form: "courses", set: { programTitle: null }, raw: { programTitle: 12 }, rule: "field.required" },
  { name: "mentoring school is optional", form: "mentoring", set: { school: null }, rule: "field.required" },
  { name: "age 90", form: "roster", set: { age: 90, birthDate: null }, rule: "number.range" },
  { name: "hours 2000", form: "courses", set: { hours: 2000, kind: "профессиональная переподготовка" }, rule: "number.range" },
  { name: "born 31.08.2008 (16 at period end)", form: "roster", set: { birthDate: "2008-08-31", age: null, teachingExperience: 0, totalExperience: 0, youngSpecialist: null }, rule: "date.range" },
  { name: "born 01.01.1940", form: "roster", set: { birthDate: "1940-01-01", age: null }, rule: "date.range" },
  { name: "a mentoring pair planned until next year", form: "mentoring", set: { endDate: "2025-05-31" }, rule: "date.future" },
  { name: "course ended today", form: "courses", set: { endDate: "2024-06-15" }, rule: "date.future" },
  { name: "10 000 characters", form: "courses", set: { programTitle: "а".repeat(10_000) }, rule: "text.tooLong" },
  { name: "teaching = total", form: "roster", set: { teachingExperience: 22, totalExperience: 22 }, rule: "roster.experience.order" },
  { name: "teaching = age − 14", form: "roster", set: { birthDate: null, age: 30, teachingExperience: 16, totalExperience: 16 }, rule: "roster.experience.age" },
  // Regression (dt-birth-future.xlsx): a birth date in the future gave «стаж … при возрасте −7 лет» besides date.range.
  { name: "no age from a birth date in the future", form: "roster", set: { birthDate: "2031-01-01", age: null, teachingExperience: 25, totalExperience: 25 }, rule: "roster.experience.age" },
  { name: "no age from a birth date before 1940", form: "roster", set: { birthDate: "1850-01-01", age: 44 }, rule: "roster.age.mismatch" },
  { name: "age off by one (counted when the sheet was filled)", form: "roster", set: { age: 43 }, rule: "roster.age.mismatch" },
  { name: "category on the last day of the period", form: "roster", set: { categoryDate: "2024-08-31" }, today: "2025-01-10", rule: "roster.categoryDate.afterPeriod" },
  { name: "СЗД without a date", form: "roster", set: { qualificationCategory: "соответствие занимаемой должности", categoryDate: null }, rule: "roster.categoryDate.missing" },
  { name: "category date typed but unreadable", form: "roster", set: { categoryDate: null }, raw: { categoryDate: "весной" }, rule: "roster.categoryDate.missing" },
  { name: "age without birth date", form: "roster", set: { birthDate: null, age: 44 }, rule: "roster.birthOrAge.missing" },
  { name: "young specialist left blank", form: "roster", set: { youngSpecialist: null }, rule: "roster.youngSpecialist.mismatch" },
  { name: "young specialist at 25 with 2 years", form: "roster", set: { birthDate: "1999-01-01", age: null, teachingExperience: 2, totalExperience: 2, youngSpecialist: true }, rule: "roster.youngSpecialist.mismatch" },
  ...["Иванова А.П.", "Иванова А. П.", "Иванова А.", "Мамедов Али Гусейн оглы", "Петрова-Водкина Мария Ивановна", "Иванов Иван"].map((fullName) => ({
    name: `ФИО «${fullName}»`, form: "roster" as const, set: { fullName }, rule: "roster.fullName.format" as const,
  })),
  { name: "all rates filled", form: "schools", set: { staffRates: 40, filledRates: 40 }, rule: "schools.filledRates.exceed" },
  { name: "one-day course", form: "courses", set: { startDate: "2023-10-02", endDate: "2023-10-02" }, rule: "courses.dates.order" },
  { name: "16 h of повышение квалификации", form: "courses", set: { hours: 16 }, rule: "courses.hours.minimum" },
  { name: "a 4-hour seminar", form: "courses", set: { kind: "обучающее мероприятие", hours: 4 }, rule: "courses.hours.minimum" },
  { name: "an event on the first day of the period", form: "activities", set: { date: "2023-09-01" }, rule: "activities.date.outsidePeriod" },
  { name: "an end date typed but unreadable is a type issue, not a missing date", form: "courses", set: { endDate: null }, raw: { endDate: "весной" }, rule: "courses.endDate.missing" },
  { name: "an event date that is an Excel error", form: "activities", set: { date: null }, raw: { date: { error: "#N/A" } }, rule: "activities.date.missing" },
  { name: "a diagnostic on the last day of the period", form: "diagnostics", set: { date: "2024-08-31" }, rule: "diagnostics.date.outsidePeriod" },
  { name: "ИППР completed", form: "diagnostics", set: { iom: "ОО (ИППР)", iomCompleted: true }, rule: "diagnostics.iomCompleted.withoutIom" },
  { name: "no ИОМ, not completed", form: "diagnostics", set: { iom: "нет", iomCompleted: false }, rule: "diagnostics.iomCompleted.withoutIom" },
  { name: "open-ended pair", form: "mentoring", set: { endDate: null }, rule: "mentoring.dates.order" },
];

describe("validateRows: every rule fires on a bad row", () => {
  test.each(BAD.map((c) => [c.name, c] as const))("%s", (_name, c) => {
    const found = issuesOf(c).filter((i) => i.rule === c.rule);
    expect(found).toHaveLength(1);
    expect(found[0]).toMatchObject({ file: "школа.xlsx", cell: c.cell, severity: c.severity });
    expect(found[0].message).toContain(c.message);
  });
});

describe("validateRows: and stays silent on a good one", () => {
  test.each(GOOD_CASES.map((c) => [c.name, c] as const))("%s", (_name, c) => {
    expect(issuesOf(c).filter((i) => i.rule === c.rule)).toEqual([]);
  });

  test.each(FORMS.map((f) => [f.id] as const))("a fully correct %s row has no issues", (form) => {
    expect(issuesOf({ name: form, form, set: {} })).toEqual([]);
  });
});

describe("validateRows: sheet shape", () => {
  test("a field without a column is not reported on every row", () => {
    const rec = sheetOf("roster", ["school", "fullName", "birthDate"]);
    const issues = validateRows(rec, [rowOf(rec, { school: "МБОУ СОШ № 1", fullName: "Иванова Анна Петровна", birthDate: "1980-03-12" })], CTX);
    expect(issues).toEqual([]);
  });

  test("one cell gets one issue: the first rule that fails", () => {
    // 80 years of teaching is out of range AND more than the total AND more than age − 14.
    const rec = sheetOf("roster");
    const issues = validateRows(rec, [rowOf(rec, { ...GOOD.roster, teachingExperience: 80 })], CTX);
    expect(issues.filter((i) => i.cell === "K2").map((i) => i.rule)).toEqual(["number.range"]);
  });

  test("regression: rows as readFormRows reads them (addresses spelled on demand) point at the first mapped cell", () => {
    const grid = {
      file: "школа.xlsx",
      sheet: "Сверка кадров",
      cells: [
        ["ОО", "ФИО", "Возраст (полных лет)", "Должность", "Педагогический стаж (лет)"],
        ["МБОУ СОШ № 1", "Иванова Анна Петровна", null, "учитель", 5],
        ["МБОУ СОШ № 1", "Петров Иван Ильич", 30, "учитель", 80],
        ["МБОУ СОШ № 1", "Сидорова 2", 40, null, 30],
      ],
    };
    const rec = recognizeSheet(grid);
    if (!isRecognized(rec)) throw new Error("not recognised");
    const { rows } = readFormRows(grid, rec);
    expect(validateRows(rec, rows, CTX).map((i) => [i.cell, i.rule])).toEqual([
      ["C2", "roster.birthOrAge.missing"],
      ["E3", "number.range"],
      ["D4", "field.required"],
      ["B4", "roster.fullName.format"],
      ["E4", "roster.experience.age"],
    ]);
  });

  test("issues name the row they are in", () => {
    const rec = sheetOf("courses");
    const rows = [rowOf(rec, GOOD.courses, 2), rowOf(rec, { ...GOOD.courses, hours: 8 }, 7)];
    expect(validateRows(rec, rows, CTX).map((i) => i.cell)).toEqual(["E7"]);
  });
});
