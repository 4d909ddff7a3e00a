import ExcelJS from "exceljs";

type Wrapped = { result?: unknown; richText?: { text: string }[]; text?: string; error?: string; formula?: string; sharedFormula?: string };

/**
 * A cell's value as Office.js gives it, from what ExcelJS read of the file: a formula's cached result,
 * rich text as its text, a hyperlink as its text, an error as its code («#N/A»). Dates stay Dates.
 */
export function valueAsExcelGives(v: ExcelJS.CellValue): unknown {
  if (v === null || typeof v !== "object" || v instanceof Date) return v;
  const o = v as Wrapped;
  if (o.error) return o.error;
  if (o.richText) return o.richText.map((t) => t.text).join("");
  if ("formula" in o || "sharedFormula" in o) return typeof o.result === "object" && o.result !== null ? ((o.result as Wrapped).error ?? null) : o.result;
  return o.text ?? null;
}

const EPOCH = Date.UTC(1899, 11, 30);

/**
 * A date as Excel holds it: its serial in the workbook's date system, 1900 or (old Excel for Mac) 1904,
 * where the same day is 1462 less. ExcelJS gives dates at UTC midnight.
 */
export function excelSerial(d: Date, date1904 = false): number {
  return (d.getTime() - EPOCH) / 86_400_000 - (date1904 ? 1462 : 0);
}
