/**
 * Opening an input workbook with a one-line Russian explanation of every way it can fail, so the
 * CLI can print it as is (CLI.md: exit 2, "one clear line in Russian naming the file").
 */
import { promises as fs } from "fs";
import { basename } from "path";
import { InputBook } from "./input-book";
import { sniffFileKind } from "./sniff";
import { ZipReader } from "./zip";

export type WorkbookOpenFailure = "missing" | "folder" | "unreadable" | "empty" | "notXlsx" | "ods" | "otherArchive" | "oldXls" | "encrypted" | "corrupt";

const REASONS: Readonly<Record<WorkbookOpenFailure, string>> = {
  missing: "файл не найден — проверьте путь и имя файла",
  // Input folders are listed by the CLI itself; a folder reaches here only where one book is wanted (--history).
  folder: "это папка, а не файл — укажите книгу .xlsx из неё",
  unreadable: "файл не удаётся прочитать — проверьте права доступа и не открыт ли он в другой программе",
  empty: "файл пустой (0 байт) — возьмите исходный файл ещё раз",
  notXlsx: "это не книга Excel (.xlsx): похоже на текст или CSV с изменённым расширением — откройте его в Excel и сохраните как «Книга Excel (.xlsx)»",
  ods: "это не книга Excel, а таблица OpenDocument (.ods) — откройте её в LibreOffice или Excel и сохраните как «Книга Excel (.xlsx)»",
  otherArchive: "это не книга Excel, а архив или документ другого типа — откройте нужную таблицу в Excel и сохраните как «Книга Excel (.xlsx)»",
  oldXls: "это файл .xls старого формата — пересохраните его в Excel как .xlsx",
  encrypted: "файл защищён паролем — снимите пароль в Excel (Файл › Сведения › Защита книги) и сохраните заново",
  corrupt: "файл повреждён и не открывается как книга .xlsx — попросите прислать его заново или пересохраните в Excel",
};

export class WorkbookOpenError extends Error {
  constructor(
    readonly file: string,
    readonly failure: WorkbookOpenFailure,
  ) {
    super(`«${file}»: ${REASONS[failure]}`);
    this.name = "WorkbookOpenError";
  }
}

async function readBytes(path: string): Promise<Buffer> {
  try {
    return await fs.readFile(path);
  } catch (e) {
    const code = (e as NodeJS.ErrnoException).code;
    throw new WorkbookOpenError(path, code === "ENOENT" || code === "ENOTDIR" ? "missing" : code === "EISDIR" ? "folder" : "unreadable");
  }
}

/** Reads an .xlsx from bytes already read, every sheet's grid included; `file` names it in messages. */
export function workbookFromBuffer(buf: Buffer, file: string, gridFile: string = basename(file)): InputBook {
  switch (sniffFileKind(buf)) {
    case "empty":
      throw new WorkbookOpenError(file, "empty");
    case "oldXls":
      throw new WorkbookOpenError(file, "oldXls");
    case "encrypted":
      throw new WorkbookOpenError(file, "encrypted");
    case "other":
      throw new WorkbookOpenError(file, "notXlsx");
    case "zip":
      break;
  }
  let zip: ZipReader;
  try {
    zip = new ZipReader(buf, file);
  } catch {
    throw new WorkbookOpenError(file, "corrupt");
  }
  // A .docx or a random archive is not a broken workbook.
  if (!zip.has("xl/workbook.xml")) throw new WorkbookOpenError(file, isOpenDocumentSpreadsheet(zip) ? "ods" : "otherArchive");
  try {
    const book = new InputBook(zip);
    // Every sheet is read now, so a broken part fails the opening, as a whole-book load did.
    book.readGrids(gridFile);
    return book;
  } catch {
    throw new WorkbookOpenError(file, "corrupt");
  }
}

/** LibreOffice's own format: a ZIP whose first part names its type. */
function isOpenDocumentSpreadsheet(zip: ZipReader): boolean {
  try {
    return (zip.text("mimetype") ?? "").startsWith("application/vnd.oasis.opendocument.spreadsheet");
  } catch {
    return false;
  }
}

/** `label`: how the file is named in the grids (fileLabels): its name, with folders when names clash. */
export async function openWorkbookFile(path: string, label: string = basename(path)): Promise<InputBook> {
  return workbookFromBuffer(await readBytes(path), path, label);
}
