/** «По предметам»: indicators the regulations break down by subject («в разрезе учебных предметов»). */
import { IsoDate } from "../domain/dates";
import { IndicatorResult } from "../domain/indicators/types";
import { Period } from "../domain/period";
import { buildMatrixSheet } from "./matrix";
import { SheetPlan } from "./plan";
import { SHEET, TITLE } from "./sheet-names";

export function buildBySubjectSheet(indicators: readonly IndicatorResult[], period: Period, generatedOn: IsoDate): SheetPlan {
  return buildMatrixSheet(
    {
      sheet: SHEET.bySubject,
      title: TITLE.bySubject,
      keyHeader: "Предмет",
      breakdown: (r) => r.bySubject,
      emptyMessage: "В выбранных наборах нет показателей с разбивкой по предметам (она есть, например, в наборах DZ и AL).",
      tabColor: "2E75B6",
    },
    indicators,
    period,
    generatedOn,
  );
}
