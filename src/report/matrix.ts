/**
 * A key × indicator matrix of breakdown values (schools or subjects down, indicators across), with a
 * colour scale per indicator column that turns red where things are worse: low for ↑ indicators, high
 * for ↓ ones. Shared by «Показатели по ОО» and «По предметам».
 */
import { columnLetter } from "../domain/a1";
import { IsoDate } from "../domain/dates";
import { BreakdownRow, IndicatorResult } from "../domain/indicators/types";
import { Period } from "../domain/period";
import { SCALE, cell, compareRu, dateRow, periodRow, statusStyle, textCell, titleRow, valueCell, headerCell, printOfWide } from "./cells";
import { statusOf } from "../domain/indicators/status";
import { ColorScalePlan, PlanCell, SheetPlan } from "./plan";

export const MATRIX_HEADER_ROW = 4;
export const MATRIX_TOTAL_LABEL = "Муниципалитет в целом";
const NONE = "—";

export interface MatrixSpec {
  readonly sheet: string;
  readonly title: string;
  /** Header of the first column: «ОО», «Предмет». */
  readonly keyHeader: string;
  readonly breakdown: (r: IndicatorResult) => readonly BreakdownRow[] | undefined;
  /** Shown instead of the matrix when no indicator has this breakdown. */
  readonly emptyMessage: string;
  readonly tabColor?: string;
}

/** Judged against its target, school by school, as «Показатели» judges the municipality. */
function hasTarget(r: IndicatorResult): r is IndicatorResult & { readonly target: number } {
  return typeof r.target === "number";
}

/**
 * A share without a target is coloured by its place among the schools; a count is not coloured at all:
 * schools of 10 and of 100 workers are not better or worse by how many people they have.
 */
function ranked(r: IndicatorResult): boolean {
  return !hasTarget(r) && r.unit === "%";
}

function breakdownValue(row: BreakdownRow, r: IndicatorResult): PlanCell {
  const v = row.value ?? (r.unit === "%" ? null : row.numerator);
  if (v === null) return cell(NONE, "muted");
  return hasTarget(r) ? valueCell(v, r.unit, statusStyle(statusOf(v, r.target, r.direction))) : valueCell(v, r.unit);
}

export function buildMatrixSheet(spec: MatrixSpec, indicators: readonly IndicatorResult[], period: Period, generatedOn: IsoDate): SheetPlan {
  const shown = indicators.filter((r) => r.unit !== "да/нет" && (spec.breakdown(r)?.length ?? 0) > 0);
  const rows: PlanCell[][] = [titleRow(spec.title), periodRow(period), dateRow(generatedOn)];
  if (shown.length === 0) {
    rows.push([cell(spec.emptyMessage, "muted")]);
    return { name: spec.sheet, rows, columnWidths: [40], tabColor: spec.tabColor };
  }

  // Each key (school, subject) gets a number as first met; an indicator's rows are placed by it. One
  // Map of the keys for all indicators, not one per indicator: a region has 1 700 schools × 100 indicators.
  const keyIndex = new Map<string, number>();
  const keys: string[] = [];
  const placed = shown.map((r) => {
    const byKey: (BreakdownRow | undefined)[] = [];
    for (const b of spec.breakdown(r) ?? []) {
      let k = keyIndex.get(b.key);
      if (k === undefined) {
        k = keys.length;
        keyIndex.set(b.key, k);
        keys.push(b.key);
      }
      byKey[k] = b;
    }
    return byKey;
  });
  // Stable: keys that compare equal keep the order they were met in.
  const order = keys.map((_, k) => k).sort((a, b) => compareRu(keys[a], keys[b]));

  rows.push([headerCell(spec.keyHeader), ...shown.map((r) => headerCell(`${r.id} ${r.shortName}`))]);
  for (const k of order) {
    rows.push([textCell(keys[k]), ...shown.map((r, i) => {
      const b = placed[i][k];
      return b ? breakdownValue(b, r) : cell(NONE, "muted");
    })]);
  }
  rows.push([cell(MATRIX_TOTAL_LABEL, "header"), ...shown.map((r) => valueCell(typeof r.value === "boolean" ? null : r.value, r.unit, "header"))]);
  rows.push([
    cell(
      `«${NONE}» — нет данных (в знаменателе никого). Цвет: у показателей с целевым значением — как на листе «Показатели»: ` +
        `достигнуто, близко, не достигнуто; у долей без цели — место среди ОО с учётом направления (зелёный — лучше, красный — хуже); ` +
        `количества (чел., ед.) не окрашены: их нельзя сравнивать у ОО разного размера.`,
      "muted",
    ),
  ]);

  const first = MATRIX_HEADER_ROW + 1;
  const last = MATRIX_HEADER_ROW + keys.length;
  const colorScales: ColorScalePlan[] =
    keys.length < 2
      ? []
      : shown.flatMap((r, i) => {
          if (!ranked(r)) return [];
          const col = columnLetter(i + 1);
          const up = r.direction === "up";
          return [{ range: `${col}${first}:${col}${last}`, minColor: up ? SCALE.bad : SCALE.good, midColor: SCALE.mid, maxColor: up ? SCALE.good : SCALE.bad }];
        });

  const columnWidths = [45, ...shown.map(() => 14)];
  return {
    name: spec.sheet,
    rows,
    columnWidths,
    freeze: { rows: MATRIX_HEADER_ROW, columns: 1 },
    colorScales,
    tabColor: spec.tabColor,
    ...printOfWide(columnWidths),
  };
}
