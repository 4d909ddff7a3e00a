/**
 * Sheet recognition (ARCHITECTURE.md «recognize/»): which standard form a sheet is, where its header
 * is and which column holds which field.
 *
 * - Header texts are tokenised (tokens.ts: numbering, abbreviations, brackets, look-alikes) and scored
 *   against every field by weighted word overlap with stem/prefix matching (fieldIndex.ts). A header
 *   matches a field from MATCH_THRESHOLD (0.55); fields within AMBIGUITY_MARGIN are a tie.
 * - The top 30 rows are read as header candidates, alone and with merged parents (headerRow.ts);
 *   columns go to fields one-to-one, best pairs first (assign.ts).
 * - The form with the most matched weight wins (key fields count twice); the sheet's name and title
 *   break near-ties. A result below WEAK_CONFIDENCE (0.6), or without a required field, is `weak`.
 */
export * from "./types";
export { recognizeSheet, isRecognized, WEAK_CONFIDENCE } from "./recognizeSheet";
export type { RecognitionResult } from "./recognizeSheet";
export { matchHeader, scoreHeader, scoreHeaderAgainstForms, MATCH_THRESHOLD, AMBIGUITY_MARGIN } from "./fieldIndex";
export type { FieldScore } from "./fieldIndex";
export { tokenizeHeader, cleanHeaderText } from "./tokens";
export { duplicateColumns } from "./duplicate-columns";
export { mappedColumn } from "./mapped-column";
export type { DuplicateColumn } from "./duplicate-columns";
