import { SourceRef } from "../records";
import { CountedEntry, NumeratorColumns } from "./types";

/** One audit entry: the source row it cites, whether it counts in N or S, who, where and why. */
export function entry(ref: SourceRef, part: CountedEntry["part"], fullName: string, school: string, reason: string): CountedEntry {
  return { file: ref.file, sheet: ref.sheet, row: ref.row, part, fullName, school, reason };
}

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
  for (let i = 0; i < cols.length; i++) out[i] = entry(cols.source[i], "numerator", cols.fullName[i], cols.school[i], cols.reason[i]);
  return out;
}
