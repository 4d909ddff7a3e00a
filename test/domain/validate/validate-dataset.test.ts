import { RuleId } from "../../../src/domain/issues";
import { ActivityRecord, CourseRecord, Dataset, MentoringRecord, RosterRecord, SchoolRecord } from "../../../src/domain/records";
import { academicYear, calendarYear } from "../../../src/domain/period";
import { validateDataset } from "../../../src/domain/validate";
import { certificateKey } from "../../../src/domain/validate/dataset-rules";
import { foldWords } from "../../../src/domain/text";
import { CTX, sheetOf } from "./rows";

const FILE = "школа.xlsx";

function roster(row: number, fullName: string, birthDate: string | null, school = "МБОУ СОШ № 1", file = FILE): RosterRecord {
  return {
    file, sheet: "Сверка кадров", row, school, fullName, birthDate, age: null, position: "учитель", staffCategory: "педагогический",
    subjects: [], educationLevel: null, pedagogicalEducation: null, educationMatchesSubject: null, teachingExperience: null,
    totalExperience: null, qualificationCategory: null, categoryDate: null, employment: null, weeklyLoad: null, youngSpecialist: false,
    personId: `${fullName}|${birthDate}`,
  };
}
function school(row: number, name: string): SchoolRecord {
  return { file: FILE, sheet: "Карты ОО", row, school: name, orgType: "ОО", lowResults: null, hardConditions: null, staffRates: null, filledRates: null, mentoringModel: null, internshipSite: null };
}
function course(row: number, certificate: string | null, file = FILE): CourseRecord {
  return {
    file, sheet: "КПК", row, school: "МБОУ СОШ № 1", fullName: "Иванова Анна Петровна", personId: "p1", programTitle: "ФГОС", kind: "повышение квалификации",
    hours: 36, startDate: null, endDate: "2023-10-20", provider: null, providerGroup: null, federalRegistry: null, topics: [], certificate,
  };
}
function pair(row: number, mentorName: string, menteeName: string, mentorId: string | null, menteeId: string | null): MentoringRecord {
  return { file: FILE, sheet: "Наставничество", row, school: null, mentorName, menteeName, mentorId, menteeId, form: null, startDate: null, endDate: null };
}
const EMPTY: Dataset = { roster: [], schools: [], courses: [], activities: [], diagnostics: [], mentoring: [], manual: [], persons: [] };
const SHEETS = [sheetOf("manual"), sheetOf("roster"), sheetOf("schools"), sheetOf("courses"), sheetOf("courses", undefined, "КПК", "вторая.xlsx"), sheetOf("mentoring")];

function run(data: Partial<Dataset>, rule: RuleId) {
  return validateDataset({ ...EMPTY, ...data }, { ...CTX, sheets: SHEETS }).filter((i) => i.rule === rule);
}

