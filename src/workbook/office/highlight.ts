/**
 * Issue highlighting: a fill per issue cell (red for errors, yellow for warnings) and a comment with
 * the message where the host has comments. The original fill of every cell is remembered in the
 * meta sheet first, so clearing restores exactly what the user had.
 */
import { Issue } from "../../domain/issues";
import { sameSheet } from "./meta";

export const ERROR_FILL = "#FFC7CE";
export const WARNING_FILL = "#FFEB9C";

export interface Mark {
  readonly sheet: string;
  readonly cell: string;
  readonly fill: string;
  readonly message: string;
}

/** One mark per cell: errors win over warnings, messages of the same cell are joined. */
export function marksFor(issues: readonly Issue[], sheets: readonly string[]): Mark[] {
  const byCell = new Map<string, { sheet: string; cell: string; error: boolean; messages: string[] }>();
  for (const issue of issues) {
    const sheet = sheets.find((s) => sameSheet(s, issue.sheet));
    if (!sheet || !/^[A-Z]+\d+$/.test(issue.cell)) continue;
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
