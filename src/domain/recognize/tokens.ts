/**
 * A header text as weighted words. Schools write the same header a hundred ways: numbered («3.»),
 * abbreviated («Ф.И.О.», «Кол-во», «КК»), with format notes in brackets («(дд.мм.гггг)»), broken over
 * lines, with Latin look-alike letters. Tokenising turns all of them into the same words; how much
 * each word counts is decided here (stop and note words count little, bracketed words half).
 */
import { fold, latinToCyrillic } from "../text";

export interface HeaderToken {
  /** Folded word («квалификационная», «фио», «пед»). */
  readonly text: string;
  /** Inside brackets: an explanation, not the header itself. */
  readonly bracket: boolean;
  /** Written with a dot after it («пед.»): an abbreviation, never a full word. */
  readonly abbreviated: boolean;
  /** 1 for meaningful words, less for prepositions and filling notes. */
  readonly base: number;
}

export const STOP_WEIGHT = 0.2;
export const NOTE_WEIGHT = 0.1;
export const BRACKET_FACTOR = 0.5;

const STOP_WORDS = new Set(["и", "в", "во", "на", "по", "с", "со", "к", "о", "об", "от", "для", "из", "за", "при", "или", "а", "не", "до", "у", "ли"]);

/** Words of filling instructions: they never tell which field a column is. */
const NOTE_WORDS = new Set([
  "полностью", "сокращений", "сокращения", "наличии", "если", "указать", "указывается", "укажите", "заполняется",
  "заполнить", "обязательно", "обязательное", "например", "нужное", "подчеркнуть", "выбрать", "выберите", "списка",
  "формат", "дд", "мм", "гг", "гггг", "чч", "да", "нет", "пример", "образец", "поле",
]);

/** Abbreviations that stand for words of the standard headers. */
const EXPANSIONS: Readonly<Record<string, readonly string[]>> = {
  оу: ["оо"],
  кк: ["квалификационная", "категория"],
  кв: ["квалификационная"],
  др: ["дата", "рождения"],
  ч: ["часов"],
  название: ["наименование"],
  названия: ["наименование"],
  колво: ["количество"],
};

/** Soft hyphenation across a line break: «Квалифика-\nционная». */
const SOFT_HYPHEN_BREAK = /(\p{L})-[ \t]*\r?\n[ \t]*(\p{L})/gu;
/** «1.», «2)», «1.2.» before the header words. */
const NUMBERING_PREFIX = /^\s*\d{1,3}(?:\.\d{1,3})*\s*[.)]\s*(?=\S)/u;
const ABBREVIATED_WORDS = /кол-во|кол\.\s*-?\s*во|к-во/g;
const LETTER_OR_DIGIT = /[\p{L}\p{N}]/u;
/** A folded word made only of Latin look-alikes («oo», «kk») is a Cyrillic abbreviation typed in Latin. */
const LOOKALIKE_WORD = /^[abcehkmoptxy]+$/;

function lookalikeWord(word: string): string {
  return LOOKALIKE_WORD.test(word) ? latinToCyrillic(word) : word;
}

interface RawWord {
  text: string;
  bracket: boolean;
  abbreviated: boolean;
}

function splitWords(folded: string): RawWord[] {
  const words: RawWord[] = [];
  let depth = 0;
  let current = "";
  let bracket = false;
  const flush = (next: string | undefined): void => {
    if (current.length > 0) words.push({ text: current, bracket, abbreviated: next === "." });
    current = "";
  };
  for (let i = 0; i < folded.length; i++) {
    const ch = folded[i];
    if (LETTER_OR_DIGIT.test(ch)) {
      if (current.length === 0) bracket = depth > 0;
      current += ch;
      continue;
    }
    flush(ch);
    if (ch === "(" || ch === "[" || ch === "{") depth++;
    else if ((ch === ")" || ch === "]" || ch === "}") && depth > 0) depth--;
  }
  flush(undefined);
  return words;
}

/** «Ф.И.О.», «Д/р», «п/п»: runs of single letters are one abbreviation. */
function mergeInitials(words: RawWord[]): RawWord[] {
  const out: RawWord[] = [];
  let i = 0;
  while (i < words.length) {
    let j = i;
    while (j < words.length && words[j].text.length === 1 && /\p{L}/u.test(words[j].text)) j++;
    if (j - i >= 2) {
      out.push({ text: words.slice(i, j).map((w) => w.text).join(""), bracket: words[i].bracket, abbreviated: false });
      i = j;
    } else {
      out.push(words[i]);
      i++;
    }
  }
  return out;
}

/** «фамилия, имя, отчество» → «фио»; «образовательное учреждение», «организация» → «оо». */
function contract(words: RawWord[]): RawWord[] {
  const out: RawWord[] = [];
  for (let i = 0; i < words.length; i++) {
    const w = words[i].text;
    const next = words[i + 1]?.text ?? "";
    const third = words[i + 2]?.text ?? "";
    if (w.startsWith("фамил") && (next === "имя" || next === "имени") && third.startsWith("отчеств")) {
      out.push({ ...words[i], text: "фио" });
      i += 2;
    } else if ((w.startsWith("образовател") || w.startsWith("общеобразовател")) && (next.startsWith("организац") || next.startsWith("учрежден"))) {
      out.push({ ...words[i], text: "оо" });
      i += 1;
    } else if (w.startsWith("учрежден") || w.startsWith("организац")) {
      // «Учреждение», «Тип организации»: schools say these for ОО; «оо» keeps the headers comparable.
      out.push({ ...words[i], text: "оо", abbreviated: false });
    } else {
      out.push(words[i]);
    }
  }
  return out;
}

function weightOf(word: string): number {
  if (STOP_WORDS.has(word)) return STOP_WEIGHT;
  if (NOTE_WORDS.has(word)) return NOTE_WEIGHT;
  return 1;
}

/** Clean a header for display and matching: numbering prefix off, line breaks and odd spaces folded. */
export function cleanHeaderText(text: string): string {
  return text.replace(SOFT_HYPHEN_BREAK, "$1$2").replace(NUMBERING_PREFIX, "");
}

/** The header's words with their weights. */
export function tokenizeHeader(text: string): HeaderToken[] {
  const folded = fold(cleanHeaderText(text))
    .replace(ABBREVIATED_WORDS, " количество ")
    .replace(/№/g, " номер ")
    .replace(/%/g, " процент ");
  const words = contract(mergeInitials(splitWords(folded).map((w) => ({ ...w, text: lookalikeWord(w.text) }))));
  const tokens: HeaderToken[] = [];
  for (const w of words) {
    const expansion = EXPANSIONS[w.text];
    for (const text of expansion ?? [w.text]) {
      tokens.push({ text, bracket: w.bracket, abbreviated: expansion ? false : w.abbreviated, base: weightOf(text) });
    }
  }
  return tokens;
}

const SERIAL_WORDS = new Set(["номер", "пп", "n", "no", "nn", "по", "порядку", "порядковый", "п"]);

/** «№», «№ п/п», «п/п», «№ по порядку»: a row-number column, never a field. */
export function isSerialHeader(tokens: readonly HeaderToken[]): boolean {
  if (tokens.length === 0) return false;
  return tokens.every((t) => SERIAL_WORDS.has(t.text)) && tokens.some((t) => t.text === "номер" || t.text === "пп" || t.text === "порядку");
}
