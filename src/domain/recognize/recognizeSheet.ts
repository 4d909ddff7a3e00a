/**
 * Recognition of a sheet as a standard form: find the header row in the top rows, match its columns
 * to each form's fields, and keep the form whose key fields are found best. Only the top 30 rows are
 * examined; the rest of the sheet is read once, to count data rows.
 */
import { FORMS, FORM_BY_ID } from "../forms";
import { FormDef } from "../forms/types";
import { CellValue, SheetGrid } from "../grid";
import { foldKey } from "../text";
import { assignColumns, Assignment, ColumnHeader } from "./assign";
import { HEADER_SEARCH_ROWS, HeaderCandidate, cellText, headerCandidates, isEmptyRow, isNumberingRow } from "./headerRow";
import { MappingOverride, RecognizedSheet, UnrecognizedSheet } from "./types";

/** Below this confidence a recognised sheet is flagged weak: the form is a guess worth a look. */
export const WEAK_CONFIDENCE = 0.6;
/** A key field counts twice as much as another field when forms compete for a sheet. */
const KEY_WEIGHT = 2;
/** Tie-breakers, worth less than one more matched field. */
const SHEET_NAME_BONUS = 0.75;
const TITLE_BONUS = 0.5;

export type RecognitionResult = RecognizedSheet | UnrecognizedSheet;

export function isRecognized(r: RecognitionResult): r is RecognizedSheet {
  return (r as RecognizedSheet).form !== undefined;
}

interface Evaluation {
  readonly form: FormDef;
  readonly candidate: HeaderCandidate;
  readonly assignment: Assignment;
  readonly matched: number;
  readonly keyMatched: number;
  /** Σ score × weight of matched fields. */
  readonly weight: number;
  /** weight plus sheet-name and title hints: what forms compete on. */
  readonly rank: number;
  /** The sheet's name or title names this form. */
  readonly hinted: boolean;
}

const FOLDED_HINTS = new Map(FORMS.map((f) => [f.id, [...f.titleHints, f.sheetName].map((h) => ` ${foldKey(h)} `)]));

function hinted(form: FormDef, text: string): boolean {
  if (text.trim().length === 0) return false;
  return (FOLDED_HINTS.get(form.id) ?? []).some((h) => text.includes(h));
}

function evaluate(form: FormDef, candidate: HeaderCandidate, forced: Readonly<Record<string, number>>, sheetName: string, title: string): Evaluation {
  const headers: ColumnHeader[] = candidate.texts.map((text, col) => ({ col, text }));
  const assignment = assignColumns(headers, form, forced);
  let weight = 0;
  let matched = 0;
  let keyMatched = 0;
  for (const f of form.fields) {
    const s = assignment.scores[f.id];
    if (s === undefined) continue;
    matched++;
    if (f.key) keyMatched++;
    weight += s * (f.key ? KEY_WEIGHT : 1);
  }
  const bonus = matched > 0 ? (hinted(form, sheetName) ? SHEET_NAME_BONUS : 0) + (hinted(form, title) ? TITLE_BONUS : 0) : 0;
  return { form, candidate, assignment, matched, keyMatched, weight, rank: weight + bonus, hinted: bonus > 0 };
}

function better(a: Evaluation, b: Evaluation | undefined): boolean {
  if (!b) return true;
  if (a.rank !== b.rank) return a.rank > b.rank;
  // Same reading: the two-row variant of the same row describes the header fully.
  return a.candidate.row === b.candidate.row && a.candidate.rows > b.candidate.rows;
}

/** Title rows above the header, folded, for title hints («Повышение квалификации педагогов …»). */
function titleAbove(cells: readonly (readonly CellValue[])[], headerTop: number): string {
  const parts: string[] = [];
  for (let r = 0; r < headerTop && r < HEADER_SEARCH_ROWS; r++) {
    for (const v of cells[r] ?? []) {
      const t = cellText(v);
      if (t) parts.push(foldKey(t));
    }
  }
  return ` ${parts.join(" ")} `;
}

const PIVOT_MARKERS = ["названия строк", "названия столбцов", "общий итог", "сумма по полю", "количество по полю", "row labels", "grand total", "sum of", "count of"];

function looksLikePivot(sheet: SheetGrid): boolean {
  const last = Math.min(sheet.cells.length, HEADER_SEARCH_ROWS);
  for (let r = 0; r < last; r++) {
    for (const v of sheet.cells[r] ?? []) {
      if (typeof v !== "string") continue;
      const t = foldKey(v);
      if (PIVOT_MARKERS.some((m) => t.startsWith(m))) return true;
    }
  }
  return false;
}

function countDataRows(sheet: SheetGrid, firstRow: number): number {
  let n = 0;
  for (let r = firstRow; r < sheet.cells.length; r++) if (!isEmptyRow(sheet.cells[r])) n++;
  return n;
}

function sheetIsEmpty(sheet: SheetGrid): boolean {
  for (const row of sheet.cells) if (!isEmptyRow(row)) return false;
  return true;
}

