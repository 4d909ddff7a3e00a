/**
 * Recognition of a sheet as a standard form: find the header row in the top rows, match its columns
 * to each form's fields, and keep the form whose key fields are found best. Only the top 30 rows are
 * examined; the rest of the sheet is read once, to count data rows.
 */
import { cellAddress } from "../a1";
import { FORMS, FORM_BY_ID } from "../forms";
import { FormDef } from "../forms/types";
import { CellValue, SheetGrid } from "../grid";
import { foldKey, foldWords, latinToCyrillic } from "../text";
import { stem } from "./similarity";
import { assignColumns, Assignment, ColumnHeader, takeableFields } from "./assign";
import { HEADER_SEARCH_ROWS, HeaderCandidate, cellText, headerCandidates, isEmptyCell, isEmptyRow, isNumberingRow } from "./headerRow";
import { MappingOverride, RecognizedSheet, UnrecognizedSheet } from "./types";
import { isSummaryOrSignature } from "../skipped-rows";
import { normalizeCell } from "../normalize/normalize-cell";
import { boundedMemo } from "../memo";

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

/** How a form reads one header candidate, before the sheet's name and title are asked. */
interface Assessment {
  readonly form: FormDef;
  readonly candidate: HeaderCandidate;
  readonly assignment: Assignment;
  readonly matched: number;
  readonly keyMatched: number;
  /** Σ score × weight of matched fields. */
  readonly weight: number;
}

interface Evaluation extends Assessment {
  /** weight plus sheet-name and title hints: what forms compete on. */
  readonly rank: number;
  /** The sheet's name or title names this form. */
  readonly hinted: boolean;
}

/** A text as space-padded word stems, so hints match in any inflection («повышения квалификации»). */
function stemKey(text: string): string {
  return ` ${foldWords(text).map(stem).join(" ")} `;
}

const HINT_KEYS = new Map(FORMS.map((f) => [f.id, [...f.titleHints, f.sheetName].map(stemKey)]));

function hinted(form: FormDef, key: string): boolean {
  if (key.trim().length === 0) return false;
  return (HINT_KEYS.get(form.id) ?? []).some((h) => key.includes(h));
}

/** Whether the sheet's name, and its title above a header row, name a form. */
interface Hints {
  readonly byName: (form: FormDef) => boolean;
  /** Above a header whose first row is `row` (0-based). */
  readonly byTitle: (form: FormDef, row: number) => boolean;
}

/**
 * The hints of one sheet, each top row looked at once per form, and only as far down as a header asks:
 * the title above a header at row 3 is in rows 0–2, whatever the data below says. A hint's words are
 * joined by single spaces and the rows of a title by three, so a hint never spans two rows: the title
 * above a header names the form exactly when one of its rows does (looking through the joined rows
 * again for every candidate and form was a fifth of a municipality's recognition).
 */
function sheetHints(sheetName: string, cells: readonly (readonly CellValue[])[], forms: readonly FormDef[]): Hints {
  const name = stemKey(sheetName);
  const byName = new Map(forms.map((f) => [f, hinted(f, name)]));
  const keys: string[] = [];
  const keyOf = (r: number): string => (keys[r] ??= rowKey(cells[r]));
  /** Per form: the first top row that names it (−1: none of the rows looked at yet), and how many rows were looked at. */
  const found = new Map<FormDef, { first: number; looked: number }>();
  return {
    byName: (form) => byName.get(form) ?? false,
    byTitle: (form, row) => {
      let f = found.get(form);
      if (!f) found.set(form, (f = { first: -1, looked: 0 }));
      const last = Math.min(row, cells.length, HEADER_SEARCH_ROWS);
      for (; f.first < 0 && f.looked < last; f.looked++) if (hinted(form, keyOf(f.looked))) f.first = f.looked;
      return f.first >= 0 && f.first < row;
    },
  };
}

function assess(form: FormDef, candidate: HeaderCandidate, forced: Readonly<Record<string, number>>): Assessment {
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
  return { form, candidate, assignment, matched, keyMatched, weight };
}

