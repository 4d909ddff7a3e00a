/**
 * «Расшифровка»: the audit trail. For every indicator, every person or row counted in N, with the
 * school, why it counted and a link to the source row, so an official can defend each number. S is
 * the indicator's population (the workers of «Сверка кадров» it names), so it is not repeated here:
 * listing it for a hundred indicators would make the sheet larger than the data itself.
 * One block of rows under one header, kept as columns and made into cells as the sheet is written
 * (AuditRows); sorting compares precomputed ranks.
 */
import { IsoDate, formatRu } from "../domain/dates";
import { IndicatorResult, NumeratorColumns } from "../domain/indicators/types";
import { numeratorColumnsOf } from "../domain/indicators/numerators";
import { SourceRef } from "../domain/records";
import { inner } from "../domain/maps";
import { Period } from "../domain/period";
import { cell, compareRu, dateRow, periodRow, textCell, titleRow, headerCell } from "./cells";
import { MAX_SHEET_HYPERLINKS, PlanCell, PlanRow, RowBlocks, SheetPlan } from "./plan";
import { CountedSteps, runToEnd } from "../domain/steps";
import { SHEET, TITLE } from "./sheet-names";

export const AUDIT_HEADERS = ["Код", "Показатель", "ФИО", "ОО", "Основание", "Файл", "Лист", "Строка"] as const;
export const AUDIT_HEADER_ROW = 4;
export const AUDIT_TABLE = "Metodist_Audit";

/** Excel holds 1 048 576 rows; beyond this the list is cut, and the sheet says so. */
export const MAX_AUDIT_ROWS = 1_000_000;

/** The entries counted in N; person indicators keep them apart so S entries are never built. */
function numeratorsOf(r: IndicatorResult): NumeratorColumns {
  return r.numerators ?? numeratorColumnsOf(r.counted);
}

function numeratorCount(r: IndicatorResult): number {
  return r.countedSize ? r.countedSize.numerators : numeratorsOf(r).length;
}

/**
 * Schools and source sheets as entries bring them: each gets an id when first seen, and a rank — its
 * place by name (schools as Russian readers sort, sources by file then sheet) — so the same inputs
 * always give the same sheet. A few hundred schools and sheets in all: new names are placed when an
 * indicator brings them (later ones rarely do), and each entry's school and source are looked up once
 * — a region's rosters interleave schools, so the entry before seldom has the same one.
 */
class Ranks {
  private readonly schoolIds = new Map<string, number>();
  private readonly sourceIds = new Map<string, Map<string, number>>();
  readonly schools: string[] = [];
  readonly sources: { readonly file: string; readonly sheet: string }[] = [];
  /** Ids in rank order; new names are placed into it as a stable sort would place them. */
  private readonly schoolOrder: number[] = [];
  private readonly sourceOrder: number[] = [];
  private schoolRank: Int32Array = new Int32Array(0);
  private sourceRank: Int32Array = new Int32Array(0);

