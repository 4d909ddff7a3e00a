/**
 * The measured stages of `npm run bench`, each a function over the same generated grids, and the
 * baseline: one plain pass that reads every cell once and folds a trivial checksum.
 */
import { SheetGrid } from "../src/domain/grid";
import { recognizeSheet, isRecognized } from "../src/domain/recognize";
import { readFormRows } from "../src/domain/dataset/read-rows";
import { buildDataset } from "../src/domain/dataset/build-dataset";
import { validateRows, validateDataset } from "../src/domain/validate";
import { evaluate } from "../src/domain/indicators";
import { buildReportPlans } from "../src/report";
import { SheetPlan } from "../src/report/plan";
import { checkSheets } from "../src/app/check";
import { computeFromSheets } from "../src/app/compute";
import { parsePeriod } from "../src/domain/period";
import { RecognizedSheet } from "../src/domain/recognize/types";
import { NormalizedRow } from "../src/domain/normalize/types";
import { EMPTY_HISTORY } from "../src/domain/history";

export const PERIOD = parsePeriod("2023/2024")!;
export const TODAY = "2024-06-20";
export const PRESETS = ["LK", "DZ", "AL", "KL", "BM"] as const;

/** The practical lower bound: touch every cell once. */
export function scan(sheets: readonly SheetGrid[]): number {
  let sum = 0;
  for (const s of sheets)
    for (const row of s.cells)
      for (const v of row) {
        if (typeof v === "string") sum += v.length;
        else if (typeof v === "number") sum += v;
        else if (v !== null) sum += 1;
      }
  return sum;
}

export function recognition(sheets: readonly SheetGrid[]): RecognizedSheet[] {
  return sheets.map((s) => recognizeSheet(s)).filter(isRecognized);
}

export function normaliseAndValidate(sheets: readonly SheetGrid[], recs: readonly RecognizedSheet[]) {
  const ctx = { period: PERIOD, today: TODAY };
  const read: { rec: RecognizedSheet; rows: NormalizedRow[] }[] = [];
  let issues = 0;
  for (const rec of recs) {
    const sheet = sheets.find((s) => s.sheet === rec.sheet && s.file === rec.file)!;
    const r = readFormRows(sheet, rec);
    issues += r.issues.length + validateRows(rec, r.rows, ctx).length;
    read.push({ rec, rows: r.rows });
  }
  const built = buildDataset(read, PERIOD);
  issues += built.issues.length + validateDataset(built.dataset, ctx).length;
  return { dataset: built.dataset, issues };
}

export function indicators(dataset: ReturnType<typeof normaliseAndValidate>["dataset"]) {
  return evaluate(dataset, PERIOD, PRESETS);
}

/**
 * Every sheet plan from fresh indicator results: `prepare` checks and evaluates (not timed), `plan`
 * is the stage. Results keep what planning read from them (`counted`), so each run gets new ones
 * rather than timing a cache.
 */
export function planning(sheets: readonly SheetGrid[]) {
  const check = checkSheets(sheets, { period: PERIOD, today: TODAY });
  return {
    prepare: () => indicators(check.dataset),
    plan: (results: ReturnType<typeof indicators>) => buildReportPlans({ check, indicators: results, history: EMPTY_HISTORY, generatedOn: TODAY }),
  };
}

export function whole(sheets: readonly SheetGrid[]) {
  return computeFromSheets(sheets, { period: PERIOD, today: TODAY, presets: PRESETS });
}

/**
 * What a writer does first with the plans: makes the compact rows («Расшифровка») into cells, a block
 * at a time. Not part of check+compute any more (the plan keeps them as columns), so timed on its own.
 */
export function rowsAtWrite(plans: readonly SheetPlan[]): number {
  let cells = 0;
  for (const p of plans) {
    if (!p.more) continue;
    for (const block of p.more.blocks()) for (const row of block) cells += row.length;
  }
  return cells;
}