describe("validateDataset: duplicates and pairs", () => {
  test.each([
    ["same ФИО and birth date in one school", [roster(2, "Иванова Анна Петровна", "1980-03-12"), roster(5, "ИВАНОВА  Анна Петровна", "1980-03-12")], "B5"],
    ["same ФИО, no dates on either", [roster(2, "Иванова Анна Петровна", null), roster(9, "Иванова Анна Пётровна", null)], "B9"],
    // People are matched by school without its legal form: these two rows are already one person.
    ["the school written without its legal form", [roster(2, "Иванова Анна Петровна", "1980-03-12"), roster(7, "Иванова Анна Петровна", "1980-03-12", "СОШ №1")], "B7"],
  ])("roster.duplicate: %s", (_n, rows, cell) => {
    const found = run({ roster: rows }, "roster.duplicate");
    expect(found).toHaveLength(1);
    expect(found[0]).toMatchObject({ cell, severity: "error", field: "fullName" });
    expect(found[0].message).toContain("Работник уже есть в сверке ОО «МБОУ СОШ № 1» в строке 2");
  });

  test.each([
    ["namesakes with different birth dates", [roster(2, "Иванова Анна Петровна", "1980-03-12"), roster(3, "Иванова Анна Петровна", "1991-07-01")]],
    ["the same person in two schools (one worker, two jobs)", [roster(2, "Иванова Анна Петровна", "1980-03-12"), roster(2, "Иванова Анна Петровна", "1980-03-12", "МБОУ СОШ № 2", "вторая.xlsx")]],
  ])("no roster.duplicate: %s", (_n, rows) => expect(run({ roster: rows }, "roster.duplicate")).toEqual([]));

  test("schools.duplicate points at the repeated school", () => {
    const found = run({ schools: [school(2, "МБОУ СОШ № 1"), school(3, "МБОУ СОШ № 2"), school(4, "мбоу сош №1")] }, "schools.duplicate");
    // «№1» and «№ 1» fold to the same key.
    expect(found.map((i) => [i.cell, i.severity])).toEqual([["A4", "error"]]);
    expect(found[0].message).toContain("уже есть в информационных картах в строке 2");
  });

  test("schools.duplicate: the same school with and without its legal form, as people are matched", () => {
    const found = run({ schools: [school(2, "МБОУ СОШ № 1"), school(3, "МАОУ «СОШ №1»"), school(4, "СОШ № 1")] }, "schools.duplicate");
    expect(found.map((i) => i.cell)).toEqual(["A3", "A4"]);
  });

  test("no schools.duplicate for different schools", () => {
    expect(run({ schools: [school(2, "МБОУ СОШ № 1"), school(3, "МБОУ СОШ № 12")] }, "schools.duplicate")).toEqual([]);
  });

  test("courses.certificate.duplicate across files names the first place", () => {
    const again = run({ courses: [course(2, "7723 00012345"), course(3, "7723 00099999"), course(4, "772300012345", "вторая.xlsx")] }, "courses.certificate.duplicate");
    expect(again.map((i) => [i.file, i.cell])).toEqual([["вторая.xlsx", "K4"]]);
    expect(again[0].message).toBe(
      "Номер удостоверения «772300012345» уже указан в строке 2 листа «КПК» (школа.xlsx) — у каждого удостоверения свой номер; уберите повтор или исправьте номер",
    );
  });

  test.each([["-"], ["нет"], ["б/н"]])("no courses.certificate.duplicate for the placeholder «%s»", (placeholder) => {
    expect(run({ courses: [course(2, placeholder), course(3, placeholder)] }, "courses.certificate.duplicate")).toEqual([]);
  });

  test.each([
    ["matched to the same roster person", pair(2, "Иванова А.П.", "Иванова Анна Петровна", "p1", "p1")],
    ["unmatched but the same name", pair(3, "Петров Пётр Ильич", "петров петр ильич", null, null)],
  ])("mentoring.self: %s", (_n, p) => {
    const found = run({ mentoring: [p] }, "mentoring.self");
    expect(found).toHaveLength(1);
    expect(found[0]).toMatchObject({ cell: `C${p.row}`, severity: "error", field: "menteeName" });
    expect(found[0].message).toContain("Наставник и наставляемый — один и тот же человек: такая пара не учитывается в показателях наставничества");
  });

  test("no mentoring.self for two people", () => {
    expect(run({ mentoring: [pair(2, "Иванова Анна Петровна", "Петров Пётр Ильич", "p1", "p2"), pair(3, "Иванова А.П.", "Иванова А.П.", "p1", "p3")] }, "mentoring.self")).toEqual([]);
  });

  test("manual.unknownIndicator: a code no preset defines; known codes pass whatever the case and spaces", () => {
    const manual = (row: number, indicator: string) => ({ file: FILE, sheet: "Сведения муниципалитета", row, indicator, value: true, numerator: null, denominator: null });
    const found = run({ manual: [manual(2, "AL-1.4.1"), manual(3, " al-1.4.1"), manual(4, "AL-3.10.1")] }, "manual.unknownIndicator");
    expect(found.map((i) => [i.cell, i.severity])).toEqual([["A4", "error"]]);
    expect(found[0].message).toContain("Код показателя «AL-3.10.1» не найден ни в одном наборе");
  });

  test.each<[string, string, string[]]>([
    ["a Cyrillic К", "КL-3", []],
    ["a leading zero KL does not write", "KL-03", []],
    ["Word's dash", "AL–1.4.1", []],
    ["a number KL does not have", "КL-30", ["A2"]],
  ])("manual.unknownIndicator with %s («%s»)", (_what, indicator, cells) => {
    const found = run({ manual: [{ file: FILE, sheet: "Сведения муниципалитета", row: 2, indicator, value: 1, numerator: null, denominator: null }] }, "manual.unknownIndicator");
    expect(found.map((i) => i.cell)).toEqual(cells);
  });

  // Regression (QA, 24.11): these rows were taken as they came, silently.
  describe("«Сведения муниципалитета» as the indicators will read it", () => {
    const row = (r: number, indicator: string, value: boolean | number | null, numerator: number | null = null, denominator: number | null = null) =>
      ({ file: FILE, sheet: "Сведения муниципалитета", row: r, indicator, value, numerator, denominator });
    const issuesOf = (...rows: ReturnType<typeof row>[]) =>
      validateDataset({ ...EMPTY, manual: rows }, { ...CTX, sheets: SHEETS }).filter((i) => i.rule.startsWith("manual.")).map((i) => [i.cell, i.rule, i.severity]);

    test.each([
      ["a code given twice, both filled: the second is not counted", [row(2, "AL-1.4.1", true), row(3, "al-1.4.1 ", false)], [["A3", "manual.duplicate", "warning"]]],
      ["a code given twice, the first empty: nothing to say", [row(2, "AL-1.4.1", null), row(3, "AL-1.4.1", true)], []],
      ["a share with N over S", [row(2, "AL-2.8.1", null, 5, 4)], [["C2", "manual.share.over100", "error"]]],
      ["a share with S = 0", [row(2, "AL-2.8.1", null, 3, 0)], [["D2", "manual.share.zeroDenominator", "warning"]]],
      ["a share given as 125 %", [row(2, "AL-2.8.1", 125)], [["B2", "manual.share.over100", "error"]]],
      ["a share given as a value and as N / S that disagree", [row(2, "AL-2.8.1", 30, 1, 4)], [["B2", "manual.share.conflict", "warning"]]],
      ["a share given as a value and as N / S that agree", [row(2, "AL-2.8.1", 25, 1, 4)], []],
      ["a share of 100 %", [row(2, "AL-2.8.1", null, 4, 4)], []],
      ["a count over 100 is no share", [row(2, "KL-3", 125)], []],
    ])("%s", (_what, rows, expected) => {
      expect(issuesOf(...rows)).toEqual(expected);
    });

    test("the duplicate says which row is counted", () => {
      const [dup] = run({ manual: [row(2, "AL-1.4.1", true), row(3, "AL-1.4.1", false)] }, "manual.duplicate");
      expect(dup.message).toBe("Показатель AL-1.4.1 уже указан в строке 2 — в расчёт взята та строка, эта не учитывается; оставьте одну");
    });
  });

  test("without the recognised sheets the issue still points at the right row", () => {
    const issues = validateDataset({ ...EMPTY, schools: [school(2, "А"), school(3, "А")] }, CTX);
    expect(issues.map((i) => i.cell)).toEqual(["A3"]);
  });
});

