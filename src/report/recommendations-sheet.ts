/**
 * «Рекомендации»: drafts of «адресные рекомендации» for indicators not achieved, naming the schools
 * with the lowest values. A draft for the official to edit, and the sheet says so.
 */
import { IsoDate } from "../domain/dates";
import { Period } from "../domain/period";
import { Recommendation } from "../domain/recommend";
import { cell, dateRow, periodRow, statusCell, targetCell, textCell, titleRow, valueCell } from "./cells";
import { PlanCell, SheetPlan } from "./plan";
import { SHEET } from "./sheet-names";

export const RECOMMENDATION_HEADERS = ["№", "Код", "Показатель", "Значение", "Целевое значение", "Статус", "Направление работы", "ОО с наименьшими значениями", "Рекомендация (черновик)"] as const;
export const RECOMMENDATIONS_HEADER_ROW = 5;
export const RECOMMENDATIONS_TABLE = "Metodist_Recommendations";

function schoolsText(r: Recommendation): string {
  if (r.schools.length === 0) return "";
  return r.schools.map((s) => s.school).join("\n");
}

/** `withTargets`: how many indicators have a target at all (nothing to recommend against without one). */
export function buildRecommendationsSheet(recs: readonly Recommendation[], withTargets: number, period: Period, generatedOn: IsoDate): SheetPlan {
  const rows: PlanCell[][] = [
    titleRow("Адресные рекомендации (черновик)"),
    periodRow(period),
    dateRow(generatedOn),
    [cell("Составлено автоматически по показателям, которые не достигнуты; проверьте и дополните текст перед отправкой в ОО.", "muted")],
  ];
  if (recs.length === 0) {
    rows.push(
      withTargets > 0
        ? [cell("Все показатели с целевыми значениями достигнуты — рекомендаций нет.", "statusOk")]
        : [cell("У выбранных показателей нет целевых значений: рекомендации составляются только по показателям с целью (наборы AL, KL, BM).", "muted")],
    );
    return { name: SHEET.recommendations, rows, columnWidths: [80], tabColor: "BF8F00" };
  }
  rows.push(RECOMMENDATION_HEADERS.map((h) => cell(h, "header")));
  recs.forEach((r, i) => {
    rows.push([
      cell(i + 1, undefined, "0"),
      cell(r.indicatorId),
      { v: r.indicatorName, wrap: true },
      valueCell(r.value, r.unit),
      targetCell(r.target, r.unit),
      statusCell(r.status),
      cell(r.family),
      { ...textCell(schoolsText(r)), wrap: true },
      { v: r.text, wrap: true },
    ]);
  });
  return {
    name: SHEET.recommendations,
    rows,
    columnWidths: [5, 11, 45, 11, 12, 15, 20, 40, 80],
    freeze: { rows: RECOMMENDATIONS_HEADER_ROW, columns: 0 },
    tables: [{ name: RECOMMENDATIONS_TABLE, range: `A${RECOMMENDATIONS_HEADER_ROW}:I${RECOMMENDATIONS_HEADER_ROW + recs.length}` }],
    tabColor: "BF8F00",
  };
}
