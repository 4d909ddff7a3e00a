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
