import ExcelJS from "exceljs";
import { join } from "path";
import { SheetGrid } from "../../../src/domain/grid";
import { openWorkbookFile, workbookFromBuffer } from "../../../src/workbook/xlsx/open";
import { tempDir } from "./support";

/** A school's sheet as Excel would save it: title, merged header, dates, formulas, errors, links. */
async function schoolWorkbook(path: string): Promise<void> {
  const wb = new ExcelJS.Workbook();
  const ws = wb.addWorksheet("Сверка кадров");
  ws.getCell("A1").value = "Сверка педагогических кадров МБОУ СОШ № 5";
  ws.mergeCells("A1:D1");
  ws.getRow(3).values = ["ФИО", "Дата рождения", "Стаж", "Категория", "Сайт"];
  ws.getCell("A4").value = "Иванова Мария Петровна";
  ws.getCell("B4").value = new Date(Date.UTC(1980, 2, 15));
  ws.getCell("B4").numFmt = "dd.mm.yyyy";
  ws.getCell("C4").value = { formula: "2024-2004", result: 20 };
  ws.getCell("D4").value = { richText: [{ text: "выс", font: { bold: true } }, { text: "шая" }] };
  ws.getCell("E4").value = { text: "школа5.рф", hyperlink: "https://xn--5-7sbbhr.xn--p1ai" };
  ws.getCell("A5").value = "Петров Пётр";
  ws.getCell("C5").value = { error: "#N/A" } as ExcelJS.CellErrorValue;
  ws.getCell("D5").value = { formula: "VLOOKUP(A5,X:Y,2,0)", result: { error: "#N/A" } } as ExcelJS.CellFormulaValue;
  ws.getCell("B5").value = true;
  // A ragged, far row with a gap before it.
  ws.getCell("G9").value = "примечание";
  const hidden = wb.addWorksheet("Справочник", { state: "hidden" });
  hidden.getCell("A1").value = "да";
  await wb.xlsx.writeFile(path);
}

describe("reading a sheet's grid", () => {
  let sheets: readonly SheetGrid[];
  beforeAll(async () => {
    const path = join(tempDir(), "школа5.xlsx");
    await schoolWorkbook(path);
    sheets = (await openWorkbookFile(path)).readGrids("школа5.xlsx");
  });

  it("names the file and sheet, Cyrillic intact", () => {
    expect(sheets.map((s) => [s.file, s.sheet])).toEqual([
      ["школа5.xlsx", "Сверка кадров"],
      ["школа5.xlsx", "Справочник"],
    ]);
  });

  it.each([
    ["text", 3, 0, "Иванова Мария Петровна"],
    ["date-formatted cell stays a Date at UTC midnight", 3, 1, new Date(Date.UTC(1980, 2, 15))],
    ["formula → its cached result, never the formula", 3, 2, 20],
    ["rich text runs joined", 3, 3, "высшая"],
    ["hyperlink → its text", 3, 4, "школа5.рф"],
    ["boolean", 4, 1, true],
    ["error value kept apart from text", 4, 2, { error: "#N/A" }],
    ["formula whose cached result is an error", 4, 3, { error: "#N/A" }],
    ["merged block's master", 0, 0, "Сверка педагогических кадров МБОУ СОШ № 5"],
    ["merged block's other cells are blank", 0, 1, undefined],
    ["cell after a gap of empty rows", 8, 6, "примечание"],
  ])("%s", (_what, r, c, expected) => {
    expect(sheets[0].cells[r][c] ?? undefined).toEqual(expected);
  });

  it("keeps empty rows as empty arrays so row indexes match the sheet", () => {
    expect(sheets[0].cells[1]).toEqual([]);
    expect(sheets[0].cells[5]).toEqual([]);
    expect(sheets[0].cells).toHaveLength(9);
  });

  it("reports merges 0-based and flags hidden sheets", () => {
    expect(sheets[0].merges).toEqual([{ top: 0, left: 0, bottom: 0, right: 3 }]);
    expect(sheets[0].hidden).toBeUndefined();
    expect(sheets[1].hidden).toBe(true);
  });

  it("reads all of a 200 000-row sheet (speed is measured by npm run bench)", async () => {
    const wb = new ExcelJS.Workbook();
    const ws = wb.addWorksheet("Курсы");
    for (let r = 1; r <= 200_000; r++) ws.getRow(r).values = ["Школа " + (r % 40), "Педагог " + r, r % 72, r % 3 === 0];
    const buf = Buffer.from(await wb.xlsx.writeBuffer());
    const [grid] = workbookFromBuffer(buf, "регион.xlsx").readGrids("регион.xlsx");
    expect(grid.cells).toHaveLength(200_000);
    expect(grid.cells[199_999]).toEqual(["Школа 0", "Педагог 200000", 200_000 % 72, false]);
  });
});
