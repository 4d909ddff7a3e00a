import { useCallback, useRef, useState } from "react";
import type { Progress, ProgressListener, Step } from "../../app/types";
import { describeProgress, nextPaint, ProgressView } from "../progress";

/**
 * The progress of the pane's current operation: `listen` goes to the host, `view` to <Busy>. When a
 * new step starts the listener waits for a paint, so the step's name is on screen while it runs (the
 * engine's steps block the page; a fast host's round trips may not let it paint either).
 */
export function useProgress(steps: readonly Step[]): { view: ProgressView | null; step: Step | null; listen: ProgressListener; reset: () => void } {
  const [progress, setProgress] = useState<Progress | null>(null);
  const shown = useRef<Step | null>(null);
  const listen = useCallback<ProgressListener>((p) => {
    setProgress(p);
    if (shown.current === p.step) return undefined;
    shown.current = p.step;
    return nextPaint();
  }, []);
  const reset = useCallback(() => {
    shown.current = null;
    setProgress(null);
  }, []);
  return { view: progress && describeProgress(progress, steps), step: progress?.step ?? null, listen, reset };
}
