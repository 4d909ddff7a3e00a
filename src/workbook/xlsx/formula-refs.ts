/**
 * References inside a copied book's formulas to its own sheets and tables that the consolidated
 * output renamed («Сверка кадров» → «Сверка кадров (школа2)», «Таблица1» → «Таблица1_2»). Left as
 * written, a school's VLOOKUP(B2,'Сверка кадров'!B:D,3,FALSE) would look up the first school's roster
 * once Excel recalculates. Rewritten here: cell formulas (shared formulas' master text included),
 * validations', conditional formats' and extensions' formulas, internal links and defined names.
 *
 * Formulas are read as Excel's grammar has them, enough to tell a sheet or table name from the rest:
 * text in "…" is never touched, '…' is a quoted sheet name ('' a quote in it), […] is a structured
 * reference's column part or an external book's index. References to other books ([1]Лист!A1) and
 * 3D ranges (Лист1:Лист3!A1, 'Лист1:Лист3'!A1) stay as they are.
 */
import { quoteSheet } from "../sheet-name";
import { esc, unesc } from "./xml";

/** A book's sheets and tables renamed in the output: output name by the lower-cased name in the book. */
export interface RefRenames {
  readonly sheets: ReadonlyMap<string, string>;
  readonly tables: ReadonlyMap<string, string>;
}

export function hasRenames(renames: RefRenames | undefined): renames is RefRenames {
  return renames !== undefined && (renames.sheets.size > 0 || renames.tables.size > 0);
}

/** An unquoted name: a sheet's, a table's, a defined name's, a function's, a cell reference, a number. */
const NAME = /[\p{L}\p{M}\p{N}_.\\?]+/uy;
/** What may precede `:` in the first part of a range whose second part names its sheet (Лист!A1:Лист!B2). */
const REF_PART = /[\p{L}\p{N}_.$]/u;

/**
 * Index after the run quoted by f[i] that opens at `i`: a string literal ("", "" a quote inside) or a
 * quoted sheet name ('…', '' a quote inside).
 */
function afterQuoted(f: string, i: number): number {
  const q = f[i];
  let j = i + 1;
  while (j < f.length) {
    if (f[j] !== q) j++;
    else if (f[j + 1] === q) j += 2;
    else return j + 1;
  }
  return j;
}

/** Index after the bracketed part opening at `i`, nested brackets included (' escapes the next character). */
function afterBrackets(f: string, i: number): number {
  let depth = 0;
  let j = i;
  while (j < f.length) {
    const ch = f[j];
    if (ch === "'") j += 2;
    else {
      if (ch === "[") depth++;
      else if (ch === "]" && --depth === 0) return j + 1;
      j++;
    }
  }
  return j;
}

/** Index after an error literal at `i` (#REF!, #N/A, #DIV/0!, #NAME?): its "!" is no sheet's. */
function afterError(f: string, i: number): number {
  let j = i + 1;
  while (j < f.length && /[A-Za-z0-9/_]/.test(f[j])) j++;
  return f[j] === "!" || f[j] === "?" ? j + 1 : j;
}

/**
 * Whether the unquoted sheet name starting at `i` ends a 3D range (Лист1:Лист3!A1) rather than
 * being the second part of a range on one sheet (Лист!A1:Лист!B2).
 */
function endsThreeD(f: string, i: number): boolean {
  if (f[i - 1] !== ":") return false;
  let k = i - 2;
  while (k >= 0 && REF_PART.test(f[k])) k--;
  return f[k] !== "!";
}

/** The formula (as Excel writes it, without "=") with references to renamed sheets and tables following the renames. */
export function renameRefs(formula: string, renames: RefRenames): string {
  let out = "";
  let copied = 0;
  const replace = (from: number, to: number, text: string) => {
    out += formula.slice(copied, from) + text;
    copied = to;
  };
  let i = 0;
  while (i < formula.length) {
    const ch = formula[i];
    if (ch === '"') i = afterQuoted(formula, i);
    else if (ch === "[") i = afterBrackets(formula, i);
    else if (ch === "#") i = afterError(formula, i);
    else if (ch === "'") {
      const end = afterQuoted(formula, i);
      if (formula[end] === "!") {
        const to = renames.sheets.get(formula.slice(i + 1, end - 1).replace(/''/g, "'").toLowerCase());
        if (to !== undefined) replace(i, end, quoteSheet(to));
      }
      i = end;
    } else {
      NAME.lastIndex = i;
      const m = NAME.exec(formula);
      if (!m) {
        i++;
        continue;
      }
      const end = i + m[0].length;
      const next = formula[end];
      // A name right after "]" is another book's sheet ([1]Лист!A1).
      if (next === "!" && formula[i - 1] !== "]" && !endsThreeD(formula, i)) {
        const to = renames.sheets.get(m[0].toLowerCase());
        if (to !== undefined) replace(i, end, quoteSheet(to));
      } else if (next === "[" && renames.tables.size > 0) {
        const to = renames.tables.get(m[0].toLowerCase());
        if (to !== undefined) replace(i, end, to);
      }
      i = end;
    }
  }
  return copied === 0 ? formula : out + formula.slice(copied);
}

/** Formula text as it is in XML (escaped), renamed; the same string when nothing in it changes. */
export function renameRefsEscaped(body: string, renames: RefRenames): string {
  // A sheet reference needs a "!", a structured reference a "[": most formulas have neither.
  if (!(renames.sheets.size > 0 && body.includes("!")) && !(renames.tables.size > 0 && body.includes("["))) return body;
  const text = unesc(body);
  const renamed = renameRefs(text, renames);
  return renamed === text ? body : esc(renamed);
}

/**
 * Elements holding a formula as text: cells' <f>, validations' <formula1>/<formula2>, conditional
 * formats' <formula>, extensions' <xm:f> (validations from other sheets, sparklines), tables'
 * calculated and totals formulas; any namespace prefix. Shared formulas' followers (<f …/>) have no text.
 */
const FORMULA_ELEMENT = /<((?:[A-Za-z_][\w.-]*:)?(?:f|formula|formula1|formula2|calculatedColumnFormula|totalsRowFormula))(\s[^>]*)?>([^<]+)<\/\1>/g;
const HYPERLINK = /<(?:[A-Za-z_][\w.-]*:)?hyperlink\s[^>]*>/g;
const LOCATION = /(\slocation=")([^"]*)"/;

/** A sheet's or table's XML with references in its formulas and internal links following the renames. */
export function renameRefsInXml(xml: string, renames: RefRenames): string {
  if (!hasRenames(renames)) return xml;
  let out = xml.replace(FORMULA_ELEMENT, (whole, tag: string, attrs: string | undefined, body: string) => {
    const renamed = renameRefsEscaped(body, renames);
    return renamed === body ? whole : `<${tag}${attrs ?? ""}>${renamed}</${tag}>`;
  });
  // Links come after the cells: only that part is searched.
  if (renames.sheets.size > 0) {
    const data = out.lastIndexOf("sheetData>");
    const from = data < 0 ? 0 : data;
    const tail = out.slice(from);
    if (tail.includes("location=")) {
      const links = tail.replace(HYPERLINK, (tag) =>
        tag.replace(LOCATION, (whole, head: string, where: string) => {
          const renamed = renameRefsEscaped(where, renames);
          return renamed === where ? whole : `${head}${renamed}"`;
        }),
      );
      if (links !== tail) out = out.slice(0, from) + links;
    }
  }
  return out;
}
