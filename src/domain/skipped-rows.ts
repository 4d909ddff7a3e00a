import { CellValue } from "./grid";
import { foldWords, isSpaceLike } from "./text";
import { boundedMemo } from "./memo";

/**
 * Lines under a form's header that are not records, the same for counting (recognition) and reading:
 * - summary rows: the row's first filled cell starts with «Итого»/«Всего» (totals would count twice);
 * - signature lines under the table: a single filled cell starting with «Директор», «Исполнитель»,
 *   «Ответственный», «Подпись», «М.П.» (a real data row always has more than one filled cell).
 */
const SUMMARY_WORDS: ReadonlySet<string> = new Set(["итого", "всего", "итог"]);
const SIGNATURE_WORDS: ReadonlySet<string> = new Set(["директор", "исполнитель", "ответственный", "подпись", "м", "мп", "составил", "руководитель", "заведующий", "заведующая"]);

export function isEmptyCell(v: CellValue | undefined): boolean {
  if (v === null || v === undefined) return true;
  if (typeof v !== "string") return false;
  // Most cells start with a letter or digit: then trim() cannot leave them empty.
  return v.length === 0 || (isSpaceLike(v.charCodeAt(0)) && v.trim() === "");
}

export function isSummaryOrSignature(row: readonly CellValue[]): boolean {
  let i = 0;
  while (i < row.length && isEmptyCell(row[i])) i++;
  if (i === row.length) return false;
  const first = row[i];
  if (typeof first !== "string") return false;
  const kind = firstWordKind(first);
  if (kind !== SIGNATURE) return kind === SUMMARY;
  // Only a signature needs the rest of the row (a lone cell): most rows stop at their first cell.
  for (i++; i < row.length; i++) if (!isEmptyCell(row[i])) return false;
  return true;
}

const OTHER = 0;
const SUMMARY = 1;
const SIGNATURE = 2;
/** A row's first text is usually its school, the same on thousands of rows: fold each spelling once. */
const firstWordKind = boundedMemo(50_000, (text: string): number => {
  const first = foldWords(text)[0];
  return first === undefined ? OTHER : SUMMARY_WORDS.has(first) ? SUMMARY : SIGNATURE_WORDS.has(first) ? SIGNATURE : OTHER;
});
