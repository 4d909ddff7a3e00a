/**
 * Dropdown lists that cannot be an inline literal (over 255 characters or containing commas) live
 * in a veryHidden sheet «metodist_lists», one column per list, and the validation points at it.
 */
import type ExcelJS from "exceljs";
import { columnLetter } from "../../domain/a1";

export const LISTS_SHEET = "metodist_lists";

export class ListSheet {
  private readonly ranges = new Map<string, string>();

  /** `book`: the workbook the lists go into, made when the first list is asked for. */
  constructor(private readonly book: () => ExcelJS.Workbook) {}

  private worksheet(): ExcelJS.Worksheet {
    const wb = this.book();
    return wb.worksheets.find((ws) => ws.name.toLowerCase() === LISTS_SHEET) ?? wb.addWorksheet(LISTS_SHEET, { state: "veryHidden" });
  }

  /** An absolute range formula holding `items`, written once per distinct list. */
  rangeFor(items: readonly string[]): string {
    const key = items.join("\u0000");
    const known = this.ranges.get(key);
    if (known) return known;
    const ws = this.worksheet();
    const col = ws.actualColumnCount + 1;
    items.forEach((item, i) => {
      ws.getCell(i + 1, col).value = item;
    });
    const letter = columnLetter(col - 1);
    const range = `${LISTS_SHEET}!$${letter}$1:$${letter}$${items.length}`;
    this.ranges.set(key, range);
    return range;
  }
}
