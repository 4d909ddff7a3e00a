import { useRef, useState } from "react";
import type { Step } from "../../app/types";
import { RunStopped } from "../../app/types";
import { explain, Problem } from "../messages";
import { useProgress } from "./useProgress";
import { useStop } from "./useStop";

/** How a tab's operation ended: done, stopped by «Остановить», or failed (in the user's words). */
export type Ending = { readonly kind: "done" } | { readonly kind: "stopped" } | { readonly kind: "failed"; readonly problem: Problem };

/**
 * The run protocol both tabs share: one workbook operation at a time (`onRunning` tells App when this
 * tab's starts and ends; a tab that waits for another does not call `run`), the progress of `steps`, a fresh
 * «Остановить» signal for a run that can stop, and how the run ended. `busy` is the label of what
 * runs, null when nothing does; `canStop` says whether «Остановить» is offered now (never once output
 * sheets are being written: half-written sheets help no one). One run at a time: `run` while another runs
 * starts nothing and answers null (a click on a control the render has not yet disabled, or on one left
 * enabled), so the running one keeps the busy state and its «Остановить» until it ends.
 */
export function useOperation(steps: readonly Step[], onRunning: ((on: boolean) => void) | undefined) {
  const progress = useProgress(steps);
  const stop = useStop();
  const [busy, setBusy] = useState<string | null>(null);
  const [stoppable, setStoppable] = useState(false);
  // Synchronous: two clicks in one render both see `busy` still null.
  const running = useRef(false);

  /** Runs `work` (given a signal «Остановить» aborts when `canStop`); null, doing nothing, while another run is on. */
  async function run(label: string, doing: string, work: (signal: AbortSignal | undefined) => Promise<void>, canStop = false): Promise<Ending | null> {
    if (running.current) return null;
    running.current = true;
    onRunning?.(true);
    setBusy(label);
    setStoppable(canStop);
    progress.reset();
    try {
      await work(canStop ? stop.begin() : undefined);
      return { kind: "done" };
    } catch (e) {
      return e instanceof RunStopped ? { kind: "stopped" } : { kind: "failed", problem: explain(e, doing) };
    } finally {
      running.current = false;
      setBusy(null);
      onRunning?.(false);
    }
  }

  return {
    busy,
    /** Whether a run is on now (before React re-renders with `busy`). */
    isRunning: () => running.current,
    run,
    progress: progress.view,
    canStop: busy !== null && stoppable && progress.step !== "write",
    stop: stop.stop,
    stopping: stop.stopping,
    listen: progress.listen,
  };
}
