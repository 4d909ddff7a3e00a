/**
 * Regression: with several input files whose sheets share a name, the consolidated output renames
 * the later ones («КПК (школа2)»), but issues and audit rows must name the sheet as the school's own
 * file does, and links in the output must still land on the renamed copy.
 */
import { join } from "path";
import { readFileSync } from "fs";
import ExcelJS from "exceljs";
import JSZip from "jszip";
import { XlsxWorkbook } from "../../../src/workbook/xlsx/xlsx-workbook";
import { checkSheets } from "../../../src/app/check";
import { buildReportPlans } from "../../../src/report";
import { EMPTY_HISTORY } from "../../../src/domain/history";
import { parsePeriod } from "../../../src/domain/period";
import { tempDir } from "./support";

async function schoolFile(dir: string, name: string, school: string, courseDate: string): Promise<string> {
  const wb = new ExcelJS.Workbook();
  wb.addWorksheet("Сверка").addRows([
    ["ОО", "ФИО", "Дата рождения", "Должность"],
    [school, "Иванова Анна Петровна", "10.05.1980", "учитель"],
  ]);
  wb.addWorksheet("КПК").addRows([
    ["ОО", "ФИО", "Наименование программы", "Вид обучения", "Количество часов", "Дата окончания"],
    [school, "Иванова Анна Петровна", "ФГОС", "КПК", 36, courseDate],
  ]);
  const path = join(dir, name);
  await wb.xlsx.writeFile(path);
  return path;
}

describe("several input files with same-named sheets", () => {
  test("issues name the sheet as in its own file; output links follow the renamed copy", async () => {
    const dir = tempDir();
    const a = await schoolFile(dir, "школа1.xlsx", "МАОУ СОШ № 1", "10.02.2024");
    const b = await schoolFile(dir, "школа2.xlsx", "МАОУ СОШ № 2", "31.02.2024");
    const book = await XlsxWorkbook.open([a, b]);
    const sheets = await book.readSheets();
    expect(sheets.map((s) => `${s.file}|${s.sheet}`)).toEqual(["школа1.xlsx|Сверка", "школа1.xlsx|КПК", "школа2.xlsx|Сверка", "школа2.xlsx|КПК"]);

    const check = checkSheets(sheets, { today: "2024-06-20", period: parsePeriod("2023/2024")! });
    const bad = check.issues.find((i) => i.rule === "type.date");
    expect(bad).toMatchObject({ file: "школа2.xlsx", sheet: "КПК", cell: "F2" });

    await book.applyPlans(buildReportPlans({ check, indicators: [], history: EMPTY_HISTORY, generatedOn: "2024-06-20" }));
    const out = join(dir, "out.xlsx");
    await book.save(out);
    const back = new ExcelJS.Workbook();
    await back.xlsx.readFile(out);
    const copy = back.worksheets.map((w) => w.name).find((n) => n.startsWith("КПК (") && n.includes("школа2"));
    expect(copy).toBeDefined();
    // ExcelJS drops in-workbook links on reading, so the links are read from the sheets' XML.
    const zip = await JSZip.loadAsync(readFileSync(out));
    const xml = await Promise.all(Object.keys(zip.files).filter((f) => f.startsWith("xl/worksheets/sheet")).map((f) => zip.file(f)!.async("string")));
    expect(xml.some((x) => x.includes(`location="&apos;${copy}&apos;!F2"`))).toBe(true);
    // Regression (QA, 24.11): the result opened on the first school's raw «Сверка», its 283 printed pages before «Показатели».
    const workbook = await zip.file("xl/workbook.xml")!.async("string");
    const names = [...workbook.matchAll(/<sheet name="([^"]*)"/g)].map((m) => m[1]);
    const active = Number(/<workbookView activeTab="(\d+)"/.exec(workbook)![1]);
    expect(names[active]).toBe("Показатели");
    // Regression (QA, 24.11): printed, «Расшифровка» was 171 pages without column headers, page numbers or sheet name.
    const checked = names.indexOf("Проверка данных");
    expect(workbook).toMatch(new RegExp(`<definedName name="_xlnm.Print_Titles" localSheetId="${checked}">&apos;Проверка данных&apos;!\\$(\\d+):\\$\\1</definedName>`));
    expect(xml.some((x) => x.includes("<oddFooter>&amp;L&amp;A&amp;RСтраница &amp;P из &amp;N</oddFooter>"))).toBe(true);
  });

  // Regression: the copy was named «Лист (whole file name)», past Excel's 31 characters and with the
  // file name's [ ] — a workbook Excel has to repair and ExcelJS refuses to read.
  test("a long file name with [ ] still gives copies Excel accepts, and issues keep the file's own names", async () => {
    const dir = tempDir();
    const a = await schoolFile(dir, "школа1.xlsx", "МАОУ СОШ № 1", "10.02.2024");
    const long = "Мониторинг проф. развития МОУ СОШ № 2 за 2023-2024 [копия].xlsx";
    const b = await schoolFile(dir, long, "МАОУ СОШ № 2", "31.02.2024");
    const book = await XlsxWorkbook.open([a, b]);
    const sheets = await book.readSheets();
    expect(sheets.map((s) => `${s.file}|${s.sheet}`)).toEqual(["школа1.xlsx|Сверка", "школа1.xlsx|КПК", `${long}|Сверка`, `${long}|КПК`]);
    const check = checkSheets(sheets, { today: "2024-06-20", period: parsePeriod("2023/2024")! });
    await book.applyPlans(buildReportPlans({ check, indicators: [], history: EMPTY_HISTORY, generatedOn: "2024-06-20" }));
    const out = join(dir, "out.xlsx");
    await book.save(out);
    const back = new ExcelJS.Workbook();
    await back.xlsx.readFile(out);
    const names = back.worksheets.map((w) => w.name);
    expect(names.slice(0, 4)).toEqual(["Сверка", "КПК", "Сверка (Мониторинг проф. разв…)", "КПК (Мониторинг проф. развити…)"]);
    for (const n of names) expect(n.length <= 31 && !/[[\]:*?/\\]/.test(n)).toBe(true);
  });
});
