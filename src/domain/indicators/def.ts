import { SourceRef } from "../records";
import { Direction, PresetId, Unit } from "./types";
import { EvalContext, PersonFacts, RowFacts, SchoolInfo } from "./context";

/**
 * An indicator is a row of data: who is counted in S (population), what makes them count in N
 * (condition), and how N and S become a value (kind). Adding an indicator = adding a row to a preset
 * table; the evaluator never branches on an id.
 */

/** Who is counted in S: a test on one roster row (a person counts if any of their rows passes). */
export interface Population {
  readonly label: string;
  test(row: RowFacts): boolean;
}

/**
 * What makes a person count in N. `test` returns the record that made it count (an event row, or the
 * roster row for attributes such as the category) so the audit can point at the cell; `explain`
 * says it in words and runs only when the audit («Расшифровка») is read.
 */
export interface Condition {
  readonly label: string;
  test(person: PersonFacts, row: RowFacts, ctx: EvalContext): SourceRef | null;
  explain(person: PersonFacts, row: RowFacts, ctx: EvalContext): string;
}

/** Which schools are in S for school-level indicators. */
export interface SchoolFilter {
  readonly label: string;
  test(school: SchoolInfo): boolean;
}

/** What makes a school count in N; `personStats` are the school's counts for the def's person part. */
export type SchoolCondition =
  | { readonly kind: "flag"; readonly flag: "mentoringModel" | "internshipSite"; readonly label: string }
  /** At least one person of the population meets the condition in this school. */
  | { readonly kind: "anyPerson"; readonly population: Population; readonly condition: Condition; readonly label: string }
  /** More than `threshold` % of the school's population meets the condition. */
  | { readonly kind: "shareAbove"; readonly population: Population; readonly condition: Condition; readonly threshold: number; readonly label: string };

export type Calc =
  /** N / S × 100 % over DISTINCT persons; S = population (∩ base when given), N = S ∩ condition. */
  | { readonly kind: "personShare"; readonly population: Population; readonly base?: Condition; readonly condition: Condition;
      /** Programme targets set per school (seed 001 item 38 «каждой ОО»): the note says how many schools reach it. */
      readonly perSchoolTarget?: number }
  /** A number of distinct persons. */
  | { readonly kind: "personCount"; readonly population: Population; readonly condition: Condition }
  /** Seed 000 §4–6: N = prize places (rows), S = distinct contest participants; may exceed 100 %. */
  | { readonly kind: "prizeRows"; readonly population: Population }
  | { readonly kind: "schoolShare"; readonly schools: SchoolFilter; readonly condition: SchoolCondition }
  | { readonly kind: "schoolCount"; readonly schools: SchoolFilter; readonly condition: SchoolCondition }
  /** Σ filledRates / Σ staffRates over school cards (AL-2.6.1 «обеспеченность кадрами»). */
  | { readonly kind: "ratesRatio" }
  | { readonly kind: "manualYesNo" }
  | { readonly kind: "manualShare" }
  | { readonly kind: "manualCount" };

export type CalcKind = Calc["kind"];

export interface IndicatorDef {
  readonly id: string;
  readonly preset: PresetId;
  /** The seed's wording. */
  readonly name: string;
  /** ≤ 40 characters, for charts. */
  readonly shortName: string;
  readonly unit: Unit;
  readonly direction: Direction;
  /** The seed's target; null when the seed sets none. */
  readonly target: number | boolean | null;
  /**
   * The seed's target is a change in `direction` vs the previous period («увеличение/уменьшение доли»),
   * not a number: `target` is null and the status comes from the history (trend.ts).
   */
  readonly trendTarget?: boolean;
  /** «менее 10 %»: the target itself is not achieved. */
  readonly targetStrict?: boolean;
  readonly bySubject?: boolean;
  readonly calc: Calc;
}
