/**
 * Parts spelled as XML allows but Excel never writes them, turned into Excel's spelling before anything
 * reads them (the reader, the style merge and the copy into the result all look for Excel's): one
 * namespace prefix on every element — `<x:worksheet xmlns:x="…/spreadsheetml/2006/main"><x:sheetData>`,
 * as .NET's Open XML SDK writes by default, and school information systems export so — and attributes
 * in single quotes (`<sheet name='Лист1' r:id='rId1'/>`). Excel reads either as the same document;
 * here both were read as sheets without rows, or no sheets at all. And a «Strict Open XML» workbook
 * (ISO/IEC 29500 Strict, one of Excel's «Save as» types) is put into the Transitional namespaces Excel
 * writes by default: its sheets are copied into the result, a Transitional package, where parts in
 * Strict's namespaces are what Excel calls damaged content, and its tables and comments were not
 * recognised by their relationship types and were left out of the copy.
 */

const MAIN_NAMESPACES = ["http://schemas.openxmlformats.org/spreadsheetml/2006/main", "http://purl.oclc.org/ooxml/spreadsheetml/main"];

/** The root element sits within the first bytes after the declaration (and a comment or two). */
const HEAD_BYTES = 1024;

const ROOT = /<([A-Za-z_][\w.-]*):[A-Za-z_][\w.-]*(\s[^>]*)?>/;

/** The prefix the part's root element gives SpreadsheetML ("x"), or null for the usual unprefixed part. */
export function mainPrefix(head: string): string | null {
  const start = head.search(/<[A-Za-z_]/);
  if (start < 0) return null;
  const m = ROOT.exec(head.slice(start));
  if (!m || m.index !== 0) return null;
  const prefix = m[1];
  const attrs = m[2] ?? "";
  // A root with a default namespace of its own cannot take SpreadsheetML's as well.
  if (/\sxmlns\s*=/.test(attrs)) return null;
  const declared = new RegExp(`\\sxmlns:${prefix}\\s*=\\s*["']([^"']*)["']`).exec(attrs)?.[1];
  return declared !== undefined && MAIN_NAMESPACES.includes(declared) ? prefix : null;
}

/** The root element's attributes are in single quotes: the writer quotes them all so. */
export function singleQuoted(head: string): boolean {
  const start = head.search(/<[A-Za-z_]/);
  if (start < 0) return false;
  const root = /^<[^>]*>/.exec(head.slice(start))?.[0] ?? "";
  return /\s[\w:.-]+\s*=\s*'/.test(root) && !/\s[\w:.-]+\s*=\s*"/.test(root);
}

/** Every attribute of every tag in double quotes (a «"» inside a value escaped). */
function doubleQuoted(xml: string): string {
  return xml.replace(/<[^<>]*>/g, (tag) => tag.replace(/(\s[\w:.-]+\s*=\s*)'([^']*)'/g, (_m, name: string, v: string) => `${name}"${v.replace(/"/g, "&quot;")}"`));
}

const STRICT_MARK = "http://purl.oclc.org/ooxml/";

/**
 * Strict's namespaces and relationship types by their Transitional names (ISO/IEC 29500-1, annex A):
 * `…/ooxml/spreadsheetml/main` is `…/spreadsheetml/2006/main`, `…/ooxml/officeDocument/relationships/table`
 * is `…/officeDocument/2006/relationships/table`; two names are spelled otherwise (extendedProperties,
 * customProperties).
 */
const STRICT_NAME = /http:\/\/purl\.oclc\.org\/ooxml\/(spreadsheetml|drawingml|officeDocument)\/([A-Za-z]+(?:\/[A-Za-z]+)*)/g;
const RESPELLED: Readonly<Record<string, string>> = { extendedProperties: "extended-properties", customProperties: "custom-properties" };

function transitional(xml: string): string {
  return xml
    .replace(STRICT_NAME, (_m, family: string, path: string) => `http://schemas.openxmlformats.org/${family}/2006/${path.split("/").map((p) => RESPELLED[p] ?? p).join("/")}`)
    .replace(/(<(?:[A-Za-z_][\w.-]*:)?workbook\b[^>]*?)\s+conformance\s*=\s*["']strict["']/, "$1");
}

/**
 * Whether the part is in Strict's namespaces. A part declares them on its root element; a
 * relationships part names Strict only in its relationships' types, and is small enough to search.
 */
function isStrict(xml: Buffer, head: string, relationships: boolean): boolean {
  return relationships ? xml.includes(STRICT_MARK) : head.includes(STRICT_MARK);
}

/**
 * The part in Excel's spelling: SpreadsheetML's elements unprefixed (its namespace the default one),
 * attributes in double quotes; a part already so spelled (every part Excel wrote) is given back as it is.
 * Markup only: a «<» in text is always escaped, so «<x:» and «<…>» are tags.
 */
export function inExcelSpelling(xml: Buffer, relationships = false): Buffer {
  const head = xml.toString("utf8", 0, Math.min(xml.length, HEAD_BYTES));
  const prefix = mainPrefix(head);
  const quotes = singleQuoted(head);
  const strict = isStrict(xml, head, relationships);
  if (prefix === null && !quotes && !strict) return xml;
  let text = xml.toString("utf8");
  if (strict) text = transitional(text);
  if (prefix !== null) text = text.replace(new RegExp(`<(/?)${prefix}:`, "g"), "<$1").replace(new RegExp(`(\\s)xmlns:${prefix}(\\s*=)`), "$1xmlns$2");
  if (quotes) text = doubleQuoted(text);
  return Buffer.from(text, "utf8");
}
