import { parseAddress } from "../domain/a1";
import { DatasetBuilder, ReadSheet, byLocationOfSheet } from "../domain/dataset/build-dataset";
import { readFormRows } from "../domain/dataset/read-rows";
import { SheetGrid } from "../domain/grid";
import { Issue } from "../domain/issues";
import { defaultPeriod } from "../domain/period";
import { duplicateColumns, isRecognized, recognizeSheet } from "../domain/recognize";
import { RecognizedSheet, UnrecognizedSheet } from "../domain/recognize/types";
import { validateDataset, validateRows } from "../domain/validate";
import { looksLikeOwnOutput } from "../report/own-sheet-look";
import { OnTransfer, RunStopped, WorkbookPort, stopIfAsked } from "../workbook/port";
import { unreadIssue, unreadReason } from "./unread-issues";
import { STALE_REASON, duplicateColumnIssues, hiddenSheetIssue, mergesUnreadIssue, recognitionIssues, repeatIssues, repeatReason } from "./sheet-issues";
import { repeatedSheets, staleCopies } from "../domain/repeated-sheets";
import { CountedSteps, runToEnd } from "../domain/steps";
import { CheckOptions, CheckResult, CountedStep, Progress, ProgressListener, overrideKey } from "./types";

/** Said of an output sheet the registry did not know (renamed, copied from another workbook). */
export const OWN_OUTPUT_REASON = "лист отчёта «Методиста» (переименован или скопирован из другой книги) — это не данные школы, он не проверяется и в расчёт не берётся";

/**
 * The `check` use-case: recognise every input sheet, read its rows, link them into one dataset and
 * validate everything. Pure: the sheets come in as grids, the result goes out as data.
 */
export function checkSheets(sheets: readonly SheetGrid[], opts: CheckOptions): CheckResult {
  return runToEnd(checkSteps(sheets, opts));
}

/**
 * checkSheets, pausing after each sheet to say how far it has got (the rows of recognised sheets read
 * and checked, of all of them): a region's check takes seconds, and a pane driving it can paint its
 * bar and hear «Остановить» in between (checkStep).
 */
export function* checkSteps(sheets: readonly SheetGrid[], opts: CheckOptions): CountedSteps<CheckResult> {
  const period = opts.period ?? defaultPeriod(opts.today);
  const ctx = { period, today: opts.today };
  const found: { sheet: SheetGrid; rec: RecognizedSheet; at: number }[] = [];
  const unrecognised: UnrecognizedSheet[] = [];
  const forms: { sheet: SheetGrid; rec: RecognizedSheet }[] = [];
  const unread: Issue[] = [];
  for (const sheet of sheets) {
    if (sheet.ownOutput) continue;
    if (sheet.unread) {
      unread.push(unreadIssue(sheet, sheet.unread));
      if (sheet.unread.fromColumn === null) {
        unrecognised.push({ file: sheet.file, sheet: sheet.sheet, reason: unreadReason(sheet.unread) });
        continue;
      }
    }
    if (looksLikeOwnOutput(sheet.cells)) {
      unrecognised.push({ file: sheet.file, sheet: sheet.sheet, reason: OWN_OUTPUT_REASON });
      continue;
    }
    const r = recognizeSheet(sheet, opts.overrides?.[overrideKey(sheet)], { countRows: false });
    if (isRecognized(r)) forms.push({ sheet, rec: r });
    else unrecognised.push(r);
  }
  // Only forms with rows under their header can count twice: the same empty blank from every school is
  // no repeat worth a word.
  const results = new Set(sheets.filter((s) => s.ownOutput).map((s) => s.file));
  const inResult = (s: SheetGrid) => results.has(s.file);
  const data = forms.map(({ sheet, rec }) => ({ sheet, from: (rec.firstDataRow ?? rec.headerRow + 1) - 1 }));
  const repeats = repeatedSheets(data, inResult);
  const stale = staleCopies(data, repeats, inResult);
  for (const { sheet, rec } of forms) {
    const original = repeats.get(sheet);
    if (original) unrecognised.push({ file: sheet.file, sheet: sheet.sheet, reason: repeatReason(sheet, original) });
    else if (stale.has(sheet)) unrecognised.push({ file: sheet.file, sheet: sheet.sheet, reason: STALE_REASON });
    else found.push({ sheet, rec, at: found.length });
  }
  const recognised: RecognizedSheet[] = found.map((f) => f.rec);
  const issues: Issue[] = repeatIssues(repeats, stale, results);
  append(issues, unread);
  const rowsTotal = found.reduce((n, f) => n + f.sheet.cells.length, 0);
  // After the last sheet, people are linked across the sheets and the dataset-wide rules run: ≈ a
  // seventh of a region's check (0.3–0.8 s at 100 000 workers). Two shares of the bar are theirs, the
  // first counted once the people are linked, so the bar does not sit full while they run.
  const linkShare = Math.ceil(rowsTotal / 14);
  const total = rowsTotal + 2 * linkShare;
  let done = 0;
  const read = (f: (typeof found)[number]): ReadSheet => {
    const { sheet } = f;
    const { rows, issues: cellIssues } = readFormRows(sheet, f.rec);
    // Recognition left the count to this read: the rows actually read (totals such as «Итого» skipped).
    const r = (recognised[f.at] = { ...f.rec, rows: rows.length });
    // Appended in loops: spreading 100 000+ issues into push() overflows the call stack.
    append(issues, recognitionIssues(r, rows.length));
    if (sheet.hidden && rows.length > 0) issues.push(hiddenSheetIssue(r, rows.length));
    if (sheet.mergesUnread) issues.push(mergesUnreadIssue(r));
    append(issues, duplicateColumnIssues(r, duplicateColumns(sheet, r)));
    append(issues, cellIssues);
    append(issues, validateRows(r, rows, ctx));
    done += sheet.cells.length;
    return { rec: r, rows };
  };
  // Rosters first (people need every roster row), then each other sheet is read, handed over and let
  // go: a region's normalised rows are never all alive at once.
  const rosters: ReadSheet[] = [];
  for (const f of found.filter((x) => x.rec.form === "roster")) {
    rosters.push(read(f));
    yield { done, total };
  }
  const builder = new DatasetBuilder(rosters, period);
  rosters.length = 0;
  for (const f of found.filter((x) => x.rec.form !== "roster").sort(byLocationOfSheet)) {
    builder.add(read(f));
    yield { done, total };
  }
  const { dataset, issues: linkIssues } = builder.finish();
  append(issues, linkIssues);
  done += linkShare;
  yield { done, total };
  append(issues, validateDataset(dataset, { ...ctx, sheets: recognised }));
  return { period, sheets: recognised, unrecognised, issues: sortIssues(issues, sheets), dataset };
}

