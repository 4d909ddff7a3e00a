/**
 * «Расшифровка»: the audit trail. For every indicator, every person or row counted in N, with the
 * school, why it counted and a link to the source row, so an official can defend each number. S is
 * the indicator's population (the workers of «Сверка кадров» it names), so it is not repeated here:
 * listing it for a hundred indicators would make the sheet larger than the data itself.
 * One block of rows under one header: cells that repeat (codes, names) are shared objects, and sorting
 * compares precomputed ranks.
 */
import { IsoDate, formatRu } from "../domain/dates";
import { CountedEntry, IndicatorResult } from "../domain/indicators/types";
import { inner } from "../domain/maps";
import { Period } from "../domain/period";
import { cell, compareRu, dateRow, periodRow, textCell, titleRow, headerCell } from "./cells";
import { MAX_SHEET_HYPERLINKS, PlanCell, SheetPlan } from "./plan";
import { SHEET } from "./sheet-names";

export const AUDIT_HEADERS = ["Код", "Показатель", "ФИО", "ОО", "Основание", "Файл", "Лист", "Строка"] as const;
export const AUDIT_HEADER_ROW = 4;
export const AUDIT_TABLE = "Metodist_Audit";

/** Excel holds 1 048 576 rows; beyond this the list is cut, and the sheet says so. */
export const MAX_AUDIT_ROWS = 1_000_000;

/** The entries counted in N; person indicators keep them apart so S entries are never built. */
function numeratorsOf(r: IndicatorResult): readonly CountedEntry[] {
  return r.countedNumerators ?? r.counted.filter((e) => e.part === "numerator");
}

function numeratorCount(r: IndicatorResult): number {
  return r.countedSize ? r.countedSize.numerators : numeratorsOf(r).length;
}

/**
 * Sort ranks shared by every indicator: schools by name, then files/sheets by name, so the same inputs
 * always give the same sheet. A few hundred schools and sheets in all: each new name is placed once
 * (later indicators rarely bring one), not re-sorted per indicator, and looked up without building a
 * key string per entry. Indicators are then listed one at a time, so only one indicator's entries
 * are alive at once.
 */
class Ranks {
  private readonly schools: string[] = [];
  private readonly sources: string[] = [];
  private readonly schoolRank = new Map<string, number>();
  private readonly sourceRank = new Map<string, Map<string, number>>();

  /** How many (school, source) pairs the ranks span: `pair` numbers them 0 … this − 1. */
  get pairCount(): number {
    return this.schools.length * this.sources.length;
  }

  /** Makes the ranks cover these entries' schools and sources; runs of one school and sheet are looked up once. */
  cover(entries: readonly CountedEntry[]): void {
    let newSchool = false;
    let newSource = false;
    let last: CountedEntry | null = null;
    for (let i = 0; i < entries.length; i++) {
      const e = entries[i];
      if (last !== null && e.school === last.school && e.file === last.file && e.sheet === last.sheet) continue;
      last = e;
      if (!this.schoolRank.has(e.school)) {
        this.schoolRank.set(e.school, -1);
        this.schools.push(e.school);
        newSchool = true;
      }
      const bySheet = inner(this.sourceRank, e.file);
      if (!bySheet.has(e.sheet)) {
        bySheet.set(e.sheet, -1);
        this.sources.push(`${e.file}\u0000${e.sheet}`);
        newSource = true;
      }
    }
    if (newSchool) {
      this.schools.sort(compareRu);
      this.schools.forEach((s, i) => this.schoolRank.set(s, i));
    }
    if (newSource) {
      this.sources.sort();
      this.sources.forEach((k, i) => {
        const cut = k.indexOf("\u0000");
        this.sourceRank.get(k.slice(0, cut))!.set(k.slice(cut + 1), i);
      });
    }
  }

  /** The entry's place among (school, source) pairs: school rank, then source rank. */
  pair(e: CountedEntry): number {
    return this.schoolRank.get(e.school)! * this.sources.length + this.sourceRank.get(e.file)!.get(e.sheet)!;
  }
}

/**
 * Entries of one indicator by school name, then source, then row: a stable counting sort by (school,
 * source) — schools × sheets, a few thousand pairs — then rows within each pair, where they are almost
 * always in order already. Half the indicators of a large municipality list their people out of
 * order (a person's first hit may sit on another sheet than the next person's); sorting them with a
 * three-key comparator cost more than building their rows.
 */
function ordered(entries: readonly CountedEntry[], r: Ranks): readonly CountedEntry[] {
  r.cover(entries);
  const n = entries.length;
  const pair = new Int32Array(n);
  let last: CountedEntry | null = null;
  let lastPair = 0;
  let sorted = true;
  for (let i = 0; i < n; i++) {
    const e = entries[i];
    if (last === null || e.school !== last.school || e.file !== last.file || e.sheet !== last.sheet) lastPair = r.pair(e);
    if (last !== null && (pair[i - 1] > lastPair || (pair[i - 1] === lastPair && last.row > e.row))) sorted = false;
    pair[i] = lastPair;
    last = e;
  }
  // People are mostly listed school by school already: nothing to do when nothing is out of place.
  if (sorted) return entries;

  // Counting sort: how many entries each pair has, where each pair starts, then every entry in place.
  const start = new Int32Array(r.pairCount + 1);
  for (let i = 0; i < n; i++) start[pair[i] + 1]++;
  for (let p = 1; p < start.length; p++) start[p] += start[p - 1];
  const at = start.slice(0, start.length - 1);
  // A copy to overwrite, not new Array(n): an array made with holes stays slower to read.
  const out = entries.slice();
  for (let i = 0; i < n; i++) out[at[pair[i]]++] = entries[i];
  // Rows within each pair; Array.prototype.sort is stable, as the order was before.
  for (let p = 0; p + 1 < start.length; p++) {
    const from = start[p];
    const to = start[p + 1];
    let inOrder = true;
    for (let i = from + 1; i < to && inOrder; i++) inOrder = out[i - 1].row <= out[i].row;
    if (inOrder) continue;
    const part = out.slice(from, to).sort((a, b) => a.row - b.row);
    for (let i = 0; i < part.length; i++) out[from + i] = part[i];
  }
  return out;
}

