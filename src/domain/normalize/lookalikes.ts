/**
 * Every Latin letter that looks Cyrillic, replaced. text.ts's fixLookalikes only touches mixed
 * words; names and coded values need more: a lone «A.» initial or an all-Latin «BKK» typed on an
 * English keyboard layout is still Cyrillic in intent.
 */
const LATIN_TO_CYRILLIC: Readonly<Record<string, string>> = {
  a: "а", b: "в", c: "с", e: "е", h: "н", k: "к", m: "м", o: "о", p: "р", t: "т", x: "х", y: "у",
  A: "А", B: "В", C: "С", E: "Е", H: "Н", K: "К", M: "М", O: "О", P: "Р", T: "Т", X: "Х", Y: "У",
};
const LATIN_LOOKALIKE = /[abcehkmoptxyABCEHKMOPTXY]/g;

export function latinToCyrillic(s: string): string {
  return s.replace(LATIN_LOOKALIKE, (ch) => LATIN_TO_CYRILLIC[ch] ?? ch);
}

export const HAS_LATIN = /[A-Za-z]/;
