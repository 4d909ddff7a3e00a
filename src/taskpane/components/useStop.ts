import { useCallback, useRef, useState } from "react";

/**
 * «Остановить» for the pane's current run: `begin` gives each run a fresh signal, `stop` aborts it.
 * The run ends at its next step or read request (a region's workbook takes a minute); `stopping`
 * says the click was heard meanwhile.
 */
export function useStop(): { begin: () => AbortSignal; stop: () => void; stopping: boolean } {
  const controller = useRef<AbortController | null>(null);
  const [stopping, setStopping] = useState(false);
  const begin = useCallback(() => {
    controller.current = new AbortController();
    setStopping(false);
    return controller.current.signal;
  }, []);
  const stop = useCallback(() => {
    controller.current?.abort();
    setStopping(true);
  }, []);
  return { begin, stop, stopping };
}
