import { FormId } from "../../../src/domain/forms/types";
import { CellValue, SheetGrid } from "../../../src/domain/grid";
import { RecognizedSheet } from "../../../src/domain/recognize/types";

/** A hand-made sheet: header row at `headerRow` (1-based), data below; columns map field → index. */
export function sheetOf(file: string, sheet: string, form: FormId, fields: readonly string[], rows: readonly CellValue[][], headers?: readonly string[], headerRow = 1): { grid: SheetGrid; rec: RecognizedSheet } {
  const cells: CellValue[][] = [];
  for (let r = 1; r < headerRow; r++) cells.push(["Сведения за 2023/2024 учебный год"]);
  cells.push([...(headers ?? fields)]);
  cells.push(...rows.map((r) => [...r]));
  const columns: Record<string, number> = {};
  fields.forEach((f, i) => (columns[f] = i));
  return {
    grid: { file, sheet, cells },
    rec: {
      file, sheet, form, headerRow, headerRows: 1, columns, unmapped: [], confidence: 1, weak: false, ambiguities: [],
      missingRequired: [], rows: rows.length,
    },
  };
}