describe("certificate numbers compared for duplicates", () => {
  // The key as first written, with foldWords alone: the fast path for plain numbers must agree with it.
  const NO_NUMBER = new Set(["", "нет", "б н", "бн", "отсутствует", "не выдано", "не выдавалось"]);
  function reference(certificate: string): string | null {
    const words = foldWords(certificate);
    if (NO_NUMBER.has(words.join(" "))) return null;
    const k = words.filter((w) => w !== "n" && w !== "no").join("");
    return k === "" ? null : k;
  }

  test.each([
    "ПК-100001", "пк 100001", "7723 00012345", "7723-00012345", "№ 772300012345", "№772300012345", "N 7723", "No. 7723", "no7723",
    "", " ", "-", "б/н", "Б/Н", "бн", "нет", "НЕТ", "Отсутствует", "не выдано", "Не выдавалось", "Ёлка-1", "ЁЛКА 2", "ёж_3",
    "УД (012) 345", "ПК\u00A0100", "ПК\t100", "ПK-100", "PK-100", "АБВ/123/ГД", "123.456,789", "a", "Ü-12", "٣٤٥", "x\u200By",
    "ПК-100001 от 01.09.2023", "рег. № 45", "  12  34  ", "№", "#12!", "~`'\"[]{}|\\^_",
  ])("%p", (certificate) => {
    expect(certificateKey(certificate)).toBe(reference(certificate));
  });

  test("every printable ASCII character and every Cyrillic letter between two digits", () => {
    const wrong: string[] = [];
    for (let c = 0x20; c <= 0x4ff; c++) {
      const s = `1${String.fromCharCode(c)}2`;
      if (certificateKey(s) !== reference(s)) wrong.push(s);
    }
    expect(wrong).toEqual([]);
  });
});

