import { FORM_BY_ID } from "../forms";
import { FieldDef } from "../forms/types";
import { Issue } from "../issues";
import { NormalizedRow } from "../normalize/types";
import { RecognizedSheet } from "../recognize/types";
import { mappedColumn } from "../recognize/mapped-column";
import { prepare } from "./context";
import { FIELD_RULES } from "./field-rules";
import { ROW_RULES } from "./row-rules";
import { FieldRule, RowRule, ValidationContext } from "./types";

interface FieldPlan {
  readonly field: FieldDef;
  readonly rules: readonly FieldRule[];
}

/**
 * Field and cross-field rules over the rows of one recognised sheet. Which rules apply is worked out
 * once per sheet (only mapped fields, only this form's rules), so a million rows cost one pass.
 * A cell gets at most one issue: the first failing rule (fix it, check again, see the next).
 */
export function validateRows(rec: RecognizedSheet, rows: readonly NormalizedRow[], ctx: ValidationContext): Issue[] {
  const pctx = prepare(ctx);
  const form = FORM_BY_ID[rec.form];
  // Which cells a row has is the sheet's mapping (a missing column is a sheet issue, sheet.columnMissing).
  const mapped = (id: string): boolean => mappedColumn(rec, id) !== undefined;
  const fieldPlans: FieldPlan[] = [];
  for (const field of form.fields) {
    if (!mapped(field.id)) continue;
    const rules = FIELD_RULES.filter((r) => r.appliesTo(field, rec.form));
    if (rules.length > 0) fieldPlans.push({ field, rules });
  }
  const rowPlans: { readonly rule: RowRule; readonly target: string }[] = [];
  for (const rule of ROW_RULES) {
    if (rule.form !== rec.form) continue;
    const target = pickField(rule.field, mapped);
    if (target !== null) rowPlans.push({ rule, target });
  }
  const issues: Issue[] = [];
  // Fields flagged in this row. A row's addresses are spelled when read (readFormRows), so they are read
  // only for an issue.
  const flagged: string[] = [];
  // Indexed loops: for…of here made iterator result objects per row and field of a region.
  for (let ri = 0; ri < rows.length; ri++) {
    const row = rows[ri];
    if (flagged.length > 0) flagged.length = 0;
    let cells: NormalizedRow["cells"] | null = null;
    for (let fi = 0; fi < fieldPlans.length; fi++) {
      const { field, rules } = fieldPlans[fi];
      for (let k = 0; k < rules.length; k++) {
        const r = rules[k];
        const message = r.check(row, field, pctx);
        if (message === null) continue;
        cells ??= row.cells;
        issues.push({ file: row.ref.file, sheet: row.ref.sheet, cell: cells[field.id], field: field.id, rule: r.rule, severity: r.severity, message });
        flagged.push(field.id);
        break;
      }
    }
    for (let k = 0; k < rowPlans.length; k++) {
      const { rule: r, target } = rowPlans[k];
      if (flagged.length > 0 && flagged.includes(target)) continue;
      const message = r.check(row, pctx);
      if (message === null) continue;
      cells ??= row.cells;
      issues.push({ file: row.ref.file, sheet: row.ref.sheet, cell: cells[target], field: target, rule: r.rule, severity: r.severity, message });
      flagged.push(target);
    }
  }
  return issues;
}

/** The rule's field, or the first of its fields, that the sheet has a column for. */
function pickField(field: string | readonly string[], mapped: (id: string) => boolean): string | null {
  if (typeof field === "string") return mapped(field) ? field : null;
  for (const f of field) if (mapped(f)) return f;
  return null;
}
