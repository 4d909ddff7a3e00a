import ExcelJS from "exceljs";
import { readFileSync, writeFileSync } from "fs";
import JSZip from "jszip";
import { join } from "path";
import { SheetPlan } from "../../../src/report/plan";
import { REGISTRY_SHEET } from "../../../src/workbook/xlsx/registry";
import { XlsxWorkbook } from "../../../src/workbook/xlsx/xlsx-workbook";
import { sha256, tempDir } from "./support";
import { HistoryTable, parseHistory } from "../../../src/domain/history";
import { buildHistorySheet } from "../../../src/report/history-sheet";

async function writeBook(path: string, sheets: Record<string, (string | number)[][]>): Promise<string> {
  const wb = new ExcelJS.Workbook();
  for (const [name, rows] of Object.entries(sheets)) {
    const ws = wb.addWorksheet(name);
    rows.forEach((r) => ws.addRow(r));
  }
  await wb.xlsx.writeFile(path);
  return path;
}

const indicators = (value: number): SheetPlan => ({
  name: "Показатели",
  rows: [
    [{ v: "Показатель", style: "header" }, { v: "Значение", style: "header" }],
    [{ v: "Доля педагогов с КПК" }, { v: value, numFmt: "0.0%" }],
    [{ v: "к проверке", link: { sheet: "Проверка", cell: "A2" } }, { v: { formula: "'Проверка'!B2*2", result: 4 } }],
  ],
});
const check: SheetPlan = { name: "Проверка", rows: [[{ v: "Ошибки" }], [{ v: "всего" }, { v: 2 }]] };

