/**
 * Text folding shared by header recognition, vocabularies and person names: what people type varies
 * (case, ё/е, non-breaking and zero-width spaces, Latin letters that look Cyrillic), what it means
 * does not.
 */

/** Latin letters that look like Cyrillic ones in common fonts (schools paste names from anywhere). */
const LOOKALIKES: Readonly<Record<string, string>> = {
  a: "а", b: "в", c: "с", e: "е", h: "н", k: "к", m: "м", o: "о", p: "р", t: "т", x: "х", y: "у",
  A: "А", B: "В", C: "С", E: "Е", H: "Н", K: "К", M: "М", O: "О", P: "Р", T: "Т", X: "Х", Y: "У",
};

const CYRILLIC = /[а-яё]/i;
const LATIN = /[a-z]/i;
const LATIN_LOOKALIKE = /[abcehkmoptxyABCEHKMOPTXY]/g;

export const HAS_LATIN = /[A-Za-z]/;

/**
 * Every Latin look-alike replaced, whatever the word: names and coded values need it (a lone «A.»
 * initial, an all-Latin «BKK» typed on an English keyboard layout are Cyrillic in intent).
 */
export function latinToCyrillic(s: string): string {
  return s.replace(LATIN_LOOKALIKE, (ch) => LOOKALIKES[ch] ?? ch);
}

/** Replace Latin look-alikes inside words that also contain Cyrillic letters («Иванoва» with a Latin o). */
export function fixLookalikes(s: string): string {
  if (!LATIN.test(s) || !CYRILLIC.test(s)) return s;
  return s.replace(/[\p{L}]+/gu, (word) =>
    CYRILLIC.test(word) && LATIN.test(word) ? latinToCyrillic(word) : word,
  );
}

/**
 * Whether a UTF-16 unit is white space as JavaScript sees it (`\s`, what `trim()` strips) or one of the
 * invisible characters cleanSpaces removes. Hot paths test a cell's first character with it before
 * paying for a regular expression or a trim: a cell that starts with anything else is not blank.
 */
export function isSpaceLike(c: number): boolean {
  if (c < 0x80) return c === 0x20 || (c >= 0x09 && c <= 0x0d);
  return (
    c === 0xa0 || c === 0xad || c === 0x1680 || (c >= 0x2000 && c <= 0x200d) || c === 0x2028 || c === 0x2029 ||
    c === 0x202f || c === 0x205f || c === 0x2060 || c === 0x3000 || c === 0xfeff
  );
}

/**
 * Whether cleanSpaces would change the text: space or line break at an edge, any space but a single
 * plain one, an invisible character. One pass over the characters, no regular expression.
 */
export function needsCleaning(s: string): boolean {
  const last = s.length - 1;
  for (let i = 0; i <= last; i++) {
    const c = s.charCodeAt(i);
    if (c === 0x20) {
      if (i === 0 || i === last || s.charCodeAt(i + 1) === 0x20) return true;
    } else if (isSpaceLike(c)) {
      return true;
    }
  }
  return false;
}

/**
 * Remove zero-width characters and turn every kind of space and line break into a plain space. Most
 * texts need nothing, and one look at their characters costs less than the regular expressions.
 */
export function cleanSpaces(s: string): string {
  if (!needsCleaning(s)) return s;
  return s
    .replace(/[\u200B-\u200D\u2060\uFEFF\u00AD]/g, "")
    .replace(/[\s\u00A0\u2007\u202F]+/g, " ")
    .trim();
}

/** A number inside Russian text, with a decimal comma: 71.5 → «71,5» (cells show theirs by their number format). */
export function ruNumber(n: number): string {
  return String(n).replace(".", ",");
}

/** Case-, ё- and space-insensitive form of a text, keeping punctuation. */
export function fold(s: string): string {
  return fixLookalikes(cleanSpaces(s)).toLowerCase().replace(/ё/g, "е");
}

/** Folded words only: punctuation and brackets become separators. «Ф.И.О. (полностью)» → ["ф","и","о","полностью"]. */
export function foldWords(s: string): string[] {
  return fold(s)
    .split(/[^\p{L}\p{N}]+/u)
    .filter((w) => w.length > 0);
}

/** Folded text with punctuation removed: the key vocabularies are matched on. */
export function foldKey(s: string): string {
  return foldWords(s).join(" ");
}
