import { CellValue } from "../grid";
import { EnumOption } from "../forms/types";
import { cleanSpaces, fold } from "../text";
import { Normalized } from "./types";
import { EMPTY, fail, ok, shown } from "./results";
import { allowedValues, matchOption } from "./enum";

/**
 * Several values in one cell, separated by , ; / or line breaks. Vocabulary values may themselves
 * contain «/» («инклюзивное образование/ОВЗ»), so each piece is first tried whole and split on «/»
 * only when that fails.
 */
const MAJOR_SEPARATORS = /[,;\n\r]+/;
const SLASH = "/";

function piecesOf(text: string): string[] {
  return text.split(MAJOR_SEPARATORS).map(cleanSpaces).filter((p) => p.length > 0);
}

function freeItems(text: string): string[] {
  const seen = new Set<string>();
  const out: string[] = [];
  for (const piece of piecesOf(text)) {
    for (const item of piece.split(SLASH)) {
      const clean = cleanSpaces(item);
      const k = fold(clean);
      if (clean === "" || seen.has(k)) continue;
      seen.add(k);
      out.push(clean);
    }
  }
  return out;
}

function vocabularyItems(text: string, options: readonly EnumOption[]): string[] | { unknown: string } {
  const whole = matchOption(text, options);
  if (whole !== null) return [whole];
  const out: string[] = [];
  const add = (v: string): void => {
    if (!out.includes(v)) out.push(v);
  };
  for (const piece of piecesOf(text)) {
    const value = matchOption(piece, options);
    if (value !== null) {
      add(value);
      continue;
    }
    if (!piece.includes(SLASH)) return { unknown: piece };
    for (const part of piece.split(SLASH)) {
      const clean = cleanSpaces(part);
      if (clean === "") continue;
      const v = matchOption(clean, options);
      if (v === null) return { unknown: clean };
      add(v);
    }
  }
  return out;
}

export function normalizeList(raw: CellValue, options: readonly EnumOption[] | undefined): Normalized {
  const text = typeof raw === "string" ? raw : shown(raw);
  const items = options && options.length > 0 ? vocabularyItems(text, options) : freeItems(text);
  if (!Array.isArray(items)) {
    return fail("type.enum", `„${shown(items.unknown)}“ — значение не из списка; допустимо: ${allowedValues(options ?? [])}. Несколько значений разделяйте запятой`);
  }
  return items.length === 0 ? EMPTY : ok(Object.freeze(items));
}
