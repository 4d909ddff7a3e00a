/**
 * «История показателей»: periods down, indicator ids across, with name/unit/target/direction rows above
 * the header. It is both a report and Metodist's memory: the next run reads it back with
 * domain/history.ts `parseHistory`, so the layout and the left-column labels are shared with the reader.
 */
import { columnLetter } from "../domain/a1";
import { HISTORY_LABELS, HistoryTable } from "../domain/history";
import { EMPTY, cell, directionText, targetCell, textCell, titleRow, valueCell, headerCell, printOfWide } from "./cells";
import { PlanCell, SheetPlan } from "./plan";
import { HISTORY_NOTE, SHEET, TITLE } from "./sheet-names";

export const HISTORY_HEADER_ROW = 7;
export const HISTORY_TABLE = "Metodist_History";

export function buildHistorySheet(history: HistoryTable): SheetPlan {
  const cols = history.columns;
  const label = (s: string): PlanCell => cell(s, "subtitle");
  const rows: PlanCell[][] = [
    titleRow(TITLE.history),
    [cell(`${HISTORY_NOTE} Прошлые годы можно дописать вручную (доли — в процентах, например 69,1 %).`, "muted")],
    [label(HISTORY_LABELS.name), ...cols.map((c) => ({ v: c.name, wrap: true, style: "muted" as const }))],
    [label(HISTORY_LABELS.unit), ...cols.map((c) => cell(c.unit))],
    [label(HISTORY_LABELS.target), ...cols.map((c) => targetCell(c.target, c.unit))],
    [label(HISTORY_LABELS.direction), ...cols.map((c) => cell(directionText(c.direction)))],
    [headerCell(HISTORY_LABELS.period), ...cols.map((c) => headerCell(c.id))],
  ];
  for (const r of history.rows) {
    rows.push([
      textCell(r.period),
      ...cols.map((c) => {
        const v = r.values[c.id];
        return v === undefined || v === null ? EMPTY : valueCell(v, c.unit);
      }),
    ]);
  }
  const lastCol = columnLetter(cols.length);
  const columnWidths = [14, ...cols.map(() => 13)];
  return {
    name: SHEET.history,
    rows,
    columnWidths,
    ...printOfWide(columnWidths),
    freeze: { rows: HISTORY_HEADER_ROW, columns: 1 },
    tables:
      cols.length > 0 && history.rows.length > 0
        ? [{ name: HISTORY_TABLE, range: `A${HISTORY_HEADER_ROW}:${lastCol}${HISTORY_HEADER_ROW + history.rows.length}` }]
        : [],
    tabColor: "548235",
  };
}