function summary(total: number, listed: number, generatedOn: IsoDate): string {
  const links =
    listed > MAX_SHEET_HYPERLINKS
      ? `Ссылка в столбце «Строка» открывает исходную строку листа; Excel хранит на листе не больше ${MAX_SHEET_HYPERLINKS.toLocaleString("ru-RU")} гиперссылок, ` +
        `поэтому дальше ссылки — формулы ГИПЕРССЫЛКА (в Excel в браузере они к строке не переходят).`
      : `Ссылка в столбце «Строка» открывает исходную строку листа.`;
  const tail =
    `Знаменатель (S) каждого показателя — работники из «Сверки кадров», которых он называет (педагогические, руководящие, молодые специалисты…). ` +
    `${links} Дата расчёта: ${formatRu(generatedOn)}.`;
  const cut = listed < total ? ` Показаны первые ${listed}: больше не помещается на лист Excel.` : "";
  return `Учтено в числителях (N): ${total}.${cut} ${tail}`;
}

export function buildAuditSheet(
  indicators: readonly IndicatorResult[],
  period: Period,
  generatedOn: IsoDate,
  limit: number = MAX_AUDIT_ROWS,
): SheetPlan {
  let all = 0;
  for (const r of indicators) all += numeratorCount(r);
  const total = Math.min(all, limit);
  const widths = [11, 40, 34, 40, 50, 24, 24, 9];

  const rows: PlanCell[][] = [
    titleRow("Расшифровка показателей: кто учтён в числителе"),
    periodRow(period),
    total > 0 ? [cell(summary(all, total, generatedOn), total < all ? "warning" : "muted")] : dateRow(generatedOn),
    AUDIT_HEADERS.map(headerCell),
  ];
  if (total === 0) {
    rows.push([cell("Ни один работник не учтён в числителях: нет распознанных данных для выбранных показателей.", "muted")]);
    return { name: SHEET.audit, rows, columnWidths: widths, tabColor: "7F7F7F" };
  }

  const texts = new Map<string, PlanCell>();
  const shared = (s: string): PlanCell => {
    let c = texts.get(s);
    if (!c) texts.set(s, (c = textCell(s)));
    return c;
  };
  // Entries come sorted by school and source: a cell of the row above is most often the one needed.
  const sameAsAbove = (): ((s: string) => PlanCell) => {
    let last = "";
    let lastCell: PlanCell | null = null;
    return (s) => {
      if (lastCell === null || s !== last) {
        last = s;
        lastCell = shared(s);
      }
      return lastCell;
    };
  };
  const schoolCell = sameAsAbove();
  const fileCell = sameAsAbove();
  const sheetCell = sameAsAbove();
  // The same source row is counted by dozens of indicators: one link cell per source row, not per
  // entry, found by row number in a dense list per sheet (a map of 100 000 rows missed the cache).
  const links = new Map<string, Map<string, (PlanCell | undefined)[]>>();
  let lastFile = "";
  let lastSheet = "";
  let lastRows: (PlanCell | undefined)[] | null = null;
  const linkCell = (e: CountedEntry): PlanCell => {
    if (lastRows === null || e.file !== lastFile || e.sheet !== lastSheet) {
      const byFile = inner(links, e.file);
      let bySheet = byFile.get(e.sheet);
      if (!bySheet) byFile.set(e.sheet, (bySheet = []));
      lastFile = e.file;
      lastSheet = e.sheet;
      lastRows = bySheet;
    }
    // Grown by push, never by a far index: a list with holes falls back to a slow dictionary.
    while (lastRows.length <= e.row) lastRows.push(undefined);
    let c = lastRows[e.row];
    if (!c) lastRows[e.row] = c = { v: e.row, style: "link", numFmt: "0", link: { file: e.file, sheet: e.sheet, cell: `A${e.row}` } };
    return c;
  };
  const end = AUDIT_HEADER_ROW + total;
  const rank = new Ranks();
  for (const r of indicators) {
    // Entries are built only for indicators that still fit: past the sheet's limit they never are.
    if (rows.length >= end) break;
    const id = cell(r.id);
    const name = textCell(r.shortName);
    for (const e of ordered(numeratorsOf(r), rank)) {
      if (rows.length >= end) break;
      // ФИО and reason get a cell each: a small object costs less than finding a shared one by its text
      // (most reasons are built afresh, so every lookup would hash the whole text).
      rows.push([id, name, textCell(e.fullName), schoolCell(e.school), textCell(e.reason), fileCell(e.file), sheetCell(e.sheet), linkCell(e)]);
    }
  }
  return {
    name: SHEET.audit,
    rows,
    columnWidths: widths,
    freeze: { rows: AUDIT_HEADER_ROW, columns: 0 },
    tables: [{ name: AUDIT_TABLE, range: `A${AUDIT_HEADER_ROW}:H${AUDIT_HEADER_ROW + total}` }],
    tabColor: "7F7F7F",
  };
}
