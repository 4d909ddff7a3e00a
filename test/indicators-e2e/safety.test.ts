/**
 * What an official must be able to trust about `metodist compute`: it never touches the files it
 * reads, running it again on its own result replaces its sheets instead of piling up copies, and a
 * sheet of the user's that happens to carry one of Metodist's names is left alone.
 * The CLI runs in-process on copies of the examples in a temporary folder.
 */
import { createHash } from "node:crypto";
import * as fs from "node:fs";
import * as os from "node:os";
import * as path from "node:path";
import ExcelJS from "exceljs";
import { run } from "../../src/cli/main";
import { OUTPUT_SHEET_NAMES, SHEET } from "../../src/report";
import { XlsxWorkbook } from "../../src/workbook/xlsx/xlsx-workbook";

const EXAMPLES = path.join(__dirname, "..", "..", "examples");
// Each compute of the example takes seconds on a shared two-core machine; the last case runs two.
jest.setTimeout(180_000);

const PRESET = ["--preset", "LK,DZ,AL,KL,BM", "--period", "2023/2024"];

let dir: string;
let previousToday: string | undefined;

beforeAll(() => {
  dir = fs.mkdtempSync(path.join(os.tmpdir(), "metodist-safety-"));
  fs.copyFileSync(path.join(EXAMPLES, "municipality.xlsx"), path.join(dir, "municipality.xlsx"));
  for (const f of ["МАОУ СОШ № 1.xlsx", "МАДОУ Детский сад № 17.xlsx"]) fs.copyFileSync(path.join(EXAMPLES, "schools", f), path.join(dir, f));
  previousToday = process.env.METODIST_TODAY;
  process.env.METODIST_TODAY = "2024-06-20";
});

afterAll(() => {
  if (previousToday === undefined) delete process.env.METODIST_TODAY;
  else process.env.METODIST_TODAY = previousToday;
  fs.rmSync(dir, { recursive: true, force: true });
});

const at = (name: string): string => path.join(dir, name);
const sha256 = (file: string): string => createHash("sha256").update(fs.readFileSync(file)).digest("hex");

async function cli(...argv: string[]): Promise<{ code: number; out: string; err: string }> {
  let out = "";
  let err = "";
  const code = await run(argv, { out: (t) => (out += t), err: (l) => (err += l + "\n") });
  return { code, out, err };
}

async function sheetNames(file: string): Promise<string[]> {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.readFile(file);
  return wb.worksheets.map((ws) => ws.name);
}

interface IndicatorJson {
  readonly id: string;
  readonly numerator: number | null;
  readonly denominator: number | null;
  readonly value: number | boolean | null;
  readonly status: string | null;
}
const indicatorsOf = (jsonFile: string): IndicatorJson[] =>
  (JSON.parse(fs.readFileSync(jsonFile, "utf8")) as { indicators: IndicatorJson[] }).indicators.map(({ id, numerator, denominator, value, status }) => ({
    id, numerator, denominator, value, status,
  }));

describe("compute is safe with the user's files", () => {
  it("never modifies its inputs (one consolidated workbook; two school files together)", async () => {
    const inputs = ["municipality.xlsx", "МАОУ СОШ № 1.xlsx", "МАДОУ Детский сад № 17.xlsx"].map(at);
    const before = inputs.map(sha256);
    const mtimes = inputs.map((f) => fs.statSync(f).mtimeMs);
    expect((await cli("compute", inputs[0], ...PRESET, "--out", at("one.xlsx"))).code).toBe(0);
    expect((await cli("compute", inputs[1], inputs[2], ...PRESET, "--out", at("two.xlsx"))).code).toBe(0);
    expect(inputs.map(sha256)).toEqual(before);
    expect(inputs.map((f) => fs.statSync(f).mtimeMs)).toEqual(mtimes);
    expect(fs.existsSync(at("one.xlsx")) && fs.existsSync(at("two.xlsx"))).toBe(true);
  });

  it("run again on its own result: replaces its own sheets, same set of sheets, same indicator values", async () => {
    const first = await cli("compute", at("municipality.xlsx"), ...PRESET, "--out", at("out.xlsx"), "--json", at("out.json"));
    expect(first.code).toBe(0);
    const outHash = sha256(at("out.xlsx"));
    const second = await cli("compute", at("out.xlsx"), ...PRESET, "--out", at("out2.xlsx"), "--json", at("out2.json"));
    expect(second.code).toBe(0);
    expect(sha256(at("out.xlsx"))).toBe(outHash);

    const names1 = await sheetNames(at("out.xlsx"));
    const names2 = await sheetNames(at("out2.xlsx"));
    expect(names2).toEqual(names1);
    for (const name of OUTPUT_SHEET_NAMES) expect(names1).toContain(name);
    expect(names2.filter((n) => /\(\d+\)$/.test(n))).toEqual([]);
    // Its own output sheets are not read as data: the same people, the same numbers.
    expect(indicatorsOf(at("out2.json"))).toEqual(indicatorsOf(at("out.json")));
    expect(second.out).toContain(`листы: ${OUTPUT_SHEET_NAMES.join(", ")}`);
  });

  it("keeps a user's own sheet named «Показатели» untouched and writes the result under another name", async () => {
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.readFile(at("municipality.xlsx"));
    const mine = wb.addWorksheet(SHEET.indicators);
    mine.getCell("A1").value = "Мои показатели за прошлый год";
    mine.getCell("A2").value = "Доля аттестованных";
    mine.getCell("B2").value = 0.61;
    mine.getCell("B2").numFmt = "0.0%";
    mine.getCell("A3").value = "Итого";
    mine.getCell("B3").value = { formula: "B2*100", result: 61 };
    await wb.xlsx.writeFile(at("with-user-sheet.xlsx"));
    const inputHash = sha256(at("with-user-sheet.xlsx"));

    const res = await cli("compute", at("with-user-sheet.xlsx"), ...PRESET, "--out", at("user-out.xlsx"));
    expect(res.code).toBe(0);
    expect(sha256(at("with-user-sheet.xlsx"))).toBe(inputHash);

    const userGrid = async (file: string) =>
      (await (await XlsxWorkbook.open([file])).readSheets()).find((g) => g.sheet === SHEET.indicators)?.cells;
    expect(await userGrid(at("user-out.xlsx"))).toEqual(await userGrid(at("with-user-sheet.xlsx")));

    const names = await sheetNames(at("user-out.xlsx"));
    const renamed = names.filter((n) => n !== SHEET.indicators && n.startsWith(SHEET.indicators) && !OUTPUT_SHEET_NAMES.includes(n));
    expect(renamed).toHaveLength(1);
    expect(res.out).toContain(`листы: ${renamed[0]}`);
    const out = new ExcelJS.Workbook();
    await out.xlsx.readFile(at("user-out.xlsx"));
    const ids: unknown[] = [];
    out.getWorksheet(renamed[0])!.eachRow((row) => row.eachCell((c) => ids.push(c.value)));
    expect(ids).toContain("BM-1");

    // And once more on that result: the user's sheet still stays, ours is replaced in place.
    const again = await cli("compute", at("user-out.xlsx"), ...PRESET, "--out", at("user-out2.xlsx"));
    expect(again.code).toBe(0);
    expect(await sheetNames(at("user-out2.xlsx"))).toEqual(names);
    expect(await userGrid(at("user-out2.xlsx"))).toEqual(await userGrid(at("with-user-sheet.xlsx")));
  });
});
