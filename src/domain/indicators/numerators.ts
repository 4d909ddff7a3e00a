import { CountedEntry, NumeratorColumns } from "./types";

/** The numerator entries of a built `counted`, as columns; each entry is its own source reference. */
export function numeratorColumnsOf(counted: readonly CountedEntry[]): NumeratorColumns {
  const entries = counted.filter((e) => e.part === "numerator");
  return {
    length: entries.length,
    source: entries,
    fullName: entries.map((e) => e.fullName),
    school: entries.map((e) => e.school),
    reason: entries.map((e) => e.reason),
  };
}

/** Columns back to entries, for a caller that wants objects (`counted` of a count, tests). */
export function entriesOf(cols: NumeratorColumns): CountedEntry[] {
  const out: CountedEntry[] = new Array<CountedEntry>(cols.length);
  for (let i = 0; i < cols.length; i++) {
    const ref = cols.source[i];
    out[i] = { file: ref.file, sheet: ref.sheet, row: ref.row, part: "numerator", fullName: cols.fullName[i], school: cols.school[i], reason: cols.reason[i] };
  }
  return out;
}
