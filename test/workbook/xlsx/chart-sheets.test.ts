/**
 * Regression: a workbook with a chart sheet (xl/chartsheets/sheet1.xml, a whole tab that is one chart)
 * was refused whole as «файл повреждён»: its part was read as a worksheet. A chart sheet holds no
 * cells; it is left out, the rest of the file is read, and the output (without it) still opens.
 */
import { readFileSync, writeFileSync } from "fs";
import { join } from "path";
import ExcelJS from "exceljs";
import { workbookFromBuffer } from "../../../src/workbook/xlsx/open";
import { XlsxWorkbook } from "../../../src/workbook/xlsx/xlsx-workbook";
import { CSV_UTF8, describeWithLibreOffice, parseCsv, sofficeConvert, tempDir } from "./support";
import { rawXlsx, textCell } from "./raw-package";

/** The chart sheet comes first, so every worksheet after it moves up one place. */
function withChartSheet(): Buffer {
  return rawXlsx({
    sheets: [
      { name: "Диаграмма1", kind: "chartsheet" },
      { name: "КПК", rows: `<row r="1">${textCell("A1", "ФИО")}${textCell("B1", "Количество часов")}</row><row r="2">${textCell("A2", "Иванова Анна Петровна")}<c r="B2"><v>36</v></c></row>` },
      { name: "Сверка", rows: `<row r="1">${textCell("A1", "ФИО")}</row>` },
    ],
    definedNames:
      '<definedName name="ЛокальноДиаграммы" localSheetId="0">1</definedName>' +
      '<definedName name="_xlnm.Print_Area" localSheetId="1">КПК!$A$1:$B$2</definedName>' +
      '<definedName name="Всё">Сверка!$A$1</definedName>',
  });
}

describe("a workbook with a chart sheet", () => {
  test("opens; its worksheets are read, the chart sheet left out", () => {
    const book = workbookFromBuffer(withChartSheet(), "школа.xlsx");
    expect(book.sheets.map((s) => s.name)).toEqual(["КПК", "Сверка"]);
    const grids = book.readGrids("школа.xlsx");
    expect(grids.map((g) => g.sheet)).toEqual(["КПК", "Сверка"]);
    expect(grids[0].cells[1]).toEqual(["Иванова Анна Петровна", 36]);
  });

  test("names local to a sheet follow it past the chart sheet; the chart sheet's own go with it", () => {
    const book = workbookFromBuffer(withChartSheet(), "школа.xlsx");
    expect(book.definedNames.map((n) => [n.name, n.localSheetId])).toEqual([
      ["_xlnm.Print_Area", 0],
      ["Всё", undefined],
    ]);
  });

  async function output(dir: string): Promise<string> {
    const input = join(dir, "школа.xlsx");
    writeFileSync(input, withChartSheet());
    const wb = await XlsxWorkbook.open([input]);
    await wb.applyPlans([{ name: "Итоги", rows: [[{ v: "x" }]] }]);
    const out = join(dir, "out.xlsx");
    await wb.save(out);
    return out;
  }

  test("the output, without the chart sheet, opens in ExcelJS with the print area on its sheet", async () => {
    const out = await output(tempDir());
    const back = new ExcelJS.Workbook();
    await back.xlsx.readFile(out);
    expect(back.worksheets.map((w) => w.name).slice(0, 3)).toEqual(["КПК", "Сверка", "Итоги"]);
    expect(back.getWorksheet("КПК")?.getCell("B2").value).toBe(36);
    expect(back.getWorksheet("КПК")?.pageSetup.printArea).toBe("A1:B2");
  });

  describeWithLibreOffice("the output in LibreOffice", () => {
    test("converts to CSV, every sheet (CSV_UTF8 writes each to a file of its own)", async () => {
      const dir = tempDir();
      const out = await output(dir);
      expect(sofficeConvert(out, dir, CSV_UTF8)).toEqual(expect.arrayContaining(["out-КПК.csv", "out-Сверка.csv", "out-Итоги.csv"]));
      expect(parseCsv(readFileSync(join(dir, "out-КПК.csv"), "utf8"))[1]).toEqual(["Иванова Анна Петровна", "36"]);
    });
  });
});
