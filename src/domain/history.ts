/**
 * Indicator history: one row per reporting period, one column per indicator id. The report writes it
 * as the «История показателей» sheet; the next run reads that sheet back (from the workbook itself or
 * from `--history FILE.xlsx`), updates the current period's row in place and keeps every other period.
 *
 * Units: % values are kept in percent points (69.1), as the engine computes them. The sheet stores them
 * as Excel percentages (0.691 with a % format); hosts give such a cell as it is shown (69.1), and a
 * number typed by hand without the format is read as typed, so a cell means what the user sees.
 */
import { columnLetter } from "./a1";
import { Grid, SheetGrid, isCellError } from "./grid";
import { Issue } from "./issues";
import { russianErrorName } from "./normalize/cell-error";
import { foldIndicatorCode, looksLikeCode } from "./indicators/codes";
import { INDICATORS, presetIdOf } from "./indicators/presets";
import { Direction, IndicatorResult, Unit } from "./indicators/types";
import { Period, parsePeriod } from "./period";
import { fold } from "./text";

export type HistoryValue = number | boolean | null;

export interface HistoryColumn {
  readonly id: string;
  /** A short name for headers and chart titles. */
  readonly name: string;
  readonly unit: Unit;
  readonly target: number | boolean | null;
  readonly direction: Direction;
}

export interface HistoryRow {
  /** Period label, «2023/2024» or «2024». */
  readonly period: string;
  readonly values: Readonly<Record<string, HistoryValue>>;
}

export interface HistoryTable {
  readonly columns: readonly HistoryColumn[];
  /** Sorted by period start. */
  readonly rows: readonly HistoryRow[];
}

export const EMPTY_HISTORY: HistoryTable = { columns: [], rows: [] };

/** Labels of the history sheet's left column; the writer (report/history-sheet.ts) uses the same words. */
export const HISTORY_LABELS = {
  name: "Показатель",
  unit: "Ед.",
  target: "Целевое значение",
  direction: "Направление",
  period: "Период",
} as const;

const UNITS: readonly Unit[] = ["%", "чел.", "ед.", "да/нет"];

/**
 * The seed's published values (seed 001, Алапаевск, «Анализ состояния…», items 3 and 4): share of
 * teachers who completed КПК 69,1 % (2021/2022) and 72,3 % (2022/2023), of them by ФР ДПП programmes
 * 33,2 % and 48,1 %; share with ИОМ built by ЦНППМ after regional diagnostics 13,5 % → 26 %.
 * Used only for cells nothing else gives a value for.
 */
export const SEED_HISTORY: HistoryTable = {
  columns: [
    { id: "AL-1.2.3", name: "ИОМ ЦНППМ после региональной диагностики", unit: "%", target: null, direction: "up" },
    { id: "AL-3.9.1", name: "Прошли КПК", unit: "%", target: 30, direction: "up" },
    { id: "AL-3.9.2", name: "КПК по ФР ДПП", unit: "%", target: null, direction: "up" },
  ],
  rows: [
    { period: "2021/2022", values: { "AL-3.9.1": 69.1, "AL-3.9.2": 33.2, "AL-1.2.3": 13.5 } },
    { period: "2022/2023", values: { "AL-3.9.1": 72.3, "AL-3.9.2": 48.1, "AL-1.2.3": 26 } },
  ],
};

/** Period order: by start date; labels that are not periods go last, alphabetically. */
export function comparePeriods(a: string, b: string): number {
  const pa = parsePeriod(a);
  const pb = parsePeriod(b);
  if (pa && pb) return pa.start < pb.start ? -1 : pa.start > pb.start ? 1 : pa.end < pb.end ? -1 : pa.end > pb.end ? 1 : 0;
  if (pa) return -1;
  if (pb) return 1;
  return a < b ? -1 : a > b ? 1 : 0;
}

function text(v: unknown): string {
  if (typeof v === "string") return v.trim();
  if (typeof v === "number" && Number.isFinite(v)) return String(v);
  return "";
}

/** What people write for «no value»: a dash, «нет данных», «н/д». */
const NO_VALUE = /^(?:[-–—]+|нет данных|н\/д|нд)$/;

/**
 * A history cell as the user sees it: a number (a share in percent points — hosts give «69,1 %» as
 * 69.1, and 8 typed without the format is 8 %, as the sheet's note asks); texts «69,1 %», «да»,
 * «нет данных». undefined: something is there that is no value (a word, an Excel error) — the reader
 * says so.
 */
function readValue(v: unknown): HistoryValue | undefined {
  if (v === null || v === undefined) return null;
  if (isCellError(v) || v instanceof Date) return undefined;
  if (typeof v === "boolean") return v;
  if (typeof v === "number") return Number.isFinite(v) ? v : undefined;
  const t = fold(String(v));
  if (t === "") return null;
  if (t === "да") return true;
  if (t === "нет") return false;
  if (NO_VALUE.test(t)) return null;
  const m = /^(-?\d+(?:[.,]\d+)?)\s*%?$/.exec(t);
  if (!m) return undefined;
  // Typed text is read as shown: «69,1» and «69,1 %» are both percent points.
  return Number(m[1].replace(",", "."));
}