function withHints(a: Assessment, hints: Hints): Evaluation {
  const titleRow = Math.max(0, a.candidate.row - a.candidate.rows + 1);
  const bonus = a.matched > 0 ? (hints.byName(a.form) ? SHEET_NAME_BONUS : 0) + (hints.byTitle(a.form, titleRow) ? TITLE_BONUS : 0) : 0;
  return { ...a, rank: a.weight + bonus, hinted: bonus > 0 };
}

function evaluate(form: FormDef, candidate: HeaderCandidate, forced: Readonly<Record<string, number>>, hints: Hints): Evaluation {
  return withHints(assess(form, candidate, forced), hints);
}

/** The form for one header candidate: most weight, the sheet's name and title breaking near-ties. */
function pickForm(evaluations: readonly Evaluation[]): Evaluation | undefined {
  let best: Evaluation | undefined;
  for (const e of evaluations) if (!best || e.rank > best.rank) best = e;
  return best;
}

/**
 * Which header candidate reads better. Titles do not count here (the row above a header would hint
 * at its own form); on a tie the two-row reading of the same row wins, as it describes the header fully.
 */
function betterRow(a: { weight: number; candidate: HeaderCandidate }, b: { weight: number; candidate: HeaderCandidate } | undefined): boolean {
  if (!b) return true;
  if (a.weight !== b.weight) return a.weight > b.weight;
  return a.candidate.row === b.candidate.row && a.candidate.rows > b.candidate.rows;
}

/** Stem key of a top row's texts, for title hints («Повышение квалификации педагогов …» above the header). */
function rowKey(row: readonly CellValue[] | undefined): string {
  const stems: string[] = [];
  let filled = false;
  for (const v of row ?? []) {
    const t = cellText(v);
    if (!t) continue;
    filled = true;
    const s = stemWords(t);
    if (s) stems.push(s);
  }
  // The stemKey of the row's texts joined: no word spans two cells.
  return filled ? ` ${stems.join(" ")} ` : "";
}

/** A cell's words as stems: kept across sheets, whose top rows repeat headers, schools and values. */
const stemWords = boundedMemo(20_000, (text: string): string => foldWords(text).map(stem).join(" "));

const PIVOT_MARKERS = ["названия строк", "названия столбцов", "общий итог", "сумма по полю", "количество по полю", "row labels", "grand total", "sum of", "count of"];

/**
 * The letters a folded marker can start with, as typed: its own first letter, or a Latin look-alike of
 * it (folding makes «Oбщий» with a Latin O «общий»). A text whose first letter is none of them cannot
 * start with a marker once folded, and is not folded: most of a sheet's top cells are data.
 */
const PIVOT_INITIALS: ReadonlySet<string> = new Set(
  PIVOT_MARKERS.flatMap((m) => [m[0], ..."abcehkmoptxy".split("").filter((latin) => latinToCyrillic(latin) === m[0])]),
);
const FIRST_LETTER = /[\p{L}\p{N}]/u;

function mayStartPivotMarker(text: string): boolean {
  const first = FIRST_LETTER.exec(text);
  return first !== null && PIVOT_INITIALS.has(first[0].toLowerCase());
}

function looksLikePivot(sheet: SheetGrid): boolean {
  const last = Math.min(sheet.cells.length, HEADER_SEARCH_ROWS);
  for (let r = 0; r < last; r++) {
    for (const v of sheet.cells[r] ?? []) {
      if (typeof v !== "string" || !mayStartPivotMarker(v)) continue;
      const t = foldKey(v);
      if (PIVOT_MARKERS.some((m) => t.startsWith(m))) return true;
    }
  }
  return false;
}

