import { CellValue } from "../grid";
import { EnumOption } from "../forms/types";
import { cleanSpaces, fold, foldKey } from "../text";
import { Normalized } from "./types";
import { fail, ok, quoted } from "./results";
import { HAS_LATIN, latinToCyrillic } from "../text";

/**
 * Vocabulary matching: exact folded spelling first (keeps «-» and «б/к», whose key is empty or
 * clipped), then the punctuation-free key, then unambiguous per-word prefix abbreviations
 * («внешн. совм.» → «внешнее совместительство», «высш.» → «высшая»).
 */
interface VocabularyIndex {
  /** fold(spelling) → canonical value; null marks a spelling shared by two values. */
  readonly exact: ReadonlyMap<string, string | null>;
  readonly byKey: ReadonlyMap<string, string | null>;
  /** Every key split into words, for prefix abbreviations. */
  readonly keyWords: readonly { readonly words: readonly string[]; readonly value: string }[];
  readonly allowed: string;
}

const INDEXES = new WeakMap<readonly EnumOption[], VocabularyIndex>();

function put(map: Map<string, string | null>, k: string, value: string): void {
  if (k === "") return;
  const prev = map.get(k);
  if (prev === undefined) map.set(k, value);
  else if (prev !== value) map.set(k, null);
}

function indexOf(options: readonly EnumOption[]): VocabularyIndex {
  const cached = INDEXES.get(options);
  if (cached) return cached;
  const exact = new Map<string, string | null>();
  const byKey = new Map<string, string | null>();
  const keyWords: { words: string[]; value: string }[] = [];
  for (const opt of options) {
    for (const spelling of [opt.value, ...opt.aliases]) {
      put(exact, fold(spelling).replace(/\.$/, ""), opt.value);
      const k = foldKey(spelling);
      put(byKey, k, opt.value);
      if (k !== "") keyWords.push({ words: k.split(" "), value: opt.value });
    }
  }
  const index = { exact, byKey, keyWords, allowed: options.map((o) => o.value).join(", ") };
  INDEXES.set(options, index);
  return index;
}

/** Each typed word must start the corresponding vocabulary word; one-letter stubs are too loose. */
function byPrefix(index: VocabularyIndex, key: string): string | null {
  const words = key.split(" ");
  if (words.some((w) => w.length < 2)) return null;
  let found: string | null = null;
  for (const cand of index.keyWords) {
    if (cand.words.length !== words.length) continue;
    if (!words.every((w, i) => cand.words[i].startsWith(w))) continue;
    if (found !== null && found !== cand.value) return null;
    found = cand.value;
  }
  return found;
}

/** The canonical value for a typed spelling, or null when it is unknown or ambiguous. */
export function matchOption(text: string, options: readonly EnumOption[]): string | null {
  const index = indexOf(options);
  const found = lookup(index, text);
  // «BKK» typed in the Latin layout: retried in Cyrillic only when the text as typed means nothing.
  return found === null && HAS_LATIN.test(text) ? lookup(index, latinToCyrillic(text)) : found;
}

function lookup(index: VocabularyIndex, text: string): string | null {
  const exact = index.exact.get(fold(text).replace(/\.$/, ""));
  if (exact !== undefined) return exact;
  const key = foldKey(text);
  if (key === "") return null;
  const byKey = index.byKey.get(key);
  if (byKey !== undefined) return byKey;
  return byPrefix(index, key);
}

export function allowedValues(options: readonly EnumOption[]): string {
  return indexOf(options).allowed;
}

export function normalizeEnum(raw: CellValue, options: readonly EnumOption[] | undefined): Normalized {
  const text = typeof raw === "number" && Number.isFinite(raw) ? String(raw) : raw;
  if (typeof text !== "string") {
    return fail("type.enum", `${quoted(raw)} — значение не из списка${options ? `; допустимо: ${allowedValues(options)}` : ""}`);
  }
  // A vocabulary-less enum field keeps the text as typed.
  if (!options || options.length === 0) return ok(cleanSpaces(text));
  const value = matchOption(text, options);
  if (value !== null) return ok(value);
  return fail("type.enum", `${quoted(raw)} — значение не из списка; допустимо: ${allowedValues(options)}`);
}
