/**
 * Everything the pane asks of the outside world, passed into <App> as a prop: the use-cases of app/
 * bound to a workbook, the document's settings and today's date. index.tsx wires it to Office.js;
 * tests pass fakes, so every view is testable without Excel.
 */
import type { IsoDate } from "../domain/dates";
import type { Issue } from "../domain/issues";
import { CheckOptions, CheckResult, ComputeOptions, ComputeResult, ProgressListener } from "../app/types";

/** Office.context.document.settings: values survive in the workbook file. */
export interface PaneSettings {
  get<T>(key: string): T | undefined;
  set(key: string, value: unknown): Promise<void>;
}

export interface PaneHost {
  /** `progress` hears each step (see app/types Progress): a region's workbook takes a while. */
  check(opts: CheckOptions, progress?: ProgressListener): Promise<CheckResult>;
  compute(opts: ComputeOptions, progress?: ProgressListener): Promise<ComputeResult>;
  highlight(issues: readonly Issue[]): Promise<number>;
  clear(): Promise<number>;
  select(sheet: string, cell: string): Promise<void>;
  /** Texts of one row of a sheet (1-based), to show header names in the mapping editor. */
  readRow(sheet: string, row: number): Promise<string[]>;
  readonly settings: PaneSettings;
  today(): IsoDate;
  /** What the host could not do in the last call (old Excel), in Russian; null when all went well. */
  warning(): string | null;
}
