/**
 * The `compute` use-case: check the inputs, evaluate the chosen presets, carry the indicator history
 * forward, and write every output sheet through the port. The pure core (`computeFromSheets`) is what
 * tests and the bench call; `computeWorkbook` adds only reading and writing.
 */
import { SheetGrid } from "../domain/grid";
import { HistoryTable, mergeHistory, readHistory, withSeedHistory } from "../domain/history";
import { evaluate, evaluateSteps } from "../domain/indicators";
import { applyTrendTargets } from "../domain/indicators/trend";
import { IndicatorResult } from "../domain/indicators/types";
import { fold } from "../domain/text";
import { SHEET, buildReportPlans, reportPlanSteps } from "../report";
import { SheetPlan, plansRowCount } from "../report/plan";
import { WorkbookPort } from "../workbook/port";
import { checkSheets, checkStep, countedStep, readStep, stepBegins, transfersTo } from "./check";
import { CheckResult, ComputeOptions, ComputeResult, NothingRecognised, ProgressListener } from "./types";

export interface ComputeRunOptions extends ComputeOptions {
  /** Sheets of a previous output workbook (`--history FILE.xlsx`): its «История показателей» is read. */
  readonly history?: readonly SheetGrid[];
}

export interface ComputedResults {
  readonly check: CheckResult;
  readonly indicators: IndicatorResult[];
  /** The history after this run's results went in (what the history sheet shows). */
  readonly history: HistoryTable;
}

export interface ComputedSheets extends ComputedResults {
  readonly plans: SheetPlan[];
}

const HISTORY_NAME = fold(SHEET.history);
const isHistorySheet = (name: string): boolean => fold(name).startsWith(HISTORY_NAME);

/**
 * History sheets among grids: those named «История показателей» (also «История показателей (2)» when
 * a user sheet held the name). A file with no such sheet is read whole, for hand-made history files.
 */
function historySheets(grids: readonly SheetGrid[], ownOnly: boolean): SheetGrid[] {
  const pool = ownOnly ? grids.filter((g) => g.ownOutput) : grids;
  const named = pool.filter((g) => isHistorySheet(g.sheet));
  return named.length > 0 || ownOnly ? named : [...pool];
}

/** Check and indicators without output sheets: for a caller that writes nothing (CLI without --out). */
export function computeResults(sheets: readonly SheetGrid[], opts: ComputeRunOptions): ComputedResults {
  return indicatorsOf(checkSheets(sheets, opts), historySheets(sheets, true), opts);
}

/** The indicators of a checked workbook, their trend targets and the history they extend (`ownHistory`: the workbook's own history sheets). */
function indicatorsOf(check: CheckResult, ownHistory: readonly SheetGrid[], opts: ComputeRunOptions): ComputedResults {
  return withHistory(check, evaluate(check.dataset, check.period, opts.presets), ownHistory, opts);
}

/** Evaluated indicators with their trend targets and statuses, and the history they extend. */
function withHistory(check: CheckResult, evaluated: IndicatorResult[], ownHistory: readonly SheetGrid[], opts: ComputeRunOptions): ComputedResults {
  // A history file the user names wins over the workbook's own sheet; the seed only fills gaps.
  const read = readHistory([...historySheets(opts.history ?? [], false), ...ownHistory]);
  const previous = withSeedHistory(read.table, evaluated.map((r) => r.id));
  // «Рост/снижение к прошлому периоду» targets (LK) need the earlier periods, so status comes here.
  const indicators = applyTrendTargets(evaluated, previous, check.period.label);
  const history = mergeHistory(previous, check.period, indicators);
  // What the history could not give (a word for a value, a period twice) is said with the inputs' issues.
  const checked = read.issues.length > 0 ? { ...check, issues: [...check.issues, ...read.issues] } : check;
  return { check: checked, indicators, history };
}

export function computeFromSheets(sheets: readonly SheetGrid[], opts: ComputeRunOptions): ComputedSheets {
  const results = computeResults(sheets, opts);
  const plans = buildReportPlans({ ...results, generatedOn: opts.today });
  return { ...results, plans };
}

/**
 * Read, check, evaluate, plan and write, telling `progress` each step before its work starts (the
 * engine's steps take seconds on a region's workbook, and the pane paints between them). `signal`
 * aborted: the run ends with RunStopped at its next step, up to the write — which is never cut short:
 * output sheets half written would be worse than either the old ones or the new.
 */
export async function computeWorkbook(port: WorkbookPort, opts: ComputeRunOptions, progress?: ProgressListener, signal?: AbortSignal): Promise<ComputeResult> {
  // Of its own output, only the history sheet is read (earlier periods).
  let sheets: readonly SheetGrid[] | null = await readStep(port, isHistorySheet, progress, signal);
  const check = await checkStep(sheets, opts, progress, signal);
  if (check.sheets.length === 0) throw new NothingRecognised(check);
  const ownHistory = historySheets(sheets, true);
  // The cells go before the long steps: a pane would otherwise hold a region's grids through the write.
  sheets = null;
  await stepBegins({ step: "indicators" }, progress, signal);
  const evaluated = await countedStep("indicators", evaluateSteps(check.dataset, check.period, opts.presets), progress, signal);
  const results = withHistory(check, evaluated, ownHistory, opts);
  await stepBegins({ step: "plans" }, progress, signal);
  const plans = await countedStep("plans", reportPlanSteps({ ...results, generatedOn: opts.today }), progress, signal);
  await stepBegins({ step: "write", done: 0, total: plansRowCount(plans) }, progress, signal);
  const applied = await port.applyPlans(plans, transfersTo(progress));
  return { check: results.check, indicators: results.indicators, applied };
}
