/**
 * ExcelJS writes an internal link (Sheet!A1) with both `location` and an r:id pointing to an
 * external relationship whose target is the text "Sheet!A1". Excel follows the r:id first and
 * tries to open a file of that name; so we drop the r:id and its relationship, leaving a pure
 * in-workbook link.
 */
import JSZip from "jszip";
import { relsPathOf, sheetPaths, text } from "./package-parts";

/** Fixes the links of the named sheets (only those Metodist wrote links into: inflating every big input sheet costs seconds). */
export async function fixInternalHyperlinks(zip: JSZip, sheets: ReadonlySet<string>): Promise<void> {
  if (sheets.size === 0) return;
  const paths = await sheetPaths(zip);
  for (const [name, sheetPath] of paths) {
    if (!sheets.has(name)) continue;
    const xml = await text(zip, sheetPath);
    if (!xml || !xml.includes("location=")) continue;
    const dropped = new Set<string>();
    const fixed = xml.replace(/<hyperlink\b[^>]*\/>/g, (tag) => {
      if (!/\slocation="/.test(tag)) return tag;
      const m = /\sr:id="([^"]*)"/.exec(tag);
      if (!m) return tag;
      dropped.add(m[1]);
      return tag.replace(m[0], "");
    });
    if (dropped.size === 0) continue;
    zip.file(sheetPath, fixed);
    const relsPath = relsPathOf(sheetPath);
    const rels = await text(zip, relsPath);
    if (rels) {
      zip.file(
        relsPath,
        rels.replace(/<Relationship\b[^>]*\/>/g, (rel) => {
          const id = /\bId="([^"]*)"/.exec(rel)?.[1];
          return id && dropped.has(id) ? "" : rel;
        }),
      );
    }
  }
}
