/**
 * Word-level similarity for header matching. Russian headers inflect («категория»/«категории»),
 * abbreviate («квалиф.», «пед.», «наим.») and drop fleeting vowels («уровень»/«уровня»), so words are
 * compared by a light stem, by abbreviation prefix and by one-letter typos — never by a regex per call.
 */
import { boundedMemo } from "../memo";

/** Inflectional endings, longest first so «ого» wins over «о». */
const ENDINGS = [
  "ями", "ами", "ого", "его", "ому", "ему", "ыми", "ими",
  "ия", "ие", "ий", "ый", "ой", "ая", "яя", "ое", "ее", "ые", "ых", "их", "ую", "юю",
  "ам", "ям", "ах", "ях", "ом", "ем", "ов", "ев", "ей", "ию", "ии", "ью",
  "а", "я", "о", "е", "ы", "и", "у", "ю", "ь", "й",
];

/** A light Russian stem: one inflectional ending cut, keeping at least three letters. */
export const stem: (word: string) => string = boundedMemo(50_000, (word: string): string => {
  for (const ending of ENDINGS) {
    if (word.length - ending.length >= 3 && word.endsWith(ending)) return word.slice(0, word.length - ending.length);
  }
  return word;
});

function commonPrefix(a: string, b: string): number {
  const n = Math.min(a.length, b.length);
  let i = 0;
  while (i < n && a.charCodeAt(i) === b.charCodeAt(i)) i++;
  return i;
}

/** Levenshtein distance, stopping early once it exceeds `limit`. */
function editDistanceWithin(a: string, b: string, limit: number): boolean {
  if (Math.abs(a.length - b.length) > limit) return false;
  let prev = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    const cur = [i];
    let rowMin = i;
    for (let j = 1; j <= b.length; j++) {
      const v = Math.min(prev[j] + 1, cur[j - 1] + 1, prev[j - 1] + (a[i - 1] === b[j - 1] ? 0 : 1));
      cur.push(v);
      if (v < rowMin) rowMin = v;
    }
    if (rowMin > limit) return false;
    prev = cur;
  }
  return prev[b.length] <= limit;
}

export const SIM_EXACT = 1;
export const SIM_STEM = 0.95;
export const SIM_FLEETING = 0.9;
export const SIM_ABBREVIATION = 0.85;
export const SIM_TYPO = 0.8;
/** Two words at least this similar are taken for the same word. */
export const SAME_WORD = 0.8;

/**
 * How alike two folded words are, 0…1. `isWord` tells whether a short word is a full word in its own
 * right («стаж» is, so it is not an abbreviation of «стажировочная»; «пед» is not, so it abbreviates
 * «педагогический»).
 */
export function wordSimilarity(a: string, b: string, isWord: (w: string) => boolean): number {
  if (a === b) return SIM_EXACT;
  const sa = stem(a);
  const sb = stem(b);
  if (sa === sb) return SIM_STEM;
  const [short, long] = a.length <= b.length ? [a, b] : [b, a];
  if (short.length >= 3 && long.startsWith(short) && !isWord(short)) return SIM_ABBREVIATION;
  const shorter = Math.min(sa.length, sb.length);
  const cp = commonPrefix(sa, sb);
  // «уровень»/«уровня», «выявлены»/«выявленные»: stems that differ in a letter or two at the end only.
  if (cp >= 4 && cp >= shorter - 1 && Math.abs(sa.length - sb.length) <= 2) return SIM_FLEETING;
  if (short.length >= 6 && editDistanceWithin(a, b, 1)) return SIM_TYPO;
  return 0;
}
