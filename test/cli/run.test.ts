/**
 * The `metodist` command end to end, in-process: real .xlsx files written with ExcelJS in a temp
 * folder, the real adapter, the real use-cases.
 */
import { promises as fs } from "fs";
import * as os from "os";
import * as path from "path";
import ExcelJS from "exceljs";
import JSZip from "jszip";
import { Io, run } from "../../src/cli/main";
import { writeZip } from "../../src/workbook/xlsx/zip";

let dir: string;
const utc = (y: number, m: number, d: number) => new Date(Date.UTC(y, m - 1, d));

async function writeBook(name: string, sheets: Record<string, unknown[][]>): Promise<string> {
  const wb = new ExcelJS.Workbook();
  for (const [sheet, rows] of Object.entries(sheets)) {
    const ws = wb.addWorksheet(sheet);
    for (const row of rows) ws.addRow(row);
  }
  const file = path.join(dir, name);
  await wb.xlsx.writeFile(file);
  return file;
}

const ROSTER_HEADER = ["Образовательная организация", "ФИО", "Дата рождения", "Должность", "Педагогический стаж (лет)", "Общий стаж (лет)", "Квалификационная категория", "Дата присвоения категории"];
const CLEAN_ROSTER = [
  ROSTER_HEADER,
  ["МБОУ СОШ № 1", "Иванова Анна Петровна", utc(1980, 3, 12), "учитель", 20, 22, "высшая", utc(2021, 12, 20)],
  ["МБОУ СОШ № 1", "Петров Пётр Ильич", utc(1999, 5, 5), "учитель", 2, 2, "без категории", null],
];
const COURSES = [
  ["Образовательная организация", "ФИО", "Наименование программы (курсов)", "Вид обучения", "Объём (количество часов)", "Дата начала", "Дата окончания"],
  ["МБОУ СОШ № 1", "Иванова Анна Петровна", "Обновлённые ФГОС", "повышение квалификации", 36, utc(2023, 10, 2), utc(2023, 10, 20)],
];

function capture(): Io & { stdout: () => string; stderr: () => string[] } {
  let out = "";
  const err: string[] = [];
  return { out: (t) => void (out += t), err: (l) => void err.push(l), stdout: () => out, stderr: () => err };
}

beforeAll(async () => {
  dir = await fs.mkdtemp(path.join(os.tmpdir(), "metodist-cli-"));
  process.env.METODIST_TODAY = "2024-06-15";
});
afterAll(async () => {
  delete process.env.METODIST_TODAY;
  await fs.rm(dir, { recursive: true, force: true });
});

