import { CellValue, SheetGrid } from "../../src/domain/grid";
import { repeatedSheets } from "../../src/domain/repeated-sheets";

const d = (y: number, m: number, day: number) => new Date(Date.UTC(y, m - 1, day));
const ROWS: CellValue[][] = [
  ["ОО", "ФИО", "Дата рождения", "Стаж"],
  ["СОШ 1", "Иванова Анна Петровна", d(1980, 3, 12), 20],
  ["СОШ 1", "Петров Пётр Ильич", d(1990, 5, 5), { error: "#N/A" }],
];
const grid = (file: string, sheet: string, cells: CellValue[][] = ROWS, extra: Partial<SheetGrid> = {}): SheetGrid => ({ file, sheet, cells, ...extra });
const repeats = (sheets: SheetGrid[], results: string[] = []) =>
  [...repeatedSheets(sheets, (s) => results.includes(s.file))].map(([s, o]) => [`${s.file}›${s.sheet}`, `${o.file}›${o.sheet}`]);

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

  test.each<[string, CellValue[][]]>([
    ["one cell differs in the middle", [ROWS[0], ROWS[1], ["СОШ 1", "Петров Пётр Ильич", d(1990, 5, 5), 3]]],
    ["a date a day apart", [ROWS[0], [ROWS[1][0], ROWS[1][1], d(1980, 3, 13), 20], ROWS[2]]],
    ["one more row", [...ROWS, ["СОШ 1", "Сидорова Мария", null, 1]]],
    ["an empty cell where the other has text", [ROWS[0], ROWS[1], ["СОШ 1", null, d(1990, 5, 5), { error: "#N/A" }]]],
  ])("no repeat when %s", (_what, other) => {
    expect(repeats([grid("a.xlsx", "Сверка"), grid("b.xlsx", "Сверка", other)])).toEqual([]);
  });

  test("blanks with only their header, and Metodist's own sheets, repeat nothing", () => {
    expect(repeats([grid("a.xlsx", "КПК", [ROWS[0]]), grid("b.xlsx", "КПК", [ROWS[0]])])).toEqual([]);
    expect(repeats([grid("a.xlsx", "Показатели", ROWS, { ownOutput: true }), grid("b.xlsx", "Показатели", ROWS, { ownOutput: true })])).toEqual([]);
  });
});
