/**
 * The veryHidden sheet «metodist_meta»: the names of the sheets Metodist wrote (so it replaces its
 * own output and never a user's sheet) and the original fills of highlighted cells (so «Снять
 * подсветку» restores them exactly). Sheets are known by Worksheet.id (ExcelApi 1.1), which stays
 * with a sheet through renames: a user's sheet that took the name of a deleted output is not ours.
 * Layout:
 *   A1 «Листы Методиста», A2… own sheet names; B1 «Id листа», B2… their ids;
 *   C1:G1 headers, C2:G… highlighted cells: sheet, cell, original colour, original pattern, comment
 *   added; H… the highlighted sheet's id.
 * Registries written before ids were kept have names only (B and H empty): such an entry is matched
 * by name, as it always was. The two blocks are written and read apart: a compute rewrites only the
 * registry, and the highlight records (≈ 130 bytes a cell, megabytes for a region's errors) go in
 * windows, as Excel on the web takes no request or response over 5 MB.
 */
export const META_SHEET = "metodist_meta";
export const OWN_HEADER = "Листы Методиста";
export const OWN_ID_HEADER = "Id листа";
export const HIGHLIGHT_HEADER = ["Лист", "Ячейка", "Заливка", "Узор", "Примечание", "Id листа"] as const;

/** A sheet as the registry knows it: its name when recorded, and its id ("" in a name-only registry). */
export interface SheetRef {
  readonly name: string;
  readonly id: string;
}

export interface HighlightRecord {
  readonly sheet: string;
  readonly cell: string;
  /** "#RRGGBB", or "" when the cell had no fill. */
  readonly color: string;
  /** Fill pattern as Excel reported it ("Solid", "None"), "" when unknown (ExcelApi < 1.9). */
  readonly pattern: string;
  readonly comment: boolean;
  /** The sheet's Worksheet.id, "" in a name-only registry. */
  readonly sheetId: string;
}

type Raw = readonly (readonly unknown[])[];

const str = (v: unknown): string => (v === null || v === undefined ? "" : String(v));

/** The registry from the values of columns A:B (header first; empty rows are skipped). */
export function parseOwn(values: Raw | null): SheetRef[] {
  const own: SheetRef[] = [];
  for (let r = 1; r < (values?.length ?? 0); r++) {
    const name = str(values![r][0]).trim();
    if (name) own.push({ name, id: str(values![r][1]).trim() });
  }
  return own;
}

/**
 * Highlight records from rows of columns C:H read below the header, in any number of windows;
 * empty rows (a block that shrank) are skipped.
 */
export function parseHighlights(values: Raw | null): HighlightRecord[] {
  const highlights: HighlightRecord[] = [];
  for (const row of values ?? []) {
    const sheet = str(row[0]);
    const cell = str(row[1]);
    if (sheet && cell) highlights.push({ sheet, cell, color: str(row[2]), pattern: str(row[3]), comment: str(row[4]) === "да", sheetId: str(row[5]).trim() });
  }
  return highlights;
}

/** Columns A:B from A1: the header, then each own sheet's name and id. */
export function ownRows(own: readonly SheetRef[]): string[][] {
  return [[OWN_HEADER, OWN_ID_HEADER], ...own.map((o) => [o.name, o.id])];
}

/** Columns C:H from C1: the header, then a row per highlighted cell. */
export function highlightRows(highlights: readonly HighlightRecord[]): string[][] {
  const rows: string[][] = [[...HIGHLIGHT_HEADER]];
  for (const h of highlights) rows.push([h.sheet, h.cell, h.color, h.pattern, h.comment ? "да" : "нет", h.sheetId]);
  return rows;
}

/** Case-insensitive, as Excel compares sheet names. */
export function sameSheet(a: string, b: string): boolean {
  return a.toLocaleLowerCase("ru") === b.toLocaleLowerCase("ru");
}

/**
 * `items.find((s) => sameSheet(nameOf(s), name))` with each asked name looked up once: it is asked per
 * issue and per highlighted cell, tens of thousands of times, and locale-aware lower-casing of every
 * sheet's name for each was a third of a second at 40 000 cells of six sheets.
 */
export function sheetLookup<S>(items: readonly S[], nameOf: (s: S) => string): (name: string) => S | undefined {
  const byKey = new Map<string, S>();
  for (const s of items) {
    const key = nameOf(s).toLocaleLowerCase("ru");
    // The first of equal names, as find gives.
    if (!byKey.has(key)) byKey.set(key, s);
  }
  const asked = new Map<string, S | undefined>();
  return (name) => {
    if (asked.has(name)) return asked.get(name);
    const found = byKey.get(name.toLocaleLowerCase("ru"));
    asked.set(name, found);
    return found;
  };
}

/** A sheet of the workbook now: its name and id. */
export interface LiveSheet {
  readonly name: string;
  readonly id: string;
}

/**
 * The sheet a registry entry means now: the one with its id whatever its name (the user may have
 * renamed it), or for a name-only entry the one with its name; undefined when it is gone. A sheet
 * with the recorded name but another id is someone else's.
 */
export function findSheet<S extends LiveSheet>(sheets: readonly S[], name: string, id: string): S | undefined {
  return id ? sheets.find((s) => s.id === id) : sheets.find((s) => sameSheet(s.name, name));
}