  /** Each entry's school id, source id and row, in one walk over the entries; names new to the ranks are placed. */
  identify(entries: NumeratorColumns): { school: Int32Array; source: Int32Array; row: Int32Array } {
    const n = entries.length;
    const school = new Int32Array(n);
    const source = new Int32Array(n);
    const row = new Int32Array(n);
    const knownSchools = this.schools.length;
    const knownSources = this.sources.length;
    let lastSrc: SourceRef | null = null;
    let lastSource = -1;
    for (let i = 0; i < n; i++) {
      const name = entries.school[i];
      let id = this.schoolIds.get(name);
      if (id === undefined) {
        id = this.schools.length;
        this.schoolIds.set(name, id);
        this.schools.push(name);
      }
      school[i] = id;
      const src = entries.source[i];
      if (lastSrc === null || src.file !== lastSrc.file || src.sheet !== lastSrc.sheet) {
        const bySheet = inner(this.sourceIds, src.file);
        let sid = bySheet.get(src.sheet);
        if (sid === undefined) {
          sid = this.sources.length;
          bySheet.set(src.sheet, sid);
          this.sources.push({ file: src.file, sheet: src.sheet });
          this.sourceOrder.push(sid);
        }
        lastSource = sid;
        lastSrc = src;
      }
      source[i] = lastSource;
      row[i] = src.row;
    }
    if (this.schools.length > knownSchools) {
      // Each new name goes after every name it does not sort before, as a stable sort of the list with
      // the new names appended would put it, without sorting the list again (collation is slow, and
      // people in several schools bring new names to many indicators).
      for (let id = knownSchools; id < this.schools.length; id++) {
        const name = this.schools[id];
        let lo = 0;
        let hi = this.schoolOrder.length;
        while (lo < hi) {
          const mid = (lo + hi) >>> 1;
          if (compareRu(this.schools[this.schoolOrder[mid]], name) <= 0) lo = mid + 1;
          else hi = mid;
        }
        this.schoolOrder.splice(lo, 0, id);
      }
      this.schoolRank = ranksOf(this.schoolOrder);
    }
    if (this.sources.length > knownSources) {
      const key = (id: number) => `${this.sources[id].file}\u0000${this.sources[id].sheet}`;
      this.sourceOrder.sort((a, b) => (key(a) < key(b) ? -1 : key(a) > key(b) ? 1 : 0));
      this.sourceRank = ranksOf(this.sourceOrder);
    }
    return { school, source, row };
  }

  /** A school's place by name, by its id. */
  schoolPlace(id: number): number {
    return this.schoolRank[id];
  }

  /** A source's place by file then sheet, by its id. */
  sourcePlace(id: number): number {
    return this.sourceRank[id];
  }
}

/** id → its place in `order`. */
function ranksOf(order: readonly number[]): Int32Array {
  const rank = new Int32Array(order.length);
  for (let i = 0; i < order.length; i++) rank[order[i]] = i;
  return rank;
}

/** One indicator's entries as the sheet lists them: in `order` (null: as they are), with their ids and rows. */
interface Ordered {
  readonly order: Int32Array | null;
  readonly school: Int32Array;
  readonly source: Int32Array;
  readonly row: Int32Array;
}

/**
 * Entries of one indicator by school name, then source, then row: two stable counting sorts, by
 * source and then by school (each as long as the entries plus the names), then rows within each
 * (school, source) run, where they are almost always in order already. Half the indicators of a large
 * municipality list their people out of order (a person's first hit may sit on another sheet than the
 * next person's); sorting them with a three-key comparator cost more than building their rows. One
 * counting sort over (school, source) pairs cost schools × sheets per indicator: for a region read
 * from a thousand schools' files, six million pairs each time, most of the run.
 */
function ordered(entries: NumeratorColumns, r: Ranks): Ordered {
  const ids = r.identify(entries);
  const { school, source, row } = ids;
  const n = entries.length;
  let sorted = true;
  for (let i = 1; i < n && sorted; i++) {
    const bySchool = r.schoolPlace(school[i - 1]) - r.schoolPlace(school[i]);
    const bySource = r.sourcePlace(source[i - 1]) - r.sourcePlace(source[i]);
    sorted = bySchool < 0 || (bySchool === 0 && (bySource < 0 || (bySource === 0 && row[i - 1] <= row[i])));
  }
  // People are mostly listed school by school already: nothing to do when nothing is out of place.
  if (sorted) return { ...ids, order: null };

  const schoolKey = new Int32Array(n);
  const sourceKey = new Int32Array(n);
  for (let i = 0; i < n; i++) {
    schoolKey[i] = r.schoolPlace(school[i]);
    sourceKey[i] = r.sourcePlace(source[i]);
  }
  const order = stableBy(schoolKey, r.schools.length, stableBy(sourceKey, r.sources.length, null));
  // Rows within each (school, source) run; Array.prototype.sort is stable, as the order was before.
  for (let from = 0, to = 1; to <= n; to++) {
    if (to < n && school[order[to]] === school[order[from]] && source[order[to]] === source[order[from]]) continue;
    let inOrder = true;
    for (let i = from + 1; i < to && inOrder; i++) inOrder = row[order[i - 1]] <= row[order[i]];
    if (!inOrder) {
      const part = Array.from(order.subarray(from, to)).sort((x, y) => row[x] - row[y]);
      for (let i = 0; i < part.length; i++) order[from + i] = part[i];
    }
    from = to;
  }
  return { ...ids, order };
}

