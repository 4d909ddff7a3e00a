/**
 * «Показатели»: one row per indicator with its numerator and denominator, the value, target, direction
 * and status. For % indicators the value is a live formula over the N and S cells next to it, so an
 * official who corrects a count sees the share change; the engine's value rides along as the cached
 * result for hosts that do not recalculate.
 */
import { IsoDate, formatRu } from "../domain/dates";
import { PRESETS } from "../domain/indicators";
import { IndicatorResult } from "../domain/indicators/types";
import { Period } from "../domain/period";
import {
  EMPTY,
  NO_DATA,
  PERCENT_FORMAT,
  cell,
  countCell,
  directionText,
  fraction,
  hasTarget,
  headerCell,
  periodRow,
  resultTargetCell,
  statusCell,
  titleRow,
  valueCell,
} from "./cells";
import { PlanCell, SheetPlan } from "./plan";
import { SHEET, TITLE } from "./sheet-names";

export const INDICATOR_HEADERS = [
  "Код",
  "Показатель",
  "Числитель (N)",
  "Знаменатель (S)",
  "Значение",
  "Ед.",
  "Целевое значение",
  "Направление",
  "Статус",
  "Примечание",
] as const;

/** 1-based row of the table header; data starts on the next row. */
export const INDICATOR_HEADER_ROW = 4;
export const INDICATORS_TABLE = "Metodist_Indicators";

/**
 * The value formula for a % indicator on `row`: Excel's ROUND(N/S, 3) is the engine's rounding to 0.1
 * percent point, and S = 0 reads «нет данных» exactly as the engine reports it.
 */
export function percentFormula(row: number): string {
  return `IF(D${row}=0,"${NO_DATA}",ROUND(C${row}/D${row},3))`;
}

function engineAgreesWithRatio(r: IndicatorResult): boolean {
  if (r.numerator === null || r.denominator === null) return false;
  if (r.denominator === 0) return r.value === null;
  if (typeof r.value !== "number") return false;
  return Math.abs(Math.round((r.numerator / r.denominator) * 1000) / 10 - r.value) < 1e-9;
}

function valueOf(r: IndicatorResult, row: number): PlanCell {
  // A formula only where it reproduces the engine; otherwise the engine's number stands alone.
  if (r.unit === "%" && engineAgreesWithRatio(r)) {
    const result = typeof r.value === "number" ? fraction(r.value) : NO_DATA;
    return cell({ formula: percentFormula(row), result }, undefined, PERCENT_FORMAT);
  }
  return valueCell(r.value, r.unit);
}

function indicatorRow(r: IndicatorResult, row: number): PlanCell[] {
  const ratio = r.unit === "%";
  return [
    cell(r.id),
    { v: r.name, wrap: true },
    ratio || r.unit === "чел." || r.unit === "ед." ? countCell(r.numerator) : EMPTY,
    ratio ? countCell(r.denominator) : EMPTY,
    valueOf(r, row),
    cell(r.unit),
    resultTargetCell(r),
    cell(directionText(r.direction)),
    statusCell(r.status, r.value, hasTarget(r)),
    r.note ? { v: r.note, wrap: true, style: "muted" } : EMPTY,
  ];
}

/** «. Наборы: LK — Ленинск-Кузнецкий муниципальный округ; DZ — г. Дзержинск» for the presets present. */
function presetsText(indicators: readonly IndicatorResult[]): string {
  const used = new Set(indicators.map((r) => r.preset));
  const names = PRESETS.filter((p) => used.has(p.id)).map((p) => `${p.id} — ${p.title}`);
  return names.length > 0 ? `. Наборы показателей: ${names.join("; ")}` : "";
}

/**
 * The words the short names, charts and sheets abbreviate (INDICATORS.md «Populations») and what the
 * status means («Status against target»): the sheet is printed and read by people who did not set it up.
 */
const LEGEND: readonly string[] = [
  "Сокращения: ПР — педагогические работники; РК — руководящие кадры; МС — молодые специалисты; УЧ — учителя; ПДО — педагоги дополнительного образования; " +
    "ОО — образовательная организация; ДОО — дошкольная ОО; КПК — курсы повышения квалификации; ДПП — дополнительные профессиональные программы; ФР ДПП — Федеральный реестр ДПП; " +
    "ИОМ — индивидуальный образовательный маршрут; ЦНППМ — центр непрерывного повышения профессионального мастерства; ММС — муниципальная методическая служба.",
  "Статус: «достигнуто» — значение не хуже цели с учётом направления (↑ — чем больше, тем лучше; ↓ — чем меньше, тем лучше); «близко» — хуже цели не более чем на 10 % от неё; «не достигнуто» — хуже. Цель «рост/снижение к прошлому году» сравнивается со значением прошлого периода на листе «История показателей».",
];

export function buildIndicatorsSheet(indicators: readonly IndicatorResult[], period: Period, generatedOn: IsoDate): SheetPlan {
  const rows: PlanCell[][] = [
    titleRow(TITLE.indicators),
    periodRow(period),
    [cell(`Дата расчёта: ${formatRu(generatedOn)}${presetsText(indicators)}`, "muted")],
    INDICATOR_HEADERS.map(headerCell),
  ];
  indicators.forEach((r, i) => rows.push(indicatorRow(r, INDICATOR_HEADER_ROW + 1 + i)));
  if (indicators.length === 0) rows.push([cell("Не выбран ни один набор показателей (LK, DZ, AL, KL, BM).", "muted")]);
  const last = INDICATOR_HEADER_ROW + Math.max(indicators.length, 1);
  if (indicators.length > 0) {
    // Under the table (a row apart, so the table does not take it in): what the short names stand for.
    rows.push([], ...LEGEND.map((line) => [cell(line, "muted")]));
  }
  return {
    name: SHEET.indicators,
    rows,
    columnWidths: [11, 60, 12, 13, 11, 7, 21, 12, 15, 40],
    freeze: { rows: INDICATOR_HEADER_ROW, columns: 1 },
    tables: indicators.length > 0 ? [{ name: INDICATORS_TABLE, range: `A${INDICATOR_HEADER_ROW}:J${last}` }] : [],
    tabColor: "2E75B6",
  };
}
