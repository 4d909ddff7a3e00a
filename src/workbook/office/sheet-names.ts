/** Excel's sheet-name rules: ≤ 31 characters, none of []:*?/\, unique ignoring case. */
export const MAX_SHEET_NAME = 31;

export function cleanSheetName(name: string): string {
  const cleaned = name.replace(/[[\]:*?/\\]/g, "_").replace(/^'+|'+$/g, "").trim();
  return (cleaned || "Лист").slice(0, MAX_SHEET_NAME);
}

/** base, "base (2)", "base (3)"… the first one `taken` refuses, shortening the base to fit 31 characters. */
export function firstFreeName(base: string, taken: (name: string) => boolean): string {
  if (!taken(base)) return base;
  for (let n = 2; ; n++) {
    const tail = ` (${n})`;
    const candidate = base.slice(0, MAX_SHEET_NAME - tail.length).trimEnd() + tail;
    if (!taken(candidate)) return candidate;
  }
}