/** Records below the header: rows with a value in a matched column, summary and signature lines left out, as the row reader does. */
function countDataRows(sheet: SheetGrid, firstRow: number, columns: readonly number[]): number {
  let n = 0;
  for (let r = firstRow; r < sheet.cells.length; r++) {
    const row = sheet.cells[r];
    if (!row) continue;
    const filled = columns.length > 0 ? anyFilled(row, columns) : !isEmptyRow(row);
    if (filled && !isSummaryOrSignature(row)) n++;
  }
  return n;
}

/** A loop, not `columns.some(…)`: that made a closure for each of a region's million rows. */
function anyFilled(row: readonly CellValue[], columns: readonly number[]): boolean {
  for (let i = 0; i < columns.length; i++) if (!isEmptyCell(row[columns[i]])) return true;
  return false;
}

function sheetIsEmpty(sheet: SheetGrid): boolean {
  for (const row of sheet.cells) if (!isEmptyRow(row)) return false;
  return true;
}

const round2 = (x: number): number => Math.round(x * 100) / 100;

/** Values looked at to settle a header that fits two fields. */
const SETTLING_VALUES = 30;

/**
 * A header that fits a typed field and free-text ones («Выявлены дефициты»: the yes/no «Выявлены
 * профессиональные дефициты» or the text «Выявленные дефициты») is the typed field's when the values
 * under it all read as that type: no doubt left to report. Any value that does not, or another typed
 * rival, keeps the warning.
 */
function settledByValues(sheet: SheetGrid, first: number, a: Assignment["ambiguities"][number], form: FormDef): boolean {
  const [chosen, ...rivals] = a.fields.map((id) => form.fields.find((f) => f.id === id));
  if (!chosen || chosen.type === "text" || chosen.type === "list" || rivals.some((f) => !f || f.type !== "text")) return false;
  let seen = 0;
  for (let r = first; r < sheet.cells.length && seen < SETTLING_VALUES; r++) {
    const v = sheet.cells[r]?.[a.column];
    if (v === undefined || isEmptyCell(v)) continue;
    if (!normalizeCell(v, chosen).ok) return false;
    seen++;
  }
  return seen > 0;
}

function toRecognized(sheet: SheetGrid, e: Evaluation, countRows: boolean): RecognizedSheet {
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
    ambiguities: assignment.ambiguities.filter((a) => !settledByValues(sheet, first, a, form)),
    missingRequired,
    rows: countRows ? countDataRows(sheet, first, Object.values(assignment.columns)) : 0,
    firstDataRow: first + 1,
  };
}

function unrecognized(sheet: SheetGrid, reason: string): UnrecognizedSheet {
  return { file: sheet.file, sheet: sheet.sheet, reason };
}

function noHeaderReason(best: Evaluation | undefined): string {
  const base = `не найдена строка заголовков: нет столбцов ФИО/ОО и других полей стандартных форм в первых ${HEADER_SEARCH_ROWS} строках`;
  if (best && best.matched > 0) {
    // Field names and cell addresses, never the cell text: a stray row may hold a person's name.
    const found = best.form.fields
      .filter((f) => best.assignment.columns[f.id] !== undefined)
      .map((f) => `«${f.header}» (${cellAddress(best.candidate.row, best.assignment.columns[f.id])})`);
    const what = found.length === 1 ? `узнан только столбец ${found[0]}` : `узнаны только столбцы ${found.join(", ")}`;
    return `${base} (${what} — этого мало, чтобы определить форму). ` +
      "Если это таблица одной из форм, назовите столбцы как в шаблоне или выберите форму вручную.";
  }
  return `${base}. Если это таблица одной из форм, добавьте строку заголовков как в шаблоне или выберите форму вручную.`;
}

/** A header candidate read as its best form, and the weight it competes with. */
interface Reading {
  readonly weight: number;
  readonly candidate: HeaderCandidate;
  readonly chosen: Evaluation;
}

/** What no form takes: most texts of a sheet's top rows (names, numbers, dates), shared by all of them. */
const NOTHING: readonly (readonly string[])[] = FORMS.map(() => []);

