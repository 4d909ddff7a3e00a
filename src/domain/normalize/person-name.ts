import { cleanSpaces } from "../text";
import { latinToCyrillic } from "../text";

/**
 * ФИО as typed → a comparable form. «Иванова Анна Петровна», «Иванова А.П.», «Иванова А. П.»,
 * «ИВАНОВА АП» and «А.П. Иванова» share one surname+initials key; the full key exists only when
 * every given name is written out.
 */
export interface PersonName {
  /** Title Case, spaces collapsed: «Иванова-Петрова Анна Петровна» or «Иванова А.П.». */
  readonly display: string;
  /** Folded surname and initials: «иванова ап». */
  readonly key: string;
  /** Folded surname (ё→е, lower case). */
  readonly surname: string;
  /** Initials as letters, folded: «ап». */
  readonly initials: string;
  /** True when every given name is written out in full. */
  readonly full: boolean;
  /** Folded whole name when full: «иванова анна петровна»; null otherwise. */
  readonly fullKey: string | null;
  /** Folded given names in order; an abbreviation ends with a dot («а.», «пав.»). */
  readonly given: readonly string[];
}

const HAS_CYRILLIC = /[А-Яа-яЁё]/;
/** Anything but letters, digits, hyphens, apostrophes and dots separates name parts. */
const SEPARATORS = /[^\p{L}\p{M}\p{N}\-'’.]+/gu;
const DOT = /\./g;
const SPACES = / +/;
const LETTERS = /[\p{L}\p{N}]/u;
const EDGE_MARKS = /^[-'’]+|[-'’]+$/g;
const UPPER_ONLY = /^\p{Lu}+$/u;
/** Turkic patronymic particles: part of the patronymic, not a given name of their own. */
const PARTICLES: ReadonlySet<string> = new Set(["оглы", "кызы", "улы", "уулу", "угли", "гызы"]);

interface Token {
  readonly text: string;
  /** Written with a dot or as a single letter. */
  readonly abbreviated: boolean;
}

function foldName(s: string): string {
  return s.toLowerCase().replace(/ё/g, "е");
}

function titleCase(word: string): string {
  return word
    .toLowerCase()
    .replace(/(^|[-'’])(\p{L})/gu, (_m, sep: string, ch: string) => sep + ch.toUpperCase());
}

/** Notes people add to a name cell: «(декрет)», «(совм.)», «, учитель». */
const PARENTHESES = /\([^)]*\)?|\[[^\]]*\]?/g;
const COMMA = /[,;]/;

function withoutNotes(text: string): string {
  const s = text.replace(PARENTHESES, " ");
  const cut = s.search(COMMA);
  if (cut < 0) return s;
  // «Иванова, Анна Петровна» keeps its given names; «Иванова Анна Петровна, учитель» loses the note.
  return s.slice(0, cut).trim().includes(" ") ? s.slice(0, cut) : s;
}

function tokenize(text: string): Token[] {
  let s = cleanSpaces(withoutNotes(text));
  // In a Cyrillic name every Latin look-alike is a slip, even a lone initial («A.П.»).
  if (HAS_CYRILLIC.test(s)) s = latinToCyrillic(s);
  const tokens: Token[] = [];
  for (const part of s.replace(SEPARATORS, " ").replace(DOT, ". ").split(SPACES)) {
    const bare = part.replace(DOT, "").replace(EDGE_MARKS, "");
    if (!LETTERS.test(bare)) continue;
    tokens.push({ text: bare, abbreviated: part.endsWith(".") || [...bare].length === 1 });
  }
  return tokens;
}

/** «АП» after a surname written in normal case reads as two initials. */
function splitGlued(tokens: Token[], shouting: boolean): Token[] {
  const out: Token[] = [];
  for (const t of tokens) {
    const len = [...t.text].length;
    if (!shouting && !t.abbreviated && len >= 2 && len <= 3 && UPPER_ONLY.test(t.text)) {
      for (const ch of t.text) out.push({ text: ch, abbreviated: true });
    } else out.push(t);
  }
  return out;
}

export function normalizePersonName(text: string): PersonName {
  const raw = tokenize(text);
  if (raw.length === 0) return { display: "", key: "", surname: "", initials: "", full: false, fullKey: null, given: [] };
  // «А.П. Иванова»: initials first, surname last.
  let surnameTok: Token;
  let rest: Token[];
  if (raw.length >= 2 && raw[0].abbreviated && !raw[raw.length - 1].abbreviated) {
    surnameTok = raw[raw.length - 1];
    rest = raw.slice(0, -1);
  } else {
    surnameTok = raw[0];
    rest = raw.slice(1);
  }
  const shouting = UPPER_ONLY.test(surnameTok.text.replace(/[-'’]/g, "")) && [...surnameTok.text].length > 1;
  rest = splitGlued(rest, shouting);
  const givenTokens = rest.filter((t) => !PARTICLES.has(foldName(t.text)));
  // An abbreviation keeps its letters and a dot («пав.» for «Пав.»): «А.Пав.» tells Павловна from Петровна.
  const given = givenTokens.map((t) => (t.abbreviated ? `${foldName(t.text)}.` : foldName(t.text)));
  const initials = given.map((g) => [...g][0]).join("");
  const surname = foldName(surnameTok.text);
  const full = givenTokens.length > 0 && givenTokens.every((t) => !t.abbreviated);
  const surnameDisplay = titleCase(surnameTok.text);
  const display = full
    ? [surnameDisplay, ...rest.map((t) => (PARTICLES.has(foldName(t.text)) ? foldName(t.text) : titleCase(t.text)))].join(" ")
    : givenTokens.length > 0
      ? `${surnameDisplay} ${givenTokens.map((t) => `${[...t.text][0].toUpperCase()}.`).join("")}`
      : surnameDisplay;
  return {
    display,
    key: initials === "" ? surname : `${surname} ${initials}`,
    surname,
    initials,
    full,
    fullKey: full ? [surname, ...given].join(" ") : null,
    given,
  };
}

/**
 * Whether two names can be the same person: same surname is checked by the caller; given names
 * agree position by position (an initial agrees with any name starting with it); a missing
 * patronymic agrees with any.
 */
export function givenNamesAgree(a: readonly string[], b: readonly string[]): boolean {
  const n = Math.min(a.length, b.length);
  for (let i = 0; i < n; i++) {
    const x = a[i];
    const y = b[i];
    const xAbbr = x.endsWith(".");
    const yAbbr = y.endsWith(".");
    if (!xAbbr && !yAbbr) {
      if (x !== y) return false;
      continue;
    }
    const xs = xAbbr ? x.slice(0, -1) : x;
    const ys = yAbbr ? y.slice(0, -1) : y;
    if (!(xs.startsWith(ys) || ys.startsWith(xs))) return false;
  }
  return true;
}
