/**
 * The plain-grid seam between hosts and the domain (after HyperFormula's `Sheet = RawCellContent[][]`).
 * Every host adapter (Office.js, ExcelJS) turns a worksheet into a SheetGrid; nothing in the domain
 * ever sees a host object.
 */

/** An Excel error value such as #Н/Д (#N/A), #ДЕЛ/0!, #ЗНАЧ!. Kept apart from text so it is never mistaken for data. */
export interface CellError {
  readonly error: string;
}

/**
 * The error a reader gives a formula stored without its result: a file saved by a program that does
 * not calculate (a generator, an export), never by Excel. There is no value to read, and the cell
 * is not empty either.
 */
export const UNCALCULATED_FORMULA = "#ФОРМУЛА?";

/**
 * One cell as the host gives it. Dates arrive either as JS Date (ExcelJS) or as a number with a date
 * number format (Office.js `values`): adapters convert the latter to Date using the number format so
 * the domain sees both the same way; a bare number in a date column is still treated as a serial.
 */
export type CellValue = string | number | boolean | Date | CellError | null;

/** Rows of cells, 0-based; `cells[r][c]` is sheet row r+1, column c+1. Rows may be ragged. */
export type Grid = CellValue[][];

/** A merged block, 0-based inclusive coordinates. */
export interface MergedRange {
  readonly top: number;
  readonly left: number;
  readonly bottom: number;
  readonly right: number;
}

/** The block two opposite corners span (0-based), whichever two corners and in whichever order. */
export function spanning(a: { readonly row: number; readonly col: number }, b: { readonly row: number; readonly col: number }): MergedRange {
  return { top: Math.min(a.row, b.row), left: Math.min(a.col, b.col), bottom: Math.max(a.row, b.row), right: Math.max(a.col, b.col) };
}

export interface SheetGrid {
  /** File name as the user knows it (CLI) or the workbook name (Excel). */
  readonly file: string;
  readonly sheet: string;
  readonly cells: Grid;
  readonly merges?: readonly MergedRange[];
  /** The host could not list the sheet's merged cells (Excel's limit of 512 areas a query). */
  readonly mergesUnread?: boolean;
  readonly hidden?: boolean;
  /** True when the sheet was written by Metodist itself (an output sheet): never read as input. */
  readonly ownOutput?: boolean;
  /** What the host left unread of a sheet whose used range runs far past any table (said by app/unread-issues.ts). */
  readonly unread?: UnreadCells;
}

/**
 * A stray value far from the table (at XFD1048576, say) makes the used range the whole sheet:
 * seventeen billion cells, thousands of requests to Excel. The Office adapter then reads only the
 * columns a table can have, and nothing of a sheet still too large; this says what was left.
 */
export interface UnreadCells {
  /** The bottom-right cell of the sheet's used range, A1 style. */
  readonly lastCell: string;
  /** The first column (0-based) not read; null: the sheet was not read at all. */
  readonly fromColumn: number | null;
  /** Cells the part that would have been read holds (rows × columns), when the sheet was not read. */
  readonly cells?: number;
}

export function isCellError(v: unknown): v is CellError {
  return typeof v === "object" && v !== null && !(v instanceof Date) && typeof (v as CellError).error === "string";
}
