/** Excel's rules for sheet names: ≤ 31 characters, none of []:*?/\, unique ignoring case. */

export const MAX_SHEET_NAME = 31;

export function cleanSheetName(name: string): string {
  const cleaned = name.replace(/[[\]:*?/\\]/g, "_").replace(/^'+|'+$/g, "").trim();
  return (cleaned || "Лист").slice(0, MAX_SHEET_NAME);
}

/** `base` with a " (suffix)" that fits 31 characters, shortening the base, not the suffix. */
export function withSuffix(base: string, suffix: string): string {
  const tail = ` (${suffix})`;
  return base.slice(0, Math.max(1, MAX_SHEET_NAME - tail.length)).trimEnd() + tail;
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
