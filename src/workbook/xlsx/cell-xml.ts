/**
 * The XML of a plan's cells. A «Расшифровка» of a million rows is eight million cells, and most of
 * what each cell's XML says repeats across the sheet: so the column letters, the style index of each
 * look and the escaped start of each HYPERLINK formula are worked out once per sheet, not per cell.
 */
import { columnLetter } from "../../domain/a1";
import { serialIn } from "../../domain/dates";
import { PlanCell, PlanValue, StyleName } from "../../report/plan";
import { LITERAL_MAX, hyperlinkFormula, isPlain } from "../hyperlink";
import { quoteSheet } from "../sheet-name";
import { DATE_FORMAT } from "./apply-plan";
import { CellStyleKey } from "./styles";
import { esc } from "./xml";

export interface PlanSheetContext {
  /** The output's cell format index for a look. */
  style(key: CellStyleKey): number;
  /** The output's shared-string index for a text. */
  string(text: string): number;
  readonly date1904: boolean;
}

const WRAPPED = { wrapText: true, vertical: "top" } as const;
const TOP = { vertical: "top" } as const;
const ALIGNMENTS = [undefined, WRAPPED, TOP] as const;
const NONE = 0;
const WRAP = 1;
const AT_TOP = 2;

interface LastTail {
  readonly v: string | number | boolean | null;
  readonly style: StyleName | undefined;
  readonly numFmt: string | undefined;
  readonly wrap: boolean | undefined;
  readonly top: boolean;
  readonly tail: string;
}

export class CellXml {
  private readonly letters: string[] = [];
  /** Per column: the last plain cell's value and look, and its XML after the address. */
  private readonly lastTails: (LastTail | undefined)[] = [];
  /** Style name → number format ("" for none) → alignment (NONE, WRAP, AT_TOP) → ` s="N"` or "". */
  private readonly styles = new Map<StyleName, Map<string, (string | undefined)[]>>();
  /** Target sheet → escaped `HYPERLINK("#'Sheet'!` and its unescaped length. */
  private readonly linkHeads = new Map<string, { readonly xml: string; readonly length: number }>();
  /** Target sheet → escaped `'Sheet'!` of a native link's location. */
  private readonly locations = new Map<string, string>();

  constructor(private readonly ctx: PlanSheetContext) {}

  /**
   * One cell's XML, or "" for a cell that carries nothing. `row`: the 1-based row number as text.
   * `top`: lined up at the top beside a wrapped neighbour. `links`: the sheet's native hyperlinks, or
   * null past their limit, where a link is the cell's HYPERLINK formula. `header`: a table header
   * cell's text, which must read exactly as its column name.
   */
  cell(pc: PlanCell, col: number, row: string, top: boolean, links: string[] | null, header: string | undefined): string {
    const address = this.letter(col) + row;
    if (pc.link && links === null && header === undefined && (typeof pc.v === "string" || typeof pc.v === "number")) {
      // Shown as text, like the native link cells above it, so the column sorts and filters as one.
      const shown = String(pc.v);
      const head = `<c r="${address}"${this.style(pc.style ?? "link", pc.numFmt, pc.wrap ? WRAP : top ? AT_TOP : NONE)}`;
      const value = isPlain(shown) ? shown : esc(shown);
      return `${head} t="str"><f>${this.linkFormula(pc.link.sheet, pc.link.cell, shown)}</f><v>${value}</v></c>`;
    }
    // A linked number is written as its text, as the link cell ExcelJS wrote always was.
    const v: PlanValue = header ?? (pc.link && typeof pc.v === "number" ? String(pc.v) : pc.v);
    if (v === null && !pc.style && !pc.numFmt && !pc.link) return "";
    const start = `<c r="${address}"`;
    if (pc.link && links && (typeof v === "string" || typeof v === "number")) {
      links.push(`<hyperlink ref="${address}" location="${this.location(pc.link.sheet, pc.link.cell)}"/>`);
    }
    if (pc.link || typeof v === "object") return start + this.tail(pc, v, top);
    // Down a column the same text repeats row after row (an indicator's code and name, a school, a
    // reason): its XML after the address is remembered per column and made again only when it changes.
    const last = this.lastTails[col];
    if (last && last.v === v && last.style === pc.style && last.numFmt === pc.numFmt && last.wrap === pc.wrap && last.top === top) return start + last.tail;
    const tail = this.tail(pc, v, top);
    this.lastTails[col] = { v, style: pc.style, numFmt: pc.numFmt, wrap: pc.wrap, top, tail };
    return start + tail;
  }

