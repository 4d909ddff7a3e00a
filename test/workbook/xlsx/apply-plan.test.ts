import ExcelJS from "exceljs";
import { writeFileSync } from "fs";
import { join } from "path";
import { PlanCell, SheetPlan } from "../../../src/report/plan";
import { compact } from "../../report/compact-rows";
import { XlsxWorkbook } from "../../../src/workbook/xlsx/xlsx-workbook";
import { partText, tempDir } from "./support";

const PLAN: SheetPlan = {
  name: "Показатели",
  rows: [
    [{ v: "Показатели муниципалитета, 2023/2024", style: "title" }],
    [],
    [
      { v: "Показатель", style: "header" },
      { v: "Значение", style: "header" },
      { v: "Дата расчёта", style: "header" },
      { v: "Выполнено", style: "header" },
      { v: "Ошибки", style: "header" },
    ],
    [{ v: "Доля педагогов с КПК" }, { v: 0.625, numFmt: "0.0%", style: "statusOk" }, { v: { date: "2024-05-31" } }, { v: true }, { v: "нет", link: { sheet: "Проверка", cell: "B14" } }],
    [{ v: "Число педагогов" }, { v: { formula: "COUNTA(A4:A5)", result: 2 }, numFmt: "0" }, { v: null }, { v: false }, { v: 3, link: { sheet: "Проверка", cell: "A1" } }],
  ],
  columnWidths: [34, 12, 14, 12, 10],
  freeze: { rows: 3, columns: 1 },
  tables: [{ name: "Показатели таблица", range: "A3:E5" }],
  merges: ["A1:E1"],
  dataValidations: [{ range: "D4:D5", list: ["да", "нет"], promptTitle: "Выполнено?", prompt: "да или нет" }],
  colorScales: [{ range: "B4:B5", minColor: "F8696B", maxColor: "63BE7B" }],
  tabColor: "4472C4",
};
const CHECK: SheetPlan = { name: "Проверка", rows: [[{ v: "Замечания", style: "title" }]] };

describe("applying a SheetPlan to an .xlsx", () => {
  let buf: Buffer;
  let ws: ExcelJS.Worksheet;
  beforeAll(async () => {
    const wb = XlsxWorkbook.blank({ registerOutput: true });
    await wb.applyPlans([PLAN, CHECK]);
    buf = await wb.toBuffer();
    const back = new ExcelJS.Workbook();
    await back.xlsx.load(buf as unknown as ArrayBuffer);
    ws = back.getWorksheet("Показатели")!;
  });

  it.each<[string, string, unknown]>([
    ["text", "A4", "Доля педагогов с КПК"],
    ["number", "B4", 0.625],
    ["a {date} as a real date cell", "C4", new Date(Date.UTC(2024, 4, 31))],
    ["boolean", "D4", true],
    ["a formula with its cached result", "B5", { formula: "COUNTA(A4:A5)", result: 2 }],
  ])("writes %s", (_what, addr, expected) => {
    expect(ws.getCell(addr).value).toEqual(expected);
  });

  it("formats dates dd.mm.yyyy and numbers as planned", () => {
    expect(ws.getCell("C4").numFmt).toBe("dd.mm.yyyy");
    expect(ws.getCell("B4").numFmt).toBe("0.0%");
  });

  it("names a font on every styled cell (LibreOffice otherwise shows serif bold)", () => {
    for (const addr of ["A1", "A3", "A4", "B4", "E4"]) expect(ws.getCell(addr).font?.name).toBe("Calibri");
    expect(ws.getCell("A3").font?.bold).toBe(true);
    expect(ws.getCell("B4").fill).toMatchObject({ type: "pattern", fgColor: { argb: "FFC6EFCE" } });
  });

  it("sets widths, frozen panes, merges and tab colour", () => {
    expect(ws.getColumn(1).width).toBe(34);
    expect(ws.views[0]).toMatchObject({ state: "frozen", xSplit: 1, ySplit: 3 });
    expect(ws.getCell("B1").isMerged).toBe(true);
    expect(ws.properties.tabColor).toEqual({ argb: "FF4472C4" });
  });

  it("makes an Excel table over the written rows, keeping their styles", async () => {
    const table = await partText(buf, "xl/tables/table1.xml");
    expect(table).toMatch(/ref="A3:E5"/);
    expect(table).toMatch(/name="Показатели_таблица"/);
    expect(table).toContain('<tableColumn id="1" name="Показатель"');
    expect(ws.getCell("B4").numFmt).toBe("0.0%");
  });

  it("writes a list dropdown with its prompt and a colour scale", async () => {
    const sheet = await partText(buf, "xl/worksheets/sheet1.xml");
    expect(sheet).toMatch(/<dataValidation type="list"[^>]*promptTitle="Выполнено\?"[^>]*prompt="да или нет"[^>]*sqref="D4:D5"><formula1>&quot;да,нет&quot;<\/formula1>/);
    expect(sheet).toMatch(/<cfRule type="colorScale"/);
  });

  it("writes internal links as in-workbook locations without an external relationship", async () => {
    const sheet = await partText(buf, "xl/worksheets/sheet1.xml");
    expect(sheet).toContain(`<hyperlink ref="E4" location="&apos;Проверка&apos;!B14"/>`);
    const rels = await partText(buf, "xl/worksheets/_rels/sheet1.xml.rels");
    expect(rels).not.toContain("TargetMode=\"External\"");
    expect(ws.getCell("E4").text).toBe("нет");
  });
});

