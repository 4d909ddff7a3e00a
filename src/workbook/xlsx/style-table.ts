/**
 * The output's styles.xml, built from the styles of every book whose sheets go into it. Each book's
 * cell formats (xf) are re-pointed at the merged font/fill/border/number-format lists, so a copied
 * sheet only needs its s="N" indexes renumbered, never its cells re-styled one by one.
 */
import { elements } from "./input-book";
import { attr, esc, XML_HEAD } from "./xml";

const FIRST_CUSTOM_NUMFMT = 164;

/** Built-in formats (ECMA-376 §18.8.30) that plans use: no numFmt element needed. */
const BUILTIN_FORMATS = new Map<string, number>([
  ["General", 0],
  ["0", 1],
  ["0.00", 2],
  ["#,##0", 3],
  ["#,##0.00", 4],
  ["0%", 9],
  ["0.00%", 10],
  ["@", 49],
]);

class Pool {
  readonly items: string[] = [];
  private readonly index = new Map<string, number>();

  add(xml: string): number {
    let i = this.index.get(xml);
    if (i === undefined) {
      i = this.items.length;
      this.items.push(xml);
      this.index.set(xml, i);
    }
    return i;
  }
}

export interface StyleMap {
  /** Source cell format index → output index. */
  readonly xf: readonly number[];
  /** Source differential format index (conditional formatting, tables) → output index. */
  readonly dxf: readonly number[];
  /** True when every index maps to itself: the sheet XML needs no renumbering. */
  readonly identity: boolean;
}

function setAttr(tag: string, name: string, value: number | undefined): string {
  const re = new RegExp(`\\s${name}="[^"]*"`);
  if (value === undefined) return tag.replace(re, "");
  return re.test(tag) ? tag.replace(re, ` ${name}="${value}"`) : tag.replace(/^<(\w+)/, `<$1 ${name}="${value}"`);
}

export class StyleTable {
  private readonly fonts = new Pool();
  private readonly fills = new Pool();
  private readonly borders = new Pool();
  private readonly xfs = new Pool();
  private readonly dxfs = new Pool();
  private readonly numFmtIds = new Map<string, number>();
  private nextNumFmt = FIRST_CUSTOM_NUMFMT;

  /**
   * Excel's required defaults (font 0, fills none and gray125, border 0, cell format 0) come from the
   * first book added, whose indexes thus stay as they are; these are for a first book without styles.
   */
  private ensureDefaults(): void {
    if (this.fonts.items.length === 0) this.fonts.add('<font><sz val="11"/><color theme="1"/><name val="Calibri"/><family val="2"/><scheme val="minor"/></font>');
    if (this.fills.items.length === 0) {
      this.fills.add('<fill><patternFill patternType="none"/></fill>');
      this.fills.add('<fill><patternFill patternType="gray125"/></fill>');
    }
    if (this.borders.items.length === 0) this.borders.add("<border><left/><right/><top/><bottom/><diagonal/></border>");
    if (this.xfs.items.length === 0) this.xfs.add('<xf numFmtId="0" fontId="0" fillId="0" borderId="0" xfId="0"/>');
  }

  private numFmt(id: number, custom: ReadonlyMap<number, string>): number {
    const code = custom.get(id);
    return code === undefined ? id : this.customFormat(code);
  }

