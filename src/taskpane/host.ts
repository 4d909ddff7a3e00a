/**
 * Everything the pane asks of the outside world, passed into <App> as a prop: the use-cases of app/
 * bound to a workbook, the document's settings and today's date. index.tsx wires it to Office.js;
 * tests pass fakes, so every view is testable without Excel.
 */
import type { IsoDate } from "../domain/dates";
import type { Issue } from "../domain/issues";
import type { IndicatorResult } from "../domain/indicators/types";
import { CheckOptions, CheckResult, ComputeOptions, ComputeResult, Highlighted, ProgressListener } from "../app/types";
import { Holder, Operation, StorageEvents, WorkbookLock } from "./workbook-lock";
import { CommandNews } from "./command-news";

/**
 * What the pane keeps of a check between clicks: everything it shows, not the dataset. A region's
 * dataset (and the indicators' audit, which holds every person) would stay alive in the pane until
 * the next run and through it.
 */
export type PaneCheck = Omit<CheckResult, "dataset">;

/** What the pane keeps of a compute: the check it shows, each indicator's status, the sheets written. */
export interface PaneCompute {
  readonly check: PaneCheck;
  readonly indicators: readonly Pick<IndicatorResult, "id" | "status">[];
  readonly applied: ComputeResult["applied"];
}

/** The parts of a check the pane shows. */
export function paneCheck({ period, sheets, unrecognised, issues }: CheckResult): PaneCheck {
  return { period, sheets, unrecognised, issues };
}

/** The parts of a compute the pane shows; nothing of it leads back to the dataset. */
export function paneCompute(r: ComputeResult): PaneCompute {
  return { check: paneCheck(r.check), indicators: r.indicators.map(({ id, status }) => ({ id, status })), applied: r.applied };
}

/** Office.context.document.settings: values survive in the workbook file. */
export interface PaneSettings {
  get<T>(key: string): T | undefined;
  set(key: string, value: unknown): Promise<void>;
  /**
   * Re-reads what another runtime saved since this one loaded its copy: a ribbon command's runtime can
   * outlive a click, and the pane's choices (presets, period, mappings) made meanwhile must count.
   */
  refresh?(): Promise<void>;
}

export interface PaneHost {
  /**
   * `progress` hears each step (see app/types Progress): a region's workbook takes a while. `signal`
   * aborted: the run ends with RunStopped before its next step or read request (never during the write).
   */
  check(opts: CheckOptions, progress?: ProgressListener, signal?: AbortSignal): Promise<PaneCheck>;
  compute(opts: ComputeOptions, progress?: ProgressListener, signal?: AbortSignal): Promise<PaneCompute>;
  highlight(issues: readonly Issue[]): Promise<Highlighted>;
  clear(): Promise<number>;
  select(sheet: string, cell: string): Promise<void>;
  /** Texts of one row of a sheet (1-based), to show header names in the mapping editor. */
  readRow(sheet: string, row: number): Promise<string[]>;
  readonly settings: PaneSettings;
  today(): IsoDate;
  /** What the host could not do in the last call (old Excel), in Russian; null when all went well. */
  warning(): string | null;
  /** Ribbon commands tell the open pane what they did; absent where there is no other runtime. */
  readonly news?: CommandNews;
  /** Which operation of the other runtime holds the workbook (null: none), now and on each change; returns the unsubscribe. */
  watchOthers?(heard: (other: Holder | null) => void): () => void;
  /**
   * Runs `work` holding the workbook once for all its calls (given `inner`, whose calls do not hold it
   * again): a ribbon «Проверить» checks, then highlights, and the pane must not take the workbook in
   * between. Absent where nothing is locked: callers then call the host itself.
   */
  exclusive?<T>(operation: Operation, work: (inner: PaneHost) => Promise<T>): Promise<T>;
}

/** `work` over the host, holding the workbook once for all of it where the host is locked. */
export function exclusively<T>(host: PaneHost, operation: Operation, work: (inner: PaneHost) => Promise<T>): Promise<T> {
  return host.exclusive ? host.exclusive(operation, work) : work(host);
}

/**
 * `host` whose workbook operations (check, compute, highlight, clear) each hold `lock` while they run:
 * one at a time across the pane and the ribbon. Selecting a cell and reading a header row change
 * nothing and are not held. `events`: where the other runtime's changes of the lock are heard.
 */
export function lockedHost(host: PaneHost, lock: WorkbookLock, events: StorageEvents | null = null): PaneHost {
  return {
    check: (opts, progress, signal) => lock.hold("check", () => host.check(opts, progress, signal)),
    compute: (opts, progress, signal) => lock.hold("compute", () => host.compute(opts, progress, signal)),
    highlight: (issues) => lock.hold("highlight", () => host.highlight(issues)),
    clear: () => lock.hold("clear", () => host.clear()),
    select: (sheet, cell) => host.select(sheet, cell),
    readRow: (sheet, row) => host.readRow(sheet, row),
    settings: host.settings,
    today: () => host.today(),
    warning: () => host.warning(),
    news: host.news,
    watchOthers: (heard) => lock.watch(events, heard),
    exclusive: (operation, work) => lock.hold(operation, () => work(host)),
  };
}
