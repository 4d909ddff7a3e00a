/**
 * Reading candidate header rows out of the top of a sheet. A header may sit under title rows and
 * notes, and may take two rows: merged parent cells («Сроки обучения» over «начало» / «окончание»,
 * «ФИО» merged down over both rows). For a candidate row the texts are read both alone and combined
 * with the parent row, so the caller can keep whichever reads better.
 */
import { CellValue, Grid, MergedRange, SheetGrid, isCellError } from "../grid";
import { cleanSpaces } from "../text";
import { isEmptyCell } from "../skipped-rows";

/** The header row is looked for in this many top rows. */
export const HEADER_SEARCH_ROWS = 30;
/** Columns beyond this are not read as headers (a wider sheet is not a standard form). */
export const HEADER_MAX_COLUMNS = 200;
/** Longer texts are sentences of a memo, not headers. */
const HEADER_MAX_LENGTH = 160;

export interface HeaderCandidate {
  /** 0-based row of the (lower) header row. */
  readonly row: number;
  /** 1 or 2. */
  readonly rows: number;
  /** Header text per 0-based column ("" for an empty header cell). */
  readonly texts: readonly string[];
}

/** Text of a cell as a header: strings and numbers only (years over a chart's data are numbers). */
export function cellText(v: CellValue | undefined): string {
  // «Наимено-\nвание»: a word hyphenated over a line break in the cell is one word.
  if (typeof v === "string") return cleanSpaces(v.indexOf("\n") < 0 ? v : v.replace(/(\p{L})-[ \t]*\r?\n[ \t]*(\p{L})/gu, "$1$2"));
  if (typeof v === "number") return String(v);
  return "";
}


export { isEmptyCell };

export function isEmptyRow(row: readonly CellValue[] | undefined): boolean {
  if (!row) return true;
  for (const v of row) if (!isEmptyCell(v)) return false;
  return true;
}

/** Merged blocks indexed by their cells, for the top rows only. */
class MergeMap {
  private readonly byCell = new Map<number, MergedRange>();
  constructor(merges: readonly MergedRange[] | undefined, maxRow: number) {
    for (const m of merges ?? []) {
      if (m.top > maxRow) continue;
      for (let r = m.top; r <= Math.min(m.bottom, maxRow); r++) {
        for (let c = m.left; c <= Math.min(m.right, HEADER_MAX_COLUMNS - 1); c++) this.byCell.set(r * HEADER_MAX_COLUMNS + c, m);
      }
    }
  }
  at(r: number, c: number): MergedRange | undefined {
    return c < HEADER_MAX_COLUMNS ? this.byCell.get(r * HEADER_MAX_COLUMNS + c) : undefined;
  }
}

function headerText(v: CellValue | undefined): string {
  const t = cellText(v);
  return t.length > HEADER_MAX_LENGTH ? "" : t;
}

/**
 * Header texts of the top rows, each cell cleaned once: the candidates read a cell up to four times
 * (alone, under its parent, as a parent, spanned), a sheet has some sixty candidates, and a
 * municipality's files bring hundreds of sheets.
 */
class HeaderTexts {
  private readonly rows: string[][] = [];
  constructor(private readonly cells: Grid) {}

  at(r: number, c: number): string {
    let row = this.rows[r];
    if (!row) this.rows[r] = row = [];
    let t = row[c];
    if (t === undefined) row[c] = t = headerText(this.cells[r]?.[c]);
    return t;
  }
}

function rowWidth(cells: Grid, from: number, to: number): number {
  let width = 0;
  for (let r = Math.max(0, from); r <= to && r < cells.length; r++) width = Math.max(width, cells[r]?.length ?? 0);
  return Math.min(width, HEADER_MAX_COLUMNS);
}

/**
 * Header candidates for the top rows: each row alone, and — when the row above has merged parent
 * cells or a cell merged down into this row — the row combined with its parents.
 */
export function headerCandidates(sheet: SheetGrid, onlyRow?: number): HeaderCandidate[] {
  const cells = sheet.cells;
  const last = Math.min(cells.length, HEADER_SEARCH_ROWS) - 1;
  const from = onlyRow ?? 0;
  const to = onlyRow ?? last;
  const merges = new MergeMap(sheet.merges, Math.max(to, 0));
  const text = new HeaderTexts(cells);
  const out: HeaderCandidate[] = [];
  for (let r = from; r <= to; r++) {
    const width = rowWidth(cells, r - 1, r);
    const single: string[] = [];
    for (let c = 0; c < width; c++) {
      const m = merges.at(r, c);
      // A merged block's text belongs to its first column only: «Сроки обучения» is one header, not two.
      if (m && (m.left !== c || m.top !== r)) single.push(m.left === c && m.top < r ? text.at(m.top, m.left) : "");
      else single.push(text.at(r, c));
    }
    if (single.some((t) => t.length > 0)) out.push({ row: r, rows: 1, texts: single });
    if (r === 0) continue;
    let twoRow = false;
    const combined: string[] = [];
    for (let c = 0; c < width; c++) {
      const own = merges.at(r, c);
      if (own && own.top < r) {
        // Merged down from the row above («ФИО» over both rows): the block's text is the header.
        twoRow = true;
        combined.push(own.left === c ? text.at(own.top, own.left) : "");
        continue;
      }
      const child = own ? (own.left === c ? text.at(r, c) : "") : text.at(r, c);
      const parentBlock = merges.at(r - 1, c);
      let parent = "";
      if (parentBlock && parentBlock.bottom === r - 1 && parentBlock.right > parentBlock.left) {
        parent = text.at(parentBlock.top, parentBlock.left);
        if (parent) twoRow = true;
      } else if (!parentBlock && child === "") {
        parent = text.at(r - 1, c);
      }
      combined.push(parent && child ? `${parent} ${child}` : parent || child);
    }
    if (twoRow) out.push({ row: r, rows: 2, texts: combined });
    else {
      const spanned = spannedWithoutMerges(text, r, width);
      if (spanned) out.push({ row: r, rows: 2, texts: spanned });
    }
  }
  return out;
}

/**
 * A two-row header drawn without merged cells («Сроки обучения» typed over the first of its two
 * columns, «Центрировать по выделению» instead of a merge): a parent spans to the right over the
 * empty cells whose children are filled. Null when the rows show no such span.
 */
function spannedWithoutMerges(text: HeaderTexts, r: number, width: number): string[] | null {
  const texts: string[] = [];
  let carry = "";
  let spans = false;
  for (let c = 0; c < width; c++) {
    const parent = text.at(r - 1, c);
    const child = text.at(r, c);
    if (parent) carry = child ? parent : "";
    else if (!child) carry = "";
    const over = parent || (child ? carry : "");
    if (!parent && child && carry) spans = true;
    texts.push(over && child ? `${over} ${child}` : over || child);
  }
  return spans ? texts : null;
}

/** «1 2 3 4 …» under a header: column numbers, not data. */
export function isNumberingRow(row: readonly CellValue[] | undefined): boolean {
  if (!row) return false;
  let expected = 1;
  let count = 0;
  for (const v of row) {
    if (isEmptyCell(v)) continue;
    const n = typeof v === "number" ? v : typeof v === "string" ? Number(v.trim().replace(/\.$/, "")) : NaN;
    if (isCellError(v) || !Number.isInteger(n) || n !== expected) return false;
    expected++;
    count++;
  }
  return count >= 3;
}
