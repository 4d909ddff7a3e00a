import { CellValue } from "./grid";
import { foldWords, isSpaceLike } from "./text";
import { boundedMemo } from "./memo";

/**
 * Lines under a form's header that are not records, the same for counting (recognition) and reading:
 * - summary rows: the row's first filled cell starts with «Итого»/«Всего» (totals would count twice);
 * - signature lines under the table: a first filled cell starting with «Директор», «Исполнитель»,
 *   «Ответственный», «Подпись», «М.П.», alone or beside the signature's own parts — a line to sign
 *   on («__________»), the name in slashes or with initials («/Громова А.В./», «Громова А.В.»), «(подпись)».
 *   A data row never starts so: its first cell is the school or a number.
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
  // Only a signature needs the rest of the row: most rows stop at their first cell.
  let others = 0;
  for (i++; i < row.length; i++) {
    const v = row[i];
    if (isEmptyCell(v)) continue;
    if (++others > 3 || typeof v !== "string" || !SIGNATURE_PART.test(v)) return false;
  }
  return true;
}

/** What stands beside «Директор» on a signature line: a line to sign on, the name in slashes or with initials, «(подпись)», «М.П.». */
const SIGNATURE_PART = /^[\s_./()\-]*$|_{3,}|^\s*\/[^/]*\/\s*$|^\s*\(?\s*подпись\s*\)?\s*$|^\s*м\.?\s*п\.?\s*$|^\s*[А-ЯЁ][а-яё]+(?:-[А-ЯЁ][а-яё]+)?\s+[А-ЯЁ]\.\s*[А-ЯЁ]\.?\s*$|^\s*[А-ЯЁ]\.\s*[А-ЯЁ]\.\s*[А-ЯЁ][а-яё]+\s*$/i;

const OTHER = 0;
const SUMMARY = 1;
const SIGNATURE = 2;
/** A row's first text is usually its school, the same on thousands of rows: fold each spelling once. */
const firstWordKind = boundedMemo(50_000, (text: string): number => {
  const first = foldWords(text)[0];
  return first === undefined ? OTHER : SUMMARY_WORDS.has(first) ? SUMMARY : SIGNATURE_WORDS.has(first) ? SIGNATURE : OTHER;
});
