/**
 * Indicator codes as people type them. The presets spell them in Latin capitals with a hyphen
 * («LK-03», «AL-1.2.3», «KL-7a»); a header, a row of «Сведения муниципалитета» or a `--preset` value
 * may come in lower case, on a Russian keyboard layout («LК-01», «ВМ»), with Word's dash («LK–02»),
 * with a space («LK 04») or without the leading zero («LK-3»). One folding for all of them.
 */
import { cleanSpaces } from "../text";

/** Cyrillic capitals that look like Latin ones: on a Russian layout «К» is typed for «K». */
const CYRILLIC_TO_LATIN: Readonly<Record<string, string>> = {
  А: "A", В: "B", Е: "E", К: "K", М: "M", Н: "H", О: "O", Р: "P", С: "C", Т: "T", Х: "X", У: "Y",
};
const CYRILLIC_LOOKALIKE = /[АВЕКМНОРСТХУ]/g;
/** Hyphens and dashes: ‐ ‑ ‒ – — ― (Word's autocorrect), minus −, small and full-width hyphen-minus. */
const DASH = /[\u2010-\u2015\u2212\uFE58\uFE63\uFF0D]/g;
/**
 * A prefix of 1–4 letters, then dashes or spaces (none before a digit: «LK03»), then the number part in
 * one word. «ИТОГ ЗА ГОД» is no code: its second part has a space in it.
 */
const PREFIXED = /^([A-ZА-ЯЁ]{1,4})(?: *- *| +|(?=\d))([0-9A-ZА-ЯЁ][^ ]*)$/;
/** A code's shape after folding: prefix, hyphen, a number part with a digit in it («LK-14», «AL-P.38A»). */
const CODE_SHAPE = /^[A-ZА-ЯЁ]{1,4}-[0-9A-ZА-ЯЁ.]*\d[0-9A-ZА-ЯЁ.]*$/;
/** Leading zeros of the number after the prefix: «LK-03» and «LK-3» share the key «LK-3». */
const LEADING_ZEROS = /^([A-ZА-ЯЁ]{1,4}-)0+(?=\d)/;
const SPACES = / /g;

/**
 * An indicator code folded for comparison: upper case, Latin letters for Cyrillic look-alikes, one
 * hyphen between the prefix and the number part, no spaces («lк – 01 » → «LK-01»). Text that is not
 * prefix-and-number comes back in upper case without spaces («вм» → «BM»).
 */
export function foldIndicatorCode(text: string): string {
  const t = cleanSpaces(text).toUpperCase().replace(CYRILLIC_LOOKALIKE, (ch) => CYRILLIC_TO_LATIN[ch] ?? ch).replace(DASH, "-");
  const m = PREFIXED.exec(t);
  return m ? `${m[1]}-${m[2]}` : t.replace(SPACES, "");
}

/** Whether folded text has the shape of an indicator code («LK-14» does, «Период» and «ИТОГО» do not). */
export function looksLikeCode(folded: string): boolean {
  return CODE_SHAPE.test(folded);
}

/**
 * The key codes are compared by: the folded code without leading zeros in its number («LK-3» and
 * «LK-03» are both «LK-3»). The presets have no two ids with one key (test/domain/indicators/codes.test.ts).
 */
export function indicatorKey(text: string): string {
  return foldIndicatorCode(text).replace(LEADING_ZEROS, "$1");
}

/**
 * A lookup of the given ids by what a user typed: the id whose folded spelling it has, else the only id
 * with its key (a leading zero missing or added). null when none, or when two ids share the key.
 */
export function codeLookup(ids: readonly string[]): (typed: string) => string | null {
  const exact = new Map<string, string>();
  const byKey = new Map<string, string | null>();
  for (const id of ids) {
    exact.set(foldIndicatorCode(id), id);
    const key = indicatorKey(id);
    byKey.set(key, byKey.has(key) ? null : id);
  }
  return (typed) => {
    const folded = foldIndicatorCode(typed);
    return exact.get(folded) ?? byKey.get(folded.replace(LEADING_ZEROS, "$1")) ?? null;
  };
}