describe("XlsxWorkbook", () => {
  const dir = tempDir();
  let input: string;
  beforeAll(async () => {
    input = await writeBook(join(dir, "школа1.xlsx"), {
      "Сверка кадров": [["ОО", "ФИО"], ["СОШ 1", "Иванова Мария Петровна"]],
      // The user's own sheet that happens to have the name Metodist plans to write.
      Показатели: [["мои заметки"], ["не трогать"]],
    });
  });

  it("reads every sheet with the file's base name, user sheets not marked as own output", async () => {
    const wb = await XlsxWorkbook.open([input]);
    const grids = await wb.readSheets();
    expect(grids.map((g) => [g.file, g.sheet, g.ownOutput ?? false])).toEqual([
      ["школа1.xlsx", "Сверка кадров", false],
      ["школа1.xlsx", "Показатели", false],
    ]);
    expect(grids[0].cells[1]).toEqual(["СОШ 1", "Иванова Мария Петровна"]);
  });

  it("never touches a user sheet with a planned name: writes «Показатели (2)» and says so", async () => {
    const before = sha256(input);
    const wb = await XlsxWorkbook.open([input]);
    const applied = await wb.applyPlans([indicators(0.5), check]);
    expect(applied).toEqual([
      { planned: "Показатели", actual: "Показатели (2)", replaced: false },
      { planned: "Проверка", actual: "Проверка", replaced: false },
    ]);
    const out = join(dir, "итог.xlsx");
    await wb.save(out);
    expect(sha256(input)).toBe(before);

    const again = await XlsxWorkbook.open([out]);
    const grids = await again.readSheets();
    const byName = new Map(grids.map((g) => [g.sheet, g]));
    expect(byName.get("Показатели")!.cells).toEqual([["мои заметки"], ["не трогать"]]);
    expect(byName.get("Показатели")!.ownOutput).toBeUndefined();
    expect(byName.get("Показатели (2)")!.ownOutput).toBe(true);
    expect(byName.get("Показатели (2)")!.cells[1]).toEqual(["Доля педагогов с КПК", 50]); // 0,5 under a % format: read as shown
    expect(byName.get(REGISTRY_SHEET)).toMatchObject({ hidden: true, ownOutput: true });
  });

  it("re-running on its own output replaces its sheets: same sheets, new values", async () => {
    const first = await XlsxWorkbook.open([input]);
    await first.applyPlans([indicators(0.5), check]);
    const out1 = join(dir, "прогон1.xlsx");
    await first.save(out1);
    const before = sha256(out1);

    const second = await XlsxWorkbook.open([out1]);
    const applied = await second.applyPlans([indicators(0.75), check]);
    expect(applied).toEqual([
      { planned: "Показатели", actual: "Показатели (2)", replaced: true },
      { planned: "Проверка", actual: "Проверка", replaced: true },
    ]);
    const out2 = join(dir, "прогон2.xlsx");
    await second.save(out2);
    expect(sha256(out1)).toBe(before);

    const names = async (p: string) => (await (await XlsxWorkbook.open([p])).readSheets()).map((g) => g.sheet);
    expect(await names(out2)).toEqual(await names(out1));
    const grids = await (await XlsxWorkbook.open([out2])).readSheets();
    expect(grids.find((g) => g.sheet === "Показатели (2)")!.cells[1]).toEqual(["Доля педагогов с КПК", 75]);
    expect(grids.find((g) => g.sheet === "Показатели")!.cells[0]).toEqual(["мои заметки"]);
  });

  it("points links and formulas of the run at the renamed sheet", async () => {
    // «Проверка» is taken by a user sheet in this variant, so both plans move.
    const other = await writeBook(join(dir, "школа2.xlsx"), { Проверка: [["своё"]] });
    const both = await XlsxWorkbook.open([other]);
    await both.applyPlans([indicators(0.5), check]);
    const out = join(dir, "ссылки.xlsx");
    await both.save(out);
    const back = new ExcelJS.Workbook();
    await back.xlsx.readFile(out);
    const ws = back.getWorksheet("Показатели")!;
    expect(ws.getCell("B3").value).toEqual({ formula: "'Проверка (2)'!B2*2", result: 4 });
    const zip = await JSZip.loadAsync(readFileSync(out));
    const sheetXml = await zip.file("xl/worksheets/sheet2.xml")!.async("string");
    expect(sheetXml).toContain(`<hyperlink ref="A3" location="&apos;Проверка (2)&apos;!A2"/>`);
  });

  it("combines several files, keeping same-named sheets apart and remembering each sheet's file", async () => {
    const a = await writeBook(join(dir, "СОШ 1.xlsx"), { "Сверка кадров": [["ФИО"], ["Иванова"]] });
    const b = await writeBook(join(dir, "СОШ 2.xlsx"), { "Сверка кадров": [["ФИО"], ["Петров"]], Курсы: [["ФИО"]] });
    const hashes = [sha256(a), sha256(b)];
    const wb = await XlsxWorkbook.open([a, b]);
    const grids = await wb.readSheets();
    expect(grids.map((g) => [g.file, g.sheet])).toEqual([
      ["СОШ 1.xlsx", "Сверка кадров"],
      // Named as in its own file; the consolidated copy is «Сверка кадров (СОШ 2)» (see consolidated-names.test.ts).
      ["СОШ 2.xlsx", "Сверка кадров"],
      ["СОШ 2.xlsx", "Курсы"],
    ]);
    expect(grids[1].cells[1]).toEqual(["Петров"]);
    const out = join(dir, "свод.xlsx");
    await wb.save(out);
    expect([sha256(a), sha256(b)]).toEqual(hashes);
    expect((await (await XlsxWorkbook.open([out])).readSheets()).map((g) => g.sheet)).toEqual(["Сверка кадров", "Сверка кадров (СОШ 2)", "Курсы"]);
  });

  it("keeps sheet names within Excel's 31 characters when suffixing", async () => {
    const long = "Сведения о курсах повышения кв"; // 30 characters
    const a = await writeBook(join(dir, "a.xlsx"), { [long]: [["x"]] });
    const b = await writeBook(join(dir, "Гимназия имени Пушкина.xlsx"), { [long]: [["y"]] });
    const both = await XlsxWorkbook.open([a, b]);
    const out = join(dir, "длинные.xlsx");
    await both.save(out);
    const grids = await (await XlsxWorkbook.open([out])).readSheets();
    expect(grids[1].sheet.length).toBeLessThanOrEqual(31);
    expect(grids[1].sheet).toMatch(/\(Гимназия имени Пушкина\)$|\)$/);
    expect(grids[1].cells).toEqual([["y"]]);
  });

  it("long dropdown lists go to a hidden list sheet instead of an over-long literal", async () => {
    const items = Array.from({ length: 30 }, (_, i) => `вариант ответа номер ${i + 1}`);
    const wb = XlsxWorkbook.blank({ registerOutput: false });
    await wb.applyPlans([{ name: "Бланк", rows: [[{ v: "Вид" }]], dataValidations: [{ range: "A2:A10", list: items }] }]);
    const p = join(dir, "список.xlsx");
    writeFileSync(p, await wb.toBuffer());
    const grids = await (await XlsxWorkbook.open([p])).readSheets();
    const lists = grids.find((g) => g.sheet === "metodist_lists")!;
    expect(lists).toMatchObject({ hidden: true, ownOutput: true });
    expect(lists.cells.map((r) => r[0])).toEqual(items);
  });
});

