/**
 * Regression: in a consolidated output the second school's copies («КПК (O'Нил школа №2)») kept
 * formulas naming 'Сверка кадров' — after the copy the FIRST school's roster — so Excel recalculated
 * them against the wrong school; and the second school's workbook-wide names (Список_ОО) were
 * dropped, breaking the formulas that used them. References to a later book's renamed sheets and
 * tables now follow the renames; the first book's sheets still go over as stored.
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
import { unesc } from "../../../src/workbook/xlsx/xml";
import { ZipReader } from "../../../src/workbook/xlsx/zip";
import { CSV_UTF8, describeWithLibreOffice, parseCsv, sofficeConvertRecalculated, tempDir } from "./support";

interface School {
  readonly name: string;
  readonly position: string;
  readonly hours: readonly number[];
  /** A workbook-wide name only this school's file has. */
  readonly ownName?: string;
}

const FIRST: School = { name: "МАОУ СОШ № 1", position: "учитель", hours: [36, 72] };
const SECOND: School = { name: "МАОУ СОШ № 2", position: "директор", hours: [16, 24], ownName: "Должности_Б" };

const VLOOKUP = "VLOOKUP(B2,'Сверка кадров'!B:D,3,FALSE)";
const LITERAL = `"см. 'Сверка кадров'!"&B2`;

/** A school's file: the roster, its courses with formulas on the roster, a table of hours, a name. */
async function schoolFile(dir: string, file: string, s: School): Promise<string> {
  const wb = new ExcelJS.Workbook();
  wb.addWorksheet("Сверка кадров").addRows([
    ["ОО", "ФИО", "Дата рождения", "Должность"],
    [s.name, "Иванова Анна Петровна", "10.05.1980", s.position],
  ]);
  const kpk = wb.addWorksheet("КПК");
  kpk.addRows([
    ["ОО", "ФИО", "Наименование программы", "Вид обучения", "Количество часов", "Дата окончания", "", "Должность", "Часы ×2", "Ссылка", "ОО по списку", "Часы всего"],
    [s.name, "Иванова Анна Петровна", "ФГОС", "КПК", s.hours[0], "10.02.2024"],
    [s.name, "Иванова Анна Петровна", "ИКТ", "КПК", s.hours[1], "11.03.2024"],
  ]);
  kpk.getCell("H2").value = { formula: VLOOKUP, result: s.position };
  // A shared formula with an unquoted reference to its own sheet: the master's text names it.
  // ExcelJS writes a master from shareType and ref, which its types do not list.
  const master: ExcelJS.CellFormulaValue & { shareType: string; ref: string } = { formula: "КПК!E2*2", result: s.hours[0] * 2, shareType: "shared", ref: "I2:I3" };
  kpk.getCell("I2").value = master;
  kpk.getCell("I3").value = { sharedFormula: "I2", result: s.hours[1] * 2 };
  kpk.getCell("J2").value = { formula: LITERAL, result: "см. 'Сверка кадров'!Иванова Анна Петровна" };
  kpk.getCell("K2").value = { formula: "INDEX(Список_ОО,1)", result: s.name };
  kpk.getCell("L2").value = { formula: "SUM(Курсы[Часы])", result: s.hours[0] + s.hours[1] };
  kpk.getCell("D2").dataValidation = { type: "list", allowBlank: true, formulae: ["'Сверка кадров'!$D$2:$D$3"] };
  kpk.addConditionalFormatting({
    ref: "E2:E3",
    rules: [{ type: "expression", priority: 1, formulae: ["COUNTIF('Сверка кадров'!$B:$B,$B2)=0"], style: { fill: { type: "pattern", pattern: "solid", bgColor: { argb: "FFFF0000" } } } }],
  });
  const hours = wb.addWorksheet("Часы");
  hours.addTable({ name: "Курсы", ref: "A1", headerRow: true, columns: [{ name: "ФИО" }, { name: "Часы" }], rows: s.hours.map((h) => ["Иванова Анна Петровна", h]) });
  wb.definedNames.add("'Сверка кадров'!$A$2", "Список_ОО");
  if (s.ownName) {
    wb.definedNames.add("'Сверка кадров'!$D$2", s.ownName);
    const own = wb.addWorksheet("Только Б");
    own.getCell("A1").value = { formula: `INDEX(${s.ownName},1)&"/"&'Только Б'!B1&"/"&КПК!E2`, result: "" };
    own.getCell("B1").value = "б";
  }
  const path = join(dir, file);
  await wb.xlsx.writeFile(path);
  return path;
}