describe("metodist check", () => {
  test("clean data: exit 0, a Russian summary, and the JSON of CLI.md", async () => {
    const file = await writeBook("школа1.xlsx", { "Сверка кадров": CLEAN_ROSTER, "КПК": COURSES, "Лист3": [["Пояснения к отчёту"]] });
    const json = path.join(dir, "out", "отчёт.json");
    const io = capture();
    const code = await run(["check", file, "--period", "2023/2024", "--json", json], io);
    expect(io.stderr()).toEqual([]);
    expect(code).toBe(0);
    expect(io.stdout()).toContain("Период: 2023/2024 (01.09.2023–31.08.2024)");
    expect(io.stdout()).toContain("школа1.xlsx › «Сверка кадров» — Сверка педагогических кадров; строк: 2");
    expect(io.stdout()).toContain("школа1.xlsx › «Лист3» — ");
    expect(io.stdout()).toContain("Ошибок: 0, предупреждений: 0");

    const report = JSON.parse(await fs.readFile(json, "utf8"));
    expect(Object.keys(report)).toEqual(["period", "sheets", "unrecognised", "issues", "indicators"]);
    expect(report.period).toEqual({ label: "2023/2024", start: "2023-09-01", end: "2024-08-31" });
    expect(report.sheets[0]).toEqual({
      file: "школа1.xlsx", sheet: "Сверка кадров", form: "roster", headerRow: 1,
      columns: { school: "A", fullName: "B", birthDate: "C", position: "D", teachingExperience: "E", totalExperience: "F", qualificationCategory: "G", categoryDate: "H" },
      unmapped: [], rows: 2,
    });
    expect(report.sheets.map((s: { form: string }) => s.form)).toEqual(["roster", "courses"]);
    expect(report.unrecognised).toEqual([{ file: "школа1.xlsx", sheet: "Лист3", reason: expect.any(String) }]);
    expect(report.issues).toEqual([]);
    expect(report.indicators).toEqual([]);
  });

  test("errors in the data: exit 1, each issue with its cell, counted", async () => {
    const bad = [...CLEAN_ROSTER, ["МБОУ СОШ № 1", "Сидорова Мария Ивановна", utc(1985, 1, 15), "учитель", 30, 25, "первая", utc(2024, 10, 1)]];
    const file = await writeBook("школа2.xlsx", { "Сверка кадров": bad });
    const json = path.join(dir, "школа2.json");
    const io = capture();
    expect(await run(["check", file, "--period=2023/2024", "--json", json], io)).toBe(1);
    expect(io.stdout()).toContain("E4 ошибка: Педагогический стаж 30 лет больше общего стажа 25 лет");
    expect(io.stdout()).toContain("H4 ошибка: «Дата присвоения категории»: 01.10.2024 — дата в будущем");
    expect(io.stdout()).toContain("Ошибок: 2, предупреждений: 0");
    const report = JSON.parse(await fs.readFile(json, "utf8"));
    expect(report.issues.map((i: { cell: string; rule: string }) => [i.cell, i.rule])).toEqual([["E4", "roster.experience.order"], ["H4", "date.future"]]);
    expect(report.issues[0]).toEqual({
      file: "школа2.xlsx", sheet: "Сверка кадров", cell: "E4", field: "teachingExperience", rule: "roster.experience.order", severity: "error",
      message: expect.stringContaining("проверьте оба числа"),
    });
  });

  test("several files at once, a school per file, sheets named as in each file", async () => {
    const a = await writeBook("оо-а.xlsx", { "Сверка кадров": CLEAN_ROSTER, "КПК": COURSES });
    const b = await writeBook("оо-б.xlsx", { "Сверка кадров": CLEAN_ROSTER.map((r, i) => (i === 0 ? r : ["МБОУ СОШ № 2", ...r.slice(1)])), "КПК": [...COURSES, ["МБОУ СОШ № 2", "Петров Пётр Ильич", "ФГОС", "ПК", 8, utc(2023, 10, 2), utc(2023, 10, 3)]] });
    const json = path.join(dir, "две.json");
    const io = capture();
    expect(await run(["check", a, b, "--period", "2023/2024", "--json", json], io)).toBe(1);
    expect(io.stdout()).toContain("оо-а.xlsx › «Сверка кадров»");
    expect(io.stdout()).toContain("оо-б.xlsx › «КПК»: ошибок");
    const report = JSON.parse(await fs.readFile(json, "utf8"));
    expect(report.sheets.map((s: { file: string; sheet: string }) => `${s.file}|${s.sheet}`)).toEqual(["оо-а.xlsx|Сверка кадров", "оо-а.xlsx|КПК", "оо-б.xlsx|Сверка кадров", "оо-б.xlsx|КПК"]);
    expect(report.issues.filter((i: { rule: string }) => i.rule === "courses.hours.minimum")).toEqual([expect.objectContaining({ file: "оо-б.xlsx", sheet: "КПК", cell: "E3" })]);
  });
});

