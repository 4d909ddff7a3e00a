/**
 * Cell helpers shared by the output sheets. One convention everywhere: % values are written as Excel
 * percentages (the engine's 12.3 percent points → 0.123 with format "0.0%"), so the user sees «12,3 %»
 * in their locale and charts get a native percent axis.
 */
import { formatRu, IsoDate } from "../domain/dates";
import { Direction, IndicatorResult, Status, TrendTarget, Unit } from "../domain/indicators/types";
import { ruNumber } from "../domain/text";
import { Period } from "../domain/period";
import { PlanCell, PlanValue, PrintPlan, StyleName } from "./plan";
import { PERIOD_LINE } from "./sheet-names";

export const PERCENT_FORMAT = "0.0%";
export const INTEGER_FORMAT = "0";
export const DECIMAL_FORMAT = "0.0#";
export const NO_DATA = "нет данных";

export const EMPTY: PlanCell = { v: null };

/** Excel holds at most 32 767 characters in a cell; a host refuses a longer value. */
export const MAX_CELL_TEXT = 32_767;

/** A text as a cell can hold it: a longer one (a pasted document quoted in a reason) ends in «…». */
function fitted(v: PlanValue): PlanValue {
  return typeof v === "string" && v.length > MAX_CELL_TEXT ? `${v.slice(0, MAX_CELL_TEXT - 1)}…` : v;
}

export function cell(value: PlanValue, style?: StyleName, numFmt?: string): PlanCell {
  const v = fitted(value);
  if (style === undefined && numFmt === undefined) return { v };
  if (numFmt === undefined) return { v, style };
  return style === undefined ? { v, numFmt } : { v, style, numFmt };
}

/** User text (school names, ФИО, titles) as a plain value: adapters write it as text, never a formula. */
export function textCell(s: string | null | undefined, style?: StyleName): PlanCell {
  return cell(s ?? null, style);
}

/**
 * A table header cell. Headers wrap, so «Целевое значение» or «AL-3.9.1 цель» stay whole in a narrow
 * column (the adapters give wrapped rows their height) instead of being cut at the column edge.
 */
export function headerCell(text: string): PlanCell {
  return { v: text, style: "header", wrap: true };
}

export function titleRow(title: string): PlanCell[] {
  return [cell(title, "title")];
}

export function periodRow(period: Period): PlanCell[] {
  return [cell(`${PERIOD_LINE}${period.label} (${formatRu(period.start)} – ${formatRu(period.end)})`, "subtitle")];
}

export function dateRow(generatedOn: IsoDate): PlanCell[] {
  return [cell(`Дата расчёта: ${formatRu(generatedOn)}`, "muted")];
}

/** Percent points → the Excel fraction, without float noise (12.3 → 0.123, not 0.12300000000000001). */
export function fraction(points: number): number {
  return Number((points / 100).toPrecision(12));
}

function numberFormat(n: number): string {
  return Number.isInteger(n) ? INTEGER_FORMAT : DECIMAL_FORMAT;
}

/** An indicator (or breakdown) value as the user sees it; null is «нет данных». */
export function valueCell(value: number | boolean | null, unit: Unit, style?: StyleName): PlanCell {
  if (value === null) return cell(NO_DATA, style ?? "muted");
  if (typeof value === "boolean") return cell(value ? "да" : "нет", style);
  if (unit === "%") return cell(fraction(value), style, PERCENT_FORMAT);
  return cell(value, style, numberFormat(value));
}

/** A target: «≥ 30 %» is a number with the % format; a да/нет target reads «да». Empty when none. */
export function targetCell(target: number | boolean | null, unit: Unit): PlanCell {
  if (target === null) return EMPTY;
  return valueCell(target, unit);
}

/**
 * «12,0 %», «3 чел.»: a value inside a text (a cell, the console) as the report's number cells show it —
 * shares to one decimal as PERCENT_FORMAT prints them, counts as they are — with a decimal comma.
 */
export function valueText(v: number, unit: string): string {
  const shown = Math.round(v * 10) / 10;
  return unit === "%" ? `${shown.toFixed(1).replace(".", ",")} %` : `${ruNumber(shown)} ${unit}`;
}

/**
 * «рост к 2022/2023 (было 45,3 %)» / «снижение к …»: a target that is a change vs the previous period
 * (LK), with the value it is a change from, so the row says what the status compares.
 */
export function trendTargetText(direction: Direction, trend: TrendTarget, unit: string): string {
  const text = `${direction === "up" ? "рост" : "снижение"} к ${trend.previousPeriod ?? "прошлому периоду"}`;
  return trend.previousValue === null ? text : `${text} (было ${valueText(trend.previousValue, unit)})`;
}

/** The target column of a result: the number, or the «рост к …» wording of a trend target. */
export function resultTargetCell(r: IndicatorResult): PlanCell {
  if (r.trend) return cell(trendTargetText(r.direction, r.trend, r.unit));
  return targetCell(r.target, r.unit);
}

export function countCell(n: number | null): PlanCell {
  return n === null ? EMPTY : cell(n, undefined, numberFormat(n));
}

export function directionText(d: Direction): string {
  return d === "up" ? "↑" : "↓";
}

const STATUS_STYLE: Readonly<Record<Status, StyleName>> = {
  достигнуто: "statusOk",
  близко: "statusClose",
  "не достигнуто": "statusFail",
};

export function statusStyle(s: Status | null): StyleName {
  return s === null ? "statusNone" : STATUS_STYLE[s];
}

export const NO_TARGET = "цель не задана";

/**
 * The status a user reads. Without a status the reason matters: a value with no target is not
 * «нет данных» (DZ has no targets in the seed), it is «цель не задана».
 */
export function statusCell(s: Status | null, value: number | boolean | null = null, hasTarget = false): PlanCell {
  if (s !== null) return cell(s, statusStyle(s));
  return cell(value !== null && !hasTarget ? NO_TARGET : NO_DATA, "statusNone");
}

/** A result has a target when the seed gives a number/да, or a «рост/снижение» vs the previous period. */
export function hasTarget(r: Pick<IndicatorResult, "target" | "trend">): boolean {
  return r.target !== null || r.trend !== undefined;
}

/** Conditional-format colours (Excel's default red–yellow–green scale). */
export const SCALE = { bad: "F8696B", mid: "FFEB84", good: "63BE7B" } as const;

const COLLATOR = new Intl.Collator("ru", { sensitivity: "base", numeric: true });
export const compareRu = (a: string, b: string): number => COLLATOR.compare(a, b);

/** Characters of column width a landscape A4 page holds at full size (Calibri 11, margins 0.7"). */
export const LANDSCAPE_PAGE_WIDTH = 135;

/**
 * How a table of these column widths prints: one page wide while that keeps the print at three
 * quarters of its size or more; wider, at full size over several pages, its first column (the schools,
 * the periods) repeated on each — a matrix of a hundred indicators shrunk onto one page was a strip
 * nobody could read.
 */
export function printOfWide(columnWidths: readonly number[]): { readonly print?: PrintPlan } {
  const width = columnWidths.reduce((a, b) => a + b, 0);
  return width > LANDSCAPE_PAGE_WIDTH / 0.75 ? { print: { fullSize: true } } : {};
}
