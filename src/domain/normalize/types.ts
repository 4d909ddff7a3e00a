import { CellValue } from "../grid";
import { FormId } from "../forms/types";
import { RuleId } from "../issues";
import { SourceRef } from "../records";

/**
 * A normalised cell value: text (cleaned), number, boolean, ISO date "YYYY-MM-DD" (for date fields),
 * canonical vocabulary value (enum), or a list of items (list fields).
 */
export type NormalValue = string | number | boolean | readonly string[];

/** The result of normalising one cell. `value: null` means the cell was empty. */
export type Normalized =
  | { readonly ok: true; readonly value: NormalValue | null }
  | { readonly ok: false; readonly rule: RuleId; readonly reason: string };

/** One data row of a recognised sheet, every mapped field normalised. */
export interface NormalizedRow {
  readonly form: FormId;
  readonly ref: SourceRef;
  /** field id → normalised value; null when empty or when normalisation failed (an issue says why). */
  readonly values: Readonly<Record<string, NormalValue | null>>;
  /** field id → A1 address of its cell in this row. */
  readonly cells: Readonly<Record<string, string>>;
  /** field id → the cell as the host gave it (for messages that quote what was typed). */
  readonly raw: Readonly<Record<string, CellValue>>;
}
