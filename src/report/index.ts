/**
 * All output sheets from one run's results: pure, so the Office.js and .xlsx adapters apply the same
 * plans and tests read exactly what a user will see.
 */
import { IsoDate } from "../domain/dates";
import { HistoryTable } from "../domain/history";
import { IndicatorResult } from "../domain/indicators/types";
import { recommend } from "../domain/recommend";
import { auditSheetSteps } from "./audit-sheet";
import { CountedSteps, runToEnd } from "../domain/steps";
import { buildBySchoolSheet } from "./by-school-sheet";
import { buildBySubjectSheet } from "./by-subject-sheet";
import { buildCheckSheet } from "./check-sheet";
import { buildHistorySheet } from "./history-sheet";
import { buildIndicatorsSheet } from "./indicators-sheet";
import { CheckSummary } from "./inputs";
import { SheetPlan } from "./plan";
import { buildRecommendationsSheet } from "./recommendations-sheet";
import { buildTrendSheet } from "./trend-sheet";

export { OUTPUT_SHEET_NAMES, SHEET } from "./sheet-names";
export type { CheckSummary } from "./inputs";

export interface ReportInput {
  readonly check: CheckSummary;
  readonly indicators: readonly IndicatorResult[];
  /** Already merged with this run's results (domain/history.ts mergeHistory). */
  readonly history: HistoryTable;
  readonly generatedOn: IsoDate;
}

/** Every output sheet, in OUTPUT_SHEET_NAMES order (empty sheets say why, so stale ones never linger). */
export function buildReportPlans(input: ReportInput): SheetPlan[] {
  return runToEnd(reportPlanSteps(input));
}

/**
 * buildReportPlans, pausing while «Расшифровка» is built (nine tenths of the step on a region's
 * workbook), counted in its entries listed.
 */
export function* reportPlanSteps(input: ReportInput): CountedSteps<SheetPlan[]> {
  const { check, indicators, history, generatedOn } = input;
  const period = check.period;
  const first = [buildIndicatorsSheet(indicators, period, generatedOn), buildBySchoolSheet(indicators, period, generatedOn), buildBySubjectSheet(indicators, period, generatedOn)];
  const audit = yield* auditSheetSteps(indicators, period, generatedOn);
  return [
    ...first,
    audit,
    buildCheckSheet(check, generatedOn),
    buildHistorySheet(history),
    buildTrendSheet(history),
    buildRecommendationsSheet(recommend(indicators), indicators.filter((r) => r.status !== null).length, period, generatedOn, indicators),
  ];
}
