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
import { Period } from "../domain/period";
import { cell, compareRu, dateRow, periodRow, textCell, titleRow, headerCell } from "./cells";
import { PlanCell, SheetPlan } from "./plan";
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
 * Entries of one indicator by school name, then in source order. Sort keys are computed once per
 * entry (a region has hundreds of thousands), not in the comparator.
 */
function ordered(entries: readonly CountedEntry[], schoolRank: ReadonlyMap<string, number>): CountedEntry[] {
  const n = entries.length;
  const school = new Uint32Array(n);
  const source = new Map<string, number>();
  const sourceRank = new Uint32Array(n);
  for (let i = 0; i < n; i++) {
    const e = entries[i];
    school[i] = schoolRank.get(e.school) ?? 0;
    const key = `${e.file}\u0000${e.sheet}`;
    let rank = source.get(key);
    if (rank === undefined) source.set(key, (rank = source.size));
    sourceRank[i] = rank;
  }
  // File/sheet order by name, so the same inputs always give the same sheet.
  const names = [...source.keys()].sort();
  const sourceOrder = new Uint32Array(source.size);
  names.forEach((k, i) => (sourceOrder[source.get(k)!] = i));
  const idx = Array.from({ length: n }, (_, i) => i);
  idx.sort((a, b) => school[a] - school[b] || sourceOrder[sourceRank[a]] - sourceOrder[sourceRank[b]] || entries[a].row - entries[b].row);
  return idx.map((i) => entries[i]);
}

/** Schools of one indicator's entries ranked by name (a few hundred at most, sorted once per indicator). */
function schoolRanks(entries: readonly CountedEntry[]): Map<string, number> {
  const schools = new Set<string>();
  for (const e of entries) schools.add(e.school);
  return new Map([...schools].sort(compareRu).map((s, i) => [s, i]));
}

function summary(total: number, listed: number, generatedOn: IsoDate): string {
  const tail =
    `Знаменатель (S) каждого показателя — работники из «Сверки кадров», которых он называет (педагогические, руководящие, молодые специалисты…). ` +
    `Ссылка в столбце «Строка» открывает исходную строку листа. Дата расчёта: ${formatRu(generatedOn)}.`;
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
  // The same source row is counted by dozens of indicators: one link cell per source row, not per entry.
  const links = new Map<string, Map<string, Map<number, PlanCell>>>();
  const linkCell = (e: CountedEntry): PlanCell => {
    let byFile = links.get(e.file);
    if (!byFile) links.set(e.file, (byFile = new Map()));
    let bySheet = byFile.get(e.sheet);
    if (!bySheet) byFile.set(e.sheet, (bySheet = new Map()));
    let c = bySheet.get(e.row);
    if (!c) bySheet.set(e.row, (c = { v: e.row, style: "link", numFmt: "0", link: { file: e.file, sheet: e.sheet, cell: `A${e.row}` } }));
    return c;
  };
  const end = AUDIT_HEADER_ROW + total;
  for (const r of indicators) {
    // Entries are built only for indicators that still fit: past the sheet's limit they never are.
    if (rows.length >= end) break;
    const id = cell(r.id);
    const name = textCell(r.shortName);
    const entries = numeratorsOf(r);
    for (const e of ordered(entries, schoolRanks(entries))) {
      if (rows.length >= end) break;
      rows.push([id, name, shared(e.fullName), shared(e.school), shared(e.reason), shared(e.file), shared(e.sheet), linkCell(e)]);
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
