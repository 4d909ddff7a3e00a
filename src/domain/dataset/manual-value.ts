import { CellValue } from "../grid";
import { parseBoolText } from "../normalize/bool";
import { parseNumberText } from "../normalize/number";

/** «Значение» of a municipal row: да/нет → boolean, a number → number, empty → null; else undefined (unreadable). */
export function manualValue(raw: CellValue, normalised: string | null): boolean | number | null | undefined {
  if (typeof raw === "number") return Number.isFinite(raw) ? raw : undefined;
  if (typeof raw === "boolean") return raw;
  if (normalised === null) return null;
  const b = parseBoolText(normalised);
  if (b !== null) return b;
  const n = parseNumberText(normalised);
  return n ?? undefined;
}
