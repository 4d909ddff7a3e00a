/**
 * Assembles the output package from sheets of several books (the inputs and the book ExcelJS wrote
 * for Metodist's own sheets), part by part: each sheet's XML is copied with its style and shared-string
 * indexes renumbered, with its tables, comments and external links. A copy keeps everything a sheet
 * carries (values, styles, merges, widths, validations, conditional formats, print setup, links inside
 * the workbook); pictures, charts and embedded objects of input sheets are left behind, as before.
 */
import { DefinedName, InputBook, InputSheet, partRels, Rel, relsPathOf } from "./input-book";
import { StyleMap, StyleTable } from "./style-table";
import { attr, esc, XML_HEAD } from "./xml";
import { crc32, inflateRawSync } from "zlib";
import { DeflatedPart, writeZip, ZipContent } from "./zip";
import { DAYS_1900_TO_1904 } from "../../domain/dates";
import { SheetPlan } from "../../report/plan";
import { writePlanSheet } from "./plan-sheet";
import { CellStyleKey, lookXml } from "./styles";
import { REL_NS } from "./package-parts";
import { hasRenames, RefRenames, renameRefsEscaped, renameRefsInXml } from "./formula-refs";

const NS_MAIN = "http://schemas.openxmlformats.org/spreadsheetml/2006/main";
const NS_R = "http://schemas.openxmlformats.org/officeDocument/2006/relationships";
const REL = {
  worksheet: `${NS_R}/worksheet`,
  styles: `${NS_R}/styles`,
  sharedStrings: `${NS_R}/sharedStrings`,
  theme: `${NS_R}/theme`,
  table: `${NS_R}/table`,
  comments: `${NS_R}/comments`,
  vml: `${NS_R}/vmlDrawing`,
  hyperlink: `${NS_R}/hyperlink`,
  drawing: `${NS_R}/drawing`,
  chart: `${NS_R}/chart`,
};
const CT = {
  workbook: "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml",
  worksheet: "application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml",
  styles: "application/vnd.openxmlformats-officedocument.spreadsheetml.styles+xml",
  sharedStrings: "application/vnd.openxmlformats-officedocument.spreadsheetml.sharedStrings+xml",
  theme: "application/vnd.openxmlformats-officedocument.theme+xml",
  table: "application/vnd.openxmlformats-officedocument.spreadsheetml.table+xml",
  comments: "application/vnd.openxmlformats-officedocument.spreadsheetml.comments+xml",
  core: "application/vnd.openxmlformats-package.core-properties+xml",
  app: "application/vnd.openxmlformats-officedocument.extended-properties+xml",
  drawing: "application/vnd.openxmlformats-officedocument.drawing+xml",
  chart: "application/vnd.openxmlformats-officedocument.drawingml.chart+xml",
};

/** Where a sheet's extra parts go while it is being added. */
export interface PartSink {
  addPart(path: string, content: string, contentType?: string): void;
  /** A relationship from the sheet; returns its id. */
  addRel(type: string, target: string): string;
  nextDrawingNumber(): number;
  nextChartNumber(): number;
}

/** Per-book bookkeeping: its styles and strings are merged once, however many of its sheets are copied. */
interface BookImport {
  readonly styles: StyleMap;
  readonly stringOffset: number;
}

export interface SheetSource {
  readonly book: InputBook;
  readonly sheet: InputSheet;
  /** The sheet's name in the output. */
  readonly name: string;
  /** Output names of tables, by the table part's path in the source book (renamed when taken). */
  readonly tableNames?: ReadonlyMap<string, string>;
  /**
   * Carry the book's workbook-wide defined names. A name the output already has (a later school's
   * «Список_ОО», as the first school's file has it too) goes local to each of the book's copied
   * sheets instead: the book's own formulas and validations then still find the book's own range.
   */
  readonly globalNames?: boolean;
  /**
   * The book's sheets and tables renamed in the output (a later input's «КПК (школа2)»): references to
   * them in the book's formulas, validations, links and names follow (formula-refs.ts). Such a book's
   * sheets are edited, never copied as stored; a book without renames is not searched at all.
   */
  readonly refs?: RefRenames;
  /**
   * Drop the relationship of links that also have a location: ExcelJS writes an in-workbook link
   * with both, and Excel follows the relationship to a file named like the sheet.
   */
  readonly internalLinksOnly?: boolean;
  /** Extra parts (a chart drawing) to hang on the sheet: returns the sheet XML with its reference. */
  readonly decorate?: (xml: string, parts: PartSink) => string;
}

