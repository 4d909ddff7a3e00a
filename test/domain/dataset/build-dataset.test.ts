import { readFormRows } from "../../../src/domain/dataset/read-rows";
import { buildDataset } from "../../../src/domain/dataset/build-dataset";
import { parsePeriod } from "../../../src/domain/period";
import { CellValue } from "../../../src/domain/grid";
import { FormId } from "../../../src/domain/forms/types";
import { sheetOf } from "./fixtures";

const PERIOD = parsePeriod("2023/2024")!; // ends 31.08.2024

function read(file: string, sheet: string, form: FormId, fields: string[], rows: CellValue[][]) {
  const { grid, rec } = sheetOf(file, sheet, form, fields, rows);
  return { rec, rows: readFormRows(grid, rec).rows };
}

const ROSTER_FIELDS = ["school", "fullName", "birthDate", "age", "position", "staffCategory", "teachingExperience", "youngSpecialist", "subjects"];

const roster1 = read("школа1.xlsx", "Кадры", "roster", ROSTER_FIELDS, [
  // born 01.09.1990 → 33 full years on 31.08.2024 (birthday is the next day); 2 years' teaching → young
  ["МБОУ СОШ №1", "Иванова Анна Петровна", "01.09.1990", null, "учитель математики", null, 2, null, "математика, физика"],
  ["МБОУ СОШ №1", "Иванова Алла Павловна", "15.01.1970", null, "Заместитель директора по УВР", null, 30, null, null],
  ["МБОУ СОШ №1", "Петров Иван Ильич", "10.10.1960", null, "директор", null, 40, null, null],
  // stated values win over derived ones
  ["МБОУ СОШ №1", "Смирнова Елена Викторовна", null, 30, "советник директора по воспитанию", null, 1, "нет", null],
  ["МБОУ СОШ №1", "Кузнецова Ольга Ивановна", "01.01.1995", null, "педагог-организатор", "руководящий", null, null, null],
]);
const roster2 = read("школа2.xlsx", "Кадры", "roster", ROSTER_FIELDS, [
  // works in two schools: one person
  ["мбоу сош № 2", "ПЕТРОВ Иван Ильич", "10.10.1960", null, "учитель физики (совместитель)", null, 40, null, null],
  ["мбоу сош № 2", "Заведующая д/с", null, null, "Заведующий", null, null, null, null],
]);

