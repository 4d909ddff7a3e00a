/** Excel's rules for sheet names: ≤ 31 characters, none of []:*?/\, unique ignoring case. */

export const MAX_SHEET_NAME = 31;

const FORBIDDEN = /[[\]:*?/\\]/g;

export function cleanSheetName(name: string): string {
  const cleaned = name.replace(FORBIDDEN, "_").replace(/^'+|'+$/g, "").trim();
  return (cleaned || "Лист").slice(0, MAX_SHEET_NAME);
}

/** How much of the base a suffix leaves at the least: «Сверка кадров» stays whole beside a long file name. */
const KEPT_BASE = 16;

/**
 * `base` with a " (suffix)" that fits 31 characters. A short suffix (a number) shortens the base; a
 * long one (a school's file name) is itself cut, after at least 16 characters of the base: a copy
 * must still say which sheet it is. The suffix's characters Excel forbids become "_".
 */
export function withSuffix(base: string, suffix: string): string {
  const clean = suffix.replace(FORBIDDEN, "_").trim() || "_";
  const room = MAX_SHEET_NAME - 3 - Math.min(base.length, KEPT_BASE);
  const cut = clean.length <= room ? clean : `${clean.slice(0, room - 1).trimEnd()}…`;
  const tail = ` (${cut})`;
  return base.slice(0, MAX_SHEET_NAME - tail.length).trimEnd() + tail;
}

/** The first of base, "base (2)", "base (3)"… for which `taken` says no. */
export function firstFreeName(base: string, taken: (name: string) => boolean, start = 2): string {
  if (!taken(base)) return base;
  for (let n = start; ; n++) {
    const candidate = withSuffix(base, String(n));
    if (!taken(candidate)) return candidate;
  }
}

/**
 * A table name Excel accepts (a letter or "_" first, then letters, digits, "_" or "."), unique in
 * the workbook ignoring case: "Name", "Name_2"… `taken` (lower-cased) is updated.
 */
export function uniqueTableName(raw: string, taken: Set<string>): string {
  let base = raw.replace(/[^\p{L}\p{N}_.]/gu, "_");
  if (!/^[\p{L}_]/u.test(base)) base = `_${base}`;
  let name = base;
  for (let n = 2; taken.has(name.toLowerCase()); n++) name = `${base}_${n}`;
  taken.add(name.toLowerCase());
  return name;
}

/** How a sheet is named inside a formula or link: always quoted, quotes doubled. */
export function quoteSheet(name: string): string {
  // Called for every link of a region's «Расшифровка»: a name without quotes needs no replacing.
  return name.indexOf("'") < 0 ? `'${name}'` : `'${name.replace(/'/g, "''")}'`;
}
