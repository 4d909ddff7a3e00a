/**
 * The steps of check and compute in words, one vocabulary for every front end: the pane numbers
 * them («Шаг 2 из 5. Проверка записей: 59 %…»), the CLI shows them on its status line.
 */
import type { CountedStep, Progress, Step } from "./types";

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

/** Steps of the engine that count how far they have got (between reads and writes, which count too). */
export function isEngineStep(step: Step): step is CountedStep {
  return step === "check" || step === "indicators" || step === "plans";
}

export interface ProgressView {
  readonly label: string;
  /** 0…1 when the step can count how far it has got; otherwise the bar just moves. */
  readonly value?: number;
}

const count = (n: number) => n.toLocaleString("ru-RU");

/** «Шаг 5 из 5. Запись листов отчёта: 120 000 из 237 089 строк…» */
export function describeProgress(p: Progress, steps: readonly Step[]): ProgressView {
  // The formats pass is the second half of reading, not a step of its own.
  const at = steps.indexOf(p.step === "readFormats" ? "read" : p.step) + 1;
  const head = at > 0 ? `Шаг ${at} из ${steps.length}. ${STEP_NAMES[p.step]}` : STEP_NAMES[p.step];
  if (!("total" in p) || p.total <= 0) return { label: `${head}…` };
  const value = Math.min(1, p.done / p.total);
  const far = p.step === "write" ? `${count(Math.min(p.done, p.total))} из ${count(p.total)} строк` : `${Math.floor(value * 100)} %`;
  return { label: `${head}: ${far}…`, value };
}
