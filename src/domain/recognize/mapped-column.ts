import { RecognizedSheet } from "./types";

/**
 * The column a field of the sheet is read from, or undefined when the sheet has none for it. Rows
 * have a cell for exactly these fields: reading, validation and duplicate-column checks ask here.
 */
export function mappedColumn(rec: RecognizedSheet, field: string): number | undefined {
  const col = rec.columns[field];
  // Recognition never maps a field to a negative column (an override's «no column»); a hand-made mapping might.
  return col !== undefined && col >= 0 ? col : undefined;
}
