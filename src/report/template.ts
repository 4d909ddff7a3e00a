/**
 * The blank workbook schools fill in: one sheet per standard form with Metodist's own headers, so
 * what comes back is recognised without guessing. No hint row under the header — it would be read
 * back as a data row — the hints are input prompts (Excel shows them when a cell is selected).
 */
import { columnLetter } from "../domain/a1";
import { FieldDef, FormDef, FORMS } from "../domain/forms";
import { DataValidationPlan, PlanCell, SheetPlan } from "./plan";
import { headerCell } from "./cells";

/** Rows prepared with formats and dropdowns; a school rarely has more staff on one sheet. */
export const TEMPLATE_ROWS = 500;
export const YES_NO: readonly string[] = ["да", "нет"];
const DATE_FORMAT = "dd.mm.yyyy";

/**
 * The dropdown of a field, or nothing for free-text fields and lists: a cell of several values
 * («ФГОС, функциональная грамотность») is no single choice, and a dropdown would call it «не из списка».
 */
export function templateChoices(field: FieldDef): readonly string[] | undefined {
  if (field.type === "bool") return YES_NO;
  if (field.type === "enum" && field.options && field.options.length > 0) return field.options.map((o) => o.value);
  return undefined;
}

function columnWidth(field: FieldDef): number {
  // Headers wrap onto two or three lines; the width keeps the longest word and typical values readable.
  return Math.min(36, Math.max(field.type === "date" ? 14 : 12, Math.ceil(field.header.length * 0.55) + 4));
}

/** Excel shows at most 255 characters of a prompt. */
const MAX_PROMPT = 255;

/**
 * A list's values are in its prompt instead of a dropdown: «Через запятую: ФГОС, функциональная
 * грамотность, …» with as many as Excel shows; other fields keep their hint.
 */
function listHint(field: FieldDef): string {
  if (field.type !== "list" || !field.options) return field.hint;
  const room = MAX_PROMPT - "Через запятую: ".length - ". Обязательное поле.".length - 2;
  let shown = "";
  for (const o of field.options) {
    const next = shown ? `${shown}, ${o.value}` : o.value;
    if (next.length > room) return `Через запятую: ${shown}, …`;
    shown = next;
  }
  return `Через запятую: ${shown}`;
}

function validation(field: FieldDef, col: number): DataValidationPlan {
  const letter = columnLetter(col);
  const choices = templateChoices(field);
  const prompt = field.required ? `${listHint(field)}. Обязательное поле.` : listHint(field);
  return {
    range: `${letter}2:${letter}${TEMPLATE_ROWS + 1}`,
    ...(choices ? { list: choices } : {}),
    promptTitle: field.header.slice(0, 32),
    prompt,
  };
}

export function buildTemplatePlan(form: FormDef): SheetPlan {
  const header: PlanCell[] = form.fields.map((f) => headerCell(f.header));
  const dateCols = form.fields.flatMap((f, c) => (f.type === "date" ? [c] : []));
  const rows: PlanCell[][] = [header];
  if (dateCols.length > 0) {
    const last = dateCols[dateCols.length - 1];
    for (let r = 0; r < TEMPLATE_ROWS; r++) {
      const row: PlanCell[] = [];
      for (let c = 0; c <= last; c++) row.push(dateCols.includes(c) ? { v: null, numFmt: DATE_FORMAT } : { v: null });
      rows.push(row);
    }
  }
  return {
    name: form.sheetName,
    rows,
    columnWidths: form.fields.map(columnWidth),
    freeze: { rows: 1, columns: 0 },
    dataValidations: form.fields.map(validation),
  };
}

export function buildTemplatePlans(forms: readonly FormDef[] = FORMS): SheetPlan[] {
  return forms.map(buildTemplatePlan);
}
