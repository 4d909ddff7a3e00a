import { CellValue, SheetGrid } from "../../src/domain/grid";
import { repeatedSheets, staleCopies } from "../../src/domain/repeated-sheets";

const d = (y: number, m: number, day: number) => new Date(Date.UTC(y, m - 1, day));
const ROWS: CellValue[][] = [
  ["ОО", "ФИО", "Дата рождения", "Стаж"],
  ["СОШ 1", "Иванова Анна Петровна", d(1980, 3, 12), 20],
  ["СОШ 1", "Петров Пётр Ильич", d(1990, 5, 5), { error: "#N/A" }],
];
const grid = (file: string, sheet: string, cells: CellValue[][] = ROWS, extra: Partial<SheetGrid> = {}): SheetGrid => ({ file, sheet, cells, ...extra });
/** Each sheet's data under its header (row 1). */
const forms = (sheets: SheetGrid[]) => sheets.map((sheet) => ({ sheet, from: 1 }));
const repeats = (sheets: SheetGrid[], results: string[] = []) =>
  [...repeatedSheets(forms(sheets), (s) => results.includes(s.file))].map(([s, o]) => [`${s.file}›${s.sheet}`, `${o.file}›${o.sheet}`]);

describe("repeatedSheets", () => {
  test("a sheet equal cell for cell (dates by their day, errors by their code) repeats the first", () => {
    const copy = ROWS.map((r) => r.map((v) => (v instanceof Date ? new Date(v.getTime()) : v && typeof v === "object" ? { ...v } : v)));
    expect(repeats([grid("a.xlsx", "Сверка"), grid("b.xlsx", "Сверка", copy)])).toEqual([["b.xlsx›Сверка", "a.xlsx›Сверка"]]);
  });

  test("the copy in a result of Metodist is the repeat, whichever comes first", () => {
    expect(repeats([grid("итог.xlsx", "Сверка (a)"), grid("a.xlsx", "Сверка")], ["итог.xlsx"])).toEqual([["итог.xlsx›Сверка (a)", "a.xlsx›Сверка"]]);
  });

  test("a sheet copied within one workbook repeats too", () => {
    expect(repeats([grid("a.xlsx", "Сверка"), grid("a.xlsx", "Сверка (2)")])).toEqual([["a.xlsx›Сверка (2)", "a.xlsx›Сверка"]]);
  });

  // Regression (review, 24.11): Excel may place a copied sheet before its original; the copy won.
  test("of two equal sheets in one workbook, the one named as Excel names a copy is the repeat, wherever it stands", () => {
    expect(repeats([grid("a.xlsx", "Сверка (2)"), grid("a.xlsx", "Сверка")])).toEqual([["a.xlsx›Сверка (2)", "a.xlsx›Сверка"]]);
  });

  // Regression (review, 24.11): a copy whose header was reworded was read twice.
  test("the header is not compared: the same data under a reworded header repeats", () => {
    expect(repeats([grid("a.xlsx", "Сверка"), grid("b.xlsx", "Сверка", [["ОО", "ФИО педагога", "Дата рождения", "Стаж"], ...ROWS.slice(1)])])).toEqual([["b.xlsx›Сверка", "a.xlsx›Сверка"]]);
  });

  test("empty cells at a row's end, and empty rows at the sheet's end, are no difference", () => {
    const padded = [...ROWS.map((r) => [...r, null, ""]), [], [null]];
    expect(repeats([grid("a.xlsx", "Сверка"), grid("b.xlsx", "Сверка", padded)])).toEqual([["b.xlsx›Сверка", "a.xlsx›Сверка"]]);
  });

  // Regression (review, 24.11): a result's sheet the school corrected since was read beside the school's file.
  test("a result's sheet that repeats nothing, beside its repeated ones, is a stale copy; a school's own computed book has none", () => {
    const result = [grid("итог.xlsx", "Сверка"), grid("итог.xlsx", "МАП", [ROWS[0], ["СОШ 1", "Иванова Анна Петровна", d(2023, 10, 1), 1]])];
    const schools = [grid("a.xlsx", "Сверка"), grid("a.xlsx", "МАП", [ROWS[0], ["СОШ 1", "Иванова Анна Петровна", d(2023, 10, 1), 2]])];
    const all = forms([...result, ...schools]);
    const inResult = (s: SheetGrid) => s.file === "итог.xlsx";
    const found = repeatedSheets(all, inResult);
    expect([...staleCopies(all, found, inResult)].map((s) => `${s.file}›${s.sheet}`)).toEqual(["итог.xlsx›МАП"]);
    const alone = forms([grid("итог.xlsx", "Сверка"), grid("b.xlsx", "Сверка", [ROWS[0], ["СОШ 2", "Петров", null, 1]])]);
    expect([...staleCopies(alone, repeatedSheets(alone, inResult), inResult)]).toEqual([]);
  });

  test.each<[string, CellValue[][]]>([
    ["one cell differs in the middle", [ROWS[0], ROWS[1], ["СОШ 1", "Петров Пётр Ильич", d(1990, 5, 5), 3]]],
    ["a date a day apart", [ROWS[0], [ROWS[1][0], ROWS[1][1], d(1980, 3, 13), 20], ROWS[2]]],
    ["one more row", [...ROWS, ["СОШ 1", "Сидорова Мария", null, 1]]],
    ["an empty cell where the other has text", [ROWS[0], ROWS[1], ["СОШ 1", null, d(1990, 5, 5), { error: "#N/A" }]]],
  ])("no repeat when %s", (_what, other) => {
    expect(repeats([grid("a.xlsx", "Сверка"), grid("b.xlsx", "Сверка", other)])).toEqual([]);
  });

  test("blanks with only their header, and Metodist's own sheets, repeat nothing", () => {
    expect(repeats([grid("a.xlsx", "КПК", [ROWS[0]]), grid("b.xlsx", "КПК", [ROWS[0], [null, ""]])])).toEqual([]);
    expect(repeats([grid("a.xlsx", "Показатели", ROWS, { ownOutput: true }), grid("b.xlsx", "Показатели", ROWS, { ownOutput: true })])).toEqual([]);
  });
});
