/**
 * Metodist's memory of the sheets it wrote: a veryHidden sheet «metodist_meta» (sheet name, kind,
 * written-at). A later run replaces exactly these sheets; any other sheet belongs to the user.
 */
import ExcelJS from "exceljs";
import { FONT_NAME } from "./styles";

export const REGISTRY_SHEET = "metodist_meta";

export interface OwnSheet {
  readonly sheet: string;
  readonly kind: string;
  /** ISO timestamp of the run that wrote the sheet. */
  readonly writtenAt: string;
}

const HEADER = ["sheet", "kind", "writtenAt"] as const;

export function findRegistrySheet(wb: ExcelJS.Workbook): ExcelJS.Worksheet | undefined {
  return wb.worksheets.find((ws) => ws.name.toLowerCase() === REGISTRY_SHEET);
}

/** Own sheets by lower-cased name (Excel sheet names are case-insensitive). */
export function readRegistry(wb: ExcelJS.Workbook): Map<string, OwnSheet> {
  const own = new Map<string, OwnSheet>();
  const ws = findRegistrySheet(wb);
  if (!ws) return own;
  ws.eachRow((row, n) => {
    if (n === 1) return;
    const sheet = row.getCell(1).text.trim();
    if (!sheet) return;
    own.set(sheet.toLowerCase(), { sheet, kind: row.getCell(2).text, writtenAt: row.getCell(3).text });
  });
  return own;
}

/** Rewrites the registry as the workbook's last sheet, veryHidden (not listed under «Показать»). */
export function writeRegistry(wb: ExcelJS.Workbook, entries: Iterable<OwnSheet>): void {
  const old = findRegistrySheet(wb);
  if (old) wb.removeWorksheet(old.id);
  const ws = wb.addWorksheet(REGISTRY_SHEET, { state: "veryHidden" });
  ws.addRow([...HEADER]);
  for (const e of entries) ws.addRow([e.sheet, e.kind, e.writtenAt]);
  ws.getColumn(1).font = { name: FONT_NAME };
}
