/**
 * «Расшифровка»: the audit trail. For every indicator, every person or row counted in N and in S, with
 * the school, why it counted and a link to the source row, so an official can defend each number.
 * One block of rows under one header (tens of thousands of rows in a large municipality): cells that
 * repeat (codes, names, part labels) are shared objects, and sorting compares precomputed ranks.
 */
import { IsoDate, formatRu } from "../domain/dates";
import { CountedEntry, IndicatorResult } from "../domain/indicators/types";
import { Period } from "../domain/period";
import { cell, compareRu, dateRow, periodRow, textCell, titleRow, headerCell } from "./cells";
import { PlanCell, SheetPlan } from "./plan";
import { SHEET } from "./sheet-names";

export const AUDIT_HEADERS = ["Код", "Показатель", "Учтён в", "ФИО", "ОО", "Основание", "Файл", "Лист", "Строка"] as const;
export const AUDIT_HEADER_ROW = 4;
export const AUDIT_TABLE = "Metodist_Audit";

const PART_LABEL = { numerator: "числителе (N)", denominator: "знаменателе (S)" } as const;

/**
 * Excel holds 1 048 576 rows. A region's S lists (every teacher, for every indicator) can exceed it:
 * then S entries go first (S is the population, readable from «Сверка кадров»), then N is cut.
 */
export const MAX_AUDIT_ROWS = 1_000_000;

interface Selection {
  readonly withDenominators: boolean;
  /** Rows listed; less than the total when even N entries exceed the limit. */
  readonly listed: number;
  readonly total: number;
}

function select(indicators: readonly IndicatorResult[], limit: number): Selection {
  let total = 0;
  let numerators = 0;
  for (const r of indicators) {
    // Person indicators know their sizes without building the entries (a region has millions).
    if (r.countedSize) {
      total += r.countedSize.total;
      numerators += r.countedSize.numerators;
      continue;
    }
    total += r.counted.length;
    for (const e of r.counted) if (e.part === "numerator") numerators += 1;
  }
  if (total <= limit) return { withDenominators: true, listed: total, total };
  return { withDenominators: false, listed: Math.min(numerators, limit), total };
}

/**
 * Counted entries of one indicator: N before S, then by school name, then in source order. Sort keys
 * are computed once per entry (a region has hundreds of thousands), not in the comparator.
 */
function ordered(entries: readonly CountedEntry[], schoolRank: ReadonlyMap<string, number>): CountedEntry[] {
  const n = entries.length;
  const part = new Uint8Array(n);
  const school = new Uint32Array(n);
  const source = new Map<string, number>();
  const sourceRank = new Uint32Array(n);
  for (let i = 0; i < n; i++) {
    const e = entries[i];
    part[i] = e.part === "numerator" ? 0 : 1;
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
  idx.sort(
    (a, b) =>
      part[a] - part[b] ||
      school[a] - school[b] ||
      sourceOrder[sourceRank[a]] - sourceOrder[sourceRank[b]] ||
      entries[a].row - entries[b].row,
  );
  return idx.map((i) => entries[i]);
}

function summary(sel: Selection, generatedOn: IsoDate): string {
  const tail = `Ссылка в столбце «Строка» открывает исходную строку листа. Дата расчёта: ${formatRu(generatedOn)}.`;
  if (sel.withDenominators) return `Записей: ${sel.total}. ${tail}`;
  const cut = sel.listed < sel.total ? ` Показаны первые ${sel.listed} записей числителей: больше не помещается на лист Excel.` : "";
  return `Записей: ${sel.total} — больше, чем помещается на лист Excel, поэтому показаны только учтённые в числителе (N); знаменатели — работники из «Сверки кадров».${cut} ${tail}`;
}

export function buildAuditSheet(
  indicators: readonly IndicatorResult[],
  period: Period,
  generatedOn: IsoDate,
  limit: number = MAX_AUDIT_ROWS,
): SheetPlan {
  const sel = select(indicators, limit);
  const total = sel.listed;
  // Only the listed entries are built: S entries stay unbuilt when they do not fit the sheet.
  const listedOf = (r: IndicatorResult): readonly CountedEntry[] =>
    sel.withDenominators ? r.counted : (r.countedNumerators ?? r.counted.filter((e) => e.part === "numerator"));
  const schools = new Set<string>();
  for (const r of indicators) for (const e of listedOf(r)) schools.add(e.school);
  // Ranks only order entries, so ranking the listed schools orders them as ranking all would.
  const schoolRank = new Map([...schools].sort(compareRu).map((s, i) => [s, i]));

  const rows: PlanCell[][] = [
    titleRow("Расшифровка показателей: кто учтён в числителе и знаменателе"),
    periodRow(period),
    total > 0 ? [cell(summary(sel, generatedOn), sel.withDenominators ? "muted" : "warning")] : dateRow(generatedOn),
    AUDIT_HEADERS.map(headerCell),
  ];
  if (total === 0) {
    rows.push([cell("Ни один работник не учтён: нет распознанных данных для выбранных показателей.", "muted")]);
    return { name: SHEET.audit, rows, columnWidths: [11, 40, 17, 34, 40, 50, 24, 24, 9], tabColor: "7F7F7F" };
  }

  const part = { numerator: cell(PART_LABEL.numerator), denominator: cell(PART_LABEL.denominator) };
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
    const id = cell(r.id);
    const name = textCell(r.shortName);
    const entries = listedOf(r);
    for (const e of ordered(entries, schoolRank)) {
      if (rows.length >= end) break;
      rows.push([
        id,
        name,
        part[e.part],
        shared(e.fullName),
        shared(e.school),
        shared(e.reason),
        shared(e.file),
        shared(e.sheet),
        linkCell(e),
      ]);
    }
  }
  return {
    name: SHEET.audit,
    rows,
    columnWidths: [11, 40, 17, 34, 40, 50, 24, 24, 9],
    freeze: { rows: AUDIT_HEADER_ROW, columns: 0 },
    tables: [{ name: AUDIT_TABLE, range: `A${AUDIT_HEADER_ROW}:I${AUDIT_HEADER_ROW + total}` }],
    tabColor: "7F7F7F",
  };
}