const SECOND_FILE = "O'Нил школа №2.xlsx";
const ROSTER_B = "Сверка кадров (O'Нил школа №2)";
const KPK_B = "КПК (O'Нил школа №2)";

async function consolidated(dir: string): Promise<{ out: string; first: string }> {
  const first = await schoolFile(dir, "школа1.xlsx", FIRST);
  const second = await schoolFile(dir, SECOND_FILE, SECOND);
  const book = await XlsxWorkbook.open([first, second]);
  const sheets = await book.readSheets();
  const check = checkSheets(sheets, { today: "2024-06-20", period: parsePeriod("2023/2024")! });
  await book.applyPlans(buildReportPlans({ check, indicators: [], history: EMPTY_HISTORY, generatedOn: "2024-06-20" }));
  const out = join(dir, "out.xlsx");
  await book.save(out);
  return { out, first };
}

/** The output's sheets by name, with their part paths; and a part's text. */
async function parts(file: string): Promise<{ paths: Map<string, string>; text: (path: string) => Promise<string>; workbook: string }> {
  const zip = await JSZip.loadAsync(readFileSync(file));
  const text = (path: string) => zip.file(path)!.async("string");
  const workbook = await text("xl/workbook.xml");
  const rels = await text("xl/_rels/workbook.xml.rels");
  const paths = new Map<string, string>();
  for (const m of workbook.matchAll(/<sheet name="([^"]*)"[^>]*r:id="([^"]*)"/g)) {
    const target = new RegExp(`Id="${m[2]}"[^>]*Target="([^"]*)"`).exec(rels)![1];
    paths.set(unesc(m[1]), `xl/${target}`);
  }
  return { paths, text, workbook };
}

/** Formulas of a sheet's XML as Excel reads them (unescaped), by element. */
function formulas(xml: string): string[] {
  return [...xml.matchAll(/<(f|formula|formula1)\b[^>]*>([^<]*)<\/\1>/g)].map((m) => unesc(m[2]));
}

