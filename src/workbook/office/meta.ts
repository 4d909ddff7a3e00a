/**
 * The veryHidden sheet «metodist_meta»: the names of the sheets Metodist wrote (so it replaces its
 * own output and never a user's sheet) and the original fills of highlighted cells (so «Снять
 * подсветку» restores them exactly). Layout:
 *   A1 «Листы Методиста», A2… own sheet names;
 *   C1:G1 headers, C2:G… highlighted cells: sheet, cell, original colour, original pattern, comment added.
 */
export const META_SHEET = "metodist_meta";
export const OWN_HEADER = "Листы Методиста";
export const HIGHLIGHT_HEADER = ["Лист", "Ячейка", "Заливка", "Узор", "Примечание"] as const;

export interface HighlightRecord {
  readonly sheet: string;
  readonly cell: string;
  /** "#RRGGBB", or "" when the cell had no fill. */
  readonly color: string;
  /** Fill pattern as Excel reported it ("Solid", "None"), "" when unknown (ExcelApi < 1.9). */
  readonly pattern: string;
  readonly comment: boolean;
}

export interface Meta {
  readonly own: readonly string[];
  readonly highlights: readonly HighlightRecord[];
}

export const EMPTY_META: Meta = { own: [], highlights: [] };

type Raw = readonly (readonly unknown[])[];

const str = (v: unknown): string => (v === null || v === undefined ? "" : String(v));

/** Reads the meta sheet's used range (which starts at A1; empty rows are skipped). */
export function parseMeta(values: Raw | null): Meta {
  if (!values || values.length === 0) return EMPTY_META;
  const own: string[] = [];
  const highlights: HighlightRecord[] = [];
  for (let r = 1; r < values.length; r++) {
    const row = values[r];
    const name = str(row[0]).trim();
    if (name) own.push(name);
    const sheet = str(row[2]);
    const cell = str(row[3]);
    if (sheet && cell) {
      highlights.push({ sheet, cell, color: str(row[4]), pattern: str(row[5]), comment: str(row[6]) === "да" });
    }
  }
  return { own, highlights };
}

/** The whole meta block as one 2-D array starting at A1 (columns A:G), written in one call. */
export function serializeMeta(meta: Meta): string[][] {
  const height = Math.max(meta.own.length, meta.highlights.length) + 1;
  const rows: string[][] = [];
  for (let r = 0; r < height; r++) {
    if (r === 0) {
      rows.push([OWN_HEADER, "", ...HIGHLIGHT_HEADER]);
      continue;
    }
    const h = meta.highlights[r - 1];
    rows.push([
      meta.own[r - 1] ?? "",
      "",
      h?.sheet ?? "",
      h?.cell ?? "",
      h?.color ?? "",
      h?.pattern ?? "",
      h ? (h.comment ? "да" : "нет") : "",
    ]);
  }
  return rows;
}

/** Case-insensitive, as Excel compares sheet names. */
export function sameSheet(a: string, b: string): boolean {
  return a.toLocaleLowerCase("ru") === b.toLocaleLowerCase("ru");
}
