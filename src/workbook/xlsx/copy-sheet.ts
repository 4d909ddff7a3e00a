/**
 * Copies a worksheet from one ExcelJS workbook into another through its model (values, styles,
 * number formats, merges, widths, validations, tables). Images are left behind: their media live
 * in the source workbook and ExcelJS would point at the wrong picture.
 */
import ExcelJS from "exceljs";
import { uniqueTableName } from "../sheet-name";

type TableModel = { name: string; displayName?: string };
type SheetModel = ExcelJS.WorksheetModel & { tables?: TableModel[]; media?: unknown[] };

export function tableNamesOf(ws: ExcelJS.Worksheet): string[] {
  const tables = (ws as unknown as { tables?: Record<string, unknown> }).tables ?? {};
  return Object.keys(tables);
}

export function copyWorksheet(src: ExcelJS.Worksheet, into: ExcelJS.Workbook, name: string, usedTableNames: Set<string>): ExcelJS.Worksheet {
  const model = src.model as SheetModel;
  const tables = (model.tables ?? []).map((t) => {
    const tableName = uniqueTableName(t.name, usedTableNames);
    return { ...t, name: tableName, displayName: tableName };
  });
  const target = into.addWorksheet(name);
  target.model = { ...model, name, id: target.id, tables, media: [] } as unknown as ExcelJS.WorksheetModel;
  target.state = src.state;
  return target;
}
