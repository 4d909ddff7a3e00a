/**
 * Columns → fields for one form: one column per field and one field per column, best pairs first.
 * A column whose two best fields score alike is reported as ambiguous instead of being decided
 * silently — unless the other field found a better column of its own.
 */
import { FieldDef, FormDef } from "../forms/types";
import { AMBIGUITY_MARGIN, FieldScore, MATCH_THRESHOLD, scoreHeader } from "./fieldIndex";

export interface ColumnHeader {
  readonly col: number;
  readonly text: string;
}

export interface Ambiguity {
  readonly column: number;
  readonly header: string;
  readonly fields: readonly string[];
}

export interface Assignment {
  /** field id → 0-based column. */
  readonly columns: Record<string, number>;
  /** field id → match score (1 for columns the user assigned). */
  readonly scores: Record<string, number>;
  readonly ambiguities: Ambiguity[];
  /** Header texts of non-empty columns left without a field. */
  readonly unmapped: string[];
}

interface Pair {
  readonly col: number;
  readonly field: FieldDef;
  readonly order: number;
  readonly score: number;
}

/** Below this a field is no rival at all, even for a header that says too little. */
const RIVAL_FLOOR = 0.35;
/** A header whose words all belong to a field (precision at least this) is explained by it. */
const FULLY_EXPLAINED = 0.95;
/**
 * A header assigned in the second pass must still say close to half of the field's wording:
 * «Стаж (лет)» says half of «Общий стаж (лет)», «Место работы» (usually the school's name) says
 * too little of «Основное место работы / совместительство» to be taken for employment.
 */
const SECOND_PASS_COVERAGE = 0.45;

/**
 * A rival field for a column: one scoring about as well, or — for a header that says too little to
 * choose («Стаж (лет)» between pedagogical and total experience, «Наименование» between the event and
 * the school) — one whose words explain the header just as fully when the taken field's own wording
 * is not there in full.
 */
function rivalling(taken: FieldScore, other: FieldScore): boolean {
  if (other.score >= MATCH_THRESHOLD && taken.score - other.score <= AMBIGUITY_MARGIN) return true;
  return taken.coverage < 0.999 && taken.precision >= FULLY_EXPLAINED && other.precision >= FULLY_EXPLAINED && other.score >= RIVAL_FLOOR;
}

/** Each form's fields by id and their places in the form, made once: a sheet is assigned some 400 times. */
const fieldsOf = new WeakMap<FormDef, { readonly byId: ReadonlyMap<string, FieldDef>; readonly order: ReadonlyMap<string, number> }>();
function formFields(form: FormDef): { readonly byId: ReadonlyMap<string, FieldDef>; readonly order: ReadonlyMap<string, number> } {
  let f = fieldsOf.get(form);
  if (!f) fieldsOf.set(form, (f = { byId: new Map(form.fields.map((x) => [x.id, x])), order: new Map(form.fields.map((x, i) => [x.id, i])) }));
  return f;
}

/**
 * The fields of `form` that assignColumns could give a column with this header: no pair is taken
 * below RIVAL_FLOOR. Lets recognition pass over rows that cannot be a form's header (its data rows).
 */
export function takeableFields(text: string, form: FormDef): string[] {
  const fields: string[] = [];
  for (const s of scoreHeader(text, form)) {
    // Best first: the rest score lower still.
    if (s.score < RIVAL_FLOOR) break;
    fields.push(s.field);
  }
  return fields;
}

export function assignColumns(headers: readonly ColumnHeader[], form: FormDef, forced: Readonly<Record<string, number>> = {}): Assignment {
  const columns: Record<string, number> = {};
  const scores: Record<string, number> = {};
  const takenCols = new Set<number>();
  // A negative column in the override means «this field has no column here»: never matched automatically.
  const blocked = new Set<string>();
  for (const f of form.fields) {
    const col = forced[f.id];
    if (col === undefined || !Number.isInteger(col)) continue;
    if (col < 0) blocked.add(f.id);
    else if (!takenCols.has(col)) {
      columns[f.id] = col;
      scores[f.id] = 1;
      takenCols.add(col);
    }
  }
  const { order, byId } = formFields(form);
  const pairs: Pair[] = [];
  for (const h of headers) {
    if (takenCols.has(h.col) || h.text.length === 0) continue;
    for (const s of scoreHeader(h.text, form)) {
      const field = byId.get(s.field);
      const weakButExplained = s.score >= RIVAL_FLOOR && s.precision >= FULLY_EXPLAINED && s.coverage >= SECOND_PASS_COVERAGE;
      if ((s.score < MATCH_THRESHOLD && !weakButExplained) || !field || field.id in columns || blocked.has(field.id)) continue;
      pairs.push({ col: h.col, field, order: order.get(field.id) ?? 0, score: s.score });
    }
  }
  pairs.sort((a, b) => b.score - a.score || Number(b.field.key ?? false) - Number(a.field.key ?? false) || a.order - b.order || a.col - b.col);
  const take = (list: readonly Pair[]): void => {
    for (const p of list) {
      if (p.field.id in columns || takenCols.has(p.col)) continue;
      columns[p.field.id] = p.col;
      scores[p.field.id] = p.score;
      takenCols.add(p.col);
    }
  };
  take(pairs.filter((p) => p.score >= MATCH_THRESHOLD));
  // Second pass: a header that says too little («Стаж (лет)», «Дата») but only words of the field goes
  // to a field still free — «Стаж (лет)» next to «Пед. стаж» is the total experience.
  take(pairs.filter((p) => p.score < MATCH_THRESHOLD));
  const fieldAt = new Map(Object.entries(columns).map(([f, c]) => [c, f]));
  const ambiguities: Ambiguity[] = [];
  const unmapped: string[] = [];
  for (const h of headers) {
    if (h.text.length === 0) continue;
    const field = fieldAt.get(h.col);
    if (field === undefined) {
      unmapped.push(h.text);
      continue;
    }
    if (forced[field] === h.col) continue;
    const all = scoreHeader(h.text, form);
    const mine = all.find((s) => s.field === field);
    if (!mine) continue;
    const rivals = all.filter((s) => s.field !== field && !(s.field in columns) && rivalling(mine, s)).map((s) => s.field);
    if (rivals.length > 0) ambiguities.push({ column: h.col, header: h.text, fields: [field, ...rivals] });
  }
  return { columns, scores, ambiguities, unmapped };
}