function append<T>(to: T[], items: readonly T[]): void {
  for (const x of items) to.push(x);
}

/** A listener's side of the port's reports: the port does not wait for the pane to paint a count. */
export function transfersTo(progress: ProgressListener | undefined): OnTransfer | undefined {
  return progress && ((t) => void progress(t));
}

/**
 * Tells `progress` a step begins (a pane paints it, and hears a click on «Остановить» meanwhile),
 * then ends the run with RunStopped if `signal` was aborted: each step starts only if still wanted.
 */
export async function stepBegins(p: Progress, progress: ProgressListener | undefined, signal: AbortSignal | undefined): Promise<void> {
  await progress?.(p);
  stopIfAsked(signal);
}

/**
 * The read check and compute start with, told to `progress` before and while it goes; `ownCells`:
 * which of Metodist's own output sheets to read the cells of; `signal`: stops it between requests.
 */
export async function readStep(port: WorkbookPort, ownCells: (sheet: string) => boolean, progress?: ProgressListener, signal?: AbortSignal): Promise<SheetGrid[]> {
  await stepBegins({ step: "read", done: 0, total: 0 }, progress, signal);
  try {
    return await port.readSheets({ progress: transfersTo(progress), ownCells, ...(signal ? { signal } : {}) });
  } catch (e) {
    // A read changes nothing, so a read that ends after «Остановить» ended as asked — whatever the host
    // made of the adapter's RunStopped on its way out (Excel.run may hand back its own error).
    if (signal?.aborted) throw new RunStopped();
    throw e;
  }
}

/**
 * The check step of check and compute: checkSteps, telling `progress` after each sheet how many rows
 * are checked (and waiting for it: the pane paints its bar), and stopping there if `signal` asks.
 */
export async function checkStep(sheets: readonly SheetGrid[], opts: CheckOptions, progress?: ProgressListener, signal?: AbortSignal): Promise<CheckResult> {
  await stepBegins({ step: "check" }, progress, signal);
  return countedStep("check", checkSteps(sheets, opts), progress, signal);
}

/**
 * Drives an engine step to its end, telling `progress` each count (and waiting for it: the pane
 * paints its bar) and stopping at a count if `signal` asks.
 */
export async function countedStep<T>(step: CountedStep, steps: CountedSteps<T>, progress: ProgressListener | undefined, signal: AbortSignal | undefined): Promise<T> {
  for (;;) {
    const r = steps.next();
    if (r.done) return r.value;
    await stepBegins({ step, ...r.value }, progress, signal);
  }
}

/** `signal` aborted: the check ends with RunStopped at its next step, sheet or read request. */
export async function checkWorkbook(port: WorkbookPort, opts: CheckOptions, progress?: ProgressListener, signal?: AbortSignal): Promise<CheckResult> {
  // Metodist's own output sheets are not checked: none of their cells is read.
  const sheets = await readStep(port, () => false, progress, signal);
  return checkStep(sheets, opts, progress, signal);
}

/** Issues in reading order: files and sheets as the workbooks list them, then row, then column. */
export function sortIssues(issues: readonly Issue[], sheets: readonly SheetGrid[]): Issue[] {
  const order = new Map<string, number>();
  sheets.forEach((s, i) => order.set(`${s.file}|${s.sheet}`, i));
  const keyed = issues.map((issue, i) => {
    const pos = safeAddress(issue.cell);
    return { issue, i, sheet: order.get(`${issue.file}|${issue.sheet}`) ?? sheets.length, row: pos.row, col: pos.col };
  });
  keyed.sort((a, b) => a.sheet - b.sheet || a.row - b.row || a.col - b.col || a.i - b.i);
  return keyed.map((k) => k.issue);
}

function safeAddress(a1: string): { row: number; col: number } {
  try {
    return parseAddress(a1);
  } catch {
    return { row: 0, col: 0 };
  }
}
