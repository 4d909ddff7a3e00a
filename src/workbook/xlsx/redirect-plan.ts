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
  // Rows are copied only when some link moved: almost always none did, and copying a million rows
  // to throw them away cost a CLI run of 100 000 workers ≈ 0.4 s.
  if (!plan.rows.some((row) => row.some((c) => moved(c) !== undefined))) return plan;
  const rows = plan.rows.map((row) =>
    row.map((c) => {
      const actual = moved(c);
      return actual === undefined ? c : { ...c, link: { ...c.link!, sheet: actual } };
    }),
  );
  return { ...plan, rows };
}
