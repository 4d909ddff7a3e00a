import { columnLetter } from "../domain/a1";
import { SheetGrid, UnreadCells } from "../domain/grid";
import { Issue } from "../domain/issues";
import { ruNumber } from "../domain/text";

const HOW_TO_FIND = "Ctrl+End переходит к последней занятой ячейке листа";

/**
 * What the host left unread of a sheet (grid.ts, UnreadCells), said at the sheet's last used cell:
 * that is where a stray value sits, and the link (or Ctrl+End) takes the user there to clear it.
 */
export function unreadIssue(sheet: SheetGrid, unread: UnreadCells): Issue {
  const at = { file: sheet.file, sheet: sheet.sheet, cell: unread.lastCell };
  if (unread.fromColumn !== null) {
    const last = columnLetter(unread.fromColumn - 1);
    return {
      ...at,
      rule: "sheet.farCells",
      severity: "warning",
      message:
        `Лист занят до ячейки ${unread.lastCell}: правее столбца ${last} есть значения, а таблиц такой ширины в формах не бывает — ` +
        `«Методист» читает только столбцы A–${last}. Если значения там случайные, удалите их (${HOW_TO_FIND}): Excel тоже будет работать с книгой быстрее`,
    };
  }
  const cells = unread.cells !== undefined ? ` (${ruNumber(Math.round(unread.cells / 1e5) / 10)} млн ячеек)` : "";
  return {
    ...at,
    rule: "sheet.tooLarge",
    severity: "error",
    message:
      `Лист занят до ячейки ${unread.lastCell}${cells} — прочитать столько из Excel нельзя за разумное время, поэтому лист не проверен и в расчёт не взят. ` +
      `Скорее всего, ниже или правее таблицы есть случайные значения: удалите их (${HOW_TO_FIND}) и проверьте книгу снова`,
  };
}

/** Why a sheet the host did not read at all is not among the forms. */
export function unreadReason(unread: UnreadCells): string {
  return `не прочитан: лист занят до ячейки ${unread.lastCell}, это слишком много для чтения из Excel (см. замечание на листе)`;
}