  /** Adds a book's styles; the map renumbers its sheets' style references. */
  add(stylesXml: string): StyleMap {
    const custom = new Map<number, string>();
    for (const f of elements(stylesXml, "numFmts", "numFmt")) custom.set(Number(attr(f, "numFmtId")), attr(f, "formatCode") ?? "");
    const fonts = elements(stylesXml, "fonts", "font").map((x) => this.fonts.add(x));
    const fills = elements(stylesXml, "fills", "fill").map((x) => this.fills.add(x));
    const borders = elements(stylesXml, "borders", "border").map((x) => this.borders.add(x));
    const pick = (list: number[], id: string | undefined) => (id === undefined ? undefined : (list[Number(id)] ?? 0));
    const xf = elements(stylesXml, "cellXfs", "xf").map((x) => {
      const open = /^<xf\b[^>]*>/.exec(x)?.[0] ?? "<xf>";
      let tag = open;
      const numFmtId = attr(open, "numFmtId");
      if (numFmtId !== undefined) tag = setAttr(tag, "numFmtId", this.numFmt(Number(numFmtId), custom));
      tag = setAttr(tag, "fontId", pick(fonts, attr(open, "fontId")));
      tag = setAttr(tag, "fillId", pick(fills, attr(open, "fillId")));
      tag = setAttr(tag, "borderId", pick(borders, attr(open, "borderId")));
      // Named cell styles are not carried over: every format hangs off «Обычный» (Normal).
      tag = setAttr(tag, "xfId", 0);
      return this.xfs.add(tag + x.slice(open.length));
    });
    const dxf = elements(stylesXml, "dxfs", "dxf").map((x) => this.dxfs.add(x));
    this.ensureDefaults();
    const identity = xf.every((v, i) => v === i) && dxf.every((v, i) => v === i);
    return { xf, dxf, identity };
  }

  private readonly direct = new Map<string, number>();

  /** A cell format from its parts' XML (sheets written here rather than copied); the same parts give the same index. */
  addXf(parts: { font: string; fill?: string; border?: string; numFmt?: string; alignment?: string }): number {
    const key = `${parts.font}|${parts.fill ?? ""}|${parts.border ?? ""}|${parts.numFmt ?? ""}|${parts.alignment ?? ""}`;
    let i = this.direct.get(key);
    if (i === undefined) {
      this.ensureDefaults();
      const fontId = this.fonts.add(parts.font);
      const fillId = parts.fill ? this.fills.add(parts.fill) : 0;
      const borderId = parts.border ? this.borders.add(parts.border) : 0;
      const numFmtId = parts.numFmt ? (BUILTIN_FORMATS.get(parts.numFmt) ?? this.customFormat(parts.numFmt)) : 0;
      const apply = `${numFmtId ? ' applyNumberFormat="1"' : ""} applyFont="1"${parts.fill ? ' applyFill="1"' : ""}${parts.border ? ' applyBorder="1"' : ""}${parts.alignment ? ' applyAlignment="1"' : ""}`;
      const xml = parts.alignment
        ? `<xf numFmtId="${numFmtId}" fontId="${fontId}" fillId="${fillId}" borderId="${borderId}" xfId="0"${apply}>${parts.alignment}</xf>`
        : `<xf numFmtId="${numFmtId}" fontId="${fontId}" fillId="${fillId}" borderId="${borderId}" xfId="0"${apply}/>`;
      i = this.xfs.add(xml);
      this.direct.set(key, i);
    }
    return i;
  }

  private customFormat(code: string): number {
    let out = this.numFmtIds.get(code);
    if (out === undefined) {
      out = this.nextNumFmt++;
      this.numFmtIds.set(code, out);
    }
    return out;
  }

  toXml(): string {
    this.ensureDefaults();
    const list = (tag: string, items: readonly string[], extra = "") => `<${tag} count="${items.length}"${extra}>${items.join("")}</${tag}>`;
    const numFmts = [...this.numFmtIds].map(([code, id]) => `<numFmt numFmtId="${id}" formatCode="${esc(code)}"/>`);
    return (
      XML_HEAD +
      '<styleSheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" xmlns:mc="http://schemas.openxmlformats.org/markup-compatibility/2006" mc:Ignorable="x14ac" xmlns:x14ac="http://schemas.microsoft.com/office/spreadsheetml/2009/9/ac">' +
      (numFmts.length > 0 ? list("numFmts", numFmts) : "") +
      list("fonts", this.fonts.items) +
      list("fills", this.fills.items) +
      list("borders", this.borders.items) +
      '<cellStyleXfs count="1"><xf numFmtId="0" fontId="0" fillId="0" borderId="0"/></cellStyleXfs>' +
      list("cellXfs", this.xfs.items) +
      '<cellStyles count="1"><cellStyle name="Normal" xfId="0" builtinId="0"/></cellStyles>' +
      list("dxfs", this.dxfs.items) +
      '<tableStyles count="0" defaultTableStyle="TableStyleMedium2" defaultPivotStyle="PivotStyleLight16"/>' +
      "</styleSheet>"
    );
  }
}
