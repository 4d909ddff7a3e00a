/**
 * «Динамика»: a data block (periods down; for each indicator its value and target columns) and one
 * native line chart per indicator that has at least one value, in a grid below the block. The charts
 * read the block, so a corrected history value redraws the line.
 */
import { cellAddress, columnLetter } from "../domain/a1";
import { HistoryColumn, HistoryTable } from "../domain/history";
import { EMPTY, cell, textCell, titleRow, valueCell } from "./cells";
import { ChartPlan, PlanCell, SheetPlan } from "./plan";
import { SHEET } from "./sheet-names";

export const TREND_HEADER_ROW = 4;
/** Charts per grid row, and each chart's size in cells. */
const GRID_COLUMNS = 2;
const CHART_WIDTH = 8;
const CHART_HEIGHT = 16;
const GAP = 1;

const VALUE_COLOR = "2E75B6";
const TARGET_COLOR = "C00000";

function charted(history: HistoryTable): HistoryColumn[] {
  return history.columns.filter(
    (c) => c.unit !== "да/нет" && history.rows.some((r) => typeof r.values[c.id] === "number"),
  );
}

export function buildTrendSheet(history: HistoryTable): SheetPlan {
  const cols = charted(history);
  const rows: PlanCell[][] = [
    titleRow("Динамика показателей"),
    [cell("Сплошная линия — значение показателя по периодам, пунктир — целевое значение.", "muted")],
    [],
  ];
  if (cols.length === 0) {
    rows.push([cell("Пока нет значений для графиков: история показателей пуста.", "muted")]);
    return { name: SHEET.trend, rows, columnWidths: [40], tabColor: "548235" };
  }

  const header: PlanCell[] = [cell("Период", "header")];
  const layout: { column: HistoryColumn; valueCol: number; targetCol: number | null }[] = [];
  for (const c of cols) {
    const valueCol = header.length;
    header.push(cell(c.id, "header"));
    let targetCol: number | null = null;
    if (typeof c.target === "number") {
      targetCol = header.length;
      header.push(cell(`${c.id} цель`, "header"));
    }
    layout.push({ column: c, valueCol, targetCol });
  }
  rows.push(header);
  for (const r of history.rows) {
    const line: PlanCell[] = [textCell(r.period)];
    for (const { column, targetCol } of layout) {
      const v = r.values[column.id];
      line.push(typeof v === "number" ? valueCell(v, column.unit) : EMPTY);
      if (targetCol !== null) line.push(valueCell(column.target as number, column.unit));
    }
    rows.push(line);
  }

  const first = TREND_HEADER_ROW + 1;
  const last = TREND_HEADER_ROW + history.rows.length;
  const range = (col: number): string => `${columnLetter(col)}${first}:${columnLetter(col)}${last}`;
  const chartTop = last + 1; // 0-based row index of the first row after the block + one blank row
  const charts: ChartPlan[] = layout.map(({ column, valueCol, targetCol }, k) => {
    const top = chartTop + Math.floor(k / GRID_COLUMNS) * (CHART_HEIGHT + GAP);
    const left = (k % GRID_COLUMNS) * (CHART_WIDTH + GAP);
    return {
      title: `${column.id} ${column.name}`,
      type: "line",
      from: cellAddress(top, left),
      to: cellAddress(top + CHART_HEIGHT - 1, left + CHART_WIDTH - 1),
      categories: `A${first}:A${last}`,
      series: [
        { name: "Значение", values: range(valueCol), color: VALUE_COLOR },
        ...(targetCol !== null ? [{ name: "Цель", values: range(targetCol), color: TARGET_COLOR, dashed: true }] : []),
      ],
      percent: column.unit === "%",
    };
  });

  return {
    name: SHEET.trend,
    rows,
    columnWidths: [14, ...header.slice(1).map(() => 11)],
    freeze: { rows: TREND_HEADER_ROW, columns: 1 },
    charts,
    tabColor: "548235",
  };
}
