/** «Показатели по ОО»: every school against every indicator, coloured per indicator. */
import { IsoDate } from "../domain/dates";
import { IndicatorResult } from "../domain/indicators/types";
import { Period } from "../domain/period";
import { buildMatrixSheet } from "./matrix";
import { SheetPlan } from "./plan";
import { SHEET, TITLE } from "./sheet-names";

export function buildBySchoolSheet(indicators: readonly IndicatorResult[], period: Period, generatedOn: IsoDate): SheetPlan {
  return buildMatrixSheet(
    {
      sheet: SHEET.bySchool,
      title: TITLE.bySchool,
      keyHeader: "ОО",
      breakdown: (r) => r.bySchool,
      emptyMessage: "Нет данных в разрезе ОО: не найдены листы со сверкой кадров.",
      tabColor: "2E75B6",
    },
    indicators,
    period,
    generatedOn,
  );
}
