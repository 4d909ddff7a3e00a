import { FormId } from "../forms/types";

/** How one sheet was recognised as a standard form. */
export interface RecognizedSheet {
  readonly file: string;
  readonly sheet: string;
  readonly form: FormId;
  /** 1-based row of the (lowest) header row; data starts below it. */
  readonly headerRow: number;
  /** 1 or 2 (two-row headers with merged parent cells). */
  readonly headerRows: number;
  /** field id → 0-based column index. */
  readonly columns: Readonly<Record<string, number>>;
  /** Header texts of the non-empty columns that matched no field. */
  readonly unmapped: readonly string[];
  /** 0…1: how sure the match is (share of key fields found, quality of header matches). */
  readonly confidence: number;
  /** True when the form was chosen but the match is too weak to trust without a look. */
  readonly weak: boolean;
  /** Columns that matched two fields about equally; the better one was taken, the others listed. */
  readonly ambiguities: readonly { readonly column: number; readonly header: string; readonly fields: readonly string[] }[];
  /** Required fields without a column. */
  readonly missingRequired: readonly string[];
  /** Number of data rows (rows below the header with a value in a matched column; «Итого»/«Всего» lines not counted). */
  readonly rows: number;
  /** 1-based first data row: below the header, and below a «1 2 3 …» column-numbering row if there is one. */
  readonly firstDataRow?: number;
}

export interface UnrecognizedSheet {
  readonly file: string;
  readonly sheet: string;
  /** Russian, for people: why this sheet is not a standard form. */
  readonly reason: string;
}

/** A user's correction from the task pane's mapping editor, remembered in the workbook. */
export interface MappingOverride {
  readonly form: FormId;
  readonly headerRow?: number;
  /** field id → 0-based column; a negative column means the field has no column on this sheet. */
  readonly columns?: Readonly<Record<string, number>>;
}
