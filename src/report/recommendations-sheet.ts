/**
 * «Рекомендации»: drafts of «адресные рекомендации» for indicators not achieved, naming the schools
 * with the lowest values. A draft for the official to edit, and the sheet says so.
 */
import { IsoDate } from "../domain/dates";
import { IndicatorResult } from "../domain/indicators/types";
import { Period } from "../domain/period";
import { Recommendation } from "../domain/recommend";
import { cell, dateRow, periodRow, statusCell, resultTargetCell, targetCell, textCell, titleRow, valueCell, valueText, headerCell } from "./cells";
import { PlanCell, SheetPlan } from "./plan";
import { SHEET, TITLE } from "./sheet-names";

export const RECOMMENDATION_HEADERS = ["№", "Код", "Показатель", "Значение", "Целевое значение", "Статус", "Направление работы", "ОО с наименьшими значениями", "Рекомендация (черновик)"] as const;
export const RECOMMENDATIONS_HEADER_ROW = 5;
export const RECOMMENDATIONS_TABLE = "Metodist_Recommendations";

export const NO_STATUS_TEXT =
  "Ни у одного показателя нет статуса: рекомендации составляются по показателям с целевым значением (наборы AL, KL, BM) " +
  "и по показателям LK, когда известно значение за прошлый период (лист «История показателей» или --history).";

function resultTarget(r: Recommendation, result: IndicatorResult | undefined): PlanCell {
  return result ? resultTargetCell(result) : targetCell(r.target, r.unit);
}

/** «Школа № 3 — 12,5 %»: why a school is named is its value (the text of a cell: a decimal comma). */
function schoolsText(r: Recommendation): string {
  if (r.schools.length === 0) return "";
  return r.schools.map((s) => `${s.school} — ${valueText(s.value, r.unit)}`).join("\n");
}

/**
 * `withStatus`: how many indicators have a status at all (nothing to recommend against without one).
 * `results` give the target column its wording («рост к 2022/2023» for LK's trend targets).
 */
export function buildRecommendationsSheet(
  recs: readonly Recommendation[],
  withStatus: number,
  period: Period,
  generatedOn: IsoDate,
  results: readonly IndicatorResult[] = [],
): SheetPlan {
  const byId = new Map(results.map((r) => [r.id, r]));
  const rows: PlanCell[][] = [
    titleRow(TITLE.recommendations),
    periodRow(period),
    dateRow(generatedOn),
    [cell("Составлено автоматически по показателям, которые не достигнуты; проверьте и дополните текст перед отправкой в ОО.", "muted")],
  ];
  if (recs.length === 0) {
    rows.push(
      withStatus > 0
        ? [cell("Все показатели с целевыми значениями достигнуты — рекомендаций нет.", "statusOk")]
        : [cell(NO_STATUS_TEXT, "muted")],
    );
    return { name: SHEET.recommendations, rows, columnWidths: [80], tabColor: "BF8F00" };
  }
  rows.push(RECOMMENDATION_HEADERS.map(headerCell));
  recs.forEach((r, i) => {
    rows.push([
      cell(i + 1, undefined, "0"),
      cell(r.indicatorId),
      { v: r.indicatorName, wrap: true },
      valueCell(r.value, r.unit),
      resultTarget(r, byId.get(r.indicatorId)),
      statusCell(r.status),
      cell(r.family),
      { ...textCell(schoolsText(r)), wrap: true },
      { v: r.text, wrap: true },
    ]);
  });
  return {
    name: SHEET.recommendations,
    rows,
    columnWidths: [5, 11, 45, 11, 17, 15, 20, 40, 80],
    freeze: { rows: RECOMMENDATIONS_HEADER_ROW, columns: 0 },
    tables: [{ name: RECOMMENDATIONS_TABLE, range: `A${RECOMMENDATIONS_HEADER_ROW}:I${RECOMMENDATIONS_HEADER_ROW + recs.length}` }],
    tabColor: "BF8F00",
  };
}
