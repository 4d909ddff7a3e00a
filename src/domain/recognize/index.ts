export * from "./types";
export { recognizeSheet, isRecognized, WEAK_CONFIDENCE } from "./recognizeSheet";
export type { RecognitionResult } from "./recognizeSheet";
export { matchHeader, scoreHeader, scoreHeaderAgainstForms, MATCH_THRESHOLD, AMBIGUITY_MARGIN } from "./fieldIndex";
export type { FieldScore } from "./fieldIndex";
export { tokenizeHeader, cleanHeaderText } from "./tokens";
