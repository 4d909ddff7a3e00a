import { cellAddress } from "../a1";
import { SourceRef } from "../records";
import { RecognizedSheet } from "../recognize/types";

/** Finds the A1 cell of a record's field from the recognised sheet it came from. */
export type Locate = (ref: SourceRef, field: string) => string;

export function locator(sheets: readonly RecognizedSheet[] | undefined): Locate {
  const byKey = new Map<string, RecognizedSheet>();
  for (const s of sheets ?? []) byKey.set(`${s.file}|${s.sheet}`, s);
  return (ref, field) => {
    const col = byKey.get(`${ref.file}|${ref.sheet}`)?.columns[field];
    // Without the sheet's mapping, point at the row's first cell: still the right row.
    return cellAddress(ref.row - 1, col ?? 0);
  };
}

/** «строке 5 листа „КПК“ (a.xlsx)», or «строке 5» when it is the same sheet. */
export function where(first: SourceRef, here: SourceRef): string {
  if (first.file === here.file && first.sheet === here.sheet) return `строке ${first.row}`;
  if (first.file === here.file) return `строке ${first.row} листа «${first.sheet}»`;
  return `строке ${first.row} листа «${first.sheet}» (${first.file})`;
}
