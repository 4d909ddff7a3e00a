/**
 * A result of Metodist given again with the schools' files it was computed from (bash's `*.xlsx` over
 * a folder holding last run's --out, or a folder argument): refused, naming it. End to end, in-process.
 */
import { promises as fs } from "fs";
import * as path from "path";
import ExcelJS from "exceljs";
import { runCli, tempDir } from "../reliability/support";

let dir: string;

const HEADER = ["Образовательная организация", "ФИО", "Дата рождения", "Должность", "Педагогический стаж (лет)", "Общий стаж (лет)", "Квалификационная категория"];

async function school(name: string, worker: string): Promise<string> {
  const wb = new ExcelJS.Workbook();
  const ws = wb.addWorksheet("Сверка кадров");
  ws.addRow(HEADER);
  ws.addRow([name, worker, new Date(Date.UTC(1980, 2, 12)), "учитель", 20, 22, "высшая"]);
  const file = path.join(dir, `${name}.xlsx`);
  await wb.xlsx.writeFile(file);
  return file;
}

const LK = ["--preset", "LK", "--period", "2023/2024"];

let a: string;
let b: string;
let result: string;

beforeAll(async () => {
  dir = await tempDir("own-results");
  a = await school("Школа 1", "Иванова Анна Петровна");
  b = await school("Школа 2", "Петров Пётр Ильич");
  result = path.join(dir, "итог.xlsx");
  expect((await runCli(["compute", a, b, ...LK, "--out", result])).code).toBe(0);
});
afterAll(async () => {
  await fs.rm(dir, { recursive: true, force: true });
});

const refused = (file: string) =>
  `metodist: Файл «${file}» — результат Методиста: в нём уже есть листы школ, и вместе с исходными файлами данные учтутся дважды. Уберите его из списка файлов (или укажите только его).`;

describe("a result of Metodist among other inputs", () => {
  // Regression: the example's schools with their own итог.xlsx — errors 49 → 1 929, LK-04 doubled, exit 0.
  test.each([
    ["compute", [...LK]],
    ["check", ["--period", "2023/2024"]],
  ])("%s refuses it, naming it, and reads nothing further", async (command, options) => {
    const json = path.join(dir, `${command}.json`);
    const { code, io } = await runCli([command, a, b, result, ...options, "--json", json]);
    expect(code).toBe(2);
    expect(io.stderr()).toEqual([refused(result)]);
    expect(io.stdout()).toBe("");
    await expect(fs.access(json)).rejects.toThrow();
  });

  test("found in a folder, it is refused too; the run's own --out there is not", async () => {
    const folderRun = ["compute", dir, ...LK];
    expect((await runCli(folderRun)).io.stderr()).toEqual([refused(result)]);
    const { code, io } = await runCli([...folderRun, "--out", result]);
    expect(io.stderr()).toEqual([]);
    expect(code).toBe(0);
  });

  test("alone, it is read as today: its schools' sheets, once", async () => {
    const json = path.join(dir, "один.json");
    const { code, io } = await runCli(["compute", result, ...LK, "--json", json]);
    expect(io.stderr()).toEqual([]);
    expect(code).toBe(0);
    const report = JSON.parse(await fs.readFile(json, "utf8")) as { sheets: { sheet: string }[] };
    expect(report.sheets.map((s) => s.sheet)).toEqual(["Сверка кадров", "Сверка кадров (Школа 2)"]);
  });
});
