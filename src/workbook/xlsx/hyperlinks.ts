/**
 * ExcelJS writes an internal link (Sheet!A1) with both `location` and an r:id pointing to an
 * external relationship whose target is the text "Sheet!A1". Excel follows the r:id first and
 * tries to open a file of that name; so we drop the r:id and its relationship, leaving a pure
 * in-workbook link.
 */
import JSZip from "jszip";
import { relsPathOf, sheetPaths, text } from "./package-parts";

export async function fixInternalHyperlinks(zip: JSZip): Promise<void> {
  for (const sheetPath of (await sheetPaths(zip)).values()) {
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
