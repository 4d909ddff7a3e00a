/**
 * Excel's owner files: while a workbook is open, Excel keeps a hidden «~$…xlsx» of ≈ 165 bytes beside
 * it (who has it open). It looks like a workbook to `*.xlsx` and to a folder's listing, and holds none:
 * read as one, it stopped the whole run with advice to save it as .xlsx.
 */
import { basename } from "path";

export function isExcelLockFile(file: string): boolean {
  return basename(file).startsWith("~$");
}

export function lockFileSkipped(file: string): string {
  return `Пропущен служебный файл Excel «${file}» (книга открыта в Excel)`;
}

/** Its name is not always the book's with «~$» before it (Excel replaces the first two letters of a long name): not guessed. */
export function lockFileAlone(file: string): string {
  return `«${file}» — служебный файл Excel (книга открыта в Excel), данных в нём нет — укажите саму книгу`;
}
