/**
 * Reading XML from a part's bytes, without decoding the part into one string: byte searches bounded
 * to an element, attribute values by range, elements found the way the package reader's regular
 * expressions found them. Tag and attribute names here are ASCII, so their bytes are their text.
 */
export const GT = 0x3e;
const SLASH = 0x2f;
const QUOTE = 0x22;
const SPACE = 0x20;

/** A byte of `\w`: after a tag name it means the name goes on («<col» is not «<c»). */
function isWordByte(b: number): boolean {
  return (b >= 0x30 && b <= 0x39) || (b >= 0x41 && b <= 0x5a) || (b >= 0x61 && b <= 0x7a) || b === 0x5f;
}

/** A byte of `\s` (ASCII: the XML spaces, and vertical tab and form feed). */
export function isSpaceByte(b: number): boolean {
  return b === SPACE || (b >= 0x09 && b <= 0x0d);
}

export function isDigit(b: number): boolean {
  return b >= 0x30 && b <= 0x39;
}

/**
 * Where `needle` next starts in `xml` at or after `from`, ending by `to`; -1 if not. A loop here, not
 * Buffer.indexOf: the searches are short (within a cell or a row), and the native call's own cost,
 * several times per cell, was most of reading a region's sheet.
 */
export function find(xml: Buffer, needle: Buffer, from: number, to: number): number {
  const first = needle[0];
  const n = needle.length;
  const last = to - n;
  outer: for (let i = from; i <= last; i++) {
    if (xml[i] !== first) continue;
    for (let k = 1; k < n; k++) if (xml[i + k] !== needle[k]) continue outer;
    return i;
  }
  return -1;
}

/** Byte range of the value of ` name="…"` inside a start tag's attributes, or null. */
export function attrRange(xml: Buffer, name: number, from: number, to: number): [number, number] | null {
  for (let i = from; i + 3 < to; i++) {
    if (xml[i] !== SPACE || xml[i + 1] !== name || xml[i + 2] !== 0x3d || xml[i + 3] !== QUOTE) continue;
    const start = i + 4;
    let end = start;
    while (end < to && xml[end] !== QUOTE) end++;
    if (end < to) return [start, end];
  }
  return null;
}

/** The digits of ` name="123"` as a number, or undefined when there is no such all-digit value. */
export function digitsAttr(xml: Buffer, name: number, from: number, to: number): number | undefined {
  for (let i = from; i + 3 < to; i++) {
    if (xml[i] !== SPACE || xml[i + 1] !== name || xml[i + 2] !== 0x3d || xml[i + 3] !== QUOTE) continue;
    let j = i + 4;
    let n = 0;
    while (j < to && isDigit(xml[j])) n = n * 10 + (xml[j++] - 0x30);
    if (j > i + 4 && j < to && xml[j] === QUOTE) return n;
  }
  return undefined;
}

/** The digits of [a, b) as a number when that is all there is (at most 15: exact), else null. */
export function digitsAt(xml: Buffer, a: number, b: number): number | null {
  if (b <= a || b - a > 15) return null;
  let n = 0;
  for (let i = a; i < b; i++) {
    const d = xml[i] - 0x30;
    if (d < 0 || d > 9) return null;
    n = n * 10 + d;
  }
  return n;
}

/** Where nextElement found an element: byte offsets, filled in place (no object per element). */
export interface Element {
  attrs: number;
  attrsEnd: number;
  inner: number;
  innerEnd: number;
  next: number;
}

/**
 * The next element `<name …/>` or `<name …>…</name>` from `from`, wholly before `to`: its attributes'
 * and content's byte ranges (content empty when self-closing), and where the search goes on. The same
 * matches as /<name\b([^>]*?)(?:\/>|>([\s\S]*?)<\/name>)/g over the text, without making the text.
 */
export function nextElement(xml: Buffer, open: Buffer, close: Buffer, from: number, to: number, el: Element): boolean {
  for (let at = find(xml, open, from, to); at >= 0; at = find(xml, open, at + 1, to)) {
    const after = at + open.length;
    if (after < to && isWordByte(xml[after])) continue;
    let gt = after;
    while (gt < to && xml[gt] !== GT) gt++;
    if (gt >= to) return false;
    el.attrs = after;
    if (gt > after && xml[gt - 1] === SLASH) {
      el.attrsEnd = gt - 1;
      el.inner = el.innerEnd = gt + 1;
      el.next = gt + 1;
      return true;
    }
    const end = find(xml, close, gt + 1, to);
    if (end < 0) return false;
    el.attrsEnd = gt;
    el.inner = gt + 1;
    el.innerEnd = end;
    el.next = end + close.length;
    return true;
  }
  return false;
}