describe("formula injection", () => {
  const DANGEROUS = ["=HYPERLINK(\"http://evil\",\"клик\")", "+7 (912) 000-00-00", "-5 дней", "@SUM(A1)", "=1+1"];

  it("writes text that looks like a formula as a plain string cell", async () => {
    const wb = XlsxWorkbook.blank({ registerOutput: false });
    await wb.applyPlans([{ name: "Данные", rows: DANGEROUS.map((s) => [{ v: s }]) }]);
    const buf = await wb.toBuffer();
    const sheet = await partText(buf, "xl/worksheets/sheet1.xml");
    expect(sheet).not.toContain("<f>");
    const cells = [...sheet.matchAll(/<c r="A\d+"[^>]*>/g)].map((m) => m[0]);
    expect(cells).toHaveLength(DANGEROUS.length);
    for (const c of cells) expect(c).toMatch(/t="(s|inlineStr|str)"/);
    const shared = await partText(buf, "xl/sharedStrings.xml");
    expect(shared).toContain("=1+1");
    expect(shared).toContain("-5 дней");
  });

  it("reads such strings back as the same text", async () => {
    const dir = tempDir();
    const wb = XlsxWorkbook.blank({ registerOutput: false });
    await wb.applyPlans([{ name: "Данные", rows: DANGEROUS.map((s) => [{ v: s }]) }]);
    writeFileSync(join(dir, "out.xlsx"), await wb.toBuffer());
    const back = await XlsxWorkbook.open([join(dir, "out.xlsx")]);
    const [grid] = await back.readSheets();
    expect(grid.cells.map((r) => r[0])).toEqual(DANGEROUS);
  });
});