describe("metodist: failures are one Russian line and exit 2", () => {
  test("a missing file is named", async () => {
    const io = capture();
    const missing = path.join(dir, "нет-такого.xlsx");
    expect(await run(["check", missing], io)).toBe(2);
    expect(io.stderr()).toHaveLength(1);
    expect(io.stderr()[0]).toMatch(/^metodist: .*нет-такого\.xlsx.*не найден/);
  });

  test("a text file renamed .xlsx is named and explained", async () => {
    const fake = path.join(dir, "список.xlsx");
    await fs.writeFile(fake, "ФИО;Должность\nИванова Анна Петровна;учитель\n", "utf8");
    const io = capture();
    expect(await run(["check", fake], io)).toBe(2);
    expect(io.stderr()).toHaveLength(1);
    expect(io.stderr()[0]).toContain("список.xlsx");
    expect(io.stderr()[0]).toContain("не книга Excel");
    expect(io.stderr()[0]).not.toContain("Иванова");
  });

  test("a password-protected workbook says how to remove the password", async () => {
    // What Excel writes for an encrypted .xlsx: an OLE2 container with an «EncryptedPackage» stream.
    const ole = Buffer.concat([
      Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]),
      Buffer.alloc(504),
      Buffer.from("EncryptionInfo", "utf16le"),
      Buffer.alloc(50),
      Buffer.from("EncryptedPackage", "utf16le"),
      Buffer.alloc(512),
    ]);
    const locked = path.join(dir, "с паролем.xlsx");
    await fs.writeFile(locked, ole);
    const io = capture();
    expect(await run(["check", locked], io)).toBe(2);
    expect(io.stderr()).toHaveLength(1);
    expect(io.stderr()[0]).toContain("с паролем.xlsx");
    expect(io.stderr()[0]).toContain("защищён паролем");
  });

  // Regression (QA, 24.11): one unreadable file among several stopped the check of all of them.
  test("several files, one unreadable: it is named, the others are checked, the run ends as a failure", async () => {
    const good = await writeBook("хорошая.xlsx", { "Сверка кадров": CLEAN_ROSTER });
    const empty = path.join(dir, "пустая.xlsx");
    await fs.writeFile(empty, "");
    const io = capture();
    expect(await run(["check", good, empty, "--period", "2023/2024"], io)).toBe(2);
    expect(io.stderr()).toEqual([`metodist: «${empty}»: файл пустой (0 байт) — возьмите исходный файл ещё раз`]);
    expect(io.stdout()).toContain("хорошая.xlsx › «Сверка кадров»");
    expect(io.stdout()).toContain("Не прочитано файлов: 1 из 2 — их листы не проверены");
  });

  // Regression (QA, 24.11): two schools' «Мониторинг.xlsx» from two folders were reported as one file.
  test("files of the same name from two folders are named with their folders, in the summary and the JSON", async () => {
    await fs.mkdir(path.join(dir, "a"), { recursive: true });
    await fs.mkdir(path.join(dir, "b"), { recursive: true });
    const a = await writeBook(path.join("a", "Мониторинг.xlsx"), { "Сверка кадров": CLEAN_ROSTER });
    // Another school's roster: the same sheet twice would be read once (sheet.repeated).
    const b = await writeBook(path.join("b", "Мониторинг.xlsx"), { "Сверка кадров": CLEAN_ROSTER.map((r, i) => (i === 0 ? r : ["МБОУ СОШ № 2", ...r.slice(1)])) });
    const json = path.join(dir, "две-папки.json");
    const io = capture();
    await run(["check", a, b, "--period", "2023/2024", "--json", json], io);
    expect(io.stdout()).toContain("a/Мониторинг.xlsx › «Сверка кадров»");
    expect(io.stdout()).toContain("b/Мониторинг.xlsx › «Сверка кадров»");
    const report = JSON.parse(await fs.readFile(json, "utf8"));
    expect(report.sheets.map((s: { file: string }) => s.file)).toEqual(["a/Мониторинг.xlsx", "b/Мониторинг.xlsx"]);
  });

  test("a bad --period", async () => {
    const io = capture();
    expect(await run(["check", "a.xlsx", "--period", "2023/2025"], io)).toBe(2);
    expect(io.stderr()).toEqual(["metodist: Неверный период «2023/2025»: укажите учебный год как 2023/2024 или календарный год как 2024"]);
  });

  test("the same file twice", async () => {
    const io = capture();
    expect(await run(["check", "a.xlsx", "./a.xlsx"], io)).toBe(2);
    expect(io.stderr()).toEqual(["metodist: Файл «./a.xlsx» указан дважды — каждый файл укажите один раз"]);
  });

  test("no command", async () => {
    const io = capture();
    expect(await run([], io)).toBe(2);
    expect(io.stderr()[0]).toContain("Не указана команда");
  });

  test("nothing recognised names the files", async () => {
    const file = await writeBook("пусто.xlsx", { "Лист1": [["Пояснительная записка"], ["Данных нет"]] });
    const io = capture();
    expect(await run(["check", file], io)).toBe(2);
    expect(io.stderr()).toHaveLength(1);
    expect(io.stderr()[0]).toContain("ни один лист");
    expect(io.stderr()[0]).toContain("пусто.xlsx");
  });

  test("compute --out with nothing recognised writes nothing and says so", async () => {
    const file = await writeBook("записка.xlsx", { "Лист1": [["Пояснительная записка"], ["Данных нет"]] });
    const out = path.join(dir, "не-записан.xlsx");
    const io = capture();
    expect(await run(["compute", file, "--preset", "LK", "--period", "2023/2024", "--out", out], io)).toBe(2);
    expect(io.stderr()[0]).toContain("ни один лист");
    await expect(fs.access(out)).rejects.toThrow();
  });

  test("compute refuses to overwrite an input", async () => {
    const file = await writeBook("вход.xlsx", { "Сверка кадров": CLEAN_ROSTER });
    const io = capture();
    expect(await run(["compute", file, "--preset", "LK", "--out", file], io)).toBe(2);
    expect(io.stderr()[0]).toContain("совпадает с входным файлом");
  });

  // Regression: --json was written over whatever it named, an input workbook too.
  test.each([
    ["check", (f: string) => ["check", f, "--json", f], "--json «%f» совпадает с входным файлом"],
    ["compute --json", (f: string) => ["compute", f, "--preset", "LK", "--json", f], "--json «%f» совпадает с входным файлом"],
    ["compute --json = --history", (f: string, o: string) => ["compute", f, "--preset", "LK", "--history", o, "--json", o], "--json «%o» совпадает с входным файлом"],
    ["compute --json = --out", (f: string, o: string) => ["compute", f, "--preset", "LK", "--out", o, "--json", o], "--json «%o» совпадает с --out"],
  ])("%s: an output over an input or over the other output is refused, and nothing is written", async (_name, argv, message) => {
    const file = await writeBook("школа.xlsx", { "Сверка кадров": CLEAN_ROSTER });
    const other = path.join(dir, "прошлый-год.xlsx");
    await fs.copyFile(file, other);
    const before = [await fs.readFile(file), await fs.readFile(other)];
    const io = capture();
    expect(await run(argv(file, other), io)).toBe(2);
    expect(io.stderr()).toHaveLength(1);
    expect(io.stderr()[0]).toContain(message.replace("%f", file).replace("%o", other));
    expect([await fs.readFile(file), await fs.readFile(other)]).toEqual(before);
  });

  // Regression (QA, 24.11): a --history file without history was ignored without a word.
  test("--history that holds no history (a school's data file) is said and nothing is computed", async () => {
    const file = await writeBook("данные.xlsx", { "Сверка кадров": CLEAN_ROSTER });
    const notHistory = await writeBook("не-история.xlsx", { "Сверка кадров": CLEAN_ROSTER });
    const io = capture();
    expect(await run(["compute", file, "--preset", "LK", "--history", notHistory], io)).toBe(2);
    expect(io.stderr()).toEqual([`metodist: --history «${notHistory}»: в файле нет истории показателей (листа «История показателей» с кодами показателей в строке заголовков) — укажите результат Metodist за прошлый год`]);
    expect(io.stdout()).toBe("");
  });

  // Regression (QA, 24.11): a damaged theme in the input was reported as «ошибка записи — проверьте путь».
  test("a damaged part of an input, first needed at the save, is blamed on that input, not on --out", async () => {
    const good = await writeBook("тема.xlsx", { "Сверка кадров": CLEAN_ROSTER });
    const zip = await JSZip.loadAsync(await fs.readFile(good));
    const entries: [string, string | Buffer | { deflated: Buffer[]; crc: number; size: number }][] = [];
    for (const name of Object.keys(zip.files).filter((n) => !zip.files[n].dir)) {
      // Bytes that are no deflate stream: the archive lists the part, it cannot be unpacked.
      entries.push([name, name === "xl/theme/theme1.xml" ? { deflated: [Buffer.from("not deflate at all")], crc: 0, size: 100 } : await zip.file(name)!.async("nodebuffer")]);
    }
    const damaged = path.join(dir, "повреждённая тема.xlsx");
    await fs.writeFile(damaged, writeZip(entries));
    const io = capture();
    const out = path.join(dir, "итог-темы.xlsx");
    expect(await run(["compute", damaged, "--preset", "LK", "--period", "2023/2024", "--out", out], io)).toBe(2);
    expect(io.stderr()).toEqual([`metodist: не удалось записать «${out}»: во входном файле «${damaged}» повреждена часть «xl/theme/theme1.xml» — откройте этот файл в Excel, сохраните заново и повторите`]);
  });

  test("another spelling of an input's path (a symbolic link) is the same file", async () => {
    const file = await writeBook("ссылка.xlsx", { "Сверка кадров": CLEAN_ROSTER });
    const link = path.join(dir, "ссылка-на-вход.xlsx");
    await fs.symlink(file, link);
    const before = await fs.readFile(file);
    const io = capture();
    expect(await run(["check", file, "--json", link], io)).toBe(2);
    expect(io.stderr()[0]).toContain("совпадает с входным файлом");
    expect(await fs.readFile(file)).toEqual(before);
  });
});

