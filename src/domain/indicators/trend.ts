/**
 * Targets stated as a change since the previous period (seed 000, Ленинск-Кузнецкий: «Увеличение доли
 * …», «Уменьшение доли …»). There is no number to meet: the value is compared with the indicator's last
 * earlier value in the history.
 *
 * Status, at the precision the user sees (% to 0.1 percent point, counts as they are):
 * - «достигнуто»     the value moved in the indicator's direction (even by 0.1);
 * - «близко»         the value is the same as before: the level is held but the seed asks for a change;
 * - «не достигнуто»  the value moved the wrong way;
 * - none             no value now, or none in an earlier period (the note says so).
 */
import { HistoryTable, comparePeriods } from "../history";
import { IndicatorDef } from "./def";
import { INDICATORS } from "./presets";
import { round1 } from "./status";
import { Direction, IndicatorResult, Status, TrendTarget } from "./types";
import { shareAudit } from "./evaluate";

export const NO_PREVIOUS_NOTE = "нет данных за прошлый период";

/** Status of `value` against `previous` for a «рост/снижение» target; null when either is unknown. */
export function trendStatus(value: number | null, previous: number | null, direction: Direction): Status | null {
  if (value === null || previous === null) return null;
  // Compared as shown: 12.34 and 12.3 are one value to a reader of the report.
  const delta = round1(value) - round1(previous);
  if (Math.abs(delta) < 0.05) return "близко";
  return (direction === "up" ? delta > 0 : delta < 0) ? "достигнуто" : "не достигнуто";
}

/** «2023/2024» is an academic year, «2024» a calendar one: a year is compared with a year of its kind. */
const isAcademic = (label: string): boolean => label.includes("/");

/**
 * The latest period before `period`, of the same kind, with a number for `id`, from the history. A
 * calendar year overlaps two academic years: «рост к 2024» for 2024/2025 would compare eight shared months.
 */
export function previousValue(history: HistoryTable, id: string, period: string): TrendTarget {
  for (let i = history.rows.length - 1; i >= 0; i--) {
    const row = history.rows[i];
    if (comparePeriods(row.period, period) >= 0 || isAcademic(row.period) !== isAcademic(period)) continue;
    const v = row.values[id];
    if (typeof v === "number") return { previousPeriod: row.period, previousValue: v };
  }
  return { previousPeriod: null, previousValue: null };
}

function withNote(note: string | undefined, extra: string): string {
  return note ? `${note}; ${extra}` : extra;
}

const TREND_IDS: ReadonlySet<string> = new Set(INDICATORS.filter((d) => d.trendTarget).map((d) => d.id));

/**
 * Results whose def has a trend target get `trend` and a status from the history (rows before
 * `period`); the others are returned as they are. `target` stays null, so the JSON contract holds.
 */
export function applyTrendTargets(
  results: readonly IndicatorResult[],
  history: HistoryTable,
  period: string,
  defs: readonly IndicatorDef[] = INDICATORS,
): IndicatorResult[] {
  const ids = defs === INDICATORS ? TREND_IDS : new Set(defs.filter((d) => d.trendTarget).map((d) => d.id));
  return results.map((r) => {
    if (!ids.has(r.id)) return r;
    const trend = previousValue(history, r.id, period);
    const value = typeof r.value === "number" ? r.value : null;
    const status = trendStatus(value, trend.previousValue, r.direction);
    const note = value !== null && trend.previousValue === null ? withNote(r.note, NO_PREVIOUS_NOTE) : r.note;
    return withTrend(r, trend, status, note);
  });
}

/**
 * A copy with the trend fields. `counted` and the audit helpers of a result are lazy getters (some not
 * enumerable), so they are carried over as property descriptors, never read here.
 */
function withTrend(r: IndicatorResult, trend: TrendTarget, status: Status | null, note: string | undefined): IndicatorResult {
  const copy = Object.defineProperties({}, Object.getOwnPropertyDescriptors(r)) as Record<string, unknown>;
  shareAudit(r, copy);
  copy.trend = trend;
  copy.status = status;
  if (note === undefined) delete copy.note;
  else copy.note = note;
  return copy as unknown as IndicatorResult;
}