/** Embedded objects and controls, which a copied sheet loses (dropEmbedded). */
const EMBEDDED = ["<oleObjects>", "<controls>"];
/** What a copied sheet's XML holds when the copy has to edit it (dropTabSelected, dropEmbedded). */
const CHANGED_BY_COPY = ["tabSelected", ...EMBEDDED];

/**
 * Whether any of `marks` is in the sheet's XML outside its cells. What the copy edits sits in the sheet
 * view (before `<sheetData>`) or after the data (embedded objects, links), never in a cell, whose text
 * may spell a mark but is not one; searching a region's cells for them cost ≈ 0,4 s.
 */
function markedOutsideCells(bytes: Buffer, marks: readonly string[]): boolean {
  const start = bytes.indexOf("<sheetData");
  const end = start < 0 ? -1 : bytes.lastIndexOf("</sheetData>");
  const head = end < 0 ? bytes : bytes.subarray(0, start);
  const tail = end < 0 ? bytes.length : end;
  return marks.some((mark) => head.indexOf(mark) >= 0 || bytes.indexOf(mark, tail) >= 0);
}

/** Sheet-view selection would group several tabs on open; the workbook view picks the active one. */
function dropTabSelected(xml: string): string {
  return xml.replace(/(<sheetView\b[^>]*?)\stabSelected="(?:1|true)"/g, "$1");
}

/** Renumbers s="N" on cells, rows (and style="N" on columns) and shared-string indexes of t="s" cells. */
function renumber(xml: string, map: StyleMap, stringOffset: number): string {
  const xf = (n: string) => String(map.xf[Number(n)] ?? 0);
  let out = xml.replace(/<col\b[^>]*>/g, (tag) => tag.replace(/\sstyle="(\d+)"/, (_m, n: string) => ` style="${xf(n)}"`));
  out = out.replace(/<row\b[^>]*>/g, (tag) => tag.replace(/\ss="(\d+)"/, (_m, n: string) => ` s="${xf(n)}"`));
  out = out.replace(/<c\b([^>]*?)(\/?)>(<v>(\d+)<\/v>)?/g, (_m, attrs: string, close: string, vPart: string | undefined, v: string | undefined) => {
    const a = map.identity ? attrs : attrs.replace(/\ss="(\d+)"/, (_s, n: string) => ` s="${xf(n)}"`);
    const value = vPart !== undefined && v !== undefined && / t="s"/.test(attrs) ? `<v>${Number(v) + stringOffset}</v>` : (vPart ?? "");
    return `<c${a}${close}>${value}`;
  });
  if (!map.identity) out = out.replace(/\sdxfId="(\d+)"/g, (_m, n: string) => ` dxfId="${map.dxf[Number(n)] ?? 0}"`);
  return out;
}