// Regression (QA, 24.11, second): without --period the example's 2023/2024 data met the default
// 2025/2026 with 778 age errors and 1 532 «вне периода» warnings and not one word that the period
// might be wrong.
describe("validateDataset: a period the events are not in", () => {
  const activity = (row: number, date: string, sheet = "МАП"): ActivityRecord => ({
    file: FILE, sheet, row, school: "МБОУ СОШ № 1", fullName: "Иванова Анна Петровна", personId: "p1",
    activityType: "выступление", eventTitle: null, level: null, result: null, date,
  });
  const events = (dates: readonly string[], sheet?: string) => dates.map((d, i) => activity(i + 2, d, sheet));
  const of = (n: number, date: string) => Array.from({ length: n }, () => date);
  const hint = (data: Partial<Dataset>, period = CTX.period) =>
    validateDataset({ ...EMPTY, ...data }, { ...CTX, period, sheets: [...SHEETS, sheetOf("activities", undefined, "МАП"), sheetOf("activities", undefined, "МАП-2")] }).filter(
      (i) => i.rule === "period.likelyOther",
    );

  test("most events in one other year: said once, naming that year, at the first date of the sheet with most of them", () => {
    const found = hint({ activities: [...events(of(3, "2022-10-01"), "МАП-2"), ...events([...of(10, "2022-11-15"), "2023-10-01"])] });
    expect(found).toEqual([
      expect.objectContaining({ sheet: "МАП", cell: "G2", severity: "warning", message: expect.stringContaining("13 из 14 дат мероприятий и диагностик вне периода 2023/2024 (01.09.2023–31.08.2024); 13 из 14 — в 2022/2023") }),
    ]);
    expect(found[0].message).toContain("Если данные за 2022/2023, выберите этот период");
  });

  test("a calendar year is compared with calendar years", () => {
    const found = hint({ activities: events(of(12, "2023-05-10")) }, calendarYear(2024));
    expect(found[0].message).toContain("; 12 из 12 — в 2023.");
  });

  test.each<[string, readonly string[]]>([
    ["the events are in the period", of(12, "2024-02-01")],
    ["half of them are", [...of(6, "2024-02-01"), ...of(6, "2022-02-01")]],
    ["too few dates to tell", of(9, "2022-02-01")],
    ["outside, but spread over years", [...of(4, "2019-02-01"), ...of(4, "2020-02-01"), ...of(4, "2021-02-01")]],
  ])("nothing when %s", (_what, dates) => {
    expect(hint({ activities: events(dates) })).toEqual([]);
  });

  test("courses are not counted: those of the two years before count too («за три последних года»)", () => {
    const courses = Array.from({ length: 20 }, (_, i) => ({ ...course(i + 2, null), endDate: "2022-03-01" }));
    expect(hint({ courses })).toEqual([]);
  });
});

