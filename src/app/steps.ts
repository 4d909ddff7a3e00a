/**
 * The steps of check and compute in words, one vocabulary for every front end: the pane numbers
 * them («Шаг 2 из 5. Проверка записей…»), the CLI shows them on its status line.
 */
import type { Step } from "./types";

export const CHECK_STEPS: readonly Step[] = ["read", "check"];
export const COMPUTE_STEPS: readonly Step[] = ["read", "check", "indicators", "plans", "write"];

export const STEP_NAMES: Record<Step, string> = {
  read: "Чтение листов книги",
  readFormats: "Чтение форматов чисел (какие числа — даты)",
  check: "Проверка записей",
  indicators: "Расчёт показателей",
  plans: "Подготовка листов отчёта",
  write: "Запись листов отчёта",
};
