/**
 * Metodist's memory of the sheets it wrote: a veryHidden sheet «metodist_meta» (sheet name, kind,
 * written-at). A later run replaces exactly these sheets; any other sheet belongs to the user.
 */
import { CellValue, SheetGrid } from "../../domain/grid";
import { PlanCell, SheetPlan } from "../../report/plan";

export const REGISTRY_SHEET = "metodist_meta";

export interface OwnSheet {
  readonly sheet: string;
  readonly kind: string;
  /** ISO timestamp of the run that wrote the sheet. */
  readonly writtenAt: string;
}

const HEADER = ["sheet", "kind", "writtenAt"] as const;

const text = (v: CellValue | undefined): string => (v === null || v === undefined ? "" : typeof v === "object" && !(v instanceof Date) ? v.error : String(v));

/** Own sheets by lower-cased name (Excel sheet names are case-insensitive), from the registry sheet's grid. */
export function readRegistry(grid: SheetGrid | undefined): Map<string, OwnSheet> {
  const own = new Map<string, OwnSheet>();
  if (!grid) return own;
  grid.cells.forEach((row, r) => {
    if (r === 0) return;
    const sheet = text(row[0]).trim();
    if (!sheet) return;
    own.set(sheet.toLowerCase(), { sheet, kind: text(row[1]), writtenAt: text(row[2]) });
  });
  return own;
}

/** The registry sheet's plan: written as the workbook's last sheet, veryHidden (not listed under «Показать»). */
export function registryPlan(entries: Iterable<OwnSheet>): SheetPlan {
  const rows: PlanCell[][] = [HEADER.map((v) => ({ v }))];
  for (const e of entries) rows.push([{ v: e.sheet }, { v: e.kind }, { v: e.writtenAt }]);
  return { name: REGISTRY_SHEET, rows };
}
