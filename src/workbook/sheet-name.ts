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

/** How a sheet is named inside a formula or link: always quoted, quotes doubled. */
export function quoteSheet(name: string): string {
  return `'${name.replace(/'/g, "''")}'`;
}
