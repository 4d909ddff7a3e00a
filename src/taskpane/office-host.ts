/**
 * The real host: app/ use-cases over the Office.js adapter, document settings, today's date. Used by
 * index.tsx (the pane) and by the ribbon commands; nothing else touches Office.
 */
import { checkWorkbook } from "../app/check";
import { computeWorkbook } from "../app/compute";
import { isoFromParts } from "../app/catalog";
import { OfficeWorkbook } from "../workbook/office";
import { detectCapabilities } from "../workbook/office/capabilities";
import type { IsSetSupported } from "../workbook/office/host";
import type { Problem } from "./messages";
import { PaneHost, PaneSettings, lockedHost, paneCheck, paneCompute } from "./host";
import { LockStorage, Runtime, storageLock, workbookKey } from "./workbook-lock";
import { storageNews } from "./command-news";

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
    // A refresh that fails keeps the copy this runtime has: the command still runs, with older choices.
    refresh: () =>
      new Promise<void>((resolve) => {
        try {
          s.refreshAsync(() => resolve());
        } catch {
          resolve();
        }
      }),
  };
}

/** The local calendar day: the official's "today", not UTC's. */
export function localToday(now = new Date()): string {
  return isoFromParts(now.getFullYear(), now.getMonth() + 1, now.getDate())!;
}

const officeIsSetSupported: IsSetSupported = (name, version) => Office.context.requirements.isSetSupported(name, version);

/**
 * What the user hears on an Excel too old for Metodist: reading, writing and the registry use
 * ExcelApi 1.7 (Range getRangeByIndexes), while the manifest lets Excel with 1.4–1.6 load the add-in so
 * that it can say this instead of failing with a technical error on the first click.
 */
export const OLD_EXCEL: Problem = {
  title: "Эта версия Excel не подходит для «Методиста».",
  action:
    "Нужен Excel 2021, Excel 2024, Microsoft 365 или Excel в браузере (ExcelApi 1.7 и новее). Откройте книгу в Excel в браузере " +
    "или проверьте её на компьютере командой npx metodist.",
};

/** OLD_EXCEL when this Excel lacks ExcelApi 1.7 (the capability check the workbook adapter uses), else null. */
export function oldExcel(isSetSupported: IsSetSupported = officeIsSetSupported): Problem | null {
  return detectCapabilities(isSetSupported).api17 ? null : OLD_EXCEL;
}

/** The page's localStorage, shared by the pane and the ribbon's runtime; null where the page may not use it. */
function sharedStorage(): LockStorage | null {
  try {
    return window.localStorage;
  } catch {
    return null;
  }
}

/** `runtime`: which of Metodist's runtimes this is — the pane or the ribbon's commands (they share a lock per workbook). */
export function officePaneHost(runtime: Runtime): PaneHost {
  const workbook = new OfficeWorkbook({
    run: (batch) => Excel.run(batch),
    isSetSupported: officeIsSetSupported,
  });
  const storage = sharedStorage();
  const url = Office.context.document.url;
  const host: PaneHost = {
    check: async (opts, progress, signal) => paneCheck(await checkWorkbook(workbook, opts, progress, signal)),
    compute: async (opts, progress, signal) => paneCompute(await computeWorkbook(workbook, opts, progress, signal)),
    highlight: (issues) => workbook.highlightIssues(issues),
    clear: () => workbook.clearHighlights(),
    select: (sheet, cell) => workbook.selectCell(sheet, cell),
    readRow: (sheet, row) => workbook.readRow(sheet, row),
    settings: officeSettings(),
    today: () => localToday(),
    warning: () => workbook.lastWarning,
    news: storageNews(storage, workbookKey("command", url), window),
  };
  const lock = storageLock(storage, workbookKey("busy", url), runtime);
  // Closing the pane mid-run ends its work: the ribbon need not wait a minute for the entry to go stale.
  window.addEventListener("pagehide", () => lock.abandon());
  return lockedHost(host, lock, window);
}
