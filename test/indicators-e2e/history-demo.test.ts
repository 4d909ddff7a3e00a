/**
 * The example's fictional history (examples/история-показателей.xlsx, scripts/generate-example-history.ts)
 * is what makes the README's main command draw trend lines. It must be exactly the sheet the generator
 * writes today, be read back by Metodist as history, and cover every indicator of the five presets.
 */
import * as path from "node:path";
import { computeFromSheets } from "../../src/app/compute";
import { SEED_HISTORY, parseHistory } from "../../src/domain/history";
import { INDICATORS } from "../../src/domain/indicators";
import { parsePeriod } from "../../src/domain/period";
import { SHEET } from "../../src/report";
import { XlsxWorkbook } from "../../src/workbook/xlsx/xlsx-workbook";
import { ALL_PRESETS, EXAMPLE_PERIOD, EXAMPLE_TODAY, HISTORY_FILE, PAST_PERIODS, fictionalHistory } from "../../scripts/generate-example-history";
import * as fs from "node:fs";

const EXAMPLES = path.join(__dirname, "..", "..", "examples");

jest.setTimeout(120_000);

describe("example history for «Динамика»", () => {
  it("is committed as the generator writes it, and every past value is read back", async () => {
    const sheets = await (await XlsxWorkbook.open([HISTORY_FILE])).readSheets();
    expect(sheets.map((s) => s.sheet)).toEqual([SHEET.history]);
    const read = parseHistory(sheets);
    const data = await (await XlsxWorkbook.open([path.join(EXAMPLES, "municipality.xlsx")])).readSheets();
    const now = computeFromSheets(data, { today: EXAMPLE_TODAY, period: parsePeriod(EXAMPLE_PERIOD)!, presets: ALL_PRESETS });
    const made = fictionalHistory(now.indicators);

    expect(read.rows.map((r) => r.period)).toEqual([...PAST_PERIODS]);
    expect(read.columns.map((c) => c.id)).toEqual(INDICATORS.map((d) => d.id));
    for (const row of made.rows) {
      const back = read.rows.find((r) => r.period === row.period)!;
      for (const [id, v] of Object.entries(row.values)) expect([row.period, id, back.values[id] ?? null]).toEqual([row.period, id, v]);
    }
    // Seed 001's published values, not invented ones, where it has them.
    for (const row of SEED_HISTORY.rows) for (const [id, v] of Object.entries(row.values)) expect(read.rows.find((r) => r.period === row.period)!.values[id]).toBe(v);

    // With it as --history, every indicator that has a number now has three points.
    const withHistory = computeFromSheets(data, { today: EXAMPLE_TODAY, period: parsePeriod(EXAMPLE_PERIOD)!, presets: ALL_PRESETS, history: sheets });
    expect(withHistory.history.rows.map((r) => r.period)).toEqual([...PAST_PERIODS, EXAMPLE_PERIOD]);
    const numeric = now.indicators.filter((r) => typeof r.value === "number");
    expect(numeric.length).toBeGreaterThan(90);
    for (const r of numeric) expect(withHistory.history.rows.map((row) => typeof row.values[r.id])).toEqual(["number", "number", "number"]);
  });

  it("steps back by small drifts: no share moves more than 4 pp a year (except seed 001's published values)", async () => {
    const read = parseHistory(await (await XlsxWorkbook.open([HISTORY_FILE])).readSheets());
    const published = new Set(SEED_HISTORY.columns.map((c) => c.id));
    const [older, previous] = read.rows;
    for (const c of read.columns) {
      if (c.unit !== "%" || published.has(c.id)) continue;
      const a = older.values[c.id];
      const b = previous.values[c.id];
      if (typeof a === "number" && typeof b === "number") expect(Math.abs(a - b)).toBeLessThanOrEqual(4.05);
    }
  });

  it("is the file package.json's compute:example passes", () => {
    const pkg = JSON.parse(fs.readFileSync(path.join(__dirname, "..", "..", "package.json"), "utf8")) as { scripts: Record<string, string> };
    expect(pkg.scripts["compute:example"]).toContain("--history examples/история-показателей.xlsx");
  });
});
