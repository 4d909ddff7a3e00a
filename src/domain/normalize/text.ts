import { CellValue } from "../grid";
import { cleanSpaces, needsCleaning } from "../text";
import { Normalized } from "./types";
import { EMPTY, ok, shown } from "./results";

/** Free text: spaces cleaned, nothing else touched (a leading «=» is just text here). */
export function normalizeText(raw: CellValue): Normalized {
  if (typeof raw === "number" && !Number.isFinite(raw)) return EMPTY;
  if (typeof raw === "string" && !needsCleaning(raw)) return raw === "" ? EMPTY : ok(raw);
  const text = typeof raw === "string" ? cleanSpaces(raw) : cleanSpaces(shown(raw));
  return text === "" ? EMPTY : ok(text);
}
