import { Issue } from "../issues";
import { Dataset } from "../records";
import { RecognizedSheet } from "../recognize/types";
import { DATASET_RULES } from "./dataset-rules";
import { locator } from "./locate";
import { ValidationContext } from "./types";

export interface DatasetValidationContext extends ValidationContext {
  /** The recognised sheets the dataset came from: they say which column each field is in. */
  readonly sheets?: readonly RecognizedSheet[];
}

/** Cross-row and cross-sheet rules over everything recognised (duplicates, mentor = mentee). */
export function validateDataset(dataset: Dataset, ctx: DatasetValidationContext): Issue[] {
  const locate = locator(ctx.sheets);
  return DATASET_RULES.flatMap((r) => r.run(dataset, locate, ctx));
}
