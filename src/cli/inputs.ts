/**
 * The command line's input arguments as the files to read. A folder stands for the workbooks directly
 * in it, and an argument with `*` or `?` in its file name for the files it matches: cmd.exe and
 * PowerShell pass `папка\*.xlsx` on as typed, so on Windows only Metodist can expand it.
 */
import { Dirent, promises as fs } from "fs";
import * as path from "path";
import { UsageError } from "./args";
import { isExcelLockFile, lockFileAlone, lockFileSkipped } from "./excel-lock";
import { fileKey, namesIgnoreCase, sameFile } from "./same-file";
import { hasWildcard, wildcardMatcher } from "./wildcard";

export interface InputFiles {
  readonly files: readonly string[];
  /** Lines for the user before the summary: what was found and left out, and why. */
  readonly notes: readonly string[];
}

const WORKBOOK = /\.xls[xm]$/i;

/** As Explorer lists them: «Школа 2» before «Школа 10», whatever the case. */
const collator = new Intl.Collator("ru", { numeric: true, sensitivity: "base" });
const byName = (a: string, b: string): number => collator.compare(a, b) || (a < b ? -1 : a > b ? 1 : 0);

async function isFile(folder: string, entry: Dirent): Promise<boolean> {
  if (entry.isFile()) return true;
  if (!entry.isSymbolicLink()) return false;
  return fs.stat(path.join(folder, entry.name)).then((s) => s.isFile(), () => false);
}

/** Names of the files directly in a folder (not its subfolders), in the user's order. */
async function fileNamesIn(folder: string): Promise<string[]> {
  const names: string[] = [];
  for (const entry of await fs.readdir(folder, { withFileTypes: true })) if (await isFile(folder, entry)) names.push(entry.name);
  return names.sort(byName);
}

/**
 * macOS keeps a file's extra attributes in «._Имя.xlsx» beside it on a USB stick or a network share: a
 * few kilobytes, no workbook, with the workbook's extension.
 */
const APPLE_DOUBLE = /^\._/;

/** A workbook in Excel 97–2003 format: read it cannot be, but a school sent it, so it is named, with what to do. */
const OLD_WORKBOOK = /\.xls$/i;

/** What a name found in a folder or by a pattern is: a workbook to read, an old .xls, or neither. */
function kindOf(name: string): "book" | "old" | "other" {
  if (APPLE_DOUBLE.test(name)) return "other";
  return WORKBOOK.test(name) ? "book" : OLD_WORKBOOK.test(name) ? "old" : "other";
}

interface Expanded {
  readonly files: string[];
  /** What the folder or the pattern found that is no workbook, said in one line. */
  readonly passedOver: string[];
  /** Workbooks of the old .xls format it found: not read, said with what to do. */
  readonly old: string[];
}

/** The files a folder or a wildcard stands for; null when the argument names a file (or nothing: opening it says so). */
async function expand(arg: string): Promise<Expanded | null> {
  const st = await fs.stat(arg).catch(() => null);
  if (st?.isDirectory()) {
    const names = await fileNamesIn(arg).catch(() => {
      throw new UsageError(`Папку «${arg}» не удаётся прочитать — проверьте права доступа`);
    });
    // A folder's other files (letters, scans) are not mentioned; a «._» copy looks like a workbook, so it is.
    const books = names.filter((n) => kindOf(n) === "book");
    const old = names.filter((n) => kindOf(n) === "old").map((n) => path.join(arg, n));
    if (books.length === 0) {
      if (old.length > 0) throw new UsageError(`${oldWorkbooksNote(old)} — других книг Excel (.xlsx, .xlsm) в папке «${arg}» нет`);
      throw new UsageError(`В папке «${arg}» нет книг Excel (.xlsx, .xlsm) — проверьте, та ли это папка`);
    }
    return { files: books.map((n) => path.join(arg, n)), passedOver: names.filter((n) => WORKBOOK.test(n) && kindOf(n) === "other").map((n) => path.join(arg, n)), old };
  }
  const pattern = path.basename(arg);
  // A file may really be called «a?.xlsx» (not on Windows): then it is that file.
  if (st || !hasWildcard(pattern)) return null;
  const folder = path.dirname(arg);
  const names = await fileNamesIn(folder).catch(() => {
    throw new UsageError(`«${arg}»: папка «${folder}» не найдена — проверьте путь`);
  });
  const found = names.filter(wildcardMatcher(pattern, namesIgnoreCase));
  if (found.length === 0) throw new UsageError(`«${arg}»: нет ни одного файла по этому шаблону (* — любые символы, ? — один символ) — проверьте папку и имя`);
  // «папка\*» finds desktop.ini and letters too: only workbooks are read, the rest said in one line.
  const books = found.filter((n) => kindOf(n) === "book");
  const old = found.filter((n) => kindOf(n) === "old");
  if (books.length === 0) throw new UsageError(`«${arg}»: по этому шаблону нет книг Excel (.xlsx, .xlsm) — только ${found.join(", ")}`);
  return {
    files: books.map((n) => path.join(folder, n)),
    passedOver: found.filter((n) => kindOf(n) === "other").map((n) => path.join(folder, n)),
    old: old.map((n) => path.join(folder, n)),
  };
}

function oldWorkbooksNote(files: readonly string[]): string {
  return `Не прочитаны книги старого формата .xls (Excel 97–2003): ${files.map((f) => `«${f}»`).join(", ")} — откройте их в Excel и сохраните как «Книга Excel (*.xlsx)»`;
}

function passedOverNote(files: readonly string[]): string {
  return `Пропущены файлы, которые не книги Excel: ${files.map((f) => `«${f}»`).join(", ")}`;
}

/**
 * `aside`: files the command writes (`--out`, `--json`) or reads apart (`--history`). A folder or a
 * wildcard that also finds one of them leaves it out without a word — the result of the last run sits
 * beside the schools' files and is about to be replaced; named on its own, it is refused later.
 */
export async function inputFiles(args: readonly string[], aside: readonly string[]): Promise<InputFiles> {
  const apart = await Promise.all(aside.map(fileKey));
  const isAside = async (f: string) => {
    const key = await fileKey(f);
    return apart.some((a) => sameFile(a, key));
  };
  const files: string[] = [];
  const left: string[] = [];
  const locks: string[] = [];
  const passedOver: string[] = [];
  const old: string[] = [];
  for (const arg of args) {
    const found = await expand(arg);
    if (found) {
      passedOver.push(...found.passedOver);
      old.push(...found.old);
    }
    for (const f of found?.files ?? [arg]) {
      // Named or found, an owner file is never data; said, in case a book was meant.
      if (isExcelLockFile(f)) locks.push(f);
      else if (found !== null && (await isAside(f))) left.push(f);
      else files.push(f);
    }
  }
  if (files.length === 0 && locks.length > 0) throw new UsageError(lockFileAlone(locks[0]));
  if (files.length === 0) {
    throw new UsageError(`Кроме «${left.join("», «")}» (--out, --json или --history этой же команды), входных книг нет — укажите файлы с данными`);
  }
  return {
    files,
    notes: [...locks.map(lockFileSkipped), ...(old.length > 0 ? [oldWorkbooksNote(old)] : []), ...(passedOver.length > 0 ? [passedOverNote(passedOver)] : [])],
  };
}
