import { CellValue } from "../domain/grid";
import { HISTORY_NOTE, PERIOD_LINE, TITLE, TREND_NOTE } from "./sheet-names";

const TITLES: ReadonlySet<string> = new Set(Object.values(TITLE));

function text(v: CellValue | undefined): string {
  return typeof v === "string" ? v.trim() : "";
}

/**
 * Whether a sheet is one of Metodist's own output sheets by what it shows — its title in A1 and the
 * line under it — whatever it is called now. The registry knows output sheets by name; one renamed to
 * keep last year's figures («Показатели 2023») or copied into another workbook would otherwise be
 * read as a school's data: «Расшифровка» as a roster of thousands, «Показатели» as municipal rows.
 */
export function looksLikeOwnOutput(cells: readonly (readonly CellValue[])[]): boolean {
  const title = text(cells[0]?.[0]);
  if (!TITLES.has(title)) return false;
  const next = text(cells[1]?.[0]);
  return next.startsWith(PERIOD_LINE) || next.startsWith(HISTORY_NOTE) || next.startsWith(TREND_NOTE);
}