describe("a later school's formulas in the consolidated output", () => {
  test("point at its own renamed sheets and tables; text and the first school's formulas stay", async () => {
    const dir = tempDir();
    const { out } = await consolidated(dir);
    const { paths, text } = await parts(out);
    expect([...paths.keys()].slice(0, 7)).toEqual(["Сверка кадров", "КПК", "Часы", ROSTER_B, KPK_B, "Часы (O'Нил школа №2)", "Только Б"]);

    const roster = `'${ROSTER_B.replace(/'/g, "''")}'`;
    const kpk = `'${KPK_B.replace(/'/g, "''")}'`;
    const second = formulas(await text(paths.get(KPK_B)!));
    expect(second).toEqual([
      `VLOOKUP(B2,${roster}!B:D,3,FALSE)`,
      `${kpk}!E2*2`,
      LITERAL,
      "INDEX(Список_ОО,1)",
      "SUM(Курсы_2[Часы])",
      `COUNTIF(${roster}!$B:$B,$B2)=0`,
      `${roster}!$D$2:$D$3`,
    ]);
    expect(formulas(await text(paths.get("Только Б")!))).toEqual([`INDEX(Должности_Б,1)&"/"&'Только Б'!B1&"/"&${kpk}!E2`]);

    const first = formulas(await text(paths.get("КПК")!));
    expect(first).toEqual([VLOOKUP, "КПК!E2*2", LITERAL, "INDEX(Список_ОО,1)", "SUM(Курсы[Часы])", "COUNTIF('Сверка кадров'!$B:$B,$B2)=0", "'Сверка кадров'!$D$2:$D$3"]);
  });

  test("the first school's sheets go over as stored, byte for byte", async () => {
    const dir = tempDir();
    const { out, first } = await consolidated(dir);
    const { paths } = await parts(out);
    const input = new ZipReader(readFileSync(first));
    const output = new ZipReader(readFileSync(out));
    // ExcelJS names the parts by the sheets' places: the first file's КПК is sheet2 in both.
    const stored = input.deflated("xl/worksheets/sheet2.xml")!;
    expect(output.deflated(paths.get("КПК")!)!.deflated[0].equals(stored.deflated[0])).toBe(true);
  });

  test("its workbook-wide names: a free one is copied, one the first school has goes local to its sheets", async () => {
    const dir = tempDir();
    const { out } = await consolidated(dir);
    const { paths, workbook } = await parts(out);
    const index = (name: string) => [...paths.keys()].indexOf(name);
    const names = [...workbook.matchAll(/<definedName name="([^"]*)"( localSheetId="(\d+)")?[^>]*>([^<]*)<\/definedName>/g)].map((m) => ({
      name: unesc(m[1]),
      local: m[3] === undefined ? undefined : Number(m[3]),
      body: unesc(m[4]),
    }));
    const roster = `'${ROSTER_B.replace(/'/g, "''")}'`;
    expect(names.filter((n) => n.name === "Список_ОО")).toEqual([
      { name: "Список_ОО", local: undefined, body: "'Сверка кадров'!$A$2" },
      ...[ROSTER_B, KPK_B, "Часы (O'Нил школа №2)", "Только Б"].map((s) => ({ name: "Список_ОО", local: index(s), body: `${roster}!$A$2` })),
    ]);
    expect(names.filter((n) => n.name === "Должности_Б")).toEqual([{ name: "Должности_Б", local: undefined, body: `${roster}!$D$2` }]);
  });

  test("ExcelJS reads the rewritten formulas back as written (escaping of the doubled quote)", async () => {
    const dir = tempDir();
    const { out } = await consolidated(dir);
    const back = new ExcelJS.Workbook();
    await back.xlsx.readFile(out);
    expect(back.getWorksheet(KPK_B)?.getCell("H2").formula).toBe(`VLOOKUP(B2,'${ROSTER_B.replace(/'/g, "''")}'!B:D,3,FALSE)`);
    expect(back.getWorksheet("КПК")?.getCell("H2").formula).toBe(VLOOKUP);
  });

  describeWithLibreOffice("recalculated in LibreOffice", () => {
    test("the second school's copy looks up the second school's roster, names and table", async () => {
      const dir = tempDir();
      const { out } = await consolidated(dir);
      const csvDir = join(dir, "csv");
      const files = sofficeConvertRecalculated(out, csvDir, CSV_UTF8);
      const csv = (sheet: string) => {
        const f = files.find((n) => n === `out-${sheet}.csv`);
        if (!f) throw new Error(`no CSV for ${sheet}: ${files.join(", ")}`);
        return parseCsv(readFileSync(join(csvDir, f), "utf8"));
      };
      const second = csv(KPK_B);
      expect(second[1].slice(7, 12)).toEqual(["директор", "32", "см. 'Сверка кадров'!Иванова Анна Петровна", "МАОУ СОШ № 2", "40"]);
      expect(second[2][8]).toBe("48");
      expect(csv("Только Б")[0][0]).toBe("директор/б/16");
      const first = csv("КПК");
      expect(first[1].slice(7, 12)).toEqual(["учитель", "72", "см. 'Сверка кадров'!Иванова Анна Петровна", "МАОУ СОШ № 1", "108"]);
    });
  });
});
