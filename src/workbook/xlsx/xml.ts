/** Tiny XML helpers for the parts we write by hand (charts, drawings, relationships). */

const ESC: Readonly<Record<string, string>> = { "&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;", "'": "&apos;" };
// Control characters are not allowed in XML 1.0 at all; they are dropped, as ExcelJS drops them.
const ESC_RE = /[&<>"'\x00-\x08\x0B\x0C\x0E-\x1F\x7F]/g;

export function esc(s: string): string {
  return s.replace(ESC_RE, (ch) => ESC[ch] ?? "");
}

const UNESC: Readonly<Record<string, string>> = { amp: "&", lt: "<", gt: ">", quot: '"', apos: "'" };

export function unesc(s: string): string {
  return s.replace(/&(amp|lt|gt|quot|apos|#x[0-9a-fA-F]+|#\d+);/g, (_m, e: string) =>
    e[0] === "#" ? String.fromCodePoint(e[1] === "x" ? parseInt(e.slice(2), 16) : parseInt(e.slice(1), 10)) : UNESC[e],
  );
}

/** Attribute value of `name` inside one start tag's text, unescaped. */
export function attr(tag: string, name: string): string | undefined {
  const m = new RegExp(`\\s${name}="([^"]*)"`).exec(tag);
  return m ? unesc(m[1]) : undefined;
}

export const XML_HEAD = '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n';

/** Excel's "_xHHHH_" escapes of control characters inside <t>, as ExcelJS decodes them. */
function decodeT(s: string): string {
  const text = unesc(s);
  return text.includes("_x") ? text.replace(/_x([0-9A-F]{4})_/g, (_m, h: string) => String.fromCharCode(parseInt(h, 16))) : text;
}

/** The visible text of a string item: its <t> runs, without phonetic guides (<rPh>). */
export function stringItemText(xml: string): string {
  const body = xml.includes("<rPh") ? xml.replace(/<rPh\b[\s\S]*?<\/rPh>/g, "") : xml;
  let s = "";
  for (const m of body.matchAll(/<t(?:\s[^>]*)?>([\s\S]*?)<\/t>/g)) s += decodeT(m[1]);
  return s;
}