describe("dataset from recognised sheets", () => {
  test("roster: derived staff category, age and young specialist; one person across two schools", () => {
    const { dataset } = buildDataset([roster2, roster1], PERIOD);
    const r = dataset.roster;
    expect(r.map((x) => [x.file, x.row])).toEqual([
      ["школа1.xlsx", 2], ["школа1.xlsx", 3], ["школа1.xlsx", 4], ["школа1.xlsx", 5], ["школа1.xlsx", 6], ["школа2.xlsx", 2], ["школа2.xlsx", 3],
    ]);
    expect(r.map((x) => x.staffCategory)).toEqual(["педагогический", "руководящий", "руководящий", "педагогический", "руководящий", "педагогический", "руководящий"]);
    expect(r.map((x) => x.age)).toEqual([33, 54, 63, 30, 29, 63, null]);
    expect(r.map((x) => x.youngSpecialist)).toEqual([true, false, false, false, false, false, false]);
    expect(r[0].subjects).toEqual(["математика", "физика"]);
    expect(r[2].personId).toBe(r[5].personId);
    expect(dataset.persons).toHaveLength(6);
    expect(dataset.persons.find((p) => p.id === r[2].personId)!.rosterRows.map((x) => x.school)).toEqual(["МБОУ СОШ №1", "мбоу сош № 2"]);
  });

  test("no age from a birth date no worker can have: not a young specialist by a negative age", () => {
    const odd = read("школа3.xlsx", "Кадры", "roster", ROSTER_FIELDS, [
      ["МБОУ СОШ №3", "Орлова Ольга Олеговна", "01.01.2031", null, "учитель", null, 2, null, null],
      ["МБОУ СОШ №3", "Зуев Захар Захарович", "01.01.1850", null, "учитель", null, 2, null, null],
      ["МБОУ СОШ №3", "Юдина Юлия Юрьевна", "31.08.2008", null, "учитель", null, 0, null, null],
    ]);
    const r = buildDataset([odd], PERIOD).dataset.roster;
    expect(r.map((x) => x.age)).toEqual([null, null, 16]);
    expect(r.map((x) => x.youngSpecialist)).toEqual([false, false, true]);
  });

  test("events are linked by ФИО within the school; unmatched and ambiguous names are issues", () => {
    const courses = read("школа1.xlsx", "КПК", "courses", ["school", "fullName", "programTitle", "hours", "endDate", "provider", "topics"], [
      ["МБОУ СОШ №1", "Иванова Анна Петровна", "Функциональная грамотность", "36 ч.", "20.11.2023", "ФГАОУ ДПО «Академия реализации государственной политики и профессионального развития работников образования Министерства просвещения РФ»", "ФГ"],
      ["МБОУ СОШ №1", "Иванова А.П.", "ФГОС ООО", 72, "01.12.2023", "ГАУ ДПО ЯО ИРО", "ФГОС"],
      ["МБОУ СОШ №1", "Петрова А.А.", "ФГОС ООО", 72, "01.12.2023", "ЦНППМ ПР", null],
      ["мбоу сош №1", "петров и.и.", "Управление", 16, "01.03.2024", "ООО «Инфоурок»", "управление"],
      ["МБОУ СОШ №1", null, "Без ФИО", 16, null, null, null],
    ]);
    const mentoring = read("школа1.xlsx", "Наставничество", "mentoring", ["school", "mentorName", "menteeName"], [
      ["МБОУ СОШ №1", "Петров И.И.", "Иванова Анна Петровна"],
      [null, "Петров Иван Ильич", "Кузнецова О.И."],
    ]);
    const { dataset, issues } = buildDataset([courses, roster1, roster2, mentoring], PERIOD);
    const anna = dataset.roster[0].personId;
    const petrov = dataset.roster[2].personId;
    const c = dataset.courses;
    expect(c.map((x) => x.personId)).toEqual([anna, null, null, petrov, null]);
    expect(c.map((x) => x.providerGroup)).toEqual(["Академия Минпросвещения", "ИРО/ЦНППМ", "ИРО/ЦНППМ", "иное", null]);
    expect(c.map((x) => x.hours)).toEqual([36, 72, 72, 16, 16]);
    expect(c[0].topics).toEqual(["функциональная грамотность"]);
    expect(dataset.mentoring.map((x) => [x.mentorId, x.menteeId])).toEqual([
      [petrov, anna],
      // no school: the whole roster is searched; Петров's two roster rows are one person
      [petrov, dataset.roster[4].personId],
    ]);
    expect(issues).toEqual([
      { file: "школа1.xlsx", sheet: "КПК", cell: "B3", field: "fullName", rule: "person.ambiguous", severity: "error",
        message: "„Иванова А.П.“: в сверке кадров ОО „МБОУ СОШ №1“ подходят 2 работника — напишите ФИО полностью, чтобы было ясно, о ком речь" },
      { file: "школа1.xlsx", sheet: "КПК", cell: "B4", field: "fullName", rule: "person.unmatched", severity: "error",
        message: "„Петрова А.А.“ не найдена в сверке кадров ОО „МБОУ СОШ №1“ — проверьте написание ФИО или добавьте работника в сверку" },
    ]);
  });

  test("a school absent from the roster is one issue per sheet, not one per row", () => {
    const activities = read("школа9.xlsx", "МАП", "activities", ["school", "fullName", "activityType"], [
      ["МБОУ СОШ №9", "Орлова Н.В.", "мастер-класс"], ["МБОУ СОШ №9", "Белов К.С.", "публикация"], ["МБОУ СОШ №1", "Лисина Р.Р.", "публикация"],
    ]);
    const { issues } = buildDataset([roster1, activities], PERIOD);
    expect(issues).toEqual([
      { file: "школа9.xlsx", sheet: "МАП", cell: "B2", field: "fullName", rule: "person.unmatched", severity: "error",
        message: "ОО „МБОУ СОШ №9“ нет в сверке кадров: ФИО из этого листа для этой ОО не с кем сверить — добавьте сверку кадров ОО или напишите её название так же, как в сверке" },
      expect.objectContaining({ cell: "B4", rule: "person.unmatched", message: expect.stringMatching(/^„Лисина Р.Р.“ не найдена в сверке кадров ОО „МБОУ СОШ №1“/) }),
    ]);
  });

  test("without a roster: one issue per event sheet, not per row", () => {
    const courses = read("школа1.xlsx", "КПК", "courses", ["school", "fullName", "programTitle"], [
      ["СОШ", "Иванова А.П.", "ФГОС"], ["СОШ", "Петров И.И.", "ФГОС"],
    ]);
    const activities = read("школа1.xlsx", "МАП", "activities", ["school", "fullName", "activityType"], [["СОШ", "Иванова А.П.", "мастер-класс"]]);
    const { dataset, issues } = buildDataset([courses, activities], PERIOD);
    expect(dataset.courses.map((x) => x.personId)).toEqual([null, null]);
    expect(issues.map((i) => [i.sheet, i.cell, i.rule])).toEqual([["КПК", "B1", "person.unmatched"], ["МАП", "B1", "person.unmatched"]]);
    expect(issues[0].message).toContain("Не найден лист «Сверка кадров»");
  });

  test("manual values: да/нет → boolean, numbers → number, anything else is an issue", () => {
    const manual = read("муниципалитет.xlsx", "Сведения", "manual", ["indicator", "value", "numerator", "denominator"], [
      ["AL-1.4.1", "да", null, null], ["AL-1.4.2", "Нет", null, null], ["AL-2.1", 0.75, null, null], ["AL-2.2", "12,5", null, null],
      ["AL-3", null, 3, 10], ["AL-4", "скоро", null, null],
    ]);
    const { dataset, issues } = buildDataset([roster1, manual], PERIOD);
    expect(dataset.manual.map((m) => [m.indicator, m.value, m.numerator, m.denominator])).toEqual([
      ["AL-1.4.1", true, null, null], ["AL-1.4.2", false, null, null], ["AL-2.1", 0.75, null, null], ["AL-2.2", 12.5, null, null],
      ["AL-3", null, 3, 10], ["AL-4", null, null, null],
    ]);
    expect(issues).toEqual([expect.objectContaining({ cell: "B7", field: "value", message: "Столбец «Значение»: „скоро“ — введите да, нет или число" })]);
  });

  test("schools and diagnostics records carry their typed values", () => {
    const schools = read("карты.xlsx", "Карты ОО", "schools", ["school", "orgType", "lowResults", "staffRates", "filledRates"], [["МБОУ СОШ №1", "школа", "+", "45,5", 40]]);
    const diag = read("школа1.xlsx", "Диагностика", "diagnostics", ["school", "fullName", "level", "date", "score", "deficitsFound", "iom"], [
      ["МБОУ СОШ №1", "Смирнова Е.В.", "ФИОКО", "15.03.2024", "64%", "да", "ИОМ"],
    ]);
    const { dataset, issues } = buildDataset([schools, diag, roster1], PERIOD);
    expect(dataset.schools[0]).toMatchObject({ school: "МБОУ СОШ №1", orgType: "ОО", lowResults: true, staffRates: 45.5, filledRates: 40 });
    expect(dataset.diagnostics[0]).toMatchObject({ personId: dataset.roster[3].personId, level: "федеральная", date: "2024-03-15", score: 64, deficitsFound: true, iom: "ЦНППМ (ИОМ)" });
    expect(issues).toEqual([]);
  });
});
