/** Names of Metodist's output sheets (≤ 31 characters, no []:*?/\ — Excel's limits). */
export const SHEET = {
  indicators: "Показатели",
  bySchool: "Показатели по ОО",
  bySubject: "По предметам",
  audit: "Расшифровка",
  check: "Проверка данных",
  history: "История показателей",
  trend: "Динамика",
  recommendations: "Рекомендации",
} as const;

/** In the order the sheets are written. */
export const OUTPUT_SHEET_NAMES: readonly string[] = [
  SHEET.indicators,
  SHEET.bySchool,
  SHEET.bySubject,
  SHEET.audit,
  SHEET.check,
  SHEET.history,
  SHEET.trend,
  SHEET.recommendations,
];

/**
 * The title each output sheet opens with (A1). With the line under it, how an output sheet is known
 * when the registry cannot tell (ownSheetLook): renamed («Показатели 2023» kept for a year), or
 * copied into another workbook.
 */
export const TITLE = {
  indicators: "Показатели профессионального развития педагогов",
  bySchool: "Показатели в разрезе образовательных организаций",
  bySubject: "Показатели в разрезе учебных предметов",
  audit: "Расшифровка показателей: кто учтён в числителе",
  check: "Проверка данных",
  history: "История показателей",
  trend: "Динамика показателей",
  recommendations: "Адресные рекомендации (черновик)",
} as const;

/** What the history and trend sheets say under their titles (the others give the period there). */
export const HISTORY_NOTE = "Строка текущего периода обновляется при каждом расчёте, другие периоды сохраняются.";
export const TREND_NOTE = "Сплошная линия — значение показателя по периодам, пунктир — целевое значение.";
export const PERIOD_LINE = "Отчётный период: ";