describe("a user's in-workbook links (Excel writes them without a relationship; ExcelJS drops them on load)", () => {
  it("survive being copied into the output", async () => {
    const dir = tempDir();
    const src = new ExcelJS.Workbook();
    src.addWorksheet("Оглавление").getCell("A1").value = "к данным";
    src.addWorksheet("Данные").getCell("B2").value = 42;
    const zip = await JSZip.loadAsync(await src.xlsx.writeBuffer());
    const sheet1 = await zip.file("xl/worksheets/sheet1.xml")!.async("string");
    zip.file("xl/worksheets/sheet1.xml", sheet1.replace("<pageMargins", `<hyperlinks><hyperlink ref="A1" location="'Данные'!B2" display="к данным"/></hyperlinks><pageMargins`));
    const input = join(dir, "оглавление.xlsx");
    writeFileSync(input, await zip.generateAsync({ type: "nodebuffer" }));

    const wb = await XlsxWorkbook.open([input]);
    await wb.applyPlans([check]);
    const out = await wb.toBuffer();
    const outZip = await JSZip.loadAsync(out);
    const xml = await outZip.file("xl/worksheets/sheet1.xml")!.async("string");
    // Copied as the file has it: the link keeps its location and gains no relationship.
    const link = /<hyperlink ref="A1"[^>]*\/>/.exec(xml)?.[0] ?? "";
    expect(link).toMatch(/ location="(&apos;|')Данные(&apos;|')!B2"/);
    expect(link).not.toContain("r:id");
    const rels = outZip.file("xl/worksheets/_rels/sheet1.xml.rels");
    expect(rels ? await rels.async("string") : "").not.toContain("External");
    const [toc] = await wb.readSheets();
    expect(toc.cells).toEqual([["к данным"]]);
  });
});

// Regression (QA, 24.11, second): LK-04's 150 % came back from the written history as 1,5 %, and a
// share typed «25 %» in a form was read as 0,25. A number under a % format is read as shown.
describe("a written history read back through the package reader", () => {
  it("keeps every share as written, above 100 % too", async () => {
    const dir = tempDir();
    const history: HistoryTable = {
      columns: [
        { id: "LK-04", name: "ПР — призовые места", unit: "%", target: null, direction: "up" },
        { id: "AL-3.9.1", name: "Прошли КПК", unit: "%", target: 30, direction: "up" },
      ],
      rows: [
        { period: "2022/2023", values: { "LK-04": 150, "AL-3.9.1": 69.1 } },
        { period: "2023/2024", values: { "LK-04": 0.5, "AL-3.9.1": 100 } },
      ],
    };
    const input = await writeBook(join(dir, "школа1.xlsx"), { "Сверка кадров": [["ОО", "ФИО"], ["СОШ 1", "Иванова Мария Петровна"]] });
    const wb = await XlsxWorkbook.open([input]);
    await wb.applyPlans([buildHistorySheet(history)]);
    const out = join(dir, "итог.xlsx");
    await wb.save(out);
    const grids = await (await XlsxWorkbook.open([out])).readSheets();
    expect(parseHistory(grids.filter((g) => g.sheet === "История показателей"))).toEqual(history);
  });
});
