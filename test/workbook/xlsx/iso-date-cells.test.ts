/**
 * Regression: cells stored as ISO dates (`<c t="d"><v>1980-03-12T00:00:00</v></c>`, as Excel's Strict
 * Open XML saves and openpyxl write them) were read as the number before the first «-», so a birth
 * date of 12.03.1980 became 1980 days after 1900 — 02.06.1905, «вне допустимого диапазона».
 */
import { CellValue } from "../../../src/domain/grid";
import { checkSheets } from "../../../src/app/check";
import { parsePeriod } from "../../../src/domain/period";
import { workbookFromBuffer } from "../../../src/workbook/xlsx/open";
import { rawXlsx, textCell } from "./raw-package";

/** Style 0 is General, style 1 the built-in date format (numFmtId 14). */
const GENERAL = 0;
const DATE = 1;

function readCell(cell: string, date1904 = false): CellValue {
  const buf = rawXlsx({ sheets: [{ name: "Лист1", rows: `<row r="1">${cell}</row>` }], styleFormats: [0, 14], date1904 });
  const [grid] = workbookFromBuffer(buf, "школа.xlsx").readGrids("школа.xlsx");
  return grid.cells[0]?.[0] ?? null;
}

const isoCell = (value: string, style: number) => `<c r="A1" s="${style}" t="d"><v>${value}</v></c>`;

describe("cells stored as ISO dates (t=\"d\")", () => {
  test.each<[string, string, CellValue]>([
    ["a date at midnight, as Excel's Strict save writes it", "1980-03-12T00:00:00", new Date(Date.UTC(1980, 2, 12))],
    ["a date alone", "1980-03-12", new Date(Date.UTC(1980, 2, 12))],
    ["a date with a time", "2023-09-01T14:30:00", new Date(Date.UTC(2023, 8, 1, 14, 30))],
    ["a time to the minute", "2023-09-01T14:30", new Date(Date.UTC(2023, 8, 1, 14, 30))],
    ["fractions of a second and a zone (the zone is not moved to UTC)", "2023-09-01T08:15:30.250+03:00", new Date(Date.UTC(2023, 8, 1, 8, 15, 30, 250))],
    ["UTC marked with Z", "2024-02-29T00:00:00Z", new Date(Date.UTC(2024, 1, 29))],
  ])("under a date format: %s → the Date at UTC, as a date-formatted serial reads", (_what, iso, expected) => {
    expect(readCell(isoCell(iso, DATE))).toEqual(expected);
  });

  test("the same in a 1904 workbook: an ISO date does not depend on the date system", () => {
    expect(readCell(isoCell("1980-03-12T00:00:00", DATE), true)).toEqual(new Date(Date.UTC(1980, 2, 12)));
  });

  test("matches the serial of the same date under the same format", () => {
    expect(readCell(isoCell("1980-03-12T00:00:00", DATE))).toEqual(readCell(`<c r="A1" s="${DATE}"><v>29292</v></c>`));
  });

  test.each<[string, boolean, number]>([
    ["1900 date system", false, 29292],
    ["1904 date system", true, 29292 - 1462],
  ])("under General the serial Excel shows (%s)", (_what, date1904, serial) => {
    expect(readCell(isoCell("1980-03-12T00:00:00", GENERAL), date1904)).toBe(serial);
    expect(readCell(`<c r="A1" t="d"><v>1980-03-12T12:00:00</v></c>`, date1904)).toBe(serial + 0.5);
  });

  test.each([["12.03.1980"], ["1980-02-30T00:00:00"], ["1980-03-12T25:00:00"], ["вчера"]])("%s is no ISO date: the text, never a crash", (text) => {
    expect(readCell(isoCell(text, DATE))).toBe(text);
  });

  test("a roster's ISO birth dates pass the range check; a broken one gets the usual date issue", () => {
    const header = ["ОО", "ФИО", "Дата рождения", "Должность"].map((h, i) => textCell(`${"ABCD"[i]}1`, h)).join("");
    const person = (row: number, name: string, birth: string) =>
      textCell(`A${row}`, "МБОУ СОШ № 1") + textCell(`B${row}`, name) + `<c r="C${row}" s="${DATE}" t="d"><v>${birth}</v></c>` + textCell(`D${row}`, "учитель");
    const rows =
      `<row r="1">${header}</row>` +
      `<row r="2">${person(2, "Иванова Анна Петровна", "1980-03-12T00:00:00")}</row>` +
      `<row r="3">${person(3, "Петров Пётр Ильич", "1975-11-30")}</row>` +
      `<row r="4">${person(4, "Сидорова Ольга Ивановна", "1980-02-30T00:00:00")}</row>`;
    const buf = rawXlsx({ sheets: [{ name: "Сверка кадров", rows }], styleFormats: [0, 14] });
    const grids = workbookFromBuffer(buf, "школа.xlsx").readGrids("школа.xlsx");
    const check = checkSheets(grids, { today: "2024-06-20", period: parsePeriod("2023/2024")! });
    expect(check.sheets.map((s) => s.form)).toEqual(["roster"]);
    const birthIssues = check.issues.filter((i) => i.cell.startsWith("C")).map((i) => [i.cell, i.rule]);
    expect(birthIssues).toEqual([["C4", "type.date"]]);
  });
});
