/**
 * The engine's long steps as generators: each pauses between parts of its work to say how far it has
 * got, so a front end driving it can paint a bar and hear «Остановить» in between; a caller that needs
 * only the result runs it to its end at once.
 */

/** How far a step has got, in the step's own units (rows, weighted parts of the work). */
export interface StepCount {
  readonly done: number;
  readonly total: number;
}

export type CountedSteps<T> = Generator<StepCount, T, void>;

/** The step's result, its pauses ignored. */
export function runToEnd<T>(steps: CountedSteps<T>): T {
  for (;;) {
    const r = steps.next();
    if (r.done) return r.value;
  }
}
