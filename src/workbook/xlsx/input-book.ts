/**
 * An input .xlsx read straight from its package parts: sheet list, shared strings, styles. Loading
 * inputs into ExcelJS's object model cost seconds per dozen files and a copy of every cell; the
 * domain only needs values, and the output copies sheets part by part (package-builder.ts).
 */
import { SheetGrid } from "../../domain/grid";
import { gridFromSheetXml } from "./read-grid";
import { attr, stringItemText } from "./xml";
import { ZipReader } from "./zip";
import { BUILTIN_PERCENT_IDS, isPercentFormat } from "../percent-format";

export interface InputSheet {
  readonly name: string;
  readonly state: "visible" | "hidden" | "veryHidden";
  /** Part path, e.g. "xl/worksheets/sheet2.xml". */
  readonly path: string;
}

export interface DefinedName {
  readonly name: string;
  readonly localSheetId?: number;
  /** The formula text, XML-escaped as in workbook.xml. */
  readonly body: string;
  /** Other attributes (hidden="1", …), as written. */
  readonly rest: string;
}

export interface SharedString {
  /** The <si> element as written. */
  readonly xml: string;
  readonly text: string;
}

function resolveTarget(baseDir: string, target: string): string {
  if (target.startsWith("/")) return target.slice(1);
  const parts = baseDir.split("/").filter(Boolean);
  for (const seg of target.split("/")) {
    if (seg === "..") parts.pop();
    else if (seg !== ".") parts.push(seg);
  }
  return parts.join("/");
}

export interface Rel {
  readonly id: string;
  readonly type: string;
  readonly target: string;
  readonly external: boolean;
}

export function relsPathOf(partPath: string): string {
  const slash = partPath.lastIndexOf("/");
  return `${partPath.slice(0, slash)}/_rels/${partPath.slice(slash + 1)}.rels`;
}

export function parseRels(xml: string | null): Rel[] {
  const out: Rel[] = [];
  for (const m of (xml ?? "").matchAll(/<Relationship\b[^>]*>/g)) {
    const id = attr(m[0], "Id");
    const type = attr(m[0], "Type");
    const target = attr(m[0], "Target");
    if (id && type && target !== undefined) out.push({ id, type, target, external: attr(m[0], "TargetMode") === "External" });
  }
  return out;
}

/** A part's relationships with targets resolved to package paths (external targets as written). */
export function partRels(zip: ZipReader, partPath: string): Rel[] {
  const dir = partPath.slice(0, partPath.lastIndexOf("/"));
  return parseRels(zip.text(relsPathOf(partPath))).map((r) => (r.external ? r : { ...r, target: resolveTarget(dir, r.target) }));
}

/** ExcelJS's test (utils.isDateFmt), so dates come out as dates exactly where they did. */
export function isDateFormat(code: string | undefined): boolean {
  if (!code) return false;
  return /[ymdhMsb]+/.test(code.replace(/\[[^\]]*]/g, "").replace(/"[^"]*"/g, ""));
}

/** Built-in number formats that are dates or times (ECMA-376 §18.8.30). */
const BUILTIN_DATE_IDS = new Set([14, 15, 16, 17, 18, 19, 20, 21, 22, 45, 46, 47]);

/** Top-level elements named `tag` inside the section `<section>…</section>` of `xml`. */
export function elements(xml: string, section: string, tag: string): string[] {
  const start = xml.search(new RegExp(`<${section}[\\s>/]`));
  if (start < 0) return [];
  const open = xml.slice(start, xml.indexOf(">", start) + 1);
  if (open.endsWith("/>")) return [];
  const end = xml.indexOf(`</${section}>`, start);
  const body = xml.slice(start + open.length, end < 0 ? xml.length : end);
  return [...body.matchAll(new RegExp(`<${tag}\\b[^>]*?\\/>|<${tag}\\b[^>]*>[\\s\\S]*?<\\/${tag}>`, "g"))].map((m) => m[0]);
}

/**
 * Sheets of other kinds than worksheets: a chart sheet is one chart, a dialog sheet an old dialog
 * box, a macro sheet Excel 4 macros. None holds a form's cells, and their parts are not worksheets;
 * they are left out of `sheets`, so not read and not copied (ExcelJS did not read them either).
 */
const NOT_WORKSHEETS = ["/chartsheet", "/dialogsheet", "/xlMacrosheet", "/xlIntlMacrosheet"];

function holdsCells(rel: Rel): boolean {
  return !NOT_WORKSHEETS.some((kind) => rel.type.endsWith(kind));
}

export class InputBook {
  readonly sheets: InputSheet[] = [];
  readonly definedNames: DefinedName[] = [];
  readonly date1904: boolean;
  private strings?: SharedString[];
  private dateStyles?: boolean[];
  private percentStyles?: boolean[];
  private stylesXml?: string;
  private grids?: SheetGrid[];

