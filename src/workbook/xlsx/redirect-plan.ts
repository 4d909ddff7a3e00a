/**
 * When a planned sheet had to go under another name («Показатели (2)»), links and formulas in the
 * other plans of the same run must follow it, or they would point into the user's own sheet.
 */
import { PlanCell, PlanValue, SheetPlan } from "../../report/plan";
import { quoteSheet } from "../sheet-name";

function escapeRe(s: string): string {
  return s.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
}

export function redirectPlan(plan: SheetPlan, renames: ReadonlyMap<string, string>): SheetPlan {
  if (renames.size === 0) return plan;
  // Formula references to a sheet: 'Name'! always, Name! when the name needs no quotes.
  const patterns = [...renames].map(([from, to]) => ({
    re: new RegExp(`(^|[^\\p{L}\\p{N}_'])(?:${escapeRe(quoteSheet(from))}|${escapeRe(from)})!`, "gu"),
    to: `$1${quoteSheet(to).replace(/\$/g, "$$$$")}!`,
  }));
  const formula = (f: string) => patterns.reduce((acc, p) => acc.replace(p.re, p.to), f);
  const value = (v: PlanValue): PlanValue => (v !== null && typeof v === "object" && "formula" in v ? { ...v, formula: formula(v.formula) } : v);
  const cell = (c: PlanCell): PlanCell => {
    const link = c.link && renames.has(c.link.sheet) ? { ...c.link, sheet: renames.get(c.link.sheet)! } : c.link;
    const v = value(c.v);
    return link === c.link && v === c.v ? c : { ...c, v, ...(link ? { link } : {}) };
  };
  return { ...plan, rows: plan.rows.map((row) => row.map(cell)) };
}

/**
 * Links into input sheets name the sheet as its own file calls it; in a consolidated output a sheet
 * of a second file may live under «Лист (файл)». `placeOf(file, sheet)` gives that name, if any.
 */
export function resolveInputLinks(plan: SheetPlan, placeOf: (file: string, sheet: string) => string | undefined): SheetPlan {
  let changed = false;
  const rows = plan.rows.map((row) =>
    row.map((c) => {
      if (!c.link?.file) return c;
      const actual = placeOf(c.link.file, c.link.sheet);
      if (actual === undefined || actual === c.link.sheet) return c;
      changed = true;
      return { ...c, link: { ...c.link, sheet: actual } };
    }),
  );
  return changed ? { ...plan, rows } : plan;
}