/**
 * The entries (all of them, or as `before` orders them) stably by `key` (each entry's key, below
 * `size`): a counting sort, linear in the entries and the keys.
 */
function stableBy(key: Int32Array, size: number, before: Int32Array | null): Int32Array {
  const n = key.length;
  const at = new Int32Array(size + 1);
  for (let i = 0; i < n; i++) at[key[i] + 1]++;
  for (let k = 1; k <= size; k++) at[k] += at[k - 1];
  const order = new Int32Array(n);
  for (let k = 0; k < n; k++) {
    const i = before === null ? k : before[k];
    order[at[key[i]]++] = i;
  }
  return order;
}

/**
 * One indicator's entries and their order, made once for all indicators that share them (LK-01, DZ-07
 * and AL-1.3.2 count the same people for the same reason: a fifth of a municipality's entries) and
 * listed by each of them from the same columns.
 */
class SharedEntries {
  // Kept to the end: the sheet's rows list every indicator's columns until it is written anyway.
  private readonly kept = new Map<object, { entries: NumeratorColumns; ids: Ordered }>();

  of(r: IndicatorResult, rank: Ranks): { entries: NumeratorColumns; ids: Ordered } {
    const key = r.numeratorsKey;
    let got = key ? this.kept.get(key) : undefined;
    if (!got) {
      const entries = numeratorsOf(r);
      got = { entries, ids: ordered(entries, rank) };
      if (key) this.kept.set(key, got);
    }
    return got;
  }
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

/** Rows made at once when «Расшифровка» is written: large enough to cost little, small enough to die young. */
const BLOCK_ROWS = 10_000;

/** A source sheet's cells, shared by every row that links into it. */
interface Source {
  readonly file: string;
  readonly sheet: string;
  readonly fileCell: PlanCell;
  readonly sheetCell: PlanCell;
}

/** One indicator's listed entries: its code and name cells, and the first `take` entries in `ids.order`. */
interface Segment {
  readonly id: PlanCell;
  readonly name: PlanCell;
  readonly fullName: readonly string[];
  readonly reason: readonly string[];
  readonly ids: Ordered;
  /** The sheet's row count before this indicator's first entry. */
  readonly start: number;
  readonly take: number;
}

/**
 * The listed entries as the indicators' own columns — ФИО and reason texts (the people's and
 * conditions' own strings), school and source ids, rows — and their order; rows of cells are made from
 * them a block at a time while the sheet is written. Nothing is copied per entry: a region's sheet
 * is a million entries, and four million-slot columns filled from the indicators' columns cost more
 * than listing them (indicators that share a pass share their columns here too). Cells that repeat
 * (codes, names, schools, files, sheets) are made once and shared by every row.
 */
class AuditRows implements RowBlocks {
  count = 0;
  private readonly segments: Segment[] = [];
  private readonly texts = new Map<string, PlanCell>();
  /** A roster row counted though its ФИО is empty («Проверка данных» says so): the row says it, not a blank. */
  private readonly noName: PlanCell = cell("(ФИО не указано — см. строку в сверке)", "muted");
  /** By the ranks' ids: each school's cell and each source's cells, made when first listed. */
  private readonly schoolCells: PlanCell[] = [];
  private readonly sourceCells: Source[] = [];

  constructor(private readonly ranks: Ranks) {}

  /** Lists the first `take` of an indicator's entries in the order `ordered` found. */
  add(r: IndicatorResult, entries: NumeratorColumns, ids: Ordered, take: number): void {
    this.segments.push({ id: cell(r.id), name: textCell(r.shortName), fullName: entries.fullName, reason: entries.reason, ids, start: this.count, take });
    this.count += take;
  }

