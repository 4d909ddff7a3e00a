import { IsoDate } from "../dates";
import { FieldDef, FormId } from "../forms/types";
import { RuleId, Severity } from "../issues";
import { Period } from "../period";
import { NormalizedRow } from "../normalize/types";

/** What rules need to know besides the row: the period, today, and bounds derived from them. */
export interface ValidationContext {
  readonly period: Period;
  readonly today: IsoDate;
}

/** The context with the bounds computed once per sheet, not once per row. */
export interface PreparedContext extends ValidationContext {
  /** Earliest plausible birth date (FORMS.md: 01.01.1940). */
  readonly birthMin: IsoDate;
  /** Latest plausible birth date: period end − 16 years. */
  readonly birthMax: IsoDate;
  /**
   * Full years on the period end for a birth date, as records derive them (none from a date out of
   * range), memoised: a municipality has few distinct birth dates and many rows.
   */
  readonly ageAtEnd: (birth: IsoDate) => number | null;
}

/** A rule on one field of one row, applied to every field it `appliesTo` (required, ranges, …). */
export interface FieldRule {
  readonly rule: RuleId;
  readonly severity: Severity;
  readonly appliesTo: (field: FieldDef, form: FormId) => boolean;
  /** A Russian message when the cell breaks the rule, otherwise null. */
  readonly check: (row: NormalizedRow, field: FieldDef, ctx: PreparedContext) => string | null;
}

/** A rule across the fields of one row; `field` is the cell the issue points at. */
export interface RowRule {
  readonly rule: RuleId;
  readonly form: FormId;
  readonly severity: Severity;
  /** Cells the issue may point at, most relevant first; the first one mapped in the sheet is used. */
  readonly field: string | readonly string[];
  readonly check: (row: NormalizedRow, ctx: PreparedContext) => string | null;
}
