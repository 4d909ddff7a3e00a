/**
 * «Динамика»: one native line chart per indicator that has at least one value, two charts a row, and
 * below the charts the data they read (so a corrected history value redraws the line).
 *
 * Printed one page wide, the sheet must stay as narrow as the chart grid: the data go in blocks of a
 * few indicators each (periods down, an indicator's value and target side by side) instead of one
 * block a hundred indicators wide, which would shrink the charts to specks. Series stay column-wise:
 * both adapters read a chart's values down a column. Page breaks fall between chart rows.
 */
import { cellAddress, columnLetter } from "../domain/a1";
import { HistoryColumn, HistoryTable } from "../domain/history";
import { EMPTY, cell, headerCell, textCell, titleRow, valueCell } from "./cells";
import { ChartPlan, PlanCell, SheetPlan } from "./plan";
import { SHEET, TITLE, TREND_NOTE } from "./sheet-names";

/** Charts per grid row, each chart's size in cells, and the blank cells between them. */
export const GRID_COLUMNS = 2;
export const CHART_WIDTH = 8;
export const CHART_HEIGHT = 18;
const GAP = 1;
/** Chart rows per printed page (landscape A4, one page wide). */
const CHART_ROWS_PER_PAGE = 2;
/** 0-based row of the first chart: after the title, the legend line and a blank row. */
export const CHART_TOP = 3;
/** The sheet's width in columns: the chart grid; data blocks never go wider. */
export const GRID_WIDTH = GRID_COLUMNS * CHART_WIDTH + (GRID_COLUMNS - 1) * GAP;
const COLUMN_WIDTH = 10;

const VALUE_COLOR = "2E75B6";
const TARGET_COLOR = "C00000";

function charted(history: HistoryTable): HistoryColumn[] {
  return history.columns.filter(
    (c) => c.unit !== "да/нет" && history.rows.some((r) => typeof r.values[c.id] === "number"),
  );
}

const hasTargetLine = (c: HistoryColumn): boolean => typeof c.target === "number";

/** Indicators grouped so that «Период» plus each one's value (and target) columns fit the grid width. */
function blocks(cols: readonly HistoryColumn[]): HistoryColumn[][] {
  const out: HistoryColumn[][] = [];
  let current: HistoryColumn[] = [];
  let used = 1;
  for (const c of cols) {
    const need = hasTargetLine(c) ? 2 : 1;
    if (used + need > GRID_WIDTH) {
      out.push(current);
      current = [];
      used = 1;
    }
    current.push(c);
    used += need;
  }
  if (current.length > 0) out.push(current);
  return out;
}

interface Placed {
  readonly column: HistoryColumn;
  /** A1 ranges of the value and target cells, and of the block's periods. */
  readonly values: string;
  readonly target: string | null;
  readonly periods: string;
}

/** Writes the data blocks into `rows` from `top` (0-based) and says where each indicator went. */
function writeBlocks(rows: PlanCell[][], top: number, history: HistoryTable, cols: readonly HistoryColumn[]): Placed[] {
  const placed: Placed[] = [];
  let r = top;
  rows[r++] = [cell("Данные для графиков", "subtitle")];
  for (const block of blocks(cols)) {
    const headerRow = r;
    const first = headerRow + 2; // 1-based first period row
    const last = headerRow + 1 + history.rows.length;
    const span = (col: number): string => `${columnLetter(col)}${first}:${columnLetter(col)}${last}`;
    const header: PlanCell[] = [headerCell("Период")];
    const lines: PlanCell[][] = history.rows.map((row) => [textCell(row.period)]);
    for (const c of block) {
      const valueCol = header.length;
      header.push(headerCell(c.id));
      history.rows.forEach((row, i) => {
        const v = row.values[c.id];
        lines[i].push(typeof v === "number" ? valueCell(v, c.unit) : EMPTY);
      });
      let target: string | null = null;
      if (hasTargetLine(c)) {
        target = span(header.length);
        header.push(headerCell(`${c.id} цель`));
        for (const line of lines) line.push(valueCell(c.target as number, c.unit));
      }
      placed.push({ column: c, values: span(valueCol), target, periods: span(0) });
    }
    rows[r++] = header;
    for (const line of lines) rows[r++] = line;
    rows[r++] = [];
  }
  return placed;
}

function chartOf(p: Placed, k: number): ChartPlan {
  const top = CHART_TOP + Math.floor(k / GRID_COLUMNS) * (CHART_HEIGHT + GAP);
  const left = (k % GRID_COLUMNS) * (CHART_WIDTH + GAP);
  return {
    title: `${p.column.id} ${p.column.name}`,
    type: "line",
    from: cellAddress(top, left),
    to: cellAddress(top + CHART_HEIGHT - 1, left + CHART_WIDTH - 1),
    categories: p.periods,
    series: [
      { name: "Значение", values: p.values, color: VALUE_COLOR },
      ...(p.target !== null ? [{ name: "Цель", values: p.target, color: TARGET_COLOR, dashed: true }] : []),
    ],
    percent: p.column.unit === "%",
  };
}

export function buildTrendSheet(history: HistoryTable): SheetPlan {
  const cols = charted(history);
  const rows: PlanCell[][] = [
    titleRow(TITLE.trend),
    [cell(`${TREND_NOTE} Данные для графиков — под графиками.`, "muted")],
    [],
  ];
  if (cols.length === 0) {
    rows.push([cell("Пока нет значений для графиков: история показателей пуста.", "muted")]);
    return { name: SHEET.trend, rows, columnWidths: [40], tabColor: "548235" };
  }

  const chartRows = Math.ceil(cols.length / GRID_COLUMNS);
  const dataTop = CHART_TOP + chartRows * (CHART_HEIGHT + GAP);
  // Rows under the charts stay empty (ragged rows are allowed) until the data blocks.
  while (rows.length < dataTop) rows.push([]);
  const placed = writeBlocks(rows, dataTop, history, cols);

  // A break after every CHART_ROWS_PER_PAGE chart rows, and before the data: no chart is cut in two.
  const rowBreaks: number[] = [];
  for (let g = CHART_ROWS_PER_PAGE; g < chartRows; g += CHART_ROWS_PER_PAGE) rowBreaks.push(CHART_TOP + g * (CHART_HEIGHT + GAP));
  rowBreaks.push(dataTop);

  return {
    name: SHEET.trend,
    rows,
    columnWidths: Array.from({ length: GRID_WIDTH }, () => COLUMN_WIDTH),
    charts: placed.map(chartOf),
    print: { landscape: true, fitToWidth: 1, rowBreaks },
    tabColor: "548235",
  };
}