  *blocks(): Generator<PlanRow[]> {
    let seg = 0;
    for (let from = 0; from < this.count; from += BLOCK_ROWS) {
      const to = Math.min(this.count, from + BLOCK_ROWS);
      const block: PlanRow[] = [];
      for (let i = from; i < to; i++) {
        // An indicator none of whose entries fit was never listed; one with no entries is stepped over.
        while (i >= this.segments[seg].start + this.segments[seg].take) seg++;
        const { id, name, fullName: names, reason, ids, start } = this.segments[seg];
        const e = ids.order === null ? i - start : ids.order[i - start];
        const src = this.sourceCells[ids.source[e]] ?? this.source(ids.source[e]);
        const row = ids.row[e];
        const fullName = names[e];
        block.push([
          id,
          name,
          // ФИО and reason get a cell each: a small object costs less than finding a shared one by its text.
          fullName === "" ? this.noName : textCell(fullName),
          this.schoolCells[ids.school[e]] ?? this.schoolCell(ids.school[e]),
          textCell(reason[e]),
          src.fileCell,
          src.sheetCell,
          { v: row, style: "link", numFmt: "0", link: { file: src.file, sheet: src.sheet, cell: `A${row}` } },
        ]);
      }
      yield block;
    }
  }

  private shared(s: string): PlanCell {
    let c = this.texts.get(s);
    if (!c) this.texts.set(s, (c = textCell(s)));
    return c;
  }

  private schoolCell(id: number): PlanCell {
    return (this.schoolCells[id] = this.shared(this.ranks.schools[id]));
  }

  private source(id: number): Source {
    const { file, sheet } = this.ranks.sources[id];
    return (this.sourceCells[id] = { file, sheet, fileCell: this.shared(file), sheetCell: this.shared(sheet) });
  }
}

export function buildAuditSheet(indicators: readonly IndicatorResult[], period: Period, generatedOn: IsoDate, limit: number = MAX_AUDIT_ROWS): SheetPlan {
  return runToEnd(auditSheetSteps(indicators, period, generatedOn, limit));
}

/**
 * buildAuditSheet, pausing after each indicator's entries with how many of the sheet's are listed: at
 * 100 000 workers the sheet is a million entries, five sixths of planning the report (≈ 0.55 of 0.65 s).
 */
export function* auditSheetSteps(
  indicators: readonly IndicatorResult[],
  period: Period,
  generatedOn: IsoDate,
  limit: number = MAX_AUDIT_ROWS,
): CountedSteps<SheetPlan> {
  let all = 0;
  for (const r of indicators) all += numeratorCount(r);
  const total = Math.min(all, limit);
  // «Основание» is the longest text (course titles, event names, dates): wide enough to read in a row.
  const widths = [11, 40, 34, 40, 75, 24, 24, 9];

  const rows: PlanCell[][] = [
    titleRow(TITLE.audit),
    periodRow(period),
    total > 0 ? [cell(summary(all, total, generatedOn), total < all ? "warning" : "muted")] : dateRow(generatedOn),
    AUDIT_HEADERS.map(headerCell),
  ];
  if (total === 0) {
    rows.push([cell("Ни один работник не учтён в числителях: нет распознанных данных для выбранных показателей.", "muted")]);
    return { name: SHEET.audit, rows, columnWidths: widths, tabColor: "7F7F7F" };
  }

  const rank = new Ranks();
  const listed = new AuditRows(rank);
  const shared = new SharedEntries();
  for (const r of indicators) {
    // Entries are built only for indicators that still fit: past the sheet's limit they never are.
    if (listed.count >= total) break;
    const { entries, ids } = shared.of(r, rank);
    const take = Math.min(entries.length, total - listed.count);
    listed.add(r, entries, ids, take);
    if (take > 0) yield { done: listed.count, total };
  }
  return {
    name: SHEET.audit,
    rows,
    more: listed,
    columnWidths: widths,
    freeze: { rows: AUDIT_HEADER_ROW, columns: 0 },
    tables: [{ name: AUDIT_TABLE, range: `A${AUDIT_HEADER_ROW}:H${AUDIT_HEADER_ROW + total}` }],
    tabColor: "7F7F7F",
  };
}
