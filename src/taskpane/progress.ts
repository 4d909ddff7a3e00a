/** What the pane says while a long operation runs: the step, its number, and how far a transfer has got. */
import { STEP_NAMES } from "../app/steps";
import type { Progress, Step } from "../app/types";

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

/**
 * Resolves once the browser has had a chance to paint what was just set: the engine's steps then block
 * the page for seconds. A pane out of sight gets no animation frames, hence the timer beside it.
 */
export function nextPaint(): Promise<void> {
  return new Promise((resolve) => {
    const fallback = setTimeout(resolve, 100);
    if (typeof requestAnimationFrame !== "function") return;
    requestAnimationFrame(() =>
      setTimeout(() => {
        clearTimeout(fallback);
        resolve();
      }, 0),
    );
  });
}
