import ExcelJS from "exceljs";
import { applySheetPlan, wrappedLines } from "../../../src/workbook/xlsx/apply-plan";
import { SheetPlan } from "../../../src/report/plan";
import { XlsxWorkbook } from "../../../src/workbook/xlsx/xlsx-workbook";
import { partText } from "./support";

function apply(plan: SheetPlan): ExcelJS.Worksheet {
  const ws = new ExcelJS.Workbook().addWorksheet(plan.name);
  applySheetPlan(ws, plan, { tableNames: new Set(), listSource: () => "" });
  return ws;
}

describe("wrappedLines: lines a wrapped cell takes", () => {
  it.each([
    // «Доля руководящих работников, повысивших уровень» (47) | «профессиональной квалификации на курсах повышения» (50) | «квалификации»
    ["Доля руководящих работников, повысивших уровень профессиональной квалификации на курсах повышения квалификации", 59, 3],
    ["Целевое значение", 20, 1],
    ["Числитель (N)", 11, 2],
    ["Школа № 1\nГимназия № 2", 40, 2],
    ["abcdefghijkl", 5, 3],
  ])("%j in %i characters → %i", (text, perLine, lines) => {
    expect(wrappedLines(text, perLine)).toBe(lines);
  });
});

describe("print setup and wrapped rows in a written sheet", () => {
  it("prints landscape one page wide by default, with the plan's page breaks", () => {
    const ws = apply({ name: "Динамика", rows: [[{ v: "x" }]], print: { rowBreaks: [41, 79] } });
    expect(ws.pageSetup).toMatchObject({ orientation: "landscape", fitToPage: true, fitToWidth: 1, fitToHeight: 0 });
    // ExcelJS keeps manual breaks in `rowBreaks` at run time; its typings do not list the property.
    const breaks = (ws as unknown as { rowBreaks: { id: number }[] }).rowBreaks;
    expect(breaks.map((b) => b.id)).toEqual([41, 79]);
  });

  it("gives a row with a long wrapped name the height of its lines and lines the row's other cells up at the top", () => {
    const name = "Доля руководящих работников, повысивших уровень профессиональной квалификации на курсах повышения квалификации";
    const ws = apply({ name: "Показатели", rows: [[{ v: "LK-10" }, { v: name, wrap: true }]], columnWidths: [11, 60] });
    expect(ws.getRow(1).height).toBe(45);
    expect(ws.getCell("A1").alignment).toEqual({ vertical: "top" });
  });
});

describe("the same, in a sheet written straight to XML (every sheet without dropdowns)", () => {
  async function written(plan: SheetPlan): Promise<{ ws: ExcelJS.Worksheet; xml: string }> {
    const wb = XlsxWorkbook.blank({ registerOutput: false });
    await wb.applyPlans([plan]);
    const buf = await wb.toBuffer();
    const back = new ExcelJS.Workbook();
    await back.xlsx.load(buf as unknown as ArrayBuffer);
    return { ws: back.getWorksheet(plan.name)!, xml: await partText(buf, "xl/worksheets/sheet1.xml") };
  }

  it("prints landscape one page wide by default, with the plan's page breaks", async () => {
    const { ws, xml } = await written({ name: "Динамика", rows: [[{ v: "x" }]], print: { rowBreaks: [41, 79] } });
    expect(ws.pageSetup).toMatchObject({ orientation: "landscape", fitToPage: true, fitToWidth: 1, fitToHeight: 0 });
    // ExcelJS does not read page breaks back, so they are checked in the sheet's XML.
    expect(xml).toContain('<rowBreaks count="2" manualBreakCount="2"><brk id="41" max="16383" man="1"/><brk id="79" max="16383" man="1"/></rowBreaks>');
  });

  it("gives a row with a long wrapped name the height of its lines and lines the row's other cells up at the top", async () => {
    const name = "Доля руководящих работников, повысивших уровень профессиональной квалификации на курсах повышения квалификации";
    const { ws } = await written({ name: "Показатели", rows: [[{ v: "LK-10" }, { v: name, wrap: true }]], columnWidths: [11, 60] });
    expect(ws.getRow(1).height).toBe(45);
    expect(ws.getCell("A1").alignment).toEqual({ vertical: "top" });
    expect(ws.getCell("B1").alignment).toEqual({ wrapText: true, vertical: "top" });
  });
});