// Regression (review, 24.11): the hint only offered a year of the chosen kind — data of Sep 2024–Aug 2025
// checked as 2024 was sent to 2025, which still left a third of it outside.
describe("validateDataset: the period hint offers either kind of year", () => {
  const activity = (row: number, date: string): ActivityRecord => ({
    file: FILE, sheet: "МАП", row, school: "МБОУ СОШ № 1", fullName: "Иванова Анна Петровна", personId: "p1",
    activityType: "выступление", eventTitle: null, level: null, result: null, date,
  });
  const monthly = (from: number) => Array.from({ length: 12 }, (_, i) => activity(i + 2, `${from + Math.floor((8 + i) / 12)}-${String(((8 + i) % 12) + 1).padStart(2, "0")}-10`));
  const hint = (period: ReturnType<typeof calendarYear>) =>
    validateDataset({ ...EMPTY, activities: monthly(2024) }, { ...CTX, period, sheets: [...SHEETS, sheetOf("activities", undefined, "МАП")] }).filter((i) => i.rule === "period.likelyOther");

  test("a school year checked as a calendar year: the school year is offered", () => {
    expect(hint(calendarYear(2024))[0].message).toContain("; 12 из 12 — в 2024/2025");
  });

  // Regression (review, 24.11): only 42 % of the example's dates lie outside the calendar year 2024, and
  // the hint waited for half; 2023/2024 holds all of them.
  test("a school year checked as a calendar year, most dates inside it: the school year still offered", () => {
    expect(hint(calendarYear(2025))[0].message).toContain("; 12 из 12 — в 2024/2025");
  });

  test("half the events in each of two other years: the later one is named", () => {
    const two = [...monthly(2022).slice(0, 6), ...monthly(2023).slice(6)];
    const found = validateDataset({ ...EMPTY, activities: two }, { ...CTX, period: academicYear(2024), sheets: [...SHEETS, sheetOf("activities", undefined, "МАП")] }).filter((i) => i.rule === "period.likelyOther");
    expect(found[0].message).toContain("12 из 12 дат мероприятий и диагностик вне периода 2024/2025");
  });

  test("late entries of the year before, a quarter of them, are no sign of a wrong period", () => {
    const late = [...monthly(2024).slice(0, 9), ...monthly(2023).slice(0, 3)];
    expect(validateDataset({ ...EMPTY, activities: late }, { ...CTX, period: academicYear(2024), sheets: [...SHEETS, sheetOf("activities", undefined, "МАП")] }).filter((i) => i.rule === "period.likelyOther")).toEqual([]);
  });

  test("a school year checked as the year before: the school year, not a calendar year", () => {
    expect(hint(academicYear(2023))[0].message).toContain("; 12 из 12 — в 2024/2025");
  });
});

// Regression (review, 24.11): the same МАП data twice (a line typed again, or pasted again under columns in
// another order) was read twice without a word — LK-04, which counts prize rows, doubled.
describe("validateDataset: a worker's event listed twice", () => {
  const event = (row: number, over: Partial<ActivityRecord> = {}): ActivityRecord => ({
    file: FILE, sheet: "МАП", row, school: "МБОУ СОШ № 1", fullName: "Иванова Анна Петровна", personId: "p1",
    activityType: "конкурс профессионального мастерства", eventTitle: "Учитель года", level: "муниципальный", result: "призёр", date: "2023-11-15", ...over,
  });
  // Two roster people, so that «p1» and «p2» are found by their number as in a built dataset.
  const people = [roster(2, "Иванова Анна Петровна", null), roster(3, "Петров Пётр Ильич", null)];
  const found = (activities: ActivityRecord[]) =>
    validateDataset({ ...EMPTY, roster: people, activities }, { ...CTX, sheets: [...SHEETS, sheetOf("activities", undefined, "МАП")] }).filter((i) => i.rule === "activities.duplicate");

  test("the second line is said at its event cell, pointing at the first", () => {
    expect(found([event(2), event(5, { eventTitle: "«Учитель  года»" })])).toEqual([
      expect.objectContaining({ sheet: "МАП", cell: "D5", severity: "warning", message: expect.stringContaining("Это мероприятие работника Иванова Анна Петровна уже указано в строке 2") }),
    ]);
  });

  test("a person whose id is not numbered is compared by the id: «p01» is not «p1»", () => {
    const issues = found([event(2), event(3, { personId: "p01" }), event(4, { personId: "x" }), event(5, { personId: "x" })]);
    expect(issues.map((i) => i.cell)).toEqual(["D5"]);
  });

  test("a worker not linked to the roster is compared by school and name", () => {
    expect(found([event(2, { personId: null }), event(3, { personId: null, fullName: "ИВАНОВА Анна Петровна" })])).toHaveLength(1);
  });

  test.each<[string, Partial<ActivityRecord>]>([
    ["another result", { result: "победитель" }],
    ["another date", { date: "2023-11-16" }],
    ["another level", { level: "региональный" }],
    ["another worker", { personId: "p2", fullName: "Петров Пётр Ильич" }],
    ["no title (two talks may have none)", { eventTitle: null }],
  ])("nothing when the second has %s", (_what, over) => {
    const first = over.eventTitle === null ? event(2, { eventTitle: null }) : event(2);
    expect(found([first, event(3, over)])).toEqual([]);
  });
});
