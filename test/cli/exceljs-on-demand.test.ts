/**
 * ExcelJS takes about a quarter of a second to load, a third of a `check` of a municipality's file,
 * and only the template (sheets with dropdown lists) needs it: `check` and `compute` must not load it.
 */
import { promises as fs } from "fs";
import * as os from "os";
import * as path from "path";
import type ExcelJS from "exceljs";
import type { Io } from "../../src/cli/main";

const EXAMPLE = path.join(__dirname, "..", "..", "examples", "municipality.xlsx");
let dir: string;

beforeAll(async () => {
  dir = await fs.mkdtemp(path.join(os.tmpdir(), "metodist-exceljs-"));
  process.env.METODIST_TODAY = "2024-06-15";
});
afterAll(async () => {
  delete process.env.METODIST_TODAY;
  await fs.rm(dir, { recursive: true, force: true });
});

const quiet: Io = { out: () => undefined, err: () => undefined };

/** Runs the command in a fresh module registry and tells whether anything loaded ExcelJS. */
async function runCounting(argv: string[]): Promise<{ code: number; loads: number }> {
  let loads = 0;
  let code = -1;
  await jest.isolateModulesAsync(async () => {
    jest.doMock("exceljs", () => {
      loads++;
      return jest.requireActual("exceljs");
    });
    const { run } = await import("../../src/cli/main");
    code = await run(argv, quiet);
  });
  return { code, loads };
}

describe("ExcelJS is loaded only for sheets with dropdown lists", () => {
  test("check of the example municipality: ExcelJS is never loaded", async () => {
    const { code, loads } = await runCounting(["check", EXAMPLE, "--period", "2023/2024"]);
    // The example municipality has planted mistakes: the check finds them (exit 1), it does not fail.
    expect(code).toBe(1);
    expect(loads).toBe(0);
  });

  test("compute with --out writes every sheet without ExcelJS", async () => {
    const out = path.join(dir, "показатели.xlsx");
    const { code, loads } = await runCounting(["compute", EXAMPLE, "--preset", "LK,DZ,AL,KL,BM", "--period", "2023/2024", "--out", out]);
    expect(code).toBe(0);
    expect(loads).toBe(0);
    expect((await fs.stat(out)).size).toBeGreaterThan(10_000);
  });

  test("the template loads it and its forms keep their dropdown lists", async () => {
    const out = path.join(dir, "бланк.xlsx");
    const { code, loads } = await runCounting(["template", "--out", out]);
    expect(code).toBe(0);
    expect(loads).toBe(1);
    const { Workbook } = jest.requireActual<typeof ExcelJS>("exceljs");
    const wb = new Workbook();
    await wb.xlsx.readFile(out);
    const roster = wb.worksheets.find((ws) => ws.name === "Сверка кадров")!;
    const validations = (roster as unknown as { dataValidations: { model: Record<string, { type: string }> } }).dataValidations.model;
    expect(Object.values(validations).some((v) => v.type === "list")).toBe(true);
  });
});
