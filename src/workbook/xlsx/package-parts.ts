/** Relationship parts (.rels) of the packages we write by hand. */
import { esc, XML_HEAD } from "./xml";

export const REL_NS = "http://schemas.openxmlformats.org/package/2006/relationships";
export const REL_TYPE = {
  drawing: "http://schemas.openxmlformats.org/officeDocument/2006/relationships/drawing",
  chart: "http://schemas.openxmlformats.org/officeDocument/2006/relationships/chart",
} as const;

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
