/**
 * The same sheet given twice: a result of Metodist given again with the schools' files it was
 * computed from (bash's `*.xlsx` over a folder holding last run's --out, or the folder itself), a
 * school's file sent twice. Each repeated sheet is read once and the repeat said; a school's own book
 * with Metodist's output in it repeats nothing and is read whole. End to end, in-process.
 */
import { promises as fs } from "fs";
import * as path from "path";
import ExcelJS from "exceljs";
import { runCli, tempDir } from "../reliability/support";

let dir: string;

const HEADER = ["Образовательная организация", "ФИО", "Дата рождения", "Должность", "Педагогический стаж (лет)", "Общий стаж (лет)", "Квалификационная категория"];

async function school(folder: string, name: string, worker: string): Promise<string> {
  const wb = new ExcelJS.Workbook();
  const ws = wb.addWorksheet("Сверка кадров");
  ws.addRow(HEADER);
  ws.addRow([name, worker, new Date(Date.UTC(1980, 2, 12)), "учитель", 20, 22, "высшая"]);
  ws.addRow([name, `${worker.split(" ")[0]}а Мария Ивановна`, new Date(Date.UTC(1990, 4, 5)), "учитель", 5, 5, "первая"]);
  await fs.mkdir(folder, { recursive: true });
  const file = path.join(folder, `${name}.xlsx`);
  await wb.xlsx.writeFile(file);
  return file;
}

const LK = ["--preset", "LK", "--period", "2023/2024"];

interface Report {
  readonly sheets: { file: string; sheet: string; rows: number }[];
  readonly unrecognised: { file: string; sheet: string; reason: string }[];
  readonly issues: { file: string; sheet: string; rule: string; message: string }[];
  readonly indicators: { id: string; denominator: number | null }[];
}
const report = async (json: string) => JSON.parse(await fs.readFile(json, "utf8")) as Report;

let a: string;
let b: string;
let result: string;

beforeAll(async () => {
  dir = await tempDir("repeated-inputs");
  a = await school(dir, "Школа 1", "Иванов Анна Петрович");
  b = await school(dir, "Школа 2", "Петров Пётр Ильич");
  result = path.join(dir, "итог.xlsx");
  expect((await runCli(["compute", a, b, ...LK, "--out", result])).code).toBe(0);
});
afterAll(async () => {
  await fs.rm(dir, { recursive: true, force: true });
});

describe("a result of Metodist with the schools' files it was made from", () => {
  // Regression (QA, 24.11): the example's schools with their own итог.xlsx — errors 49 → 1 929, LK-04 doubled, exit 0.
  test.each([
    ["named", () => [a, b, result]],
    ["result first", () => [result, a, b]],
    ["the folder holding them", () => [dir]],
  ])("%s: every worker counted once, the schools' own sheets read, the result's copies said once", async (name, inputs) => {
    const json = path.join(dir, "..", `повтор-${name}.json`);
    const { code, io } = await runCli(["compute", ...inputs(), ...LK, "--json", json]);
    expect(io.stderr()).toEqual([]);
    expect(code).toBe(0);
    const r = await report(json);
    expect(r.sheets.map((s) => [s.file, s.sheet, s.rows])).toEqual([
      ["Школа 1.xlsx", "Сверка кадров", 2],
      ["Школа 2.xlsx", "Сверка кадров", 2],
    ]);
    expect(r.indicators.find((i) => i.id === "LK-01")!.denominator).toBe(4);
    expect(r.unrecognised.map((u) => [u.file, u.sheet, u.reason])).toEqual([
      ["итог.xlsx", "Сверка кадров", "повторяет данные листа «Сверка кадров» файла «Школа 1.xlsx» — не читается второй раз, чтобы данные не учитывались дважды"],
      ["итог.xlsx", "Сверка кадров (Школа 2)", "повторяет данные листа «Сверка кадров» файла «Школа 2.xlsx» — не читается второй раз, чтобы данные не учитывались дважды"],
    ]);
    const said = r.issues.filter((i) => i.rule === "sheet.repeated");
    expect(said).toHaveLength(1);
    expect(said[0].message).toBe(
      "Листов этого файла, повторяющих данные других листов: 2 (этот повторяет лист «Сверка кадров» файла «Школа 1.xlsx») — они не читаются второй раз, чтобы данные не учитывались дважды. " +
        "Файл «итог.xlsx» — результат Методиста с копиями листов школ: вместе с исходными файлами его указывать не нужно",
    );
  });

  test("alone, it is read as before: its schools' sheets, once, nothing said", async () => {
    const json = path.join(dir, "..", "один.json");
    const { code } = await runCli(["compute", result, ...LK, "--json", json]);
    expect(code).toBe(0);
    const r = await report(json);
    expect(r.sheets.map((s) => s.sheet)).toEqual(["Сверка кадров", "Сверка кадров (Школа 2)"]);
    expect(r.issues.filter((i) => i.rule === "sheet.repeated")).toEqual([]);
  });
});

