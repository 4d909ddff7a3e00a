import { SourceRef } from "../records";

export type PresetId = "LK" | "DZ" | "AL" | "KL" | "BM";
export type Unit = "%" | "чел." | "ед." | "да/нет";
export type Direction = "up" | "down";
export type Status = "достигнуто" | "близко" | "не достигнуто";

export interface BreakdownRow {
  /** School name, subject, or orgType, depending on the breakdown. */
  readonly key: string;
  readonly numerator: number;
  readonly denominator: number;
  /** Rounded to 0.1 for %; null when the denominator is 0. */
  readonly value: number | null;
}

/** One person/row counted in N (or in S): the audit trail of «Расшифровка». */
export interface CountedEntry extends SourceRef {
  readonly part: "numerator" | "denominator";
  readonly fullName: string;
  readonly school: string;
  /** What made it count, in words («конкурс „Учитель года“, призёр»). */
  readonly reason: string;
}

/**
 * Numerator entries as columns, entry i across them: the source row it cites (the record itself), the
 * person's name, the school and the reason. «Расшифровка» reads these: an object per entry — a
 * region's 1,4 million — was built, survived young-generation collections and was dropped.
 */
export interface NumeratorColumns {
  readonly length: number;
  readonly source: readonly SourceRef[];
  readonly fullName: readonly string[];
  readonly school: readonly string[];
  readonly reason: readonly string[];
}

/**
 * A target stated as a change since the previous period (seed 000: «Увеличение доли …», «Уменьшение
 * доли …») rather than a number: the period and value the status compares with (null: not known).
 */
export interface TrendTarget {
  readonly previousPeriod: string | null;
  readonly previousValue: number | null;
}

export interface IndicatorResult {
  readonly id: string;
  readonly preset: PresetId;
  /** The seed's wording. */
  readonly name: string;
  /** A short label for charts and narrow columns. */
  readonly shortName: string;
  readonly unit: Unit;
  readonly numerator: number | null;
  readonly denominator: number | null;
  /** % rounded to 0.1, a count, or true/false for да/нет; null = «нет данных». */
  readonly value: number | boolean | null;
  readonly target: number | boolean | null;
  readonly direction: Direction;
  readonly status: Status | null;
  /** Set when the target is a change vs the previous period; `target` then stays null (no number to meet). */
  readonly trend?: TrendTarget;
  readonly bySchool: readonly BreakdownRow[];
  readonly bySubject?: readonly BreakdownRow[];
  readonly byOrgType?: readonly BreakdownRow[];
  readonly counted: readonly CountedEntry[];
  /**
   * Sizes of `counted` known without building it (person indicators: N and N + S). Absent when only
   * building tells. Not enumerable: «Расшифровка» uses it to skip millions of S entries in a region.
   */
  readonly countedSize?: { readonly numerators: number; readonly total: number };
  /** The numerator entries of `counted`, in the same order, built alone on each read (not enumerable, not kept). */
  readonly numerators?: NumeratorColumns;
  /**
   * The same object on results whose `numerators` are the same entries: indicators counting the same
   * people for the same reason (LK-01, DZ-07 and AL-1.3.2) are served by one pass. Not enumerable.
   */
  readonly numeratorsKey?: object;
  /** Why there is no value, or a caveat («нет данных: лист „Сведения муниципалитета“ не найден»). */
  readonly note?: string;
}
