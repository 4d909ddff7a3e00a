/**
 * Input arguments that stand for several files: a folder, and a wildcard as cmd.exe and PowerShell
 * leave it (unexpanded). End to end, in-process, over real .xlsx files in a temp folder.
 */
import { promises as fs } from "fs";
import * as os from "os";
import * as path from "path";
import ExcelJS from "exceljs";
import { Io, run } from "../../src/cli/main";

let dir: string;

const HEADER = ["Образовательная организация", "ФИО", "Дата рождения", "Должность", "Педагогический стаж (лет)", "Общий стаж (лет)", "Квалификационная категория"];
const NAMES = ["Иванова Анна Петровна", "Петров Пётр Ильич", "Сидорова Мария Ивановна", "Кузнецов Иван Сергеевич", "Смирнова Ольга Павловна"];
let books = 0;

/** A school's roster of one worker, a different school and worker each time. */
async function book(file: string): Promise<string> {
  const n = books++;
  const wb = new ExcelJS.Workbook();
  const ws = wb.addWorksheet("Сверка кадров");
  ws.addRow(HEADER);
  ws.addRow([`МБОУ СОШ № ${n + 1}`, NAMES[n % NAMES.length], new Date(Date.UTC(1980, 2, 12)), "учитель", 20, 22, "без категории"]);
  await fs.mkdir(path.dirname(file), { recursive: true });
  await wb.xlsx.writeFile(file);
  return file;
}

function capture(): Io & { stdout: () => string; stderr: () => string[] } {
  let out = "";
  const err: string[] = [];
  return { out: (t) => void (out += t), err: (l) => void err.push(l), stdout: () => out, stderr: () => err };
}

/** The files the JSON report read, in order. */
async function filesRead(json: string): Promise<string[]> {
  const report = JSON.parse(await fs.readFile(json, "utf8")) as { sheets: { file: string }[] };
  return report.sheets.map((s) => s.file);
}

/** A folder of schools as one arrives: numbered names, an upper-case extension, a macro book, other files and a subfolder. */
async function schools(name: string): Promise<string> {
  const folder = path.join(dir, name);
  for (const f of ["Школа 10.xlsx", "Школа 2.xlsx", "школа 1.XLSX", "Школа 3.xlsm", path.join("архив", "Школа 4.xlsx")]) await book(path.join(folder, f));
  await fs.writeFile(path.join(folder, "письмо.docx"), "не книга");
  return folder;
}

beforeAll(async () => {
  dir = await fs.mkdtemp(path.join(os.tmpdir(), "metodist-inputs-"));
  process.env.METODIST_TODAY = "2024-06-15";
});
afterAll(async () => {
  delete process.env.METODIST_TODAY;
  await fs.rm(dir, { recursive: true, force: true });
});

