import { CellValue } from "../grid";
import { cleanSpaces } from "../text";
import { Normalized } from "./types";
import { EMPTY, ok, shown } from "./results";

/** Anything cleanSpaces would change; most cells have none, and one test is cheaper than the rewrite. */
const NEEDS_CLEANING = /^\s|\s$|[^\S ]| {2}|[\u200B-\u200D\u2060\uFEFF\u00AD]/;

/** Free text: spaces cleaned, nothing else touched (a leading «=» is just text here). */
export function normalizeText(raw: CellValue): Normalized {
  if (typeof raw === "number" && !Number.isFinite(raw)) return EMPTY;
  if (typeof raw === "string" && !NEEDS_CLEANING.test(raw)) return raw === "" ? EMPTY : ok(raw);
  const text = typeof raw === "string" ? cleanSpaces(raw) : cleanSpaces(shown(raw));
  return text === "" ? EMPTY : ok(text);
}