describe("more links than a worksheet holds", () => {
  /** `n` rows, each a link (shown as its row number) to row i + 2 of «Сверка кадров». */
  const linkRows = (n: number) => Array.from({ length: n }, (_, i) => [{ v: i + 2, style: "link" as const, numFmt: "0", link: { sheet: "Сверка кадров", cell: `A${i + 2}` } }]);

  it("writes 65 530 native hyperlinks and the rest as HYPERLINK formulas to the same places", async () => {
    const rows = linkRows(65_532);
    const wb = XlsxWorkbook.blank({ registerOutput: false });
    await wb.applyPlans([{ name: "Расшифровка", rows }]);
    const sheet = await partText(await wb.toBuffer(), "xl/worksheets/sheet1.xml");
    // Matched piece by piece: a failed toContain would print the whole 10 MB sheet.
    const cellOf = (a: string) => new RegExp(`<c r="${a}"[^>]*>.*?</c>`).exec(sheet)?.[0];
    expect(sheet.match(/<hyperlink /g)?.length).toBe(65_530);
    expect(sheet.includes(`<hyperlink ref="A65530" location="&apos;Сверка кадров&apos;!A65531"/>`)).toBe(true);
    expect(sheet.includes(`<hyperlink ref="A65531"`)).toBe(false);
    expect(cellOf("A65530")).toMatch(/^<c r="A65530" s="\d+" t="s"><v>\d+<\/v><\/c>$/);
    // Shown as text, as the native link cells are.
    expect(cellOf("A65531")).toMatch(/^<c r="A65531" s="\d+" t="str"><f>HYPERLINK\(&quot;#&apos;Сверка кадров&apos;!A65532&quot;,&quot;65532&quot;\)<\/f><v>65532<\/v><\/c>$/);
    expect(cellOf("A65532")).toMatch(/^<c r="A65532" s="\d+" t="str"><f>HYPERLINK\(&quot;#&apos;Сверка кадров&apos;!A65533&quot;,&quot;65533&quot;\)<\/f><v>65533<\/v><\/c>$/);
    // The formula cells keep the link look of the others.
    expect(/ s="(\d+)"/.exec(cellOf("A65531")!)?.[1]).toBe(/ s="(\d+)"/.exec(cellOf("A65530")!)?.[1]);
  }, 60_000);

  it("does the same on a sheet written through ExcelJS (one with dropdowns)", async () => {
    const rows = linkRows(65_531);
    const wb = XlsxWorkbook.blank({ registerOutput: false });
    await wb.applyPlans([{ name: "Шаблон", rows, dataValidations: [{ range: "B1:B10", list: ["да", "нет"] }] }]);
    const sheet = await partText(await wb.toBuffer(), "xl/worksheets/sheet1.xml");
    expect(sheet.match(/<hyperlink /g)?.length).toBe(65_530);
    const last = new RegExp(`<c r="A65531"[^>]*>.*?</c>`).exec(sheet)?.[0];
    expect(last).toMatch(/<f>HYPERLINK\(&quot;#&apos;Сверка кадров&apos;!A65532&quot;,&quot;65532&quot;\)<\/f>/);
  }, 60_000);
});

describe("compact rows («Расшифровка» keeps its rows as columns and makes them while written)", () => {
  /** A head, then `n` rows of a name, a text that looks like a formula, and a link to row i + 2. */
  function auditLike(n: number): { head: PlanCell[][]; tail: PlanCell[][] } {
    const head: PlanCell[][] = [[{ v: "Расшифровка", style: "title" }], ["ФИО", "Основание", "Строка"].map((v) => ({ v, style: "header" as const, wrap: true }))];
    const tail = Array.from({ length: n }, (_, i) => [
      { v: `Петрова Анна ${i}` },
      { v: i % 2 ? "=СУММ(A1)" : "курсы «Цифровая школа»" },
      { v: i + 2, style: "link" as const, numFmt: "0", link: { sheet: "Сверка кадров", cell: `A${i + 2}` } },
    ]);
    return { head, tail };
  }

  it.each([
    ["the sheet writer, past the 65 530 native links", 65_540, undefined],
    ["ExcelJS (a sheet with dropdowns)", 1_200, [{ range: "B3:B10", list: ["да", "нет"] }]],
  ])("%s writes the same sheet as from rows made beforehand", async (_what, n, dataValidations) => {
    const { head, tail } = auditLike(n);
    const base = { name: "Расшифровка", tables: [{ name: "Audit", range: `A2:C${n + 2}` }], ...(dataValidations ? { dataValidations } : {}) };
    const write = async (plan: SheetPlan) => {
      const wb = XlsxWorkbook.blank({ registerOutput: false });
      await wb.applyPlans([plan]);
      const buf = await wb.toBuffer();
      return [await partText(buf, "xl/worksheets/sheet1.xml"), await partText(buf, "xl/sharedStrings.xml")];
    };
    const [made, madeStrings] = await write({ ...base, rows: [...head, ...tail] });
    const [fromCompact, compactStrings] = await write({ ...base, rows: head, more: compact(tail, 10_000) });
    expect(fromCompact.length).toBe(made.length);
    expect(fromCompact === made).toBe(true);
    expect(compactStrings === madeStrings).toBe(true);
    expect(made.includes(`<c r="A${n + 2}"`)).toBe(true);
  }, 60_000);
});
