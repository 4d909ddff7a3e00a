/**
 * Regression: the output keeps the first input's date system. A later input in the other system (a
 * workbook from old Mac Excel counts days from 1904) was copied cell for cell, so its copy showed every
 * date four years and a day off. Its date cells are now moved to the output's system.
 */
import { join } from "path";
import ExcelJS from "exceljs";
import { XlsxWorkbook } from "../../../src/workbook/xlsx/xlsx-workbook";
import { tempDir } from "./support";

async function book(dir: string, name: string, date1904: boolean): Promise<string> {
  const wb = new ExcelJS.Workbook();
  wb.properties.date1904 = date1904;
  const ws = wb.addWorksheet(date1904 ? "Мак" : "Windows");
  ws.addRow(["ФИО", "Дата рождения", "Часы", "Дата формулой"]);
  ws.addRow(["Иванова Анна Петровна", new Date(Date.UTC(1980, 4, 10)), 36, { formula: "B2+1", result: new Date(Date.UTC(1980, 4, 11)) }]);
  ws.getCell("B2").numFmt = "dd.mm.yyyy";
  ws.getCell("D2").numFmt = "dd.mm.yyyy";
  // An empty cell with a date format (written as <c … s="…"/>) before a plain number: the number stays.
  ws.getCell("A3").numFmt = "dd.mm.yyyy";
  ws.getCell("B3").value = 72;
  const path = join(dir, name);
  await wb.xlsx.writeFile(path);
  return path;
}

describe("inputs in different date systems, consolidated into one output", () => {
  it.each([
    ["a 1904 book after a 1900 one", false, true],
    ["a 1900 book after a 1904 one", true, false],
  ])("%s keeps its dates in the copy", async (_what, first1904, second1904) => {
    const dir = tempDir();
    const a = await book(dir, "первая.xlsx", first1904);
    const b = await book(dir, "вторая.xlsx", second1904);
    const wb = await XlsxWorkbook.open([a, b]);
    const read = await wb.readSheets();
    // Reading was always right: each book's serials are read in its own system.
    for (const s of read) expect(s.cells[1][1]).toEqual(new Date(Date.UTC(1980, 4, 10)));
    await wb.applyPlans([{ name: "Итоги", rows: [[{ v: "x" }]] }]);
    const out = join(dir, "out.xlsx");
    await wb.save(out);

    const back = await XlsxWorkbook.open([out]);
    const copies = (await back.readSheets()).filter((s) => s.sheet !== "Итоги" && !s.sheet.startsWith("metodist"));
    expect(copies).toHaveLength(2);
    for (const s of copies) {
      expect(s.cells[1][1]).toEqual(new Date(Date.UTC(1980, 4, 10)));
      expect(s.cells[1][2]).toBe(36);
      expect(s.cells[1][3]).toEqual(new Date(Date.UTC(1980, 4, 11)));
      expect(s.cells[2]).toEqual([null, 72]);
    }
  });
});