describe("metodist --help, template, compute", () => {
  test("help is Russian and lists the commands", async () => {
    const io = capture();
    expect(await run(["--help"], io)).toBe(0);
    for (const word of ["metodist check", "metodist compute", "metodist template", "--period", "--preset", "Код завершения"]) expect(io.stdout()).toContain(word);
  });

  test("template writes a blank that check recognises (and finds no data in)", async () => {
    const out = path.join(dir, "бланк.xlsx");
    const io = capture();
    expect(await run(["template", "--out", out], io)).toBe(0);
    expect(io.stdout()).toContain("Бланк стандартных форм записан");
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.readFile(out);
    expect(wb.worksheets.map((w) => w.name)).toEqual(expect.arrayContaining(["Сверка кадров", "КПК", "МАП", "Наставничество"]));

    const checked = capture();
    const json = path.join(dir, "бланк.json");
    expect(await run(["check", out, "--json", json], checked)).toBe(0);
    const report = JSON.parse(await fs.readFile(json, "utf8"));
    expect(report.sheets.map((s: { form: string }) => s.form)).toEqual(["roster", "schools", "courses", "activities", "diagnostics", "mentoring"]);
    expect(report.issues.every((i: { rule: string; severity: string }) => i.rule === "sheet.empty" && i.severity === "warning")).toBe(true);
    // Only the roster and the school cards are missed when empty: no courses this year is an answer.
    expect(report.issues.map((i: { sheet: string }) => i.sheet)).toEqual(["Сверка кадров", "Карты ОО"]);

    // Regression (QA, 24.11): blanks of two schools checked together — the second file's hidden list
    // sheet («metodist_lists (…)» in the consolidated book) was «не распознан» by its visible column.
    const second = path.join(dir, "бланк-2.xlsx");
    await fs.copyFile(out, second);
    const both = path.join(dir, "бланки.json");
    expect(await run(["compute", out, second, "--preset", "LK", "--out", path.join(dir, "бланки-итог.xlsx"), "--json", both], capture())).toBe(0);
    const two = JSON.parse(await fs.readFile(both, "utf8"));
    expect(two.unrecognised).toEqual([]);
    expect(two.sheets).toHaveLength(12);

    // The methodical service's own blank: «Сведения муниципалитета» alone.
    const municipal = path.join(dir, "имц.xlsx");
    const said = capture();
    expect(await run(["template", "--out", municipal, "--for", "имц"], said)).toBe(0);
    expect(said.stdout()).toContain("Бланк «Сведения муниципалитета» записан");
    const m = new ExcelJS.Workbook();
    await m.xlsx.readFile(municipal);
    expect(m.worksheets.filter((w) => w.state === "visible").map((w) => w.name)).toEqual(["Сведения муниципалитета"]);
  });

  test("compute writes the result workbook and indicators into the JSON", async () => {
    const file = await writeBook("расчёт.xlsx", { "Сверка кадров": CLEAN_ROSTER, "КПК": COURSES });
    const out = path.join(dir, "результат.xlsx");
    const json = path.join(dir, "результат.json");
    const io = capture();
    expect(await run(["compute", file, "--preset", "LK", "--period", "2023/2024", "--out", out, "--json", json], io)).toBe(0);
    expect(io.stderr()).toEqual([]);
    expect(io.stdout()).toContain("Показатели:");
    const report = JSON.parse(await fs.readFile(json, "utf8"));
    expect(report.indicators.length).toBeGreaterThan(0);
    for (const ind of report.indicators) {
      // CLI.md's fields in its order; «note» and «trend» (added later, additively) only where the indicator has one.
      const fields = ["id", "name", "numerator", "denominator", "value", "unit", "target", "direction", "status", ...("note" in ind ? ["note"] : []), ...("trend" in ind ? ["trend"] : []), "bySchool", "bySubject"];
      expect(Object.keys(ind)).toEqual(fields);
    }
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.readFile(out);
    expect(wb.worksheets.length).toBeGreaterThan(2);
    // The input is unchanged: still just its two sheets.
    const input = new ExcelJS.Workbook();
    await input.xlsx.readFile(file);
    expect(input.worksheets.map((w) => w.name)).toEqual(["Сверка кадров", "КПК"]);

    // Next year: last year's result is the history; its data sheets are not read as input.
    const next = capture();
    const out2 = path.join(dir, "результат-2.xlsx");
    const json2 = path.join(dir, "результат-2.json");
    expect(await run(["compute", file, "--preset", "LK", "--period", "2024/2025", "--history", out, "--out", out2, "--json", json2], next)).toBe(0);
    expect(next.stderr()).toEqual([]);
    const report2 = JSON.parse(await fs.readFile(json2, "utf8"));
    expect(report2.period.label).toBe("2024/2025");
    expect(report2.sheets.map((s: { file: string }) => s.file)).toEqual(["расчёт.xlsx", "расчёт.xlsx"]);
    // Regression (QA, 24.11): a trend status came in the JSON without what it compares with.
    const lk = (r: { indicators: { id: string; value: unknown; trend?: unknown }[] }, id: string) => r.indicators.find((i) => i.id === id)!;
    expect(lk(report, "LK-03").trend).toEqual({ previousPeriod: null, previousValue: null });
    expect(lk(report2, "LK-03").trend).toEqual({ previousPeriod: "2023/2024", previousValue: lk(report, "LK-03").value });
    expect(lk(report2, "LK-03").value).not.toBeNull();
  });
});

