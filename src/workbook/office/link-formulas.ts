import { LITERAL_MAX, hyperlinkFormula, isPlain } from "../hyperlink";
import { quoteSheet } from "../sheet-name";
import { utf8Length, valueBytes } from "./payload";

/** A value of a values array and its JSON size there (−1: not known yet). */
export interface SizedValue {
  v: string | number | boolean;
  bytes: number;
}

const LINK_HEAD = '=HYPERLINK("';

/**
 * The `=HYPERLINK(…)` values of link cells and their JSON sizes, the part that names the sheet made and
 * measured once a sheet: past Excel's limit of native links, a region's «Расшифровка» has a million of
 * them, and building and measuring each whole cost a third of the write's own work.
 */
export class LinkFormulas {
  private readonly heads = new Map<string, { readonly text: string; readonly bytes: number } | null>();
  constructor(private readonly renames: ReadonlyMap<string, string>) {}

  /** Into `out`: the formula of a link to `cell` of the planned sheet `sheet`, showing `shown`. */
  make(sheet: string, cell: string, shown: string | number, out: SizedValue): void {
    let head = this.heads.get(sheet);
    if (head === undefined) {
      const target = `#${quoteSheet(this.renames.get(sheet) ?? sheet)}!`;
      // hyperlinkFormula writes a short quote-free target literal as it is: the head, then the address.
      head = target.indexOf('"') < 0 ? { text: LINK_HEAD + target, bytes: utf8Length(LINK_HEAD + target) } : null;
      this.heads.set(sheet, head);
    }
    if (head !== null && typeof shown === "number" && isPlain(cell) && head.text.length - LINK_HEAD.length + cell.length <= LITERAL_MAX) {
      const tail = `${cell}",${shown})`;
      out.v = head.text + tail;
      // A number and an address are ASCII without quotes or backslashes; the tail's one quote is escaped.
      out.bytes = head.bytes + tail.length + 1 + 3;
      return;
    }
    out.v = `=${hyperlinkFormula(this.renames.get(sheet) ?? sheet, cell, shown)}`;
    out.bytes = valueBytes(out.v);
  }
}
