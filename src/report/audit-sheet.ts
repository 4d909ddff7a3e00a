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
import { columnsOf } from "../domain/indicators/numerators";
import { SourceRef } from "../domain/records";
import { inner } from "../domain/maps";
import { Period } from "../domain/period";
import { cell, compareRu, dateRow, periodRow, textCell, titleRow, headerCell } from "./cells";
import { MAX_SHEET_HYPERLINKS, PlanCell, PlanRow, RowBlocks, SheetPlan } from "./plan";
import { SHEET } from "./sheet-names";

export const AUDIT_HEADERS = ["Код", "Показатель", "ФИО", "ОО", "Основание", "Файл", "Лист", "Строка"] as const;
export const AUDIT_HEADER_ROW = 4;
export const AUDIT_TABLE = "Metodist_Audit";

/** Excel holds 1 048 576 rows; beyond this the list is cut, and the sheet says so. */
export const MAX_AUDIT_ROWS = 1_000_000;

/** The entries counted in N; person indicators keep them apart so S entries are never built. */
function numeratorsOf(r: IndicatorResult): NumeratorColumns {
  return r.numerators ?? columnsOf(r.counted.filter((e) => e.part === "numerator"));
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
  cover(entries: NumeratorColumns): void {
    let newSchool = false;
    let newSource = false;
    let lastSchool: string | null = null;
    let last: SourceRef | null = null;
    for (let i = 0; i < entries.length; i++) {
      const school = entries.school[i];
      const src = entries.source[i];
      if (last !== null && school === lastSchool && src.file === last.file && src.sheet === last.sheet) continue;
      last = src;
      lastSchool = school;
      if (!this.schoolRank.has(school)) {
        this.schoolRank.set(school, -1);
        this.schools.push(school);
        newSchool = true;
      }
      const bySheet = inner(this.sourceRank, src.file);
      if (!bySheet.has(src.sheet)) {
        bySheet.set(src.sheet, -1);
        this.sources.push(`${src.file}\u0000${src.sheet}`);
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

  /** A (school, source) place among pairs: school rank, then source rank. */
  pair(school: string, src: SourceRef): number {
    return this.schoolRank.get(school)! * this.sources.length + this.sourceRank.get(src.file)!.get(src.sheet)!;
  }
}

/**
 * Entries of one indicator by school name, then source, then row: a stable counting sort by (school,
 * source) — schools × sheets, a few thousand pairs — then rows within each pair, where they are almost
 * always in order already. Half the indicators of a large municipality list their people out of
 * order (a person's first hit may sit on another sheet than the next person's); sorting them with a
 * three-key comparator cost more than building their rows. Gives the entries' order (indices), or
 * null when they are in order already.
 */
function ordered(entries: NumeratorColumns, r: Ranks): Int32Array | null {
  r.cover(entries);
  const n = entries.length;
  const pair = new Int32Array(n);
  let last: SourceRef | null = null;
  let lastSchool: string | null = null;
  let lastPair = 0;
  let sorted = true;
  for (let i = 0; i < n; i++) {
    const src = entries.source[i];
    const school = entries.school[i];
    if (last === null || school !== lastSchool || src.file !== last.file || src.sheet !== last.sheet) lastPair = r.pair(school, src);
    if (last !== null && (pair[i - 1] > lastPair || (pair[i - 1] === lastPair && last.row > src.row))) sorted = false;
    pair[i] = lastPair;
    last = src;
    lastSchool = school;
  }
  // People are mostly listed school by school already: nothing to do when nothing is out of place.
  if (sorted) return null;

  // Counting sort: how many entries each pair has, where each pair starts, then every entry in place.
  const start = new Int32Array(r.pairCount + 1);
  for (let i = 0; i < n; i++) start[pair[i] + 1]++;
  for (let p = 1; p < start.length; p++) start[p] += start[p - 1];
  const at = start.slice(0, start.length - 1);
  const order = new Int32Array(n);
  for (let i = 0; i < n; i++) order[at[pair[i]]++] = i;
  // Rows within each pair; Array.prototype.sort is stable, as the order was before.
  const row = (i: number): number => entries.source[i].row;
  for (let p = 0; p + 1 < start.length; p++) {
    const from = start[p];
    const to = start[p + 1];
    let inOrder = true;
    for (let i = from + 1; i < to && inOrder; i++) inOrder = row(order[i - 1]) <= row(order[i]);
    if (inOrder) continue;
    const part = Array.from(order.subarray(from, to)).sort((a, b) => row(a) - row(b));
    for (let i = 0; i < part.length; i++) order[from + i] = part[i];
  }
  return order;
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

/**
 * The listed entries column by column — ФИО and reason texts (the people's and conditions' own
 * strings), the school's and the source's shared cells, the row — about 40 bytes an entry; rows of
 * cells are made from them a block at a time while the sheet is written. Cells that repeat (codes,
 * names, schools, files, sheets) are made once and shared by every row.
 */
class AuditRows implements RowBlocks {
  count = 0;
  /** Each indicator's code and name cells, and its first entry. */
  private readonly segments: { readonly id: PlanCell; readonly name: PlanCell; readonly start: number }[] = [];
  // Each column made at its full size: the sheet's row count is known before the first entry, and a
  // million-entry column grown by push was copied some thirty times on the way.
  private readonly fullNames: string[];
  private readonly reasons: string[];
  private readonly schools: PlanCell[];
  private readonly sources: Source[];
  private readonly row: Int32Array;
  private readonly texts = new Map<string, PlanCell>();
  private readonly sourceIndex = new Map<string, Map<string, Source>>();
  // Entries come sorted by school and source: the one of the entry before is most often the one needed.
  private lastSchool: { readonly name: string; readonly cell: PlanCell } | null = null;
  private lastSource: Source | null = null;

  constructor(capacity: number) {
    this.row = new Int32Array(capacity);
    this.fullNames = new Array<string>(capacity);
    this.reasons = new Array<string>(capacity);
    this.schools = new Array<PlanCell>(capacity);
    this.sources = new Array<Source>(capacity);
  }

  /** Entries added from now on are the indicator's. */
  startIndicator(r: IndicatorResult): void {
    this.segments.push({ id: cell(r.id), name: textCell(r.shortName), start: this.count });
  }

  add(entries: NumeratorColumns, i: number): void {
    const src = entries.source[i];
    const at = this.count++;
    this.row[at] = src.row;
    this.fullNames[at] = entries.fullName[i];
    this.reasons[at] = entries.reason[i];
    this.schools[at] = this.schoolCell(entries.school[i]);
    this.sources[at] = this.source(src.file, src.sheet);
  }

  *blocks(): Generator<PlanRow[]> {
    let seg = 0;
    for (let from = 0; from < this.count; from += BLOCK_ROWS) {
      const to = Math.min(this.count, from + BLOCK_ROWS);
      const block: PlanRow[] = [];
      for (let i = from; i < to; i++) {
        // An indicator none of whose entries fit starts where the next one does: it is stepped over.
        while (seg + 1 < this.segments.length && this.segments[seg + 1].start <= i) seg++;
        const { id, name } = this.segments[seg];
        const src = this.sources[i];
        const row = this.row[i];
        block.push([
          id,
          name,
          // ФИО and reason get a cell each: a small object costs less than finding a shared one by its text.
          textCell(this.fullNames[i]),
          this.schools[i],
          textCell(this.reasons[i]),
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

  private schoolCell(school: string): PlanCell {
    if (this.lastSchool?.name !== school) this.lastSchool = { name: school, cell: this.shared(school) };
    return this.lastSchool.cell;
  }

  private source(file: string, sheet: string): Source {
    const last = this.lastSource;
    if (last !== null && last.file === file && last.sheet === sheet) return last;
    const bySheet = inner(this.sourceIndex, file);
    let src = bySheet.get(sheet);
    if (!src) bySheet.set(sheet, (src = { file, sheet, fileCell: this.shared(file), sheetCell: this.shared(sheet) }));
    return (this.lastSource = src);
  }
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

  const listed = new AuditRows(total);
  const rank = new Ranks();
  for (const r of indicators) {
    // Entries are built only for indicators that still fit: past the sheet's limit they never are.
    if (listed.count >= total) break;
    listed.startIndicator(r);
    const entries = numeratorsOf(r);
    const order = ordered(entries, rank);
    for (let k = 0; k < entries.length && listed.count < total; k++) listed.add(entries, order === null ? k : order[k]);
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
