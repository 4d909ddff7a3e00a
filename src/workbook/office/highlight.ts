/**
 * Issue highlighting: a fill per issue cell (red for errors, yellow for warnings) and a comment with
 * the message where the host has comments. The original fill of every cell is remembered in the
 * meta sheet first, so clearing restores exactly what the user had.
 */
import { isPlainCell } from "../../domain/a1";
import { Issue } from "../../domain/issues";
import { sheetLookup } from "./meta";

export const ERROR_FILL = "#FFC7CE";
export const WARNING_FILL = "#FFEB9C";

export interface Mark {
  readonly sheet: string;
  readonly cell: string;
  readonly error: boolean;
  readonly fill: string;
  readonly message: string;
}

/**
 * At most this many cells carry Metodist's note. A municipality's check has hundreds to a few thousand
 * issues, each worth its note. A region's has tens of thousands: nobody reads a note per cell there,
 * each note is one more object Excel keeps in the file and in its comments pane, and adding them was
 * most of the highlight's requests (40 000 cells: 15). Past the cap a cell has its fill only; its
 * message is in the pane's list (the first 200 of a sheet) and on «Проверка данных» after a compute.
 */
export const NOTES_AT_MOST = 5_000;

/**
 * The marks that get a note, as indexes into `marks`, at most `room` of them: errors first, then
 * warnings, each in the order the check lists them. A cell in `taken` (a note of the user's, which
 * Excel would refuse to double) gets none.
 */
export function marksToNote(marks: readonly Mark[], taken: ReadonlySet<string>, room: number): number[] {
  const chosen: number[] = [];
  for (const errors of [true, false])
    for (let i = 0; i < marks.length && chosen.length < room; i++) {
      const m = marks[i];
      if (m.error === errors && !taken.has(cellKey(m.sheet, m.cell))) chosen.push(i);
    }
  return chosen.sort((a, b) => a - b);
}

/** One mark per cell: errors win over warnings, messages of the same cell are joined. */
export function marksFor(issues: readonly Issue[], sheets: readonly string[]): Mark[] {
  const byCell = new Map<string, { sheet: string; cell: string; error: boolean; messages: string[] }>();
  const sheetOf = sheetLookup(sheets, (s) => s);
  for (const issue of issues) {
    const sheet = sheetOf(issue.sheet);
    if (!sheet || !isPlainCell(issue.cell)) continue;
    const key = cellKey(sheet, issue.cell);
    let m = byCell.get(key);
    if (!m) {
      m = { sheet, cell: issue.cell, error: false, messages: [] };
      byCell.set(key, m);
    }
    if (issue.severity === "error") m.error = true;
    if (m.messages.length < 5 && !m.messages.includes(issue.message)) m.messages.push(issue.message);
  }
  return [...byCell.values()].map((m) => ({
    sheet: m.sheet,
    cell: m.cell,
    error: m.error,
    fill: m.error ? ERROR_FILL : WARNING_FILL,
    message: `Методист: ${m.messages.join("\n")}`,
  }));
}

export function cellKey(sheet: string, cell: string): string {
  return `${sheet.toLocaleLowerCase("ru")}!${cell}`;
}

/**
 * The cell of an address as Excel gives it (`Сверка!B2`, `'Сверка кадров'!$B$2`), as a cellKey; null
 * for an address without a sheet.
 */
export function cellKeyOfAddress(address: string): string | null {
  const bang = address.lastIndexOf("!");
  if (bang < 0) return null;
  let sheet = address.slice(0, bang);
  if (sheet.length >= 2 && sheet.startsWith("'") && sheet.endsWith("'")) sheet = sheet.slice(1, -1).replace(/''/g, "'");
  const cell = address.slice(bang + 1).replace(/\$/g, "").split(":")[0];
  return cellKey(sheet, cell);
}
