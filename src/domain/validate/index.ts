export { validateRows } from "./validate-rows";
export { validateDataset } from "./validate-dataset";
export type { DatasetValidationContext } from "./validate-dataset";
export type { ValidationContext } from "./types";
export { FIELD_RULES, TEXT_LIMIT } from "./field-rules";
export { ROW_RULES, HOURS_MINIMUM } from "./row-rules";
export { DATASET_RULES } from "./dataset-rules";