describe("metodist on a terminal: one status line says what it is doing", () => {
  /** Output, failures and status lines in the order they came («—» is the status line going). */
  function terminal(): Io & { log: string[] } {
    const log: string[] = [];
    return {
      log,
      out: (t) => void log.push(`out: ${t.split("\n")[0]}`),
      err: (l) => void log.push(`err: ${l}`),
      status: (l) => void log.push(l === null ? "—" : `status: ${l}`),
    };
  }

  test("compute: each step, then the status goes before the summary is printed", async () => {
    const file = await writeBook("терминал.xlsx", { "Сверка кадров": CLEAN_ROSTER, "КПК": COURSES });
    const io = terminal();
    expect(await run(["compute", file, "--preset", "LK", "--period", "2023/2024", "--out", path.join(dir, "итог.xlsx")], io)).toBe(0);
    const firstOut = io.log.findIndex((l) => l.startsWith("out: "));
    expect(io.log.slice(0, firstOut)).toEqual([
      "status: Чтение «терминал.xlsx»…",
      "status: Чтение листов книги…",
      "status: Проверка записей…",
      // After each sheet, the share of rows checked (the roster first), then the people linked.
      "status: Проверка записей: 42 %…",
      "status: Проверка записей: 71 %…",
      "status: Проверка записей: 85 %…",
      "status: Расчёт показателей…",
      // After the context and each sweep over people (LK: five), then after 25 indicators — LK has 13.
      "status: Расчёт показателей: 20 %…",
      "status: Расчёт показателей: 34 %…",
      "status: Расчёт показателей: 48 %…",
      "status: Расчёт показателей: 62 %…",
      "status: Расчёт показателей: 90 %…",
      "status: Подготовка листов отчёта…",
      "status: Запись «итог.xlsx»…",
      "—",
    ]);
    expect(io.log.slice(firstOut).some((l) => l.startsWith("status"))).toBe(false);
    expect(io.log[io.log.length - 1]).not.toBe("—"); // cleared once, not again at the end
  });

  test("check: reading each file, checking; a failure is printed on a line of its own", async () => {
    const file = await writeBook("проверка.xlsx", { "Сверка кадров": CLEAN_ROSTER });
    const io = terminal();
    expect(await run(["check", file, "--period", "2023/2024"], io)).toBe(0);
    expect(io.log.slice(0, 5)).toEqual(["status: Чтение «проверка.xlsx»…", "status: Проверка записей…", "status: Проверка записей: 60 %…", "status: Проверка записей: 80 %…", "—"]);

    const failing = terminal();
    expect(await run(["check", file, path.join(dir, "нет-такого.xlsx")], failing)).toBe(2);
    const err = failing.log.findIndex((l) => l.startsWith("err: "));
    expect(failing.log[err - 1]).toBe("—");
    // The other file is still checked: its status, cleared once more before the summary.
    expect(failing.log.filter((l) => l === "—")).toHaveLength(2);
    expect(failing.log[failing.log.length - 1]).not.toBe("—");
  });
});
