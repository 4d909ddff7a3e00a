import { parseArgs, UsageError } from "../../src/cli/args";
import { today } from "../../src/cli/today";

describe("parseArgs", () => {
  test.each([
    [["check", "a.xlsx", "b.xlsx"], { name: "check", files: ["a.xlsx", "b.xlsx"] }],
    [["check", "a.xlsx", "--period", "2023/2024", "--json", "out.json"], { name: "check", files: ["a.xlsx"], period: { label: "2023/2024", start: "2023-09-01", end: "2024-08-31" }, json: "out.json" }],
    [["check", "--period=2024", "a.xlsx"], { name: "check", files: ["a.xlsx"], period: { label: "2024", start: "2024-01-01", end: "2024-12-31" } }],
    [["compute", "a.xlsx", "--preset", "lk, DZ,LK", "--out", "r.xlsx", "--history", "h.xlsx"], { name: "compute", files: ["a.xlsx"], presets: ["LK", "DZ"], out: "r.xlsx", history: "h.xlsx" }],
    [["compute", "a.xlsx", "--preset", "ВМ,КL, вм"], { name: "compute", files: ["a.xlsx"], presets: ["BM", "KL"] }],
    [["template", "--out", "БЛАНК.xlsx"], { name: "template", out: "БЛАНК.xlsx", for: "schools" }],
    [["template", "--out", "ИМЦ.xlsx", "--for", "ИМЦ"], { name: "template", out: "ИМЦ.xlsx", for: "municipality" }],
    [["template", "--for=школы", "--out", "Б.xlsx"], { name: "template", out: "Б.xlsx", for: "schools" }],
    [["--help"], { name: "help" }],
    [["check", "-h"], { name: "help" }],
  ])("%j", (argv, expected) => expect(parseArgs(argv)).toEqual(expected));

  test.each([
    [[], "Не указана команда: check, compute или template"],
    [["verify", "a.xlsx"], "Неизвестная команда «verify»"],
    [["check"], "Не указаны входные файлы .xlsx"],
    [["check", "a.xlsx", "--period", "2023/2025"], "Неверный период «2023/2025»: укажите учебный год как 2023/2024 или календарный год как 2024"],
    [["check", "a.xlsx", "--period"], "После --period нужно значение"],
    [["check", "a.xlsx", "--out", "x.xlsx"], "Команда check не знает параметра «--out»"],
    [["compute", "a.xlsx"], "Укажите наборы показателей: --preset LK,DZ,AL,KL,BM"],
    [["compute", "a.xlsx", "--preset", "LK,XX"], "Неизвестный набор показателей «XX»"],
    [["compute", "a.xlsx", "--preset", "ДЗ"], "Неизвестный набор показателей «ДЗ»: возможны LK, DZ, AL, KL, BM"],
    [["compute", "a.xlsx", "--preset", "LK", "--out", "r.csv"], "--out: имя файла должно оканчиваться на .xlsx"],
    [["template"], "Укажите, куда записать бланк"],
    [["template", "a.xlsx", "--out", "b.xlsx"], "Команде template не нужны входные файлы"],
    [["template", "--out", "b.xlsx", "--for", "директор"], "--for «директор»: укажите «оо» (бланк для школ) или «имц»"],
    [["check", "a.xlsx", "--json", "a.json", "--json", "b.json"], "Параметр --json указан дважды"],
  ])("rejects %j with one Russian line", (argv, message) => {
    let caught: unknown;
    try {
      parseArgs(argv);
    } catch (e) {
      caught = e;
    }
    expect(caught).toBeInstanceOf(UsageError);
    expect((caught as Error).message).toContain(message);
    expect((caught as Error).message).not.toContain("\n");
  });
});

describe("today", () => {
  test("METODIST_TODAY fixes the date", () => expect(today({ METODIST_TODAY: "2024-06-15" })).toBe("2024-06-15"));
  test("otherwise the local calendar date", () => expect(today({}, new Date(2025, 0, 31, 23, 30))).toBe("2025-01-31"));
  test.each(["15.06.2024", "2024-02-30"])("rejects METODIST_TODAY=%s", (v) => expect(() => today({ METODIST_TODAY: v })).toThrow("ГГГГ-ММ-ДД"));
});
