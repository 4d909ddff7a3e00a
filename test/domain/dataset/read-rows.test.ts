import { readFormRows } from "../../../src/domain/dataset/read-rows";
import { rowsWithMergesFilled } from "../../../src/domain/dataset/merged-cells";
import { sheetOf } from "./fixtures";
import { recognizeSheet, isRecognized } from "../../../src/domain/recognize";
import { SheetGrid } from "../../../src/domain/grid";

describe("reading the rows of a recognised sheet", () => {
  const { grid, rec } = sheetOf(
    "школа1.xlsx", "Кадры", "roster",
    ["school", "fullName", "birthDate", "age", "position", "qualificationCategory"],
    [
      ["СОШ №1", "Иванова Анна Петровна", "07.03.1985", null, "учитель", "ВКК"],
      [null, null, null, null, null, null],
      ["СОШ №1", "Петров Иван Ильич", "31.02.2023", "сорок", "директор", "вторая"],
      ["Итого:", null, null, 2, null, null],
      ["СОШ №1", "Сидорова О.И.", { error: "#Н/Д" }, 44, "учитель", "первая"],
      ["Всего педагогов", 3, null, null, null, null],
      [null, null, null, null, null, null],
      ["Директор МБОУ СОШ №1 ________ /Петров И.И./", null, null, null, null, null],
      ["Исполнитель: Сидорова О.И., тел. 2-22-22", null, null, null, null, null],
      ["М.П.", null, null, null, null, null],
    ],
    ["ОО", "ФИО", "Дата рожд.", "Возраст", "Должность", "Категория"],
    3,
  );
  const { rows, issues } = readFormRows(grid, rec);

  test("empty, summary and signature rows are skipped; row numbers are the sheet's", () => {
    expect(rows.map((r) => r.ref.row)).toEqual([4, 6, 8]);
    expect(rows.every((r) => r.form === "roster" && r.ref.file === "школа1.xlsx" && r.ref.sheet === "Кадры")).toBe(true);
  });

  test("values are normalised, failed cells are null, addresses and raw values kept", () => {
    expect(rows[0].values).toEqual({
      school: "СОШ №1", fullName: "Иванова Анна Петровна", birthDate: "1985-03-07", age: null, position: "учитель", qualificationCategory: "высшая",
    });
    expect(rows[1].values).toMatchObject({ birthDate: null, age: null, qualificationCategory: null, position: "директор" });
    expect(rows[1].cells).toMatchObject({ school: "A6", birthDate: "C6", qualificationCategory: "F6" });
    expect(rows[1].raw.birthDate).toBe("31.02.2023");
  });

  test("each failed cell is one issue naming the column, the value and the fix", () => {
    expect(issues).toHaveLength(4);
    expect(issues).toEqual([
      { file: "школа1.xlsx", sheet: "Кадры", cell: "C6", field: "birthDate", rule: "type.date", severity: "error",
        message: "Столбец «Дата рожд.»: „31.02.2023“ — такой даты нет; введите дату в формате ДД.ММ.ГГГГ" },
      { file: "школа1.xlsx", sheet: "Кадры", cell: "D6", field: "age", rule: "type.int", severity: "error",
        message: "Столбец «Возраст»: „сорок“ — не число; введите целое число, например 36" },
      expect.objectContaining({ cell: "F6", field: "qualificationCategory", rule: "type.enum", message: expect.stringMatching(/^Столбец «Категория»: „вторая“ — значение не из списка; допустимо: педагог-наставник, /) }),
      expect.objectContaining({ cell: "C8", field: "birthDate", rule: "cell.error", message: expect.stringContaining("„#Н/Д“") }),
    ]);
  });

  test("unmapped columns are ignored and a missing header cell falls back to the form's header", () => {
    const s = sheetOf("f.xlsx", "Л", "courses", ["school", "fullName", "hours"], [["СОШ", "Иванова А.П.", "много", "лишнее"]], ["ОО", "ФИО", ""]);
    const r = readFormRows(s.grid, s.rec);
    expect(Object.keys(r.rows[0].values)).toEqual(["school", "fullName", "hours"]);
    expect(r.issues[0].message).toMatch(/^Столбец «Объём \(количество часов\)»: „много“ — не число/);
  });

  test("a worker whose row starts with «Директор» is data, not a signature line", () => {
    const s = sheetOf("f.xlsx", "Кадры", "roster", ["position", "fullName", "school"], [["Директор", "Петров Иван Ильич", "СОШ №1"], ["Директор ______ Петров И.И.", null, null]]);
    const r = readFormRows(s.grid, s.rec);
    expect(r.rows.map((x) => [x.ref.row, x.values.position])).toEqual([[2, "Директор"]]);
  });
});