describe("a folder as the input", () => {
  // Regression: a folder was refused with advice (папка/*.xlsx) that does not work in cmd.exe or PowerShell.
  test("reads the workbooks directly in it, in the order Explorer shows them", async () => {
    const folder = await schools("папка");
    const json = path.join(dir, "папка.json");
    const io = capture();
    expect(await run(["check", folder, "--period", "2023/2024", "--json", json], io)).toBe(0);
    expect(io.stderr()).toEqual([]);
    expect(await filesRead(json)).toEqual(["школа 1.XLSX", "Школа 2.xlsx", "Школа 3.xlsm", "Школа 10.xlsx"]);
  });

  // Regression (review, 24.11): macOS's «._Школа 2.xlsx» beside a workbook on a stick stopped the run as «не книга Excel».
  test("a macOS «._» copy of a workbook's attributes is passed over and said", async () => {
    const folder = await schools("флешка");
    await fs.writeFile(path.join(folder, "._Школа 2.xlsx"), Buffer.from([0x00, 0x05, 0x16, 0x07, 0x00, 0x02, 0x00, 0x00]));
    const json = path.join(dir, "флешка.json");
    const io = capture();
    expect(await run(["check", folder, "--period", "2023/2024", "--json", json], io)).toBe(0);
    expect(await filesRead(json)).toEqual(["школа 1.XLSX", "Школа 2.xlsx", "Школа 3.xlsm", "Школа 10.xlsx"]);
    expect(io.stdout()).toContain(`Пропущены файлы, которые не книги Excel: «${path.join(folder, "._Школа 2.xlsx")}»`);
  });

  // Regression (review, 24.11): a school that sent its file as .xls vanished from the totals without a word.
  test("an old-format .xls in the folder is named, with what to do; the rest is read", async () => {
    const folder = await schools("старый-формат");
    await fs.writeFile(path.join(folder, "Школа 7.xls"), Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]));
    const json = path.join(dir, "старый-формат.json");
    const io = capture();
    expect(await run(["check", folder, "--period", "2023/2024", "--json", json], io)).toBe(0);
    expect(await filesRead(json)).toEqual(["школа 1.XLSX", "Школа 2.xlsx", "Школа 3.xlsm", "Школа 10.xlsx"]);
    expect(io.stdout()).toContain(`Не прочитаны книги старого формата .xls (Excel 97–2003): «${path.join(folder, "Школа 7.xls")}» — откройте их в Excel и сохраните как «Книга Excel (*.xlsx)»`);
    const star = capture();
    expect(await run(["check", path.join(folder, "*"), "--period", "2023/2024"], star)).toBe(0);
    expect(star.stdout()).toContain("Не прочитаны книги старого формата .xls (Excel 97–2003)");
    expect(star.stdout()).not.toMatch(/Пропущены файлы, которые не книги Excel: [^\n]*Школа 7\.xls/);
  });

  test("a folder without workbooks is said, naming it", async () => {
    const empty = path.join(dir, "пустая");
    await fs.mkdir(empty);
    await fs.writeFile(path.join(empty, "список.csv"), "ФИО\n");
    const io = capture();
    expect(await run(["check", empty], io)).toBe(2);
    expect(io.stderr()).toEqual([`metodist: В папке «${empty}» нет книг Excel (.xlsx, .xlsm) — проверьте, та ли это папка`]);
  });

  test("compute into the same folder: the next run leaves the previous result out, and replaces it", async () => {
    const folder = await schools("с-итогом");
    const out = path.join(folder, "итог.xlsx");
    const json = path.join(dir, "с-итогом.json");
    const argv = ["compute", folder, "--preset", "LK", "--period", "2023/2024", "--out", out, "--json", json];
    expect(await run(argv, capture())).toBe(0);
    const first = await filesRead(json);
    const again = capture();
    expect(await run(argv, again)).toBe(0);
    expect(again.stderr()).toEqual([]);
    expect(await filesRead(json)).toEqual(first);
    expect(first).not.toContain("итог.xlsx");
  });
});

