/**
 * A host-independent description of an output sheet. `src/report` builds these from results; the
 * Office.js and .xlsx adapters apply them. Nothing here knows Excel's object model.
 */
import { IsoDate } from "../domain/dates";
import { columnLetter } from "../domain/a1";

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

/**
 * The footer of every printed page, in Excel's header/footer codes: the sheet's name on the left,
 * «Страница N из M» on the right (a printout of «Расшифровка» runs to hundreds of pages).
 */
export const PAGE_FOOTER = { left: "&A", right: "Страница &P из &N" } as const;

/** How the sheet prints. Adapters that cannot set it (Office.js) ignore it. */
export interface PrintPlan {
  /** Default: landscape. */
  readonly landscape?: boolean;
  /** Pages wide (default 1); as many pages tall as needed. */
  readonly fitToWidth?: number;
  /**
   * Printed at full size, across as many pages as the columns take, the frozen columns repeated on
   * each: a table too wide to shrink onto one page (fitToWidth is then ignored).
   */
  readonly fullSize?: boolean;
  /** 1-based row repeated atop every printed page when no frozen rows say which (the table's header). */
  readonly headerRow?: number;
  /** Print area, A1 range. */
  readonly area?: string;
  /** 1-based rows after which a new page starts (keeps charts whole). */
  readonly rowBreaks?: readonly number[];
}

export type PlanRow = readonly PlanCell[];

/**
 * Rows kept in a compact form and made into cells a block at a time, while a host writes them.
 * «Расшифровка» has a row for every person each indicator counted — a million in a region — and a
 * million rows of cells alive at once cost more memory and collection time than the rest of the
 * report together. Title and table header rows stay in `rows`: hosts read them before writing.
 */
export interface RowBlocks {
  readonly count: number;
  /** The rows in order, a block at a time; each call starts again from the first. */
  blocks(): Iterable<readonly PlanRow[]>;
}

export interface SheetPlan {
  /** The sheet name (≤ 31 chars, no []:*?/\). */
  readonly name: string;
  /** Rows from A1; ragged rows allowed. */
  readonly rows: readonly PlanRow[];
  /** Rows after `rows`, made as they are written. Read a plan's rows with `planRows` or `allRows`. */
  readonly more?: RowBlocks;
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
 * Which leading rows of a plan carry native hyperlinks, row by row as a writer meets them: rows do
 * until one would take the sheet's links past MAX_SHEET_HYPERLINKS; from that row on none does. Both
 * adapters cut at the same row, so a sheet looks the same from either.
 */
export class NativeLinkCut {
  private links = 0;
  private open = true;

  /** Whether `row`, the row after those already asked about, carries native links. */
  admits(row: PlanRow): boolean {
    if (!this.open) return false;
    let inRow = 0;
    for (const c of row) if (c?.link) inRow++;
    if (this.links + inRow > MAX_SHEET_HYPERLINKS) return (this.open = false);
    this.links += inRow;
    return true;
  }

  /** How many leading rows of `rows`, the rows after those already asked about, carry native links. */
  admitted(rows: readonly PlanRow[]): number {
    let n = 0;
    while (n < rows.length && this.admits(rows[n])) n++;
    return n;
  }
}

/** How many leading rows of a plan carry native hyperlinks (NativeLinkCut over all its rows). */
export function nativeLinkRows(plan: SheetPlan): number {
  const cut = new NativeLinkCut();
  let r = 0;
  for (const rows of planBlocks(plan)) {
    const n = cut.admitted(rows);
    r += n;
    if (n < rows.length) return r;
  }
  return r;
}

/** How many rows the plan has, made or to be made. */
export function planRowCount(plan: SheetPlan): number {
  return plan.rows.length + (plan.more?.count ?? 0);
}

/** How many rows the plans have in all: what writing them is measured against. */
export function plansRowCount(plans: readonly SheetPlan[]): number {
  let n = 0;
  for (const p of plans) n += planRowCount(p);
  return n;
}

/** Every row of the plan in order; the compact ones are made a block at a time as they are read. */
export function* planRows(plan: SheetPlan): Generator<PlanRow> {
  for (const block of planBlocks(plan)) yield* block;
}

/** The plan's rows a block at a time: `rows`, then each block of the compact rows as it is made. */
export function* planBlocks(plan: SheetPlan): Generator<readonly PlanRow[]> {
  yield plan.rows;
  if (plan.more) yield* plan.more.blocks();
}

/** Every row of the plan as one list, for a host that needs them all at once (Office.js batches, ExcelJS). */
export function allRows(plan: SheetPlan): readonly PlanRow[] {
  if (!plan.more) return plan.rows;
  const out: PlanRow[] = plan.rows.slice();
  for (const block of plan.more.blocks()) for (const row of block) out.push(row);
  return out;
}

/** The plan with all its rows in `rows`, for a host that needs them at once (Office.js batches, ExcelJS). */
export function withAllRows(plan: SheetPlan): SheetPlan {
  return plan.more ? { ...plan, rows: allRows(plan), more: undefined } : plan;
}

/** The plan with every cell of every row passed through `map`, the compact rows as they are made. */
export function mapPlanCells(plan: SheetPlan, map: (c: PlanCell) => PlanCell): SheetPlan {
  const rows = plan.rows.map((row) => row.map(map));
  const more = plan.more;
  if (!more) return { ...plan, rows };
  return {
    ...plan,
    rows,
    more: {
      count: more.count,
      *blocks() {
        for (const block of more.blocks()) yield block.map((row) => row.map(map));
      },
    },
  };
}

/**
 * What every printed page of the sheet repeats, as absolute references without the sheet («$1:$4»,
 * «$A:$A»): the table's header row (the last frozen one, or `print.headerRow`), with the title lines
 * above it when they are few (a page of «Расшифровка» then says what it is; LibreOffice, which prints
 * repeated rows above the title on the first page too, prints the first page as it is); and, printed
 * at full size across pages, the frozen columns (the schools' names).
 */
export function printTitlesOf(plan: SheetPlan): { readonly rows?: string; readonly columns?: string } {
  const freeze = plan.freeze;
  const print = plan.print ?? {};
  const frozenRows = freeze?.rows ?? 0;
  const rows = frozenRows > 0 ? (frozenRows <= 5 ? `$1:$${frozenRows}` : `$${frozenRows}:$${frozenRows}`) : print.headerRow ? `$${print.headerRow}:$${print.headerRow}` : undefined;
  const columns = print.fullSize && freeze && freeze.columns > 0 ? `$A:$${columnLetter(freeze.columns - 1)}` : undefined;
  return { ...(rows ? { rows } : {}), ...(columns ? { columns } : {}) };
}
