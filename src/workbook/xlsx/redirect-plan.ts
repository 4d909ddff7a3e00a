/**
 * When a planned sheet had to go under another name («Показатели (2)»), links and formulas in the
 * other plans of the same run must follow it, or they would point into the user's own sheet.
 */
import { PlanCell, PlanValue, SheetPlan, mapPlanCells } from "../../report/plan";
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
  return mapPlanCells(plan, cell);
}

/**
 * Links into input sheets name the sheet as its own file calls it; in a consolidated output a sheet
 * of a second file may live under «Лист (файл)». `placeOf(file, sheet)` gives that name, if any.
 */
export function resolveInputLinks(plan: SheetPlan, placeOf: (file: string, sheet: string) => string | undefined): SheetPlan {
  // A million «Расшифровка» links name a few sheets, one after another: the last answer is asked first.
  let lastFile = "";
  let lastSheet = "";
  let lastPlace: string | undefined;
  const moved = (c: PlanCell): string | undefined => {
    if (!c.link?.file) return undefined;
    const { file, sheet } = c.link;
    if (file !== lastFile || sheet !== lastSheet) {
      lastFile = file;
      lastSheet = sheet;
      const actual = placeOf(file, sheet);
      lastPlace = actual === sheet ? undefined : actual;
    }
    return lastPlace;
  };
  const follow = (c: PlanCell): PlanCell => {
    const actual = moved(c);
    return actual === undefined ? c : { ...c, link: { ...c.link!, sheet: actual } };
  };
  // Compact rows are followed as they are made. Other rows are copied only when some link moved:
  // almost always none did, and copying rows to throw them away is what a large sheet cannot afford.
  if (plan.more) return mapPlanCells(plan, follow);
  if (!plan.rows.some((row) => row.some((c) => moved(c) !== undefined))) return plan;
  return { ...plan, rows: plan.rows.map((row) => row.map(follow)) };
}
