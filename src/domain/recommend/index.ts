/**
 * Drafts of «адресные рекомендации»: for each indicator that is not achieved, the schools with the
 * worst values (in the indicator's direction) and a short text from the family table naming them.
 */
import { BreakdownRow, Direction, IndicatorResult, Status } from "../indicators/types";
import { Family, RECOMMENDATION_TEXT, familyOf } from "./families";
import { statusOf } from "../indicators/status";

export { FAMILY_RULES, RECOMMENDATION_TEXT, familyOf } from "./families";
export type { Family } from "./families";

export interface LowSchool {
  readonly school: string;
  readonly value: number;
}

export interface Recommendation {
  readonly indicatorId: string;
  readonly indicatorName: string;
  readonly unit: IndicatorResult["unit"];
  readonly value: IndicatorResult["value"];
  readonly target: IndicatorResult["target"];
  readonly status: Status;
  readonly family: Family;
  /** Worst first. Empty when the indicator has no breakdown by school. */
  readonly schools: readonly LowSchool[];
  readonly text: string;
}

export interface RecommendOptions {
  /** How many lowest schools to name (default 3). */
  readonly lowest?: number;
}


/** Worse first: lower values for ↑ indicators, higher for ↓; ties by name for a stable order. */
function worseFirst(direction: Direction): (a: LowSchool, b: LowSchool) => number {
  const sign = direction === "up" ? 1 : -1;
  return (a, b) => sign * (a.value - b.value) || (a.school < b.school ? -1 : a.school > b.school ? 1 : 0);
}

export function lowestSchools(r: IndicatorResult, count: number): LowSchool[] {
  const rows: LowSchool[] = [];
  for (const b of r.bySchool as readonly BreakdownRow[]) {
    const v = b.value ?? (r.unit === "%" ? null : b.numerator);
    // A school that already meets the target is not «lowest», whatever its rank.
    if (v !== null && statusOf(v, r.target, r.direction) !== "достигнуто") rows.push({ school: b.key, value: v });
  }
  rows.sort(worseFirst(r.direction));
  if (rows.length <= count) return rows;
  // Schools tied with the last one named are named too: picking 3 of 10 schools at 0 % by alphabet
  // would single out schools at random. Too many ties → only the strictly worse ones (maybe none:
  // the recommendation then goes to every school).
  const edge = rows[count - 1].value;
  let end = count;
  while (end < rows.length && rows[end].value === edge) end += 1;
  if (end <= count * 2) return rows.slice(0, end);
  return rows.slice(0, count).filter((s) => s.value !== edge);
}

/**
 * «ОО с наименьшими значениями (Школа № 3; Гимназия № 1): организовать …» — names stay as typed.
 * `municipal`: the indicator has no school breakdown (a municipal да/нет or a figure of «Сведения
 * муниципалитета»): the gap is the municipality's own, for its methodical service to close.
 */
export function recommendationText(family: Family, schools: readonly LowSchool[], municipal = false): string {
  const action = RECOMMENDATION_TEXT[family];
  if (municipal) return `Муниципальной методической службе (ИМЦ): ${action}`;
  if (schools.length === 0) return `Всем ОО муниципалитета: ${action}`;
  const label = schools.length === 1 ? "ОО с наименьшим значением" : "ОО с наименьшими значениями";
  return `${label} (${schools.map((s) => s.school).join("; ")}): ${action}`;
}

const STATUS_ORDER: Readonly<Record<Status, number>> = { "не достигнуто": 0, близко: 1, достигнуто: 2 };

/** Not achieved first («не достигнуто» before «близко»), then in the order the preset lists them. */
export function recommend(results: readonly IndicatorResult[], opts: RecommendOptions = {}): Recommendation[] {
  const count = opts.lowest ?? 3;
  const out: { rec: Recommendation; order: number }[] = [];
  results.forEach((r, order) => {
    if (r.status === null || r.status === "достигнуто") return;
    const family = familyOf(r.name);
    const schools = lowestSchools(r, count);
    out.push({
      order,
      rec: {
        indicatorId: r.id,
        indicatorName: r.name,
        unit: r.unit,
        value: r.value,
        target: r.target,
        status: r.status,
        family,
        schools,
        text: recommendationText(family, schools, r.bySchool.length === 0),
      },
    });
  });
  out.sort((a, b) => STATUS_ORDER[a.rec.status] - STATUS_ORDER[b.rec.status] || a.order - b.order);
  return out.map((o) => o.rec);
}
