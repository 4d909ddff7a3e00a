import { IsoDate } from "../dates";
import { Person, RosterRecord } from "../records";

/** A roster row before people are identified: everything but the personId. */
export type RosterRecordDraft = Omit<RosterRecord, "personId">;

export type MatchResult =
  | { readonly kind: "matched"; readonly personId: string }
  | { readonly kind: "unmatched" }
  | { readonly kind: "ambiguous"; readonly candidates: readonly string[] };

/** Finds the roster person an event row names; `school` null searches the whole roster. */
export type PersonMatcher = (name: string, school: string | null, birthDate?: IsoDate | null) => MatchResult;

export interface People {
  readonly persons: readonly Person[];
  /** personId of each input roster row, aligned with the input. */
  readonly personIdOfRow: readonly string[];
  /** The input roster rows with their personId, in input order. */
  readonly roster: readonly RosterRecord[];
  readonly matchPerson: PersonMatcher;
  /** Whether the roster has any row of this school (compared folded, like names). */
  readonly knowsSchool: (school: string) => boolean;
}
