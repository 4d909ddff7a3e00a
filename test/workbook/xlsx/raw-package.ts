/**
 * A minimal .xlsx written part by part from raw XML, for cases ExcelJS cannot write (ISO date cells,
 * chart sheets): only the parts a reader needs, every sheet's rows given as written.
 */
import { writeZip } from "../../../src/workbook/xlsx/zip";

const NS_MAIN = "http://schemas.openxmlformats.org/spreadsheetml/2006/main";
const NS_R = "http://schemas.openxmlformats.org/officeDocument/2006/relationships";
const HEAD = '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n';

export interface RawSheet {
  readonly name: string;
  /** The <sheetData> content of a worksheet; a chart sheet has none. */
  readonly rows?: string;
  readonly kind?: "worksheet" | "chartsheet";
}

export interface RawBook {
  readonly sheets: readonly RawSheet[];
  /** Number formats of the cell styles s="0", s="1", …: 0 is General, 14 the built-in date. */
  readonly styleFormats?: readonly number[];
  readonly date1904?: boolean;
  /** <definedName> elements as written. */
  readonly definedNames?: string;
}

/** An inline-text cell, so a sheet needs no shared strings. */
export function textCell(ref: string, text: string): string {
  return `<c r="${ref}" t="inlineStr"><is><t>${text}</t></is></c>`;
}

function sheetPart(sheet: RawSheet): { path: string; xml: string; contentType: string } {
  if (sheet.kind === "chartsheet") {
    return {
      path: `chartsheets/${sheet.name}.xml`,
      xml: `${HEAD}<chartsheet xmlns="${NS_MAIN}" xmlns:r="${NS_R}"><sheetPr/><sheetViews><sheetView workbookViewId="0"/></sheetViews></chartsheet>`,
      contentType: "application/vnd.openxmlformats-officedocument.spreadsheetml.chartsheet+xml",
    };
  }
  return {
    path: `worksheets/${sheet.name}.xml`,
    xml: `${HEAD}<worksheet xmlns="${NS_MAIN}" xmlns:r="${NS_R}"><sheetData>${sheet.rows ?? ""}</sheetData></worksheet>`,
    contentType: "application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml",
  };
}

export function rawXlsx(book: RawBook): Buffer {
  // Part names are ASCII whatever the sheet is called.
  const parts = book.sheets.map((s, i) => ({ ...sheetPart({ ...s, name: `sheet${i + 1}` }), sheet: s }));
  const formats = book.styleFormats ?? [0];
  const workbook =
    `${HEAD}<workbook xmlns="${NS_MAIN}" xmlns:r="${NS_R}"><workbookPr${book.date1904 ? ' date1904="1"' : ""}/><sheets>` +
    parts.map((p, i) => `<sheet name="${p.sheet.name}" sheetId="${i + 1}" r:id="rId${i + 1}"/>`).join("") +
    `</sheets>${book.definedNames ? `<definedNames>${book.definedNames}</definedNames>` : ""}</workbook>`;
  const rels =
    `${HEAD}<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">` +
    parts.map((p, i) => `<Relationship Id="rId${i + 1}" Type="${NS_R}/${p.sheet.kind ?? "worksheet"}" Target="${p.path}"/>`).join("") +
    `<Relationship Id="rId${parts.length + 1}" Type="${NS_R}/styles" Target="styles.xml"/></Relationships>`;
  const styles =
    `${HEAD}<styleSheet xmlns="${NS_MAIN}"><fonts count="1"><font/></fonts><fills count="1"><fill/></fills><borders count="1"><border/></borders>` +
    `<cellXfs count="${formats.length}">${formats.map((id) => `<xf numFmtId="${id}" fontId="0" fillId="0" borderId="0"/>`).join("")}</cellXfs></styleSheet>`;
  const types =
    `${HEAD}<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">` +
    '<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/>' +
    '<Override PartName="/xl/workbook.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/>' +
    '<Override PartName="/xl/styles.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.styles+xml"/>' +
    parts.map((p) => `<Override PartName="/xl/${p.path}" ContentType="${p.contentType}"/>`).join("") +
    "</Types>";
  const rootRels = `${HEAD}<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="${NS_R}/officeDocument" Target="xl/workbook.xml"/></Relationships>`;
  return writeZip([
    ["[Content_Types].xml", types],
    ["_rels/.rels", rootRels],
    ["xl/workbook.xml", workbook],
    ["xl/_rels/workbook.xml.rels", rels],
    ["xl/styles.xml", styles],
    ...parts.map((p) => [`xl/${p.path}`, p.xml] as const),
  ]);
}
