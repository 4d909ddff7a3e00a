/**
 * What the Office adapter needs from Office.js, injected so tests run it over a fake: `Excel.run`
 * and the requirement-set check. Only src/taskpane/index.tsx and src/commands wire the real ones.
 */
export type ExcelRun = <T>(batch: (context: Excel.RequestContext) => Promise<T>) => Promise<T>;

/** `Office.context.requirements.isSetSupported` (the version is a string: "1.7"). */
export type IsSetSupported = (name: string, minVersion: string) => boolean;

export interface OfficeHost {
  readonly run: ExcelRun;
  readonly isSetSupported: IsSetSupported;
  /** Shown as `file` in grids and issues when the host cannot tell the workbook's name (ExcelApi < 1.7). */
  readonly fallbackFileName?: string;
}
