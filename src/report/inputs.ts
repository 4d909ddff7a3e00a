/**
 * What the report needs from a check, as domain types: app/'s CheckResult fits it structurally
 * (report/ may not import app/, ARCHITECTURE.md).
 */
import { Issue } from "../domain/issues";
import { Period } from "../domain/period";
import { RecognizedSheet, UnrecognizedSheet } from "../domain/recognize/types";

export interface CheckSummary {
  readonly period: Period;
  readonly sheets: readonly RecognizedSheet[];
  readonly unrecognised: readonly UnrecognizedSheet[];
  readonly issues: readonly Issue[];
}