describe("regression: a numbering row under the header", () => {
  test("«1 2 3…» below the header is not read as a data row", () => {
    const sheet: SheetGrid = {
      file: "a.xlsx",
      sheet: "Сверка",
      cells: [
        ["ОО", "ФИО", "Дата рождения", "Должность"],
        [1, 2, 3, 4],
        ["МАОУ СОШ № 1", "Иванова Анна Петровна", "10.05.1980", "учитель"],
      ],
    };
    const rec = recognizeSheet(sheet);
    if (!isRecognized(rec)) throw new Error("roster not recognised");
    const { rows, issues } = readFormRows(sheet, rec);
    expect(rows.map((r) => r.ref.row)).toEqual([3]);
    expect(issues).toEqual([]);
  });
});

describe("regression: merged data cells", () => {
  /** A roster whose first school is merged from row 2 down to `bottom` (0-based), the cells below it empty. */
  function mergedRoster(rows: (string | null)[][], bottom: number): SheetGrid {
    return { file: "a.xlsx", sheet: "Сверка", cells: [["ОО", "ФИО", "Дата рождения", "Должность"], ...rows], merges: [{ top: 1, left: 0, bottom, right: 0 }] };
  }
  function read(sheet: SheetGrid) {
    const rec = recognizeSheet(sheet);
    if (!isRecognized(rec)) throw new Error("roster not recognised");
    return readFormRows(sheet, rec);
  }

  test("a school merged down a column belongs to every row of the block", () => {
    const sheet = mergedRoster(
      [
        ["МАОУ СОШ № 1", "Иванова Анна Петровна", "10.05.1980", "учитель"],
        [null, "Петров Пётр Ильич", "11.06.1981", "учитель"],
        [null, "Сидорова Мария Ивановна", "12.07.1982", "директор"],
      ],
      3,
    );
    const { rows, issues } = read(sheet);
    expect(rows.map((r) => r.values.school)).toEqual(["МАОУ СОШ № 1", "МАОУ СОШ № 1", "МАОУ СОШ № 1"]);
    expect(issues).toEqual([]);
    expect(sheet.cells[2][0]).toBeNull();
  });

  test("a school merged down the whole column fills the rows the sheet has, not a million", () => {
    const sheet = mergedRoster(
      [
        ["МАОУ СОШ № 1", "Иванова Анна Петровна", "10.05.1980", "учитель"],
        [null, "Петров Пётр Ильич", "11.06.1981", "учитель"],
      ],
      1_048_575,
    );
    const { rows, issues } = read(sheet);
    expect(rows.map((r) => [r.ref.row, r.values.school])).toEqual([
      [2, "МАОУ СОШ № 1"],
      [3, "МАОУ СОШ № 1"],
    ]);
    expect(issues).toEqual([]);
    // No row is made below the sheet's last (a million of them: ≈ 0.5 s and ≈ 250 MB).
    const rowAt = rowsWithMergesFilled(sheet, 1);
    expect(rowAt(2)).toEqual(["МАОУ СОШ № 1", "Петров Пётр Ильич", "11.06.1981", "учитель"]);
    expect(rowAt(3)).toBeUndefined();
    expect(rowAt(1_048_575)).toBeUndefined();
  });
});