  constructor(readonly zip: ZipReader) {
    const wb = zip.text("xl/workbook.xml") ?? "";
    const rels = new Map(partRels(zip, "xl/workbook.xml").map((r) => [r.id, r]));
    // Each <sheet>'s place in workbook.xml → its index in `sheets`, for names local to a sheet.
    const indexOf = new Map<number, number>();
    let place = 0;
    for (const m of wb.matchAll(/<sheet\b[^>]*>/g)) {
      const at = place++;
      const name = attr(m[0], "name");
      const rid = attr(m[0], "r:id");
      const rel = rid ? rels.get(rid) : undefined;
      if (name === undefined || !rel?.target || !holdsCells(rel)) continue;
      const state = attr(m[0], "state");
      indexOf.set(at, this.sheets.length);
      this.sheets.push({ name, path: rel.target, state: state === "hidden" || state === "veryHidden" ? state : "visible" });
    }
    const pr = /<workbookPr\b[^>]*>/.exec(wb)?.[0];
    const d1904 = pr ? attr(pr, "date1904") : undefined;
    this.date1904 = d1904 === "1" || d1904 === "true";
    for (const m of wb.matchAll(/<definedName\b([^>]*)>([\s\S]*?)<\/definedName>/g)) {
      const name = attr(m[0], "name");
      if (!name) continue;
      const local = attr(m[0], "localSheetId");
      const index = local !== undefined ? indexOf.get(Number(local)) : undefined;
      // A name local to a sheet left out goes with it; the others follow their sheet's new index.
      if (local !== undefined && index === undefined) continue;
      const rest = m[1].replace(/\s(name|localSheetId)="[^"]*"/g, "");
      this.definedNames.push({ name, body: m[2], rest, ...(index !== undefined ? { localSheetId: index } : {}) });
    }
  }

  sharedStrings(): SharedString[] {
    if (!this.strings) {
      const xml = this.zip.text(this.sharedStringsPath()) ?? "";
      this.strings = [...xml.matchAll(/<si\b[^>]*?\/>|<si\b[^>]*>[\s\S]*?<\/si>/g)].map((m) => ({ xml: m[0], text: stringItemText(m[0]) }));
    }
    return this.strings;
  }

  private sharedStringsPath(): string {
    const rel = partRels(this.zip, "xl/workbook.xml").find((r) => r.type.endsWith("/sharedStrings"));
    return rel?.target ?? "xl/sharedStrings.xml";
  }

  styles(): string {
    if (this.stylesXml === undefined) {
      const rel = partRels(this.zip, "xl/workbook.xml").find((r) => r.type.endsWith("/styles"));
      this.stylesXml = this.zip.text(rel?.target ?? "xl/styles.xml") ?? "";
    }
    return this.stylesXml;
  }

  /** For each cell style index (s="N"): does its number format show a date. */
  dateStyleFlags(): boolean[] {
    if (!this.dateStyles) this.dateStyles = this.styleFlags(isDateFormat, BUILTIN_DATE_IDS);
    return this.dateStyles;
  }

  /** For each cell style index (s="N"): does its number format show a percentage (percent-format.ts). */
  percentStyleFlags(): boolean[] {
    if (!this.percentStyles) this.percentStyles = this.styleFlags(isPercentFormat, BUILTIN_PERCENT_IDS);
    return this.percentStyles;
  }

  private styleFlags(custom: (code: string) => boolean, builtin: ReadonlySet<number>): boolean[] {
    const xml = this.styles();
    const codes = new Map<number, string>();
    for (const f of elements(xml, "numFmts", "numFmt")) codes.set(Number(attr(f, "numFmtId")), attr(f, "formatCode") ?? "");
    return elements(xml, "cellXfs", "xf").map((xf) => {
      const id = Number(attr(xf, "numFmtId") ?? 0);
      if (!id) return false;
      const code = codes.get(id);
      return code !== undefined ? custom(code) : builtin.has(id);
    });
  }

  /** Grids of every sheet, in workbook order (read once; throws on a part that is not a worksheet). */
  readGrids(file: string): readonly SheetGrid[] {
    if (!this.grids) this.grids = this.sheets.map((s) => gridFromSheetXml(this.zip.bytes(s.path) ?? Buffer.alloc(0), this, s, file));
    return this.grids;
  }

  /**
   * Lets the grids go: writing copies sheets part by part and needs none, and a region's grids are
   * most of the memory a save would otherwise run in. Read again from the package if asked for.
   */
  releaseGrids(): void {
    this.grids = undefined;
  }

  sheetXml(sheet: InputSheet): string {
    return this.zip.text(sheet.path) ?? "";
  }

  /** The theme part, when the workbook has one. */
  theme(): string | null {
    const rel = partRels(this.zip, "xl/workbook.xml").find((r) => r.type.endsWith("/theme"));
    return rel ? this.zip.text(rel.target) : null;
  }
}
