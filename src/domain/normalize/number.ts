import { CellValue } from "../grid";
import { cleanSpaces } from "../text";
import { Normalized } from "./types";
import { fail, ok, quoted } from "./results";
import { FieldUnit, unitMismatch } from "./units";

/**
 * Numbers as people type them: «1 234,5» (space or NBSP thousands, decimal comma), «16 ч.»,
 * «72 часа», «0,5 ставки», «85%». The leading number is taken only when nothing but a unit word
 * follows it, so «1,2,3», «5-6» and «12 лет 3 мес» are refused rather than half-read. Which unit
 * words a field takes is its own business (units.ts): «6 мес.» is not 6 years of стаж.
 */
const NUMBER_HEAD = /^([+\-−–]?) ?(\d{1,3}(?: \d{3})+|\d+)(?:[.,](\d+))?/;
const UNIT_TAIL = /^ ?[\p{L}%.]+(?: [\p{L}.]+)*\.?$/u;

const HOW_NUMBER = "введите число, например 36 или 0,5";

/** The number at the start of a text and the unit words after it («» when none). */
function splitNumberText(text: string): { readonly n: number; readonly tail: string } | null {
  const t = cleanSpaces(text);
  const m = NUMBER_HEAD.exec(t);
  if (!m) return null;
  const tail = t.slice(m[0].length);
  if (tail.length > 0 && !UNIT_TAIL.test(tail)) return null;
  const digits = m[2].replace(/ /g, "") + (m[3] !== undefined ? `.${m[3]}` : "");
  const n = Number(digits);
  if (!Number.isFinite(n)) return null;
  return { n: m[1] === "" || m[1] === "+" || n === 0 ? n : -n, tail };
}

/** A number typed as text, whatever unit word follows it (callers that know the unit check it). */
export function parseNumberText(text: string): number | null {
  return splitNumberText(text)?.n ?? null;
}

/**
 * A number cell. With `unit`, a unit word after the number must be one of the field's own
 * («20 лет» in стаж, «16 ч.» in course hours); without, any unit word is taken, as for plain counts.
 */
export function normalizeNumber(raw: CellValue, integer: boolean, unit?: FieldUnit): Normalized {
  const rule = integer ? "type.int" : "type.number";
  let n: number | null = null;
  if (typeof raw === "number") {
    n = Number.isFinite(raw) ? raw : null;
  } else if (typeof raw === "string") {
    const split = splitNumberText(raw);
    if (split !== null && unit !== undefined) {
      const mismatch = unitMismatch(unit, split.tail, split.n, integer);
      if (mismatch !== null) return fail(rule, `${quoted(raw)} — ${mismatch}`);
    }
    n = split === null ? null : split.n;
  } else if (raw instanceof Date) {
    return fail(rule, `${quoted(raw)} — Excel превратил значение в дату; введите число (например 1,5) и задайте ячейке числовой формат`);
  }
  if (n === null) return fail(rule, `${quoted(raw)} — не число; ${integer ? "введите целое число, например 36" : HOW_NUMBER}`);
  if (integer && !Number.isInteger(n)) return fail("type.int", `${quoted(raw)} — нужно целое число, например 36`);
  // -0 becomes 0 so that equal values print and compare equal.
  return ok(n === 0 ? 0 : n);
}
