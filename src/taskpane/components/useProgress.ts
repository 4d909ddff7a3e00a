import { useCallback, useRef, useState } from "react";
import { describeProgress, isEngineStep, ProgressView } from "../../app/steps";
import type { Progress, ProgressListener, Step } from "../../app/types";
import { nextPaint } from "../progress";

/**
 * The engine's own counts (the check sheet by sheet, the indicators and the report's sheets part by
 * part) wait for a paint at most this often: the engine blocks the page between them, and a
 * consolidated workbook has hundreds of sheets.
 */
const COUNT_PAINT_MS = 100;

/**
 * The progress of the pane's current operation: `listen` goes to the host, `view` to <Busy>. When a
 * new step starts the listener waits for a paint, so the step's name is on screen while it runs (the
 * engine's steps block the page; a fast host's round trips may not let it paint either); so does an
 * engine's count now and then, which is also when a click on «Остановить» gets through.
 */
export function useProgress(steps: readonly Step[]): { view: ProgressView | null; step: Step | null; listen: ProgressListener; reset: () => void } {
  const [progress, setProgress] = useState<Progress | null>(null);
  const shown = useRef<Step | null>(null);
  const painted = useRef(0);
  const listen = useCallback<ProgressListener>((p) => {
    setProgress(p);
    // A monotonic clock: a wall clock set back (or frozen, as a test harness may) must not stop the paints.
    const now = performance.now();
    if (shown.current === p.step) {
      // Reads and writes are not waited for at all (the host's round trips let the page paint).
      if (!isEngineStep(p.step) || now - painted.current < COUNT_PAINT_MS) return undefined;
    }
    shown.current = p.step;
    painted.current = now;
    return nextPaint();
  }, []);
  const reset = useCallback(() => {
    shown.current = null;
    setProgress(null);
  }, []);
  return { view: progress && describeProgress(progress, steps), step: progress?.step ?? null, listen, reset };
}