/**
 * For each form of FORMS, the fields it could give a column with this header (takeableFields). Kept
 * across sheets and clicks: a municipality's files repeat their headers and most of their values, and
 * a region's six thousand sheets bring some 40 000 texts — most of them taken by no form, which cost
 * one shared entry each.
 */
const takeable = boundedMemo(100_000, (text: string): readonly (readonly string[])[] => {
  const fields = FORMS.map((form) => takeableFields(text, form));
  return fields.every((f) => f.length === 0) ? NOTHING : fields;
});

/**
 * The forms of FORMS that could match two of a candidate's columns: two columns with fields they
 * could take, and two different fields among them (then two columns can get two fields). No other
 * form can be acceptable; a sheet's data rows, most of its sixty candidates, leave none.
 */
function formsMatchingTwo(candidate: HeaderCandidate): FormDef[] {
  const sets = candidate.texts.filter((text) => text.length > 0).map(takeable);
  const out: FormDef[] = [];
  for (let i = 0; i < FORMS.length; i++) {
    let columns = 0;
    let first: string | null = null;
    let twoFields = false;
    for (const set of sets) {
      const fields = set[i];
      if (fields.length === 0) continue;
      columns++;
      if (fields.length > 1 || (first !== null && fields[0] !== first)) twoFields = true;
      first ??= fields[0];
    }
    if (columns >= 2 && twoFields) out.push(FORMS[i]);
  }
  return out;
}

/**
 * Recognise one sheet. `override` (the task pane's mapping editor) forces the form, the header row
 * and/or single field → column assignments; everything else is matched automatically.
 * `countRows: false` leaves `rows` at 0 for a caller that reads the rows next and counts them there
 * (check): counting is a pass over every row, a tenth of a second for a region.
 */
export function recognizeSheet(sheet: SheetGrid, override?: MappingOverride, { countRows = true }: { countRows?: boolean } = {}): RecognitionResult {
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
  const hints = sheetHints(sheet.sheet, sheet.cells, forms);
  // A form is taken only with two matched columns, one of them a key field or the form named in
  // the sheet's name or title: «ФИО» alone (a pivot, a list of names) is no form.
  const acceptable = (e: Evaluation): boolean => forcedForm !== undefined || (e.matched >= 2 && (e.keyMatched >= 1 || e.hinted));
  // Only forms that could match two of a candidate's columns can be acceptable (formsMatchingTwo): the
  // sheet's data rows cost no evaluation.
  const formsFor = forcedForm ? () => forms : formsMatchingTwo;
  let best: Reading | undefined;
  for (const candidate of candidates) {
    // Two matched columns first: the title above a data row (all the rows over it) is looked for only then.
    const ok = formsFor(candidate)
      .map((form) => assess(form, candidate, forcedForm === form ? forced : {}))
      .filter((a) => forcedForm !== undefined || a.matched >= 2)
      .map((a) => withHints(a, hints))
      .filter(acceptable);
    const chosen = pickForm(ok);
    if (chosen) {
      const row = { weight: Math.max(...ok.map((e) => e.weight)), candidate, chosen };
      if (betterRow(row, best)) best = row;
    }
  }
  if (best) return toRecognized(sheet, best.chosen, countRows);
  if (forcedForm) {
    // The user chose the form but no row reads as its header: take the row they gave, or the first.
    const candidate = candidates[0] ?? { row: forcedRow ?? 0, rows: 1, texts: [] };
    return toRecognized(sheet, evaluate(forcedForm, candidate, forced, { ...hints, byTitle: () => false }), countRows);
  }
  // No form: the reason names what came closest, of every candidate and form.
  let bestAny: Reading | undefined;
  for (const candidate of candidates) {
    const evaluations = forms.map((form) => evaluate(form, candidate, {}, hints));
    const any = pickForm(evaluations);
    if (any) {
      const row = { weight: Math.max(...evaluations.map((e) => e.weight)), candidate, chosen: any };
      if (betterRow(row, bestAny)) bestAny = row;
    }
  }
  return unrecognized(sheet, noHeaderReason(bestAny?.chosen));
}
