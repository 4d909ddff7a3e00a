/** Locating and editing parts of a written .xlsx package (JSZip): sheets, relationships, content types. */
import JSZip from "jszip";
import { attr, esc, XML_HEAD } from "./xml";

export const REL_NS = "http://schemas.openxmlformats.org/package/2006/relationships";
export const REL_TYPE = {
  drawing: "http://schemas.openxmlformats.org/officeDocument/2006/relationships/drawing",
  chart: "http://schemas.openxmlformats.org/officeDocument/2006/relationships/chart",
} as const;

export async function text(zip: JSZip, path: string): Promise<string | null> {
  const f = zip.file(path);
  return f ? f.async("string") : null;
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

/** Sheet name → its part path ("xl/worksheets/sheet2.xml"), via workbook.xml and its relationships. */
export async function sheetPaths(zip: JSZip): Promise<Map<string, string>> {
  const wb = (await text(zip, "xl/workbook.xml")) ?? "";
  const rels = (await text(zip, "xl/_rels/workbook.xml.rels")) ?? "";
  const targets = new Map<string, string>();
  for (const m of rels.matchAll(/<Relationship\b[^>]*>/g)) {
    const id = attr(m[0], "Id");
    const target = attr(m[0], "Target");
    if (id && target) targets.set(id, resolveTarget("xl", target));
  }
  const out = new Map<string, string>();
  for (const m of wb.matchAll(/<sheet\b[^>]*>/g)) {
    const name = attr(m[0], "name");
    const rid = attr(m[0], "r:id");
    const path = rid ? targets.get(rid) : undefined;
    if (name !== undefined && path) out.set(name, path);
  }
  return out;
}

export function relsPathOf(partPath: string): string {
  const slash = partPath.lastIndexOf("/");
  return `${partPath.slice(0, slash)}/_rels/${partPath.slice(slash + 1)}.rels`;
}

export interface Relationship {
  readonly id: string;
  readonly type: string;
  readonly target: string;
  readonly external?: boolean;
}

export function relsXml(rels: readonly Relationship[]): string {
  const body = rels
    .map((r) => `<Relationship Id="${esc(r.id)}" Type="${esc(r.type)}" Target="${esc(r.target)}"${r.external ? ' TargetMode="External"' : ""}/>`)
    .join("");
  return `${XML_HEAD}<Relationships xmlns="${REL_NS}">${body}</Relationships>`;
}

/** Adds a relationship to a part's .rels (creating it), returning the new id. */
export async function addRelationship(zip: JSZip, partPath: string, type: string, target: string): Promise<string> {
  const relsPath = relsPathOf(partPath);
  const existing = await text(zip, relsPath);
  const used = new Set<string>();
  for (const m of (existing ?? "").matchAll(/\bId="([^"]*)"/g)) used.add(m[1]);
  let n = used.size + 1;
  while (used.has(`rId${n}`)) n++;
  const id = `rId${n}`;
  const rel = `<Relationship Id="${id}" Type="${esc(type)}" Target="${esc(target)}"/>`;
  zip.file(relsPath, existing ? existing.replace("</Relationships>", `${rel}</Relationships>`) : `${XML_HEAD}<Relationships xmlns="${REL_NS}">${rel}</Relationships>`);
  return id;
}

export async function addContentTypeOverride(zip: JSZip, partName: string, contentType: string): Promise<void> {
  const ct = (await text(zip, "[Content_Types].xml")) ?? "";
  if (ct.includes(`PartName="${partName}"`)) return;
  zip.file("[Content_Types].xml", ct.replace("</Types>", `<Override PartName="${esc(partName)}" ContentType="${contentType}"/></Types>`));
}

/** The smallest N ≥ 1 for which `${prefix}${N}.xml` is not yet in the package. */
export function nextPartNumber(zip: JSZip, prefix: string, taken: Set<number>): number {
  let n = 1;
  while (taken.has(n) || zip.file(`${prefix}${n}.xml`)) n++;
  taken.add(n);
  return n;
}
