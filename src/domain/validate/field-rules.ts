import { FieldDef } from "../forms/types";
import { isCellError } from "../grid";
import { FieldRule } from "./types";
import { date, hasRaw, num, ruDate, ruNum } from "./values";

/** Texts longer than this are pasted documents, not answers; Excel itself stops at 32 767. */
export const TEXT_LIMIT = 10_000;

function range(f: FieldDef): string {
  if (f.min !== undefined && f.max !== undefined) return `от ${ruNum(f.min)} до ${ruNum(f.max)}`;
  if (f.min !== undefined) return `не меньше ${ruNum(f.min)}`;
  return `не больше ${ruNum(f.max!)}`;
}

/**
 * Rules on one cell, derived from the form tables (FORMS.md). Order matters: a cell gets at most one
 * issue, the first rule that fails.
 */
export const FIELD_RULES: readonly FieldRule[] = [
  {
    rule: "field.required",
    severity: "error",
    appliesTo: (f) => f.required === true,
    // An unreadable value or an Excel error is reported by normalisation; only a blank cell is «not filled».
    check: (row, f) => {
      const v = row.values[f.id];
      const empty = v === null || v === undefined || (Array.isArray(v) && v.length === 0) || v === "";
      if (!empty || hasRaw(row, f.id) || isCellError(row.raw[f.id])) return null;
      return `Не заполнено обязательное поле «${f.header}» — заполните ячейку. ${f.hint}`;
    },
  },
  {
    rule: "number.range",
    severity: "error",
    appliesTo: (f) => (f.type === "number" || f.type === "int") && (f.min !== undefined || f.max !== undefined),
    check: (row, f) => {
      const v = num(row, f.id);
      if (v === null) return null;
      if ((f.min !== undefined && v < f.min) || (f.max !== undefined && v > f.max)) {
        return `«${f.header}»: ${ruNum(v)} вне допустимого диапазона (${range(f)}) — исправьте число`;
      }
      return null;
    },
  },
  {
    rule: "date.range",
    severity: "error",
    appliesTo: (f, form) => form === "roster" && f.id === "birthDate",
    check: (row, f, ctx) => {
      const d = date(row, f.id);
      if (d === null || (d >= ctx.birthMin && d <= ctx.birthMax)) return null;
      return (
        `Дата рождения ${ruDate(d)} вне допустимого диапазона ${ruDate(ctx.birthMin)}–${ruDate(ctx.birthMax)} ` +
        `(на конец периода ${ruDate(ctx.period.end)} работнику не меньше 16 лет) — проверьте год рождения`
      );
    },
  },
  {
    rule: "date.future",
    severity: "error",
    // Birth dates have their own, stricter range; a mentoring pair's end date is a planned term («Срок окончания»).
    appliesTo: (f, form) => f.type === "date" && !(form === "roster" && f.id === "birthDate") && !(form === "mentoring" && f.id === "endDate"),
    check: (row, f, ctx) => {
      const d = date(row, f.id);
      if (d === null || d <= ctx.today) return null;
      return `«${f.header}»: ${ruDate(d)} — дата в будущем (сегодня ${ruDate(ctx.today)}); проверьте дату: в отчёт вносят то, что уже состоялось`;
    },
  },
  {
    rule: "text.tooLong",
    severity: "warning",
    appliesTo: (f) => f.type === "text",
    check: (row, f) => {
      const v = row.values[f.id];
      if (typeof v !== "string" || v.length <= TEXT_LIMIT) return null;
      return `Текст в поле «${f.header}» длиннее 10 000 символов (${v.length}) — сократите его, подробности храните в отдельном документе`;
    },
  },
];