const round2 = (x: number): number => Math.round(x * 100) / 100;

function toRecognized(sheet: SheetGrid, e: Evaluation): RecognizedSheet {
  const { form, candidate, assignment } = e;
  let first = candidate.row + 1;
  if (isNumberingRow(sheet.cells[first])) first++;
  const keys = form.fields.filter((f) => f.key);
  const required = form.fields.filter((f) => f.required);
  const missingRequired = required.filter((f) => assignment.columns[f.id] === undefined).map((f) => f.id);
  const matchedScores = Object.values(assignment.scores);
  const keyCoverage = keys.length ? keys.reduce((sum, f) => sum + (assignment.scores[f.id] ?? 0), 0) / keys.length : 1;
  const requiredCoverage = required.length ? (required.length - missingRequired.length) / required.length : 1;
  const quality = matchedScores.length ? matchedScores.reduce((a, b) => a + b, 0) / matchedScores.length : 0;
  const confidence = round2(Math.min(1, 0.5 * keyCoverage + 0.25 * requiredCoverage + 0.25 * quality));
  return {
    file: sheet.file,
    sheet: sheet.sheet,
    form: form.id,
    headerRow: candidate.row + 1,
    headerRows: candidate.rows,
    columns: assignment.columns,
    unmapped: assignment.unmapped,
    confidence,
    weak: confidence < WEAK_CONFIDENCE || missingRequired.length > 0,
    ambiguities: assignment.ambiguities,
    missingRequired,
    rows: countDataRows(sheet, first),
    firstDataRow: first + 1,
  };
}

function unrecognized(sheet: SheetGrid, reason: string): UnrecognizedSheet {
  return { file: sheet.file, sheet: sheet.sheet, reason };
}

function noHeaderReason(best: Evaluation | undefined): string {
  const base = `не найдена строка заголовков: нет столбцов ФИО/ОО и других полей стандартных форм в первых ${HEADER_SEARCH_ROWS} строках`;
  if (best && best.matched > 0) {
    const found = Object.values(best.assignment.columns).map((c) => `«${best.candidate.texts[c]}»`).join(", ");
    return `${base} (узнаны только ${found} в строке ${best.candidate.row + 1} — этого мало, чтобы определить форму). ` +
      "Если это таблица одной из форм, назовите столбцы как в шаблоне или выберите форму вручную.";
  }
  return `${base}. Если это таблица одной из форм, добавьте строку заголовков как в шаблоне или выберите форму вручную.`;
}

/**
 * Recognise one sheet. `override` (the task pane's mapping editor) forces the form, the header row
 * and/or single field → column assignments; everything else is matched automatically.
 */
export function recognizeSheet(sheet: SheetGrid, override?: MappingOverride): RecognitionResult {
  if (sheet.ownOutput === true) return unrecognized(sheet, "лист с результатами Методиста");
  if (sheetIsEmpty(sheet)) return unrecognized(sheet, "лист пуст");
  const forcedForm = override ? FORM_BY_ID[override.form] : undefined;
  if (!forcedForm && looksLikePivot(sheet)) {
    return unrecognized(sheet, "лист — сводная таблица (итоги по полям), а не список записей; распознаются исходные таблицы форм");
  }
  const forms = forcedForm ? [forcedForm] : FORMS;
  const forcedRow = override?.headerRow !== undefined && override.headerRow >= 1 ? override.headerRow - 1 : undefined;
  let candidates = headerCandidates(sheet, forcedRow);
  if (forcedRow !== undefined && candidates.length === 0) candidates = [{ row: forcedRow, rows: 1, texts: [] }];
  const forced = override?.columns ?? {};
  const sheetName = ` ${foldKey(sheet.sheet)} `;
  // A form is taken only with two matched columns, one of them a key field or the form named in
  // the sheet's name or title: «ФИО» alone (a pivot, a list of names) is no form.
  const acceptable = (e: Evaluation): boolean => forcedForm !== undefined || (e.matched >= 2 && (e.keyMatched >= 1 || e.hinted));
  let best: Evaluation | undefined;
  let bestAny: Evaluation | undefined;
  for (const candidate of candidates) {
    const title = titleAbove(sheet.cells, candidate.row - candidate.rows + 1);
    for (const form of forms) {
      const e = evaluate(form, candidate, forcedForm === form ? forced : {}, sheetName, title);
      if (better(e, bestAny)) bestAny = e;
      if (acceptable(e) && better(e, best)) best = e;
    }
  }
  if (best) return toRecognized(sheet, best);
  if (forcedForm) {
    // The user chose the form but no row reads as its header: take the row they gave, or the first.
    const candidate = candidates[0] ?? { row: forcedRow ?? 0, rows: 1, texts: [] };
    return toRecognized(sheet, evaluate(forcedForm, candidate, forced, sheetName, ""));
  }
  return unrecognized(sheet, noHeaderReason(bestAny));
}