  /** A cell's XML after its address: style, type, value. */
  private tail(pc: PlanCell, v: PlanValue, top: boolean): string {
    const isDate = v !== null && typeof v === "object" && "date" in v;
    const numFmt = pc.numFmt ?? (isDate ? DATE_FORMAT : undefined);
    const s = this.style(pc.style ?? (pc.link ? "link" : "normal"), numFmt, pc.wrap ? WRAP : top && v !== null ? AT_TOP : NONE);
    if (v === null) return `${s}/>`;
    // Text is always a string cell, even "=SUM(A1)": data from schools never becomes a live formula.
    if (typeof v === "string") return `${s} t="s"><v>${this.ctx.string(v)}</v></c>`;
    if (typeof v === "number") return Number.isFinite(v) ? `${s}><v>${v}</v></c>` : `${s}/>`;
    if (typeof v === "boolean") return `${s} t="b"><v>${v ? 1 : 0}</v></c>`;
    if ("date" in v) return `${s}><v>${serialIn(v.date, this.ctx.date1904)}</v></c>`;
    const f = `<f>${esc(v.formula)}</f>`;
    if (v.result === null) return `${s}>${f}</c>`;
    if (typeof v.result === "number") return `${s}>${f}<v>${v.result}</v></c>`;
    return `${s} t="str">${f}<v>${esc(v.result)}</v></c>`;
  }

  private letter(col: number): string {
    return (this.letters[col] ??= columnLetter(col));
  }

  /** The ` s="N"` of a look (nothing for the default format 0), asking the workbook once per look. */
  private style(name: StyleName, numFmt: string | undefined, alignment: number): string {
    let byFormat = this.styles.get(name);
    if (!byFormat) this.styles.set(name, (byFormat = new Map()));
    let byAlignment = byFormat.get(numFmt ?? "");
    if (!byAlignment) byFormat.set(numFmt ?? "", (byAlignment = []));
    let attr = byAlignment[alignment];
    if (attr === undefined) {
      const s = this.ctx.style({ name, numFmt, alignment: ALIGNMENTS[alignment] });
      attr = byAlignment[alignment] = s ? ` s="${s}"` : "";
    }
    return attr;
  }

  /** esc(hyperlinkFormula(sheet, cell, shown)), the sheet's part escaped once. */
  private linkFormula(sheet: string, cell: string, shown: string): string {
    let head = this.linkHeads.get(sheet);
    if (!head) {
      const target = `#${quoteSheet(sheet)}!`;
      head = { xml: `HYPERLINK(&quot;${esc(target.replace(/"/g, '""'))}`, length: target.length };
      this.linkHeads.set(sheet, head);
    }
    if (head.length + cell.length > LITERAL_MAX || shown.length > LITERAL_MAX || !isPlain(cell)) return esc(hyperlinkFormula(sheet, cell, shown));
    const literal = isPlain(shown) ? shown : esc(shown.replace(/"/g, '""'));
    return `${head.xml}${cell}&quot;,&quot;${literal}&quot;)`;
  }

  private location(sheet: string, cell: string): string {
    let at = this.locations.get(sheet);
    if (at === undefined) this.locations.set(sheet, (at = esc(`${quoteSheet(sheet)}!`)));
    return isPlain(cell) ? at + cell : esc(`${quoteSheet(sheet)}!${cell}`);
  }
}
