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
  // Addresses of the cells flagged in this row. A row's addresses are spelled on demand
  // (readFormRows), so a cell's address is read only for an issue or when the row already has one.
  const flagged: string[] = [];
  // Indexed loops: for…of here made iterator result objects per row and field of a region.
  for (let ri = 0; ri < rows.length; ri++) {
    const row = rows[ri];
    if (flagged.length > 0) flagged.length = 0;
    const cells = row.cells;
    for (let fi = 0; fi < fieldPlans.length; fi++) {
      const { field, rules } = fieldPlans[fi];
      if (!hasCell(cells, field.id)) continue;
      for (let k = 0; k < rules.length; k++) {
        const r = rules[k];
        const message = r.check(row, field, pctx);
        if (message === null) continue;
        const cell = cells[field.id];
        issues.push({ file: row.ref.file, sheet: row.ref.sheet, cell, field: field.id, rule: r.rule, severity: r.severity, message });
        flagged.push(cell);
        break;
      }
    }
    for (let k = 0; k < rowRules.length; k++) {
      const r = rowRules[k];
      const target = pickField(r.field, cells);
      if (target === null) continue;
      if (flagged.length > 0 && flagged.includes(cells[target])) continue;
      const message = r.check(row, pctx);
      if (message === null) continue;
      const cell = cells[target];
      issues.push({ file: row.ref.file, sheet: row.ref.sheet, cell, field: target, rule: r.rule, severity: r.severity, message });
      flagged.push(cell);
    }
  }
  return issues;
}

/**
 * Whether the row has a cell for the field, without reading it: reading spells the address. Rows are
 * typed `Record<string, string>`, so a present key always holds an address.
 */
function hasCell(cells: NormalizedRow["cells"], field: string): boolean {
  return field in cells;
}

function pickField(field: string | readonly string[], cells: NormalizedRow["cells"]): string | null {
  if (typeof field === "string") return hasCell(cells, field) ? field : null;
  for (const f of field) if (hasCell(cells, f)) return f;
  return null;
}
