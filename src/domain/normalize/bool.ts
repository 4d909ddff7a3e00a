import { CellValue } from "../grid";
import { fold } from "../text";
import { Normalized } from "./types";
import { fail, ok, quoted } from "./results";

/** Yes/no marks seen in school sheets; folded (lower case, ё→е), trailing dot ignored. */
const TRUE_WORDS = ["да", "+", "1", "есть", "v", "✓", "✔", "☑", "true", "истина", "имеется", "yes", "y", "д", "в наличии"];
const FALSE_WORDS = ["нет", "-", "−", "–", "—", "0", "x", "х", "✗", "✘", "false", "ложь", "отсутствует", "не имеется", "no", "n", "н"];

const BOOL_WORDS: ReadonlyMap<string, boolean> = new Map([
  ...TRUE_WORDS.map((w): [string, boolean] => [w, true]),
  ...FALSE_WORDS.map((w): [string, boolean] => [w, false]),
]);

export const ACCEPTED_BOOL = "да, нет, +, −, 1, 0, есть, v, x";

export function parseBoolText(text: string): boolean | null {
  const t = fold(text).replace(/\.$/, "");
  return BOOL_WORDS.get(t) ?? null;
}

export function normalizeBool(raw: CellValue): Normalized {
  if (typeof raw === "boolean") return ok(raw);
  if (typeof raw === "number" && (raw === 1 || raw === 0)) return ok(raw === 1);
  if (typeof raw === "string") {
    const b = parseBoolText(raw);
    if (b !== null) return ok(b);
  }
  return fail("type.bool", `${quoted(raw)} — не да/нет; допустимо: ${ACCEPTED_BOOL}`);
}