/** Elements that point at parts a copy does not carry (pictures, embedded objects, controls). */
function dropEmbedded(xml: string, dropped: ReadonlySet<string>): string {
  let out = xml.replace(/<oleObjects>[\s\S]*?<\/oleObjects>/g, "").replace(/<controls>[\s\S]*?<\/controls>/g, "");
  out = out.replace(/<mc:AlternateContent\b[\s\S]*?<\/mc:AlternateContent>/g, (block) => (/\sr:id="/.test(block) ? "" : block));
  out = out.replace(/<(drawing|legacyDrawing|legacyDrawingHF|picture)\b[^>]*\/>/g, (tag) => {
    const id = attr(tag, "r:id");
    return id && dropped.has(id) ? "" : tag;
  });
  return out.replace(/(<pageSetup\b[^>]*?)\sr:id="([^"]*)"/g, (m, head: string, id: string) => (dropped.has(id) ? head : m));
}

/**
 * A sheet copied into a workbook of the other date system: every number shown as a date (by its
 * style) moves by `delta` days, or the copy would show it four years and a day off. Formula results
 * move too; Excel recalculates them anyway. Text and other numbers stay as they are.
 */
function moveDates(xml: string, dateStyles: readonly boolean[], delta: number): string {
  // An empty cell (<c …/>) is matched on its own first, so that no cell's body runs on into the next.
  return xml.replace(/<c\b[^>]*\/>|<c\b([^>]*)>[\s\S]*?<\/c>/g, (whole, attrs: string | undefined) => {
    if (attrs === undefined) return whole;
    const style = /\ss="(\d+)"/.exec(attrs);
    if (!style || !dateStyles[Number(style[1])]) return whole;
    const type = /\st="([^"]*)"/.exec(attrs);
    if (type && type[1] !== "n") return whole;
    return whole.replace(/<v>([^<]*)<\/v>/, (v, n: string) => (n.trim() !== "" && Number.isFinite(Number(n)) ? `<v>${Number(n) + delta}</v>` : v));
  });
}

export class PackageBuilder {
  private readonly styles = new StyleTable();
  private readonly strings: string[] = [];
  private readonly books = new Map<InputBook, BookImport>();
  private readonly sheets: { name: string; state: string; path: string }[] = [];
  private readonly parts = new Map<string, ZipContent>();
  private readonly overrides = new Map<string, string>();
  private readonly definedNames: string[] = [];
  private readonly globalsCopied = new Set<InputBook>();
  /** Lower-cased workbook-wide names in the output. */
  private readonly globalNames = new Set<string>();
  /** A book's workbook-wide names the output already had: copied local to each of its sheets. */
  private readonly shadowedNames = new Map<InputBook, DefinedName[]>();
  private tableId = 0;
  private commentsN = 0;
  private vmlN = 0;
  private drawingN = 0;
  private chartN = 0;
  private theme: string | null = null;
  private date1904 = false;

  private settled = false;

  /** The workbook whose theme and date system the output keeps (the first input). */
  useSettingsOf(book: InputBook): void {
    this.theme = book.theme();
    this.date1904 = book.date1904;
    this.settled = true;
  }

  /** Without a base workbook, the first book added supplies the theme and the date system. */
  private bookImport(book: InputBook): BookImport {
    let b = this.books.get(book);
    if (!b) {
      if (!this.settled) this.useSettingsOf(book);
      const stringOffset = this.strings.length;
      for (const s of book.sharedStrings()) this.strings.push(s.xml);
      b = { styles: this.styles.add(book.styles()), stringOffset };
      this.books.set(book, b);
    }
    return b;
  }

  /** Makes sure a book's styles come first (its sheets then need no renumbering), before any sheet is added. */
  prime(book: InputBook): void {
    this.bookImport(book);
  }

  addSheet(src: SheetSource): void {
    const { book, sheet } = src;
    const imp = this.bookImport(book);
    const index = this.sheets.length;
    const path = `xl/worksheets/sheet${index + 1}.xml`;
    // A sheet that needs no change goes over as the input stored it, still compressed.
    let stored = this.storedAsIs(src, imp);
    let xml = stored ? "" : this.adjusted(src, imp);

    const rels: Rel[] = [];
    const dropped = new Set<string>();
    const linkRelsToDrop = new Set<string>();
    if (src.internalLinksOnly && !stored) {
      xml = xml.replace(/<hyperlink\b[^>]*\/>/g, (tag) => {
        if (!/\slocation="/.test(tag)) return tag;
        const m = /\sr:id="([^"]*)"/.exec(tag);
        if (!m) return tag;
        linkRelsToDrop.add(m[1]);
        return tag.replace(m[0], "");
      });
    }
    for (const rel of partRels(book.zip, sheet.path)) {
      if (linkRelsToDrop.has(rel.id)) continue;
      if (rel.type === REL.hyperlink && rel.external) rels.push(rel);
      else if (rel.type === REL.table) rels.push({ ...rel, target: this.copyTable(book, rel.target, imp.styles, src.tableNames, src.refs) });
      else if (rel.type === REL.comments) rels.push({ ...rel, target: this.copyPart(book, rel.target, `xl/comments${++this.commentsN}.xml`, CT.comments) });
      else if (rel.type === REL.vml && !book.zip.has(relsPathOf(rel.target))) rels.push({ ...rel, target: this.copyPart(book, rel.target, `xl/drawings/vmlDrawing${++this.vmlN}.vml`) });
      else dropped.add(rel.id);
    }
    // A part the copy leaves behind (printer settings, a drawing) is still named in the sheet: edit it after all.
    if (stored && dropped.size > 0) {
      stored = null;
      xml = this.adjusted(src, imp);
    }
    if (!stored && (dropped.size > 0 || EMBEDDED.some((mark) => xml.includes(mark)))) xml = dropEmbedded(xml, dropped);

