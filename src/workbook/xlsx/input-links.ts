/**
 * Excel writes a link to a place in the workbook as <hyperlink ref="A1" location="Лист!B2"/>
 * with no relationship, and ExcelJS drops such links when it loads a file. We put them back on the
 * cells so a user's table of contents survives being copied into the output.
 */
import ExcelJS from "exceljs";
import JSZip from "jszip";
import { attr } from "./xml";
import { sheetPaths, text } from "./package-parts";

/** The form ExcelJS writes back as an internal link (its HyperlinkXform.isInternalLink). */
const EXCELJS_INTERNAL = /^[^!]+![a-zA-Z]+\d+$/;

const restored = new WeakMap<ExcelJS.Workbook, Set<string>>();

/** Names of sheets whose internal links were restored: their written XML needs the link repair. */
export function sheetsWithRestoredLinks(wb: ExcelJS.Workbook): ReadonlySet<string> {
  return restored.get(wb) ?? new Set();
}

/** Puts the link on a plain cell; formula and already-linked cells keep what they have. */
function linkCell(ws: ExcelJS.Worksheet, address: string, location: string): boolean {
  const target: ExcelJS.Cell = ws.getCell(address);
  const { type, text: shown } = target;
  if (type === ExcelJS.ValueType.Formula || type === ExcelJS.ValueType.Hyperlink) return false;
  target.value = { text: shown, hyperlink: location };
  return true;
}

export async function restoreInternalLinks(zip: JSZip, wb: ExcelJS.Workbook): Promise<void> {
  const names = new Set<string>();
  for (const [name, path] of await sheetPaths(zip)) {
    const xml = await text(zip, path);
    const start = xml?.lastIndexOf("<hyperlinks>") ?? -1;
    if (!xml || start < 0) continue;
    const ws = wb.getWorksheet(name);
    if (!ws) continue;
    const section = xml.slice(start, xml.indexOf("</hyperlinks>", start));
    for (const m of section.matchAll(/<hyperlink\b[^>]*>/g)) {
      const location = attr(m[0], "location");
      const ref = attr(m[0], "ref");
      if (!location || !ref || attr(m[0], "r:id") || !EXCELJS_INTERNAL.test(location)) continue;
      if (linkCell(ws, ref.split(":")[0], location)) names.add(ws.name);
    }
  }
  if (names.size > 0) restored.set(wb, names);
}