// Regression (QA, 24.11): two schools' tables pasted one under the other, each with its header, and
// roster lines for vacant posts were read as workers — counted in S of every share, in a school
// named «Образовательная организация».
describe("lines that are no workers: a repeated header, a vacancy", () => {
  const HEADERS = ["Образовательная организация", "ФИО (полностью)", "Дата рождения", "Должность"];
  const roster = (rows: (string | null)[][]) => {
    const { grid, rec } = sheetOf("школы.xlsx", "Кадры", "roster", ["school", "fullName", "birthDate", "position"], rows, HEADERS);
    return readFormRows(grid, rec);
  };

  test.each([
    ["the header again, as pasted", ["Образовательная организация", "ФИО (полностью)", "Дата рождения", "Должность"]],
    ["the header again in other case and spacing, one cell left empty", ["образовательная  организация", "ФИО  (ПОЛНОСТЬЮ)", null, "должность "]],
  ])("%s: skipped with one warning at its first cell", (_what, again) => {
    const { rows, issues } = roster([
      ["МБОУ СОШ № 1", "Иванова Анна Петровна", "07.03.1985", "учитель"],
      again,
      ["МБОУ СОШ № 2", "Петров Иван Ильич", "01.02.1979", "учитель"],
    ]);
    expect(rows.map((r) => r.values.fullName)).toEqual(["Иванова Анна Петровна", "Петров Иван Ильич"]);
    expect(issues).toEqual([expect.objectContaining({ cell: "A3", rule: "sheet.headerRepeated", severity: "warning" })]);
  });

  test("a row where a single cell happens to spell its header is still a record", () => {
    const { rows, issues } = roster([["МБОУ СОШ № 1", "Иванова Анна Петровна", "07.03.1985", "Должность"]]);
    expect(rows).toHaveLength(1);
    expect(issues).toEqual([]);
  });

  test.each(["Вакансия", "вакансия (учитель математики)", "Вакантная ставка"])("roster «%s»: skipped, said to be a vacant post", (name) => {
    const { rows, issues } = roster([
      ["МБОУ СОШ № 1", name, null, "учитель"],
      ["МБОУ СОШ № 1", "Иванова Анна Петровна", "07.03.1985", "учитель"],
    ]);
    expect(rows.map((r) => r.values.fullName)).toEqual(["Иванова Анна Петровна"]);
    expect(issues).toEqual([
      { file: "школы.xlsx", sheet: "Кадры", cell: "B2", field: "fullName", rule: "roster.vacancy", severity: "warning",
        message: `«${name}» — незанятая должность, а не работник: строка не учитывается ни в проверке людей, ни в показателях` },
    ]);
  });

  test("outside the roster a «Вакансия» in the name column is read as any other name (and fails person matching there)", () => {
    const { grid, rec } = sheetOf("школы.xlsx", "КПК", "courses", ["school", "fullName", "hours"], [["МБОУ СОШ № 1", "Вакансия", 36]]);
    expect(readFormRows(grid, rec).rows).toHaveLength(1);
  });
});

// Regression (QA, 24.11): a school's blank with the ОО column dragged down to row 60 and three workers
// read as 59 rows — 56 «workers» without a name in every denominator (LK-01 1,7 % instead of 50 %) —
// and a signature line «Директор | ____ /Громова А.В./» became a worker of a school «Директор».
describe("lines under the workers: the ОО dragged down, a signature beside its name", () => {
  const HEADERS = ["Образовательная организация", "ФИО", "Дата рождения", "Должность"];
  const roster = (rows: (string | null)[][]) => {
    const { grid, rec } = sheetOf("школа5.xlsx", "Сверка кадров", "roster", ["school", "fullName", "birthDate", "position"], rows, HEADERS);
    return readFormRows(grid, rec);
  };
  const school = "МБОУ СОШ № 5";
  const workers = [
    [school, "Иванова Анна Петровна", "07.03.1985", "учитель"],
    [school, "Петров Иван Ильич", "01.02.1979", "учитель"],
    [school, "Сидорова Ольга Ивановна", "12.12.1990", "учитель"],
  ];

  test("rows holding only the school are no records: skipped, said once for the sheet", () => {
    const { rows, issues } = roster([...workers, ...Array.from({ length: 56 }, () => [school, null, null, null])]);
    expect(rows.map((r) => r.values.fullName)).toEqual(["Иванова Анна Петровна", "Петров Иван Ильич", "Сидорова Ольга Ивановна"]);
    expect(issues).toEqual([
      expect.objectContaining({ cell: "A5", rule: "sheet.schoolOnlyRows", severity: "warning", message: expect.stringMatching(/^Заполнена только ОО \(строки 5–60\)/) }),
    ]);
  });

  test("a row begun beyond the school is still a record, and a missing name is still said", () => {
    const { rows } = roster([...workers, [school, null, null, "учитель"], [school, null, null, null]]);
    expect(rows.map((r) => r.ref.row)).toEqual([2, 3, 4, 5]);
  });

  test.each([
    ["a line to sign on and the name in slashes", ["Директор", "_____________ /Громова А.В./", null, null]],
    ["the name with initials further along", ["Директор школы", null, "Громова А.В.", null]],
    ["«М.П.» and «(подпись)»", ["Руководитель", "(подпись)", "М.П.", null]],
  ])("a signature with %s is skipped without a word", (_what, line) => {
    const { rows, issues } = roster([...workers, line]);
    expect(rows).toHaveLength(3);
    expect(issues).toEqual([]);
  });

  test("school cards keep a card that has only its name", () => {
    const { grid, rec } = sheetOf("школа5.xlsx", "Карты ОО", "schools", ["school", "orgType"], [["МБОУ СОШ № 5", null]], ["ОО", "Тип"]);
    expect(readFormRows(grid, rec).rows).toHaveLength(1);
  });
});
