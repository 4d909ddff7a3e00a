/**
 * Ribbon commands (ExecuteFunction): «Проверить» and «Рассчитать показатели» in one click with the
 * settings last used in the pane (saved in the workbook). No dialogs: the result shows in the sheet
 * (highlighted cells, the first problem selected, or the inserted «Показатели» sheet activated).
 */
import { oldExcel, officePaneHost } from "../taskpane/office-host";
import { PaneHost, exclusively } from "../taskpane/host";
import { LAST_COMMAND, savedOverrides, savedPeriod, savedPresets } from "../taskpane/settings";
import { WorkbookBusy } from "../taskpane/workbook-lock";
import { Problem, explain, highlightNote } from "../taskpane/messages";

export const LAST_RESULT_KEY = LAST_COMMAND;

/**
 * Runs the check, highlights every issue and selects the first one. Returns a Russian summary. The
 * workbook is held once for both steps: the pane, seeing it free between them, could start a compute
 * that the highlight would then race.
 */
export function checkCommand(host: PaneHost): Promise<string> {
  return exclusively(host, "check", checkAndHighlight);
}

async function checkAndHighlight(host: PaneHost): Promise<string> {
  const s = host.settings;
  const r = await host.check({ today: host.today(), period: savedPeriod(s), overrides: savedOverrides(s) });
  if (r.sheets.length === 0) return "Проверка: ни один лист не распознан как стандартная форма. Откройте панель «Методиста», чтобы сопоставить столбцы.";
  const errors = r.issues.filter((i) => i.severity === "error").length;
  const summary = `Проверка (${r.period.label}): листов ${r.sheets.length}, ошибок ${errors}, предупреждений ${r.issues.length - errors}.`;
  if (r.issues.length === 0) return summary;
  const marked = await host.highlight(r.issues);
  await host.select(r.issues[0].sheet, r.issues[0].cell);
  return marked.unnoted === 0 ? summary : `${summary} ${highlightNote(marked, "в панели «Методиста» (вкладка «Проверка»), а все до одного — на листе «Проверка данных» после расчёта")}`;
}

/** Computes with the last-used presets and period and opens the first inserted sheet. */
export async function computeCommand(host: PaneHost): Promise<string> {
  const s = host.settings;
  const presets = savedPresets(s);
  const r = await host.compute({ today: host.today(), presets, period: savedPeriod(s), overrides: savedOverrides(s) });
  if (r.applied.length > 0) await host.select(r.applied[0].actual, "A1");
  const done = r.indicators.filter((i) => i.status === "достигнуто").length;
  return `Расчёт (${presets.join(", ")}, ${r.check.period.label}): показателей ${r.indicators.length}, достигнуто ${done}; листы: ${r.applied.map((a) => a.actual).join(", ")}.`;
}

/**
 * On an Excel too old for Metodist (`old`, from oldExcel) a button answers what the pane says, without
 * touching the workbook; otherwise it does `work`.
 */
export function commandFor(work: (h: PaneHost) => Promise<string>, old: Problem | null): (h: PaneHost) => Promise<string> {
  return old ? async () => `${old.title} ${old.action}` : work;
}

/**
 * Keeps the outcome in the document so the pane can show it when it opens, and tells an open pane at
 * once; failures never leave the button spinning.
 */
export async function runCommand(host: PaneHost, work: (h: PaneHost) => Promise<string>, event: { completed: () => void }): Promise<void> {
  let message: string;
  try {
    await host.settings.refresh?.();
    message = await work(host);
  } catch (e) {
    // Busy is not an error: the pane (or the other ribbon button) is working with this workbook.
    if (e instanceof WorkbookBusy) message = `Команда не выполнена. ${e.message}`;
    else {
      const problem = explain(e, "выполнить команду");
      message = `${problem.title} ${problem.action}`;
    }
  }
  host.news?.tell(message);
  try {
    await host.settings.set(LAST_RESULT_KEY, message);
  } catch {
    // Read-only workbooks cannot store settings; the command's work is done anyway.
  }
  event.completed();
}

// legacy.js has answered the buttons where this bundle cannot run (IE11 webview): it tells why.
if (typeof Office !== "undefined" && !window.__metodistLegacyHost) {
  void Office.onReady(() => {
    // One host for the runtime, as the pane has: its lock frees the workbook if the page goes away.
    const host = officePaneHost("ribbon");
    const old = oldExcel();
    Office.actions.associate("checkWorkbook", (event: Office.AddinCommands.Event) => void runCommand(host, commandFor(checkCommand, old), event));
    Office.actions.associate("computeIndicators", (event: Office.AddinCommands.Event) => void runCommand(host, commandFor(computeCommand, old), event));
  });
}
