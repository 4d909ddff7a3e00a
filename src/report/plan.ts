/**
 * A host-independent description of an output sheet. `src/report` builds these from results; the
 * Office.js and .xlsx adapters apply them. Nothing here knows Excel's object model.
 */
import { IsoDate } from "../domain/dates";

export type PlanValue =
  | string
  | number
  | boolean
  | null
  | { readonly date: IsoDate }
  /** A live formula (without the leading "="), with the engine's value for hosts that do not recalc. */
  | { readonly formula: string; readonly result: number | string | null };

/** Named styles; adapters map them to fonts/fills. Keeps plans small and the look consistent. */
export type StyleName =
  | "title"
  | "subtitle"
  | "header"
  | "normal"
  | "muted"
  | "statusOk"
  | "statusClose"
  | "statusFail"
  | "statusNone"
  | "error"
  | "warning"
  | "link";

export interface PlanCell {
  readonly v: PlanValue;
  readonly style?: StyleName;
  /** Excel number format (invariant): "0.0%", "dd.mm.yyyy", "0", "@". */
  readonly numFmt?: string;
  /**
   * Internal link to a cell in another sheet, or nothing. `file` names the input file the sheet came
   * from: when several files are consolidated into one output, a host may have renamed that sheet.
   */
  readonly link?: { readonly sheet: string; readonly cell: string; readonly file?: string };
  readonly wrap?: boolean;
}

export interface TablePlan {
  readonly name: string;
  /** A1 range including the header row, e.g. "A3:G20". */
  readonly range: string;
  readonly style?: string;
}

export interface ColorScalePlan {
  readonly range: string;
  /** Low → high colours (hex without #); "reverse" scales are expressed by swapping. */
  readonly minColor: string;
  readonly midColor?: string;
  readonly maxColor: string;
}

export interface ChartSeriesPlan {
  readonly name: string;
  /** A1 range on the same sheet, e.g. "C5:C9". */
  readonly values: string;
  readonly color?: string;
  readonly dashed?: boolean;
}

export interface ChartPlan {
  readonly title: string;
  readonly type: "line";
  /** Top-left and bottom-right cells the chart covers. */
  readonly from: string;
  readonly to: string;
  /** A1 range of category labels (periods), same sheet. */
  readonly categories: string;
  readonly series: readonly ChartSeriesPlan[];
  readonly percent: boolean;
}

/** A dropdown (list validation) with an input hint, for templates schools fill in. */
export interface DataValidationPlan {
  /** A1 range, e.g. "C2:C1000". */
  readonly range: string;
  /** Allowed values; omitted for a hint-only validation. */
  readonly list?: readonly string[];
  readonly promptTitle?: string;
  readonly prompt?: string;
}

/** How the sheet prints. Adapters that cannot set it (Office.js) ignore it. */
export interface PrintPlan {
  /** Default: landscape. */
  readonly landscape?: boolean;
  /** Pages wide (default 1); as many pages tall as needed. */
  readonly fitToWidth?: number;
  /** Print area, A1 range. */
  readonly area?: string;
  /** 1-based rows after which a new page starts (keeps charts whole). */
  readonly rowBreaks?: readonly number[];
}

export interface SheetPlan {
  /** The sheet name (≤ 31 chars, no []:*?/\). */
  readonly name: string;
  /** Rows from A1; ragged rows allowed. */
  readonly rows: readonly (readonly PlanCell[])[];
  readonly columnWidths?: readonly number[];
  readonly freeze?: { readonly rows: number; readonly columns: number };
  readonly tables?: readonly TablePlan[];
  readonly colorScales?: readonly ColorScalePlan[];
  readonly charts?: readonly ChartPlan[];
  readonly merges?: readonly string[];
  readonly dataValidations?: readonly DataValidationPlan[];
  /** Sheet tab colour (hex without #). */
  readonly tabColor?: string;
  readonly print?: PrintPlan;
}

/**
 * Excel keeps at most 65 530 hyperlinks on a worksheet (Excel specifications and limits); a file with
 * more is one Excel has to repair. Links past the limit are written as HYPERLINK formulas instead.
 */
export const MAX_SHEET_HYPERLINKS = 65_530;

/**
 * How many leading rows of a plan may carry native hyperlinks: their links together stay within
 * MAX_SHEET_HYPERLINKS. Both adapters cut at the same row, so a sheet looks the same from either.
 */
export function nativeLinkRows(plan: SheetPlan): number {
  let links = 0;
  for (let r = 0; r < plan.rows.length; r++) {
    let inRow = 0;
    for (const c of plan.rows[r]) if (c?.link) inRow++;
    if (links + inRow > MAX_SHEET_HYPERLINKS) return r;
    links += inRow;
  }
  return plan.rows.length;
}
