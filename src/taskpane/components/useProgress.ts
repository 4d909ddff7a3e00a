import { useCallback, useState } from "react";
import type { Progress, ProgressListener, Step } from "../../app/types";
import { describeProgress, nextPaint, ProgressView } from "../progress";

/**
 * The progress of the pane's current operation: `listen` goes to the host, `view` to <Busy>. Before
 * each engine step the listener waits for a paint, so the step's name is on screen while it runs.
 */
export function useProgress(steps: readonly Step[]): { view: ProgressView | null; listen: ProgressListener; reset: () => void } {
  const [progress, setProgress] = useState<Progress | null>(null);
  const listen = useCallback<ProgressListener>((p) => {
    setProgress(p);
    return "total" in p ? undefined : nextPaint();
  }, []);
  const reset = useCallback(() => setProgress(null), []);
  return { view: progress && describeProgress(progress, steps), listen, reset };
}