describe("a wildcard left unexpanded by the shell (cmd.exe, PowerShell)", () => {
  // Regression: «папка\*.xlsx» from cmd.exe was «файл не найден».
  test("«папка/*.xlsx» is expanded: the extension in any case, only the folder itself", async () => {
    const folder = await schools("шаблон");
    const json = path.join(dir, "шаблон.json");
    const io = capture();
    expect(await run(["check", path.join(folder, "*.xlsx"), "--period", "2023/2024", "--json", json], io)).toBe(0);
    expect(io.stderr()).toEqual([]);
    expect(await filesRead(json)).toEqual(["школа 1.XLSX", "Школа 2.xlsx", "Школа 10.xlsx"]);
  });

  // Regression (review, 24.11): «папка\*» took desktop.ini and a letter for workbooks, and compute stopped
  // with «это не книга Excel… сохраните как .xlsx».
  test("«папка/*» reads the workbooks it finds and names the other files in one line", async () => {
    const folder = await schools("звёздочка");
    await fs.writeFile(path.join(folder, "desktop.ini"), "[.ShellClassInfo]\n");
    const json = path.join(dir, "звёздочка.json");
    const io = capture();
    expect(await run(["compute", path.join(folder, "*"), "--preset", "LK", "--period", "2023/2024", "--json", json], io)).toBe(0);
    expect(io.stderr()).toEqual([]);
    expect(await filesRead(json)).toEqual(["школа 1.XLSX", "Школа 2.xlsx", "Школа 3.xlsm", "Школа 10.xlsx"]);
    expect(io.stdout()).toContain(`Пропущены файлы, которые не книги Excel: «${path.join(folder, "письмо.docx")}», «${path.join(folder, "desktop.ini")}»`);
  });

  test("«?» is one character", async () => {
    const folder = await schools("вопрос");
    const json = path.join(dir, "вопрос.json");
    expect(await run(["check", path.join(folder, "Школа ?.xls?"), "--period", "2023/2024", "--json", json], capture())).toBe(0);
    expect(await filesRead(json)).toEqual(["Школа 2.xlsx", "Школа 3.xlsm"]);
  });

  test("a pattern that finds nothing is named, and so is a folder that is not there", async () => {
    const folder = await schools("ничего");
    const pattern = path.join(folder, "*.xlsb");
    const io = capture();
    expect(await run(["check", pattern], io)).toBe(2);
    expect(io.stderr()).toEqual([`metodist: «${pattern}»: нет ни одного файла по этому шаблону (* — любые символы, ? — один символ) — проверьте папку и имя`]);

    const nowhere = path.join(dir, "нет-папки", "*.xlsx");
    const missing = capture();
    expect(await run(["check", nowhere], missing)).toBe(2);
    expect(missing.stderr()).toEqual([`metodist: «${nowhere}»: папка «${path.join(dir, "нет-папки")}» не найдена — проверьте путь`]);
  });
});

describe("Excel's owner file «~$…xlsx» (a workbook open in Excel)", () => {
  /** What Excel keeps beside an open book: 165 bytes, the user's name in them, no workbook. */
  async function ownerFile(file: string): Promise<string> {
    const bytes = Buffer.alloc(165, 0x20);
    bytes.write("\u0007Иванова", 0, "utf8");
    await fs.writeFile(file, bytes);
    return file;
  }

  // Regression: with one school's book open in Excel, `*.xlsx` or the folder stopped the run — «это не книга Excel… сохраните как .xlsx».
  test.each([
    ["a folder", (folder: string) => folder],
    ["a wildcard", (folder: string) => path.join(folder, "*.xlsx")],
  ])("found through %s: skipped with one line, the rest read", async (name, arg) => {
    const folder = path.join(dir, `открыта-${name}`);
    await book(path.join(folder, "Школа 1.xlsx"));
    const owner = await ownerFile(path.join(folder, "~$кола 1.xlsx"));
    const json = path.join(dir, `открыта-${name}.json`);
    const io = capture();
    expect(await run(["check", arg(folder), "--period", "2023/2024", "--json", json], io)).toBe(0);
    expect(io.stderr()).toEqual([]);
    expect(io.stdout().split("\n")[0]).toBe(`Пропущен служебный файл Excel «${owner}» (книга открыта в Excel)`);
    expect(await filesRead(json)).toEqual(["Школа 1.xlsx"]);
  });

  test("named among other files (bash and zsh expand `*.xlsx` to it): skipped with one line", async () => {
    const school = await book(path.join(dir, "названа", "Школа 1.xlsx"));
    const owner = await ownerFile(path.join(dir, "названа", "~$кола 1.xlsx"));
    const io = capture();
    expect(await run(["compute", owner, school, "--preset", "LK", "--period", "2023/2024"], io)).toBe(0);
    expect(io.stderr()).toEqual([]);
    expect(io.stdout()).toContain(`Пропущен служебный файл Excel «${owner}» (книга открыта в Excel)`);
    expect(io.stdout()).toContain("Школа 1.xlsx › «Сверка кадров»");
  });

  test("the only input: exit 2, and what it is", async () => {
    const owner = await ownerFile(path.join(dir, "~$одна.xlsx"));
    const io = capture();
    expect(await run(["check", owner], io)).toBe(2);
    expect(io.stderr()).toEqual([`metodist: «${owner}» — служебный файл Excel (книга открыта в Excel), данных в нём нет — укажите саму книгу`]);
    expect(io.stdout()).toBe("");
  });
});