    if (src.decorate) {
      xml = src.decorate(xml, this.sink(rels));
    }
    this.parts.set(path, stored ?? xml);
    this.overrides.set(`/${path}`, CT.worksheet);
    if (rels.length > 0) this.parts.set(relsPathOf(path), relsXml(rels, path));
    this.sheets.push({ name: src.name, state: sheet.state, path });
    this.copyNames(src, index);
  }

  /**
   * The sheet's stored bytes when the copy would change nothing in them: same date system, its book's
   * styles and strings first in the output, no sheet-view selection, no embedded controls, no links
   * to rewrite, nothing to hang on it. Inflating once more to look is far cheaper than decoding a
   * region's sheet to text and compressing it again, and the text is never held.
   */
  private storedAsIs(src: SheetSource, imp: BookImport): DeflatedPart | null {
    const { book, sheet } = src;
    if (src.decorate || book.date1904 !== this.date1904 || !imp.styles.identity || imp.stringOffset !== 0 || hasRenames(src.refs)) return null;
    const stored = book.zip.deflated(sheet.path);
    const bytes = stored && book.zip.bytes(sheet.path);
    // A checksum the input got wrong would make Excel call the output damaged: such a sheet is re-encoded.
    if (!stored || !bytes || bytes.length !== stored.size || crc32(bytes) >>> 0 !== stored.crc >>> 0) return null;
    if (markedOutsideCells(bytes, src.internalLinksOnly ? [...CHANGED_BY_COPY, "<hyperlink"] : CHANGED_BY_COPY)) return null;
    return stored;
  }

  /**
   * The sheet's XML as the output needs it: dates moved to its date system, styles and strings
   * renumbered, references to the book's renamed sheets and tables following them, tabs unselected.
   */
  private adjusted(src: SheetSource, imp: BookImport): string {
    const { book, sheet } = src;
    let xml = book.sheetXml(sheet);
    // Before renumbering: the date flags are by the book's own style numbers.
    if (book.date1904 !== this.date1904) xml = moveDates(xml, book.dateStyleFlags(), book.date1904 ? DAYS_1900_TO_1904 : -DAYS_1900_TO_1904);
    if (!imp.styles.identity || imp.stringOffset !== 0) xml = renumber(xml, imp.styles, imp.stringOffset);
    if (hasRenames(src.refs)) xml = renameRefsInXml(xml, src.refs);
    return dropTabSelected(xml);
  }

  private readonly stringIndex = new Map<string, number>();

  /** A shared string for a sheet written here; the same text is stored once. */
  private sharedString(text: string): number {
    let i = this.stringIndex.get(text);
    if (i === undefined) {
      i = this.strings.length;
      const space = /^\s|\s$|\n/.test(text) ? ' xml:space="preserve"' : "";
      this.strings.push(`<si><t${space}>${esc(text)}</t></si>`);
      this.stringIndex.set(text, i);
    }
    return i;
  }

  private readonly styleIndex = new Map<string, number>();

  private planStyle(key: CellStyleKey): number {
    const id = `${key.name}|${key.numFmt ?? ""}|${key.alignment?.wrapText ? "w" : ""}${key.alignment?.vertical ?? ""}`;
    let i = this.styleIndex.get(id);
    if (i === undefined) {
      const look = lookXml(key.name);
      const a = key.alignment;
      const alignment = a ? `<alignment${a.vertical ? ` vertical="${a.vertical}"` : ""}${a.wrapText ? ' wrapText="1"' : ""}/>` : undefined;
      i = this.styles.addXf({ ...look, ...(key.numFmt ? { numFmt: key.numFmt } : {}), ...(alignment ? { alignment } : {}) });
      this.styleIndex.set(id, i);
    }
    return i;
  }

  /** A sheet written from its plan (Metodist's own sheets), with its tables, print area and charts. */
  addPlanSheet(name: string, plan: SheetPlan, tableNames: readonly string[], state: InputSheet["state"], decorate?: SheetSource["decorate"]): void {
    const index = this.sheets.length;
    const path = `xl/worksheets/sheet${index + 1}.xml`;
    const written = writePlanSheet(plan, name, tableNames, {
      style: (key) => this.planStyle(key),
      string: (text) => this.sharedString(text),
      date1904: this.date1904,
    });
    const rels: Rel[] = written.tables.map((t) => {
      const to = `xl/tables/table${++this.tableId}.xml`;
      this.parts.set(to, t.xml(this.tableId));
      this.overrides.set(`/${to}`, CT.table);
      return { id: t.rid, type: REL.table, target: `/${to}`, external: false };
    });
    // Decorated sheets (charts) are small: their XML is inflated back into one text to add the drawing.
    const xml = decorate ? decorate(inflateRawSync(Buffer.concat(written.xml.deflated)).toString("utf8"), this.sink(rels)) : written.xml;
    this.parts.set(path, xml);
    this.overrides.set(`/${path}`, CT.worksheet);
    if (rels.length > 0) this.parts.set(relsPathOf(path), relsXml(rels, path));
    this.sheets.push({ name, state, path });
    if (written.printArea) this.definedNames.push(`<definedName name="_xlnm.Print_Area" localSheetId="${index}">${esc(written.printArea)}</definedName>`);
    if (written.printTitles) this.definedNames.push(`<definedName name="_xlnm.Print_Titles" localSheetId="${index}">${esc(written.printTitles)}</definedName>`);
  }

  private sink(rels: Rel[]): PartSink {
    return {
      addPart: (p, content, ct) => {
        this.parts.set(p, content);
        if (ct) this.overrides.set(`/${p}`, ct);
      },
      addRel: (type, target) => {
        let n = rels.length + 1;
        while (rels.some((r) => r.id === `rId${n}`)) n++;
        rels.push({ id: `rId${n}`, type, target, external: false });
        return `rId${n}`;
      },
      nextDrawingNumber: () => ++this.drawingN,
      nextChartNumber: () => ++this.chartN,
    };
  }

  /**
   * Names local to the sheet (print areas, filters); the book's workbook-wide names once, when asked
   * for: those the output has not got yet as workbook-wide names, the others local to each of the
   * book's sheets (a sheet's own name of the same name wins). Excel's own hidden _xlfn./_xlnm. names
   * mean the same in every book and are not repeated.
   */
  private copyNames(src: SheetSource, index: number): void {
    const { book } = src;
    const at = book.sheets.indexOf(src.sheet);
    const refs = this.refsOf(src);
    const add = (n: DefinedName, local: number | undefined) => {
      const body = hasRenames(refs) ? renameRefsEscaped(n.body, refs) : n.body;
      this.definedNames.push(`<definedName name="${esc(n.name)}"${local !== undefined ? ` localSheetId="${local}"` : ""}${n.rest}>${body}</definedName>`);
    };
    if (src.globalNames === true && !this.globalsCopied.has(book)) {
      this.globalsCopied.add(book);
      const shadowed: DefinedName[] = [];
      for (const n of book.definedNames) {
        if (n.localSheetId !== undefined) continue;
        const key = n.name.toLowerCase();
        if (!this.globalNames.has(key)) {
          this.globalNames.add(key);
          add(n, undefined);
        } else if (!/^_xl(fn|nm)\./i.test(n.name)) shadowed.push(n);
      }
      this.shadowedNames.set(book, shadowed);
    }
    const own = book.definedNames.filter((n) => n.localSheetId === at);
    for (const n of own) add(n, index);
    for (const n of this.shadowedNames.get(book) ?? []) {
      const key = n.name.toLowerCase();
      if (!own.some((o) => o.name.toLowerCase() === key)) add(n, index);
    }
  }

  /** The book's renames, with the sheet's own (a sheet added under another name than its book's). */
  private refsOf(src: SheetSource): RefRenames | undefined {
    if (src.sheet.name === src.name || src.refs?.sheets.get(src.sheet.name.toLowerCase()) === src.name) return src.refs;
    const sheets = new Map(src.refs?.sheets ?? []);
    sheets.set(src.sheet.name.toLowerCase(), src.name);
    return { sheets, tables: src.refs?.tables ?? new Map<string, string>() };
  }

  private copyPart(book: InputBook, from: string, to: string, contentType?: string): string {
    const bytes = book.zip.bytes(from);
    if (bytes) this.parts.set(to, bytes);
    if (contentType) this.overrides.set(`/${to}`, contentType);
    return `/${to}`;
  }

  private copyTable(book: InputBook, from: string, styles: StyleMap, names: ReadonlyMap<string, string> | undefined, refs: RefRenames | undefined): string {
    const to = `xl/tables/table${++this.tableId}.xml`;
    let xml = book.zip.text(from) ?? "";
    // Calculated columns' and totals' formulas name the book's tables and sheets too.
    if (hasRenames(refs)) xml = renameRefsInXml(xml, refs);
    const name = names?.get(from);
    xml = xml.replace(/<table\b[^>]*>/, (tag) => {
      let t = tag.replace(/\sid="\d+"/, ` id="${this.tableId}"`);
      if (name) t = t.replace(/\sname="[^"]*"/, ` name="${esc(name)}"`).replace(/\sdisplayName="[^"]*"/, ` displayName="${esc(name)}"`);
      return t;
    });
    if (!styles.identity) xml = xml.replace(/(\s\w*[dD]xfId)="(\d+)"/g, (_m, a: string, n: string) => `${a}="${styles.dxf[Number(n)] ?? 0}"`);
    this.parts.set(to, xml);
    this.overrides.set(`/${to}`, CT.table);
    return `/${to}`;
  }

  /** `active`: the sheet the workbook opens on (else the first visible one). */
  toBuffer(active?: string): Buffer {
    const sheets = this.sheets.map((s, i) => `<sheet name="${esc(s.name)}" sheetId="${i + 1}"${s.state !== "visible" ? ` state="${s.state}"` : ""} r:id="rId${i + 1}"/>`);
    const firstVisible = Math.max(0, this.sheets.findIndex((s) => s.state === "visible"));
    const wanted = active === undefined ? -1 : this.sheets.findIndex((s) => s.name === active && s.state === "visible");
    const activeTab = wanted >= 0 ? wanted : firstVisible;
    const workbook =
      XML_HEAD +
      `<workbook xmlns="${NS_MAIN}" xmlns:r="${NS_R}"><workbookPr${this.date1904 ? ' date1904="1"' : ""} defaultThemeVersion="164011"/>` +
      `<bookViews><workbookView activeTab="${activeTab}" firstSheet="${firstVisible}"/></bookViews>` +
      `<sheets>${sheets.join("")}</sheets>` +
      (this.definedNames.length > 0 ? `<definedNames>${this.definedNames.join("")}</definedNames>` : "") +
      `<calcPr calcId="171027"/></workbook>`;
    const n = this.sheets.length;
    const wbRels: Rel[] = this.sheets.map((s, i) => ({ id: `rId${i + 1}`, type: REL.worksheet, target: `worksheets/${s.path.slice("xl/worksheets/".length)}`, external: false }));
    wbRels.push({ id: `rId${n + 1}`, type: REL.styles, target: "styles.xml", external: false });
    wbRels.push({ id: `rId${n + 2}`, type: REL.sharedStrings, target: "sharedStrings.xml", external: false });
    if (this.theme) wbRels.push({ id: `rId${n + 3}`, type: REL.theme, target: "theme/theme1.xml", external: false });

    const sst = `${XML_HEAD}<sst xmlns="${NS_MAIN}" count="${this.strings.length}" uniqueCount="${this.strings.length}">${this.strings.join("")}</sst>`;
    const overrides = new Map<string, string>([
      ["/xl/workbook.xml", CT.workbook],
      ["/xl/styles.xml", CT.styles],
      ["/xl/sharedStrings.xml", CT.sharedStrings],
      ["/docProps/core.xml", CT.core],
      ["/docProps/app.xml", CT.app],
      ...(this.theme ? ([["/xl/theme/theme1.xml", CT.theme]] as [string, string][]) : []),
      ...this.overrides,
    ]);
    const types =
      XML_HEAD +
      '<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">' +
      '<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>' +
      '<Default Extension="xml" ContentType="application/xml"/>' +
      '<Default Extension="vml" ContentType="application/vnd.openxmlformats-officedocument.vmlDrawing"/>' +
      [...overrides].map(([p, ct]) => `<Override PartName="${esc(p)}" ContentType="${ct}"/>`).join("") +
      "</Types>";
    const rootRels = relsXml(
      [
        { id: "rId1", type: `${NS_R}/officeDocument`, target: "xl/workbook.xml", external: false },
        { id: "rId2", type: "http://schemas.openxmlformats.org/package/2006/relationships/metadata/core-properties", target: "docProps/core.xml", external: false },
        { id: "rId3", type: `${NS_R}/extended-properties`, target: "docProps/app.xml", external: false },
      ],
      "",
    );
    const now = new Date().toISOString().replace(/\.\d+Z$/, "Z");
    const core =
      XML_HEAD +
      '<cp:coreProperties xmlns:cp="http://schemas.openxmlformats.org/package/2006/metadata/core-properties" xmlns:dc="http://purl.org/dc/elements/1.1/" xmlns:dcterms="http://purl.org/dc/terms/" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance">' +
      `<dc:creator>Методист</dc:creator><dcterms:created xsi:type="dcterms:W3CDTF">${now}</dcterms:created><dcterms:modified xsi:type="dcterms:W3CDTF">${now}</dcterms:modified></cp:coreProperties>`;
    const app = `${XML_HEAD}<Properties xmlns="http://schemas.openxmlformats.org/officeDocument/2006/extended-properties"><Application>Microsoft Excel</Application></Properties>`;

    const entries: [string, ZipContent][] = [
      ["[Content_Types].xml", types],
      ["_rels/.rels", rootRels],
      ["docProps/core.xml", core],
      ["docProps/app.xml", app],
      ["xl/workbook.xml", workbook],
      ["xl/_rels/workbook.xml.rels", relsXml(wbRels, "xl/workbook.xml")],
      ["xl/styles.xml", this.styles.toXml()],
      ["xl/sharedStrings.xml", sst],
      ...(this.theme ? ([["xl/theme/theme1.xml", this.theme]] as [string, string][]) : []),
      ...this.parts,
    ];
    return writeZip(entries);
  }
}

/** Relationship targets relative to the part that owns them (absolute package paths start with "/"). */
function relsXml(rels: readonly Rel[], ownerPath: string): string {
  const dir = ownerPath.includes("/") ? ownerPath.slice(0, ownerPath.lastIndexOf("/")) : "";
  const rel = (r: Rel) => {
    if (r.external || !r.target.startsWith("/")) return r.target;
    return relative(dir, r.target.slice(1));
  };
  const body = rels
    .map((r) => `<Relationship Id="${esc(r.id)}" Type="${esc(r.type)}" Target="${esc(rel(r))}"${r.external ? ' TargetMode="External"' : ""}/>`)
    .join("");
  return `${XML_HEAD}<Relationships xmlns="${REL_NS}">${body}</Relationships>`;
}

function relative(fromDir: string, to: string): string {
  const a = fromDir.split("/").filter(Boolean);
  const b = to.split("/");
  let i = 0;
  while (i < a.length && i < b.length - 1 && a[i] === b[i]) i++;
  return [...a.slice(i).map(() => ".."), ...b.slice(i)].join("/");
}

export { REL, CT };
