import { FORM_BY_ID } from "../forms";
import { FieldDef } from "../forms/types";
import { Issue } from "../issues";
import { NormalizedRow } from "../normalize/types";
import { RecognizedSheet } from "../recognize/types";
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
  const fieldPlans: FieldPlan[] = [];
  for (const field of form.fields) {
    if (rec.columns[field.id] === undefined) continue; // a missing column is a sheet issue (sheet.columnMissing)
    const rules = FIELD_RULES.filter((r) => r.appliesTo(field, rec.form));
    if (rules.length > 0) fieldPlans.push({ field, rules });
  }
  const rowRules: readonly RowRule[] = ROW_RULES.filter((r) => r.form === rec.form);
  const issues: Issue[] = [];
  const flagged = new Set<string>();
  for (const row of rows) {
    flagged.clear();
    for (const { field, rules } of fieldPlans) {
      const cell = row.cells[field.id];
      if (cell === undefined) continue;
      for (const r of rules) {
        const message = r.check(row, field, pctx);
        if (message === null) continue;
        issues.push({ file: row.ref.file, sheet: row.ref.sheet, cell, field: field.id, rule: r.rule, severity: r.severity, message });
        flagged.add(cell);
        break;
      }
    }
    for (const r of rowRules) {
      const target = pickField(r.field, row);
      if (target === null) continue;
      const cell = row.cells[target];
      if (flagged.has(cell)) continue;
      const message = r.check(row, pctx);
      if (message === null) continue;
      issues.push({ file: row.ref.file, sheet: row.ref.sheet, cell, field: target, rule: r.rule, severity: r.severity, message });
      flagged.add(cell);
    }
  }
  return issues;
}

function pickField(field: string | readonly string[], row: NormalizedRow): string | null {
  if (typeof field === "string") return row.cells[field] === undefined ? null : field;
  for (const f of field) if (row.cells[f] !== undefined) return f;
  return null;
}
