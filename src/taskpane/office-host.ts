/**
 * The real host: app/ use-cases over the Office.js adapter, document settings, today's date. Used by
 * index.tsx (the pane) and by the ribbon commands; nothing else touches Office.
 */
import { checkWorkbook } from "../app/check";
import { computeWorkbook } from "../app/compute";
import { isoFromParts } from "../app/catalog";
import { OfficeWorkbook } from "../workbook/office";
import { PaneHost, PaneSettings, paneCheck, paneCompute } from "./host";

export function officeSettings(): PaneSettings {
  const s = Office.context.document.settings;
  return {
    get: <T,>(key: string) => {
      const v = s.get(key) as T | null | undefined;
      return v === null ? undefined : v;
    },
    set: (key, value) =>
      new Promise<void>((resolve, reject) => {
        s.set(key, value);
        s.saveAsync((r) => (r.status === Office.AsyncResultStatus.Succeeded ? resolve() : reject(new Error(r.error?.message ?? "settings"))));
      }),
  };
}

/** The local calendar day: the official's "today", not UTC's. */
export function localToday(now = new Date()): string {
  return isoFromParts(now.getFullYear(), now.getMonth() + 1, now.getDate())!;
}

export function officePaneHost(): PaneHost {
  const workbook = new OfficeWorkbook({
    run: (batch) => Excel.run(batch),
    isSetSupported: (name, version) => Office.context.requirements.isSetSupported(name, version),
  });
  return {
    check: async (opts, progress, signal) => paneCheck(await checkWorkbook(workbook, opts, progress, signal)),
    compute: async (opts, progress, signal) => paneCompute(await computeWorkbook(workbook, opts, progress, signal)),
    highlight: (issues) => workbook.highlightIssues(issues),
    clear: () => workbook.clearHighlights(),
    select: (sheet, cell) => workbook.selectCell(sheet, cell),
    readRow: (sheet, row) => workbook.readRow(sheet, row),
    settings: officeSettings(),
    today: () => localToday(),
    warning: () => workbook.lastWarning,
  };
}