/** A cell as its warning quotes it: an Excel error as Russian Excel shows it, a date as dd.mm.yyyy. */
function shown(v: unknown): string {
  if (isCellError(v)) return russianErrorName(v.error);
  if (v instanceof Date) return v.toISOString().slice(0, 10).split("-").reverse().join(".");
  return String(v);
}

/** A period as people label a row: «2023/2024», «2023-24», «2023-2024 уч. год», «2024 г.». */
function periodOfLabel(label: string): string | null {
  const bare = fold(label).replace(/\s*(?:уч(?:ебный|\.)?\s*)?(?:год|гг?\.?)\s*$/, "");
  return parsePeriod(bare)?.label ?? null;
}

function readUnit(v: unknown): Unit {
  const t = text(v);
  return (UNITS as readonly string[]).includes(t) ? (t as Unit) : "%";
}

function readDirection(v: unknown): Direction {
  const t = text(v);
  return t === "↓" || fold(t).startsWith("ниже") ? "down" : "up";
}

/**
 * A header cell as an indicator id. `known`: the preset's id, however it was typed («lk-01 », «LК-01»
 * with a Cyrillic К, «LK–02», «LK 04», «LK-3»); otherwise a code of no preset, kept as typed («XX–05»).
 * null: no code («Примечание», «ИТОГО»).
 */
function codeOf(v: unknown): { id: string; known: boolean } | null {
  const typed = text(v);
  if (typed === "") return null;
  const id = presetIdOf(typed);
  if (id !== null) return { id, known: true };
  return looksLikeCode(foldIndicatorCode(typed)) ? { id: typed, known: false } : null;
}

type HistoryRule = "history.value" | "history.period" | "history.duplicatePeriod" | "history.unknownCode" | "history.duplicateCode";

/** The presets, as the unknown-code warning names them. */
const PRESET_LIST = [...new Set(INDICATORS.map((d) => d.preset))].join(", ");

/** The row whose first cell is «Период» followed by indicator ids. */
function findHeader(cells: Grid): number {
  const limit = Math.min(cells.length, 40);
  for (let r = 0; r < limit; r++) {
    const row = cells[r] ?? [];
    if (fold(text(row[0])) !== "период") continue;
    if (row.slice(1).some((c) => codeOf(c) !== null)) return r;
  }
  return -1;
}

function parseOne(grid: SheetGrid, issues: Issue[]): HistoryTable | null {
  const cells = grid.cells;
  const h = findHeader(cells);
  if (h < 0) return null;
  const header = cells[h];
  const labelRow = (label: string): readonly unknown[] => {
    for (let r = 0; r < h; r++) if (fold(text(cells[r]?.[0])) === fold(label)) return cells[r];
    return [];
  };
  const names = labelRow(HISTORY_LABELS.name);
  const units = labelRow(HISTORY_LABELS.unit);
  const targets = labelRow(HISTORY_LABELS.target);
  const directions = labelRow(HISTORY_LABELS.direction);
  const at = (r: number, c: number): string => `${columnLetter(c)}${r + 1}`;
  const warn = (r: number, c: number, rule: HistoryRule, message: string) =>
    issues.push({ file: grid.file, sheet: grid.sheet, cell: at(r, c), rule, severity: "warning", message });
  const columnAt = (c: number, id: string): HistoryColumn => {
    const unit = readUnit(units[c]);
    return { id, name: text(names[c]) || id, unit, target: readValue(targets[c]) ?? null, direction: readDirection(directions[c]) };
  };
  // One HistoryColumn an id, read from each cell that holds its code: a second column of an id (the
  // Cyrillic «LК-01» an earlier version kept beside «LK-01») fills only the periods the first leaves empty.
  const byId = new Map<string, { col: number; column: HistoryColumn }>();
  const columns: { col: number; column: HistoryColumn }[] = [];
  for (let c = 1; c < header.length; c++) {
    const code = codeOf(header[c]);
    if (code === null) continue;
    const { id } = code;
    if (!code.known) {
      warn(h, c, "history.unknownCode", `«${text(header[c])}» похоже на код показателя, но такого показателя нет ни в одном наборе (${PRESET_LIST}): столбец сохранён в истории, но ни к одному показателю не относится; исправьте код, например LK-03 или AL-1.2.3`);
    }
    const first = byId.get(id);
    if (first) {
      const letter = columnLetter(first.col);
      warn(h, c, "history.duplicateCode", `«${text(header[c])}» — тот же показатель ${id}, что и столбец ${letter}: из этого столбца прочитаны только периоды, где в ${letter} пусто; оставьте один столбец`);
      columns.push({ col: c, column: first.column });
      continue;
    }
    const entry = { col: c, column: columnAt(c, id) };
    byId.set(id, entry);
    columns.push(entry);
  }
  const rows: HistoryRow[] = [];
  const seen = new Map<string, number>();
  for (let r = h + 1; r < cells.length; r++) {
    const row = cells[r] ?? [];
    const label = text(row[0]);
    // A row left blank between periods (a year cleared by hand) ends nothing: the years below are read.
    if (!label && !row.some((v) => text(v) !== "")) continue;
    const period = label ? periodOfLabel(label) : null;
    if (period === null) {
      warn(r, 0, "history.period", `«${label || "(пусто)"}» — не период: строка истории не прочитана; напишите учебный год как «2023/2024» или календарный как «2024»`);
      continue;
    }
    const earlier = seen.get(period);
    if (earlier !== undefined) {
      warn(r, 0, "history.duplicatePeriod", `Период ${period} уже есть в строке ${earlier + 1}: прочитана та строка, эта — нет; оставьте одну`);
      continue;
    }
    seen.set(period, r);
    const values: Record<string, HistoryValue> = {};
    for (const { col, column } of columns) {
      const v = readValue(row[col]);
      if (v === undefined) {
        warn(r, col, "history.value", `${column.id} за ${period}: «${shown(row[col])}» — не значение; напишите число${column.unit === "%" ? " в процентах (например 69,1)" : ""}, «да»/«нет» или оставьте пустым — пока значения за этот период нет`);
        continue;
      }
      if (v !== null && values[column.id] === undefined) values[column.id] = v;
    }
    rows.push({ period, values });
  }
  return { columns: [...byId.values()].map((c) => c.column), rows };
}