// Regression (review, 24.11): a school's own book in which Metodist had computed was refused beside another school's.
test("a school's book with Metodist's output in it, beside another school's: both read whole", async () => {
  const folder = path.join(dir, "..", "своя");
  const own = await school(folder, "Школа 3", "Сидоров Олег Ильич");
  const other = await school(folder, "Школа 4", "Кузнецов Иван Сергеевич");
  const computed = path.join(folder, "Школа 3 с показателями.xlsx");
  expect((await runCli(["compute", own, ...LK, "--out", computed])).code).toBe(0);
  const json = path.join(folder, "..", "своя.json");
  const { code } = await runCli(["compute", computed, other, ...LK, "--json", json]);
  expect(code).toBe(0);
  const r = await report(json);
  expect(r.sheets.map((s) => [s.file, s.sheet])).toEqual([["Школа 3 с показателями.xlsx", "Сверка кадров"], ["Школа 4.xlsx", "Сверка кадров"]]);
  expect(r.issues.filter((i) => i.rule === "sheet.repeated")).toEqual([]);
});

test("a school's file sent twice under two names: read once, the second said", async () => {
  const folder = path.join(dir, "..", "дважды");
  const first = await school(folder, "Школа 5", "Смирнов Олег Павлович");
  const again = path.join(folder, "Школа 5 (копия).xlsx");
  await fs.copyFile(first, again);
  const json = path.join(folder, "..", "дважды.json");
  const { code } = await runCli(["check", first, again, "--period", "2023/2024", "--json", json]);
  expect(code).toBe(0);
  const r = await report(json);
  expect(r.sheets.map((s) => s.file)).toEqual(["Школа 5.xlsx"]);
  expect(r.issues.filter((i) => i.rule === "roster.duplicate")).toEqual([]);
  expect(r.issues.filter((i) => i.rule === "sheet.repeated").map((i) => [i.file, i.message])).toEqual([
    ["Школа 5 (копия).xlsx", "Лист повторяет данные листа «Сверка кадров» файла «Школа 5.xlsx» — не читается второй раз, чтобы данные не учитывались дважды"],
  ]);
});

test("the same empty blank from two schools is no repeat: nothing said", async () => {
  const folder = path.join(dir, "..", "бланки");
  await fs.mkdir(folder, { recursive: true });
  const files: string[] = [];
  for (const n of [6, 7]) {
    const file = await school(folder, `Школа ${n}`, n === 6 ? "Орлов Павел Ильич" : "Соколов Иван Павлович");
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.readFile(file);
    const ws = wb.addWorksheet("КПК");
    ws.addRow(["Повышение квалификации (форма КПК)"]);
    ws.addRow(["Образовательная организация", "ФИО", "Наименование программы (курсов)", "Вид обучения", "Объём (количество часов)", "Дата начала", "Дата окончания"]);
    await wb.xlsx.writeFile(file);
    files.push(file);
  }
  const json = path.join(folder, "..", "бланки.json");
  expect((await runCli(["check", ...files, "--period", "2023/2024", "--json", json])).code).toBe(0);
  const r = await report(json);
  expect(r.issues.filter((i) => i.rule === "sheet.repeated")).toEqual([]);
  expect(r.sheets.filter((s) => s.sheet === "КПК").map((s) => s.file)).toEqual(["Школа 6.xlsx", "Школа 7.xlsx"]);
});

// Regression (review, 24.11): a school corrected its file after the last run; the result's now-different
// copy of that school's sheet was read beside it, and that school's workers counted twice.
test("a result beside schools' files one of which was corrected since: the result's stale copy is not read either", async () => {
  const folder = path.join(dir, "..", "исправлено");
  const first = await school(folder, "Школа 8", "Морозов Павел Ильич");
  const second = await school(folder, "Школа 9", "Волков Олег Павлович");
  const result = path.join(folder, "..", "итог-8-9.xlsx");
  expect((await runCli(["compute", first, second, ...LK, "--out", result])).code).toBe(0);
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.readFile(second);
  wb.getWorksheet("Сверка кадров")!.getCell("G2").value = "первая";
  await wb.xlsx.writeFile(second);
  const json = path.join(folder, "..", "исправлено.json");
  const { code } = await runCli(["compute", result, first, second, ...LK, "--json", json]);
  expect(code).toBe(0);
  const r = await report(json);
  expect(r.sheets.map((s) => s.file)).toEqual(["Школа 8.xlsx", "Школа 9.xlsx"]);
  expect(r.indicators.find((i) => i.id === "LK-01")!.denominator).toBe(4);
  expect(r.unrecognised.find((u) => u.sheet === "Сверка кадров (Школа 9)")!.reason).toMatch(/^копия из прошлого расчёта Методиста, которая уже не совпадает с листами школ/);
  expect(r.issues.filter((i) => i.rule === "sheet.repeated").map((i) => i.message)).toEqual([
    expect.stringContaining("ещё 1 («Сверка кадров (Школа 9)») — копии, которые с тех пор исправили в файлах школ, они не читаются тоже"),
  ]);
});
