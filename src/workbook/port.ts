/**
 * What the app needs from a host. The Office.js adapter (workbook/office) and the .xlsx adapter
 * (workbook/xlsx) implement it; use-cases in app/ receive it and never know which one they have.
 */
import { SheetGrid } from "../domain/grid";
import { Issue } from "../domain/issues";
import { SheetPlan } from "../report/plan";

export interface AppliedSheet {
  /** The name the plan asked for. */
  readonly planned: string;
  /** The name actually used: differs when a user sheet already had the planned name. */
  readonly actual: string;
  readonly replaced: boolean;
}

/**
 * How far a read or a write has got, for a progress bar: cells read (values, then the number formats
 * of the columns holding numbers, a pass of its own on a large workbook) or output rows written.
 * Reported as the parts of a read arrive and as each write request is taken (a few dozen times on a
 * region's workbook, never per row); a host that reads or writes a file at once need not report.
 */
export interface Transfer {
  readonly step: "read" | "readFormats" | "write";
  readonly done: number;
  readonly total: number;
}
export type OnTransfer = (t: Transfer) => void;

/**
 * The user stopped a run before anything was written (a region's workbook takes a minute to read and
 * count): the workbook is as it was. A read given an aborted `signal` ends with it between requests;
 * the use-cases end with it between their steps, never once the write has begun.
 */
export class RunStopped extends Error {
  constructor() {
    super("Остановлено: листы книги не изменены");
    this.name = "RunStopped";
  }
}

/** Ends the run with RunStopped when `signal` has been aborted. */
export function stopIfAsked(signal: AbortSignal | undefined): void {
  if (signal?.aborted) throw new RunStopped();
}

export interface ReadOptions {
  readonly progress?: OnTransfer;
  /**
   * Which of Metodist's own sheets to read the cells of; the others come with no cells. The app
   * needs its history sheet and nothing else of its output, and a region's «Расшифровка» alone is a
   * million rows. Default: every sheet's cells.
   */
  readonly ownCells?: (sheet: string) => boolean;
  /** Aborted: the read ends with RunStopped before its next request (a host reading a file at once may finish). */
  readonly signal?: AbortSignal;
}

export interface WorkbookPort {
  /**
   * Every sheet's used range as a grid, in workbook order. Sheets written by Metodist come with
   * `ownOutput: true` (the app reads its own history sheet from them, never input data).
   */
  readSheets(opts?: ReadOptions): Promise<SheetGrid[]>;
  /**
   * Creates or replaces Metodist's own sheets. A sheet that Metodist did not create is never
   * touched: the output goes under another name instead and the result says so.
   */
  applyPlans(plans: readonly SheetPlan[], progress?: OnTransfer): Promise<AppliedSheet[]>;
}

/** What «Подсветить ошибки» did. */
export interface Highlighted {
  /** Cells filled for their issues. */
  readonly cells: number;
  /** Of them, cells left without Metodist's note because notes are capped (their messages are in the pane's list). */
  readonly unnoted: number;
}

/** Optional host abilities of an interactive host (Excel), not of files. */
export interface InteractivePort extends WorkbookPort {
  highlightIssues(issues: readonly Issue[]): Promise<Highlighted>;
  clearHighlights(): Promise<number>;
  selectCell(sheet: string, cell: string): Promise<void>;
}
