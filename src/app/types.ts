import { IsoDate } from "../domain/dates";
import { Period } from "../domain/period";
import { Issue } from "../domain/issues";
import { Dataset } from "../domain/records";
import { MappingOverride, RecognizedSheet, UnrecognizedSheet } from "../domain/recognize/types";
import { IndicatorResult, PresetId } from "../domain/indicators/types";
import { AppliedSheet, Transfer } from "../workbook/port";

/** A run the user stopped (see computeWorkbook): front ends tell it from a failure. */
export { RunStopped } from "../workbook/port";
export type { Highlighted } from "../workbook/port";

/** The key of a sheet's mapping correction in CheckOptions.overrides (the pane saves it under this key). */
export function overrideKey(s: { readonly file: string; readonly sheet: string }): string {
  return `${s.file}|${s.sheet}`;
}

export interface CheckOptions {
  /** Default: FORMS.md's default period for `today`. */
  readonly period?: Period;
  /** Today's date (injected so tests and reports are reproducible). */
  readonly today: IsoDate;
  /** Column-mapping corrections keyed by `${file}|${sheet}`. */
  readonly overrides?: Readonly<Record<string, MappingOverride>>;
}

export interface CheckResult {
  readonly period: Period;
  readonly sheets: readonly RecognizedSheet[];
  readonly unrecognised: readonly UnrecognizedSheet[];
  readonly issues: readonly Issue[];
  readonly dataset: Dataset;
}

export interface ComputeOptions extends CheckOptions {
  readonly presets: readonly PresetId[];
}

export interface ComputeResult {
  readonly check: CheckResult;
  readonly indicators: readonly IndicatorResult[];
  /** Output sheets written, with the names actually used. */
  readonly applied: readonly AppliedSheet[];
}

/** The engine's steps that count how far they have got (domain/steps.ts). */
export type CountedStep = "check" | "indicators" | "plans";

/**
 * Where a long operation is: a read or write with how far it has got, or a step of the engine
 * (seconds on a region's workbook) — with its count, once it has one.
 */
export type Progress =
  | Transfer
  | { readonly step: "check" | "indicators" | "plans" }
  | { readonly step: CountedStep; readonly done: number; readonly total: number };
export type Step = Progress["step"];
/** Hears each step; a promise it returns is awaited before the step's work starts, so a pane can paint it. */
export type ProgressListener = (p: Progress) => void | Promise<void>;

/**
 * Compute found no standard form in the workbook (an empty book, or only Metodist's own sheets): it
 * stops before writing, so the output sheets and the period's history row keep what they had rather
 * than «нет данных» everywhere. Carries the check, which says what each sheet looked like.
 */
export class NothingRecognised extends Error {
  constructor(readonly check: CheckResult) {
    super("ни один лист не распознан как стандартная форма");
    this.name = "NothingRecognised";
  }
}
