import { Normalized } from "./types";
import { fail } from "./results";
import { UNCALCULATED_FORMULA } from "../grid";

/**
 * Excel error values, in English and Russian Excel. A pasted or exported sheet often carries them as
 * plain text, which is just as much an error as the real thing: the formula behind it broke.
 */
const ERROR_LITERALS: ReadonlySet<string> = new Set([
  "#N/A", "#Н/Д",
  "#VALUE!", "#ЗНАЧ!",
  "#DIV/0!", "#ДЕЛ/0!",
  "#REF!", "#ССЫЛКА!",
  "#NAME?", "#ИМЯ?",
  "#NUM!", "#ЧИСЛО!",
  "#NULL!", "#ПУСТО!",
  "#SPILL!", "#ПЕРЕНОС!",
  "#CALC!", "#ВЫЧИСЛ!",
  "#GETTING_DATA", "#BLOCKED!", "#CONNECT!", "#FIELD!", "#UNKNOWN!", "#BUSY!",
]);

export function isErrorLiteral(text: string): boolean {
  const t = text.trim();
  return t.startsWith("#") && ERROR_LITERALS.has(t.toUpperCase());
}

/** How Russian Excel shows an error a file stores in English (a file keeps «#N/A» whatever its language). */
const RUSSIAN_NAME: Readonly<Record<string, string>> = {
  "#N/A": "#Н/Д",
  "#VALUE!": "#ЗНАЧ!",
  "#DIV/0!": "#ДЕЛ/0!",
  "#REF!": "#ССЫЛКА!",
  "#NAME?": "#ИМЯ?",
  "#NUM!": "#ЧИСЛО!",
  "#NULL!": "#ПУСТО!",
  "#SPILL!": "#ПЕРЕНОС!",
  "#CALC!": "#ВЫЧИСЛ!",
};

/** An error as Russian Excel shows it: «#Н/Д» for the stored «#N/A». */
export function russianErrorName(error: string): string {
  return RUSSIAN_NAME[error.trim().toUpperCase()] ?? error.trim();
}

export function cellError(error: string): Normalized {
  if (error === UNCALCULATED_FORMULA) {
    return fail("cell.error", "в ячейке формула без вычисленного значения (файл сохранён программой, которая не считает формулы) — откройте файл в Excel, сохраните его и проверьте снова");
  }
  return fail(
    "cell.error",
    `ячейка содержит ошибку Excel „${russianErrorName(error)}“ — исправьте формулу или введите значение вручную`,
  );
}