/**
 * Reads every grid that holds a history table (a «История показателей» sheet, ours or a user's copy).
 * When two grids give a value for the same period and indicator, the earlier grid wins.
 */
export function parseHistory(grids: readonly SheetGrid[]): HistoryTable {
  return readHistory(grids).table;
}

/** parseHistory, with what it could not read said at its cell: a value, a period, a period twice. */
export function readHistory(grids: readonly SheetGrid[]): { table: HistoryTable; issues: Issue[] } {
  let table = EMPTY_HISTORY;
  const issues: Issue[] = [];
  for (const g of grids) {
    const one = parseOne(g, issues);
    if (one) table = fillGaps(table, one);
  }
  return { table, issues };
}

function sortRows(rows: HistoryRow[]): HistoryRow[] {
  return rows.sort((a, b) => comparePeriods(a.period, b.period));
}

/**
 * Adds what `extra` knows and `base` does not: columns missing from base, and values for
 * (period, id) cells base leaves empty. `onlyIds` limits which of extra's indicators come in.
 */
export function fillGaps(base: HistoryTable, extra: HistoryTable, onlyIds?: ReadonlySet<string>): HistoryTable {
  const wanted = (id: string): boolean => !onlyIds || onlyIds.has(id);
  const known = new Set(base.columns.map((c) => c.id));
  const columns = [...base.columns, ...extra.columns.filter((c) => !known.has(c.id) && wanted(c.id))];
  const byPeriod = new Map<string, Record<string, HistoryValue>>();
  for (const r of base.rows) byPeriod.set(r.period, { ...r.values });
  for (const r of extra.rows) {
    let values = byPeriod.get(r.period);
    for (const [id, v] of Object.entries(r.values)) {
      if (v === null || !wanted(id)) continue;
      if (!values) {
        values = {};
        byPeriod.set(r.period, values);
      }
      if (values[id] === undefined || values[id] === null) values[id] = v;
    }
  }
  const rows = sortRows([...byPeriod].map(([period, values]) => ({ period, values })));
  return { columns, rows };
}

/** SEED_HISTORY for the indicators being computed, where nothing else is known. */
export function withSeedHistory(history: HistoryTable, ids: Iterable<string>): HistoryTable {
  return fillGaps(history, SEED_HISTORY, new Set(ids));
}

/**
 * Puts this run's results into the period's row (replacing earlier values of those indicators; the
 * row's other indicators and every other period stay), refreshes column names/units/targets from the
 * results, and keeps rows sorted by period. Columns: this run's indicators in their order, then the rest.
 */
export function mergeHistory(history: HistoryTable, period: Period, results: readonly IndicatorResult[]): HistoryTable {
  // This run's indicators first, in preset order (charts follow it), then the others as they were.
  const fresh = new Set(results.map((r) => r.id));
  const columns: HistoryColumn[] = [...results.map(columnOf), ...history.columns.filter((c) => !fresh.has(c.id))];

  const current: Record<string, HistoryValue> = {};
  let found = false;
  const rows = history.rows.map((row) => {
    if (row.period !== period.label) return row;
    found = true;
    Object.assign(current, row.values);
    return { period: row.period, values: current };
  });
  for (const r of results) current[r.id] = r.value;
  if (!found) rows.push({ period: period.label, values: current });
  return { columns, rows: sortRows(rows) };
}

function columnOf(r: IndicatorResult): HistoryColumn {
  return { id: r.id, name: r.shortName, unit: r.unit, target: r.target, direction: r.direction };
}

