/**
 * The package reader against ExcelJS on every workbook we have (the bad-input corpus, the examples):
 * the grids the domain sees must be what ExcelJS's object model gave before the reader replaced it,
 * except a number under a % format, which the reader gives as shown (percent-format.ts).
 */
import { readdirSync, readFileSync } from "fs";
import { join } from "path";
import ExcelJS from "exceljs";
import { CellValue, Grid, MergedRange } from "../../../src/domain/grid";
import { workbookFromBuffer, WorkbookOpenError } from "../../../src/workbook/xlsx/open";
import { isPercentFormat, shownPercent } from "../../../src/workbook/percent-format";

function plain(v: unknown): CellValue {
  if (v === null || v === undefined) return null;
  if (typeof v === "string" || typeof v === "number" || typeof v === "boolean" || v instanceof Date) return v;
  if (typeof v !== "object") return null;
  const o = v as Record<string, unknown>;
  if (typeof o.error === "string") return { error: o.error };
  if (Array.isArray(o.richText)) return (o.richText as { text: string }[]).map((r) => r.text).join("");
  if ("formula" in o || "sharedFormula" in o) return plain(o.result);
  if ("text" in o) return plain(o.text);
  return null;
}

/** How the adapter read a worksheet through ExcelJS before. */
function exceljsGrid(ws: ExcelJS.Worksheet): { cells: Grid; merges: MergedRange[] } {
  const cells: Grid = [];
  ws.eachRow({ includeEmpty: false }, (row, rowNumber) => {
    const out: CellValue[] = [];
    let last = -1;
    row.eachCell({ includeEmpty: false }, (cell, colNumber) => {
      if (cell.type === ExcelJS.ValueType.Null || cell.type === ExcelJS.ValueType.Merge) return;
      const read = plain(cell.value);
      const v = typeof read === "number" && isPercentFormat(cell.numFmt) ? shownPercent(read) : read;
      if (v === null) return;
      while (out.length < colNumber - 1) out.push(null);
      out[colNumber - 1] = v;
      last = colNumber - 1;
    });
    if (last < 0) return;
    while (cells.length < rowNumber - 1) cells.push([]);
    cells[rowNumber - 1] = out;
  });
  const internal = (ws as unknown as { _merges?: Record<string, { top: number; left: number; bottom: number; right: number }> })._merges ?? {};
  const merges = Object.values(internal)
    .filter((m) => m)
    .map((m) => ({ top: m.top - 1, left: m.left - 1, bottom: m.bottom - 1, right: m.right - 1 }))
    .sort((a, b) => a.top - b.top || a.left - b.left);
  return { cells, merges };
}

const root = join(__dirname, "..", "..", "..");
const files = [
  ...readdirSync(join(root, "test", "fixtures", "bad"))
    .filter((f) => f.endsWith(".xlsx"))
    .map((f) => join(root, "test", "fixtures", "bad", f)),
  ...["examples", join("examples", "schools")].flatMap((dir) =>
    readdirSync(join(root, dir))
      .filter((f) => f.endsWith(".xlsx"))
      .map((f) => join(root, dir, f)),
  ),
];

function notAWorkbook(buf: Buffer, file: string): boolean {
  try {
    workbookFromBuffer(buf, file);
    return false;
  } catch (e) {
    return e instanceof WorkbookOpenError && (e.failure === "notXlsx" || e.failure === "otherArchive");
  }
}

describe("package reader reads what ExcelJS read", () => {
  it.each(files.map((f) => [f.slice(root.length + 1), f]))("%s", async (_name, file) => {
    const buf = readFileSync(file);
    // A zip without xl/workbook.xml was refused before ExcelJS saw it, as now.
    if (notAWorkbook(buf, file)) return;
    const wb = new ExcelJS.Workbook();
    try {
      await wb.xlsx.load(buf as unknown as ArrayBuffer);
    } catch {
      // Not a workbook ExcelJS opens: the reader must refuse it too.
      expect(() => workbookFromBuffer(buf, file)).toThrow();
      return;
    }
    const ours = workbookFromBuffer(buf, file).readGrids("f.xlsx");
    expect(ours.map((g) => [g.sheet, g.hidden ?? false])).toEqual(wb.worksheets.map((ws) => [ws.name, ws.state === "hidden" || ws.state === "veryHidden"]));
    wb.worksheets.forEach((ws, i) => {
      const theirs = exceljsGrid(ws);
      expect(ours[i].cells).toEqual(theirs.cells);
      expect(ours[i].merges ?? []).toEqual(theirs.merges);
    });
  });
});
