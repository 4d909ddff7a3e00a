/**
 * The pane checks a workbook as the CLI does. Every checked file of the bad-input corpus and every
 * example is put into the fake Excel as Excel holds it, read from the file by ExcelJS:
 * - each cell's value with its number format (dates as serials, shares as fractions with a % format);
 * - a formula's cached result;
 * - errors as their codes;
 * - merged blocks with the value in the top cell only;
 * - hidden sheets hidden.
 * Read back through the Office adapter, it must give the same forms, the same issues (rule, sheet,
 * cell, severity) and the same indicators of all five presets as the CLI's own reader of the file.
 *
 * This would have caught the merged-cells bug: the pane read a school merged down its block in the top
 * row only. It cannot show where Excel itself reads a file otherwise than ExcelJS does.
 */
import { promises as fs } from "fs";
import * as path from "path";
import ExcelJS from "exceljs";
import { XlsxWorkbook } from "../../src/workbook/xlsx/xlsx-workbook";
import { checkSheets, checkWorkbook } from "../../src/app/check";
import { computeWorkbook } from "../../src/app/compute";
import { parsePeriod } from "../../src/domain/period";
import { Issue } from "../../src/domain/issues";
import { Dataset } from "../../src/domain/records";
import { evaluate } from "../../src/domain/indicators";
import { PresetId } from "../../src/domain/indicators/types";
import { FakeExcel, Scalar } from "../workbook/office/fake-excel";
import { excelSerial, valueAsExcelGives } from "../support/exceljs-values";
import { EXAMPLES, TODAY, badFile, corpus, exampleFiles, tempDir } from "./support";
import { adapter } from "../support/office-adapter";

const OPTS = { period: parsePeriod("2023/2024")!, today: TODAY };

/** What only the pane says, by design: the CLI reads a far cell from the file at no cost, Excel's read is cut at IV. */
const PANE_ONLY: Record<string, readonly string[]> = {
  "st-far-away-cell.xlsx": ["Сверка кадров!XFD1048576 sheet.farCells warning"],
};

/** The workbook in the fake Excel (ExcelApi 1.13: merged areas are listed), in the file's date system. */
async function excelOf(file: string): Promise<FakeExcel> {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.readFile(file);
  const date1904 = wb.properties.date1904 === true;
  const excel = new FakeExcel({ workbookName: path.basename(file), apiVersion: "1.13", date1904 });
  wb.eachSheet((ws) => {
    const sheet = excel.addSheet(ws.name, [], ws.state === "visible" ? "Visible" : ws.state === "hidden" ? "Hidden" : "VeryHidden");
    ws.eachRow((row, r) =>
      row.eachCell((cell, c) => {
        // Excel gives a merged block's value in its top-left cell only (ExcelJS repeats it in every cell).
        if (cell.isMerged && cell.master.address !== cell.address) return;
        let v = valueAsExcelGives(cell.value);
        let format = cell.numFmt || "General";
        if (v instanceof Date) {
          v = excelSerial(v, date1904);
          if (format === "General") format = "dd.mm.yyyy";
        }
        if (v === null || v === undefined || v === "") return;
        (sheet.rows[r - 1] ??= [])[c - 1] = { value: v as Scalar, format };
      }),
    );
    for (const m of (ws.model as { merges?: string[] }).merges ?? []) sheet.merges.push(m);
  });
  return excel;
}

const PRESETS: readonly PresetId[] = ["LK", "DZ", "AL", "KL", "BM"];
const indicatorsOf = (dataset: Dataset) =>
  evaluate(dataset, OPTS.period, PRESETS).map((r) => [r.id, r.numerator, r.denominator, r.value, r.bySchool.map((b) => [b.key, b.numerator, b.denominator])]);

const said = (issues: readonly Issue[]) => issues.map((i) => `${i.sheet}!${i.cell} ${i.rule} ${i.severity}`).sort();
const formsOf = (r: { sheets: readonly { sheet: string; form: string }[] }) => r.sheets.map((s) => `${s.sheet}: ${s.form}`);

const FILES = [...corpus().filter((c) => c.expected.outcome === "checked").map((c) => badFile(c.file)), ...exampleFiles()];

test("the corpus gives the parity test enough workbooks", () => {
  expect(FILES.length).toBeGreaterThanOrEqual(90);
});

test.each(FILES.map((f) => [path.basename(f), f]))("%s: the pane's check is the CLI's", async (name, file) => {
  const cli = checkSheets(await (await XlsxWorkbook.open([file])).readSheets(), OPTS);
  const excel = await excelOf(file);
  const pane = await checkWorkbook(adapter(excel), OPTS);
  expect(formsOf(pane)).toEqual(formsOf(cli));
  expect(said(pane.issues)).toEqual([...said(cli.issues), ...(PANE_ONLY[name] ?? [])].sort());
  // And the same numbers: a value read otherwise without an issue would show here.
  expect(indicatorsOf(pane.dataset)).toEqual(indicatorsOf(cli.dataset));
});

/** A cell as a person reads it: a formula as its text (the fake Excel does not calculate), else the value. */
function written(v: unknown, date1904: boolean): string {
  if (v instanceof Date) return String(excelSerial(v, date1904));
  if (v && typeof v === "object" && "formula" in v) return `=${(v as { formula: string }).formula}`;
  const s = valueAsExcelGives(v as ExcelJS.CellValue);
  return s === null || s === undefined ? "" : String(s);
}

/**
 * The example as old Excel for Mac saves it: the same dates, counted from 1904 (each serial 1462 less).
 * Office.js does not say which system a workbook counts in; the pane tells it from a date's shown text.
 */
async function example1904(dir: string): Promise<string> {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.readFile(path.join(EXAMPLES, "municipality.xlsx"));
  wb.properties.date1904 = true;
  const file = path.join(dir, "municipality-1904.xlsx");
  await wb.xlsx.writeFile(file);
  return file;
}

test("a workbook counting dates from 1904 (old Excel for Mac): the pane's check is the CLI's, and the dates are the example's", async () => {
  const dir = await tempDir("parity-1904");
  try {
    const file = await example1904(dir);
    const cli = checkSheets(await (await XlsxWorkbook.open([file])).readSheets(), OPTS);
    const excel = await excelOf(file);
    expect(excel.options.date1904).toBe(true);
    const pane = await checkWorkbook(adapter(excel), OPTS);
    expect(said(pane.issues)).toEqual(said(cli.issues));
    expect(indicatorsOf(pane.dataset)).toEqual(indicatorsOf(cli.dataset));
    // And both are the example's own: read as 1900 serials, every date would be four years early.
    const original = checkSheets(await (await XlsxWorkbook.open([path.join(EXAMPLES, "municipality.xlsx")])).readSheets(), OPTS);
    expect(said(pane.issues)).toEqual(said(original.issues));
    expect(indicatorsOf(pane.dataset)).toEqual(indicatorsOf(original.dataset));
  } finally {
    await fs.rm(dir, { recursive: true, force: true });
  }
}, 60_000);

// The other half: what compute writes. Every output sheet of the example, cell by cell, in the pane's
// workbook (the fake Excel) and in the CLI's file; for the 1904 copy too (its indicators read from
// its dates as the CLI reads them).
test.each([
  ["the example", false],
  ["the example counting dates from 1904", true],
])("the pane writes the output sheets of %s cell for cell as the CLI writes them", async (_what, date1904) => {
  const dir = await tempDir("parity");
  try {
    const file = date1904 ? await example1904(dir) : path.join(EXAMPLES, "municipality.xlsx");
    const opts = { period: OPTS.period, today: TODAY, presets: PRESETS };
    const excel = await excelOf(file);
    const pane = await computeWorkbook(adapter(excel), opts);
    const xlsx = await XlsxWorkbook.open([file]);
    const cli = await computeWorkbook(xlsx, opts);
    await xlsx.save(path.join(dir, "out.xlsx"));
    const out = new ExcelJS.Workbook();
    await out.xlsx.readFile(path.join(dir, "out.xlsx"));
    expect(out.properties.date1904 === true).toBe(date1904);
    const names = cli.applied.map((a) => a.actual);
    expect(pane.applied.map((a) => a.actual)).toEqual(names);
    expect(names.length).toBeGreaterThanOrEqual(8);
    for (const name of names) {
      const inPane = excel.sheet(name)!.rows;
      const ws = out.getWorksheet(name)!;
      const rows = Math.max(inPane.length, ws.rowCount);
      const differ: string[] = [];
      for (let r = 0; r < rows; r++) {
        const cols = Math.max(inPane[r]?.length ?? 0, ws.getRow(r + 1).cellCount);
        for (let c = 0; c < cols; c++) {
          const p = inPane[r]?.[c];
          const a = p?.formula ?? (p ? String(p.value) : "");
          const b = written(ws.getRow(r + 1).getCell(c + 1).value, date1904);
          if (a !== b) differ.push(`${name}!R${r + 1}C${c + 1}: ${a} ≠ ${b}`);
        }
      }
      expect(differ.slice(0, 5)).toEqual([]);
    }
  } finally {
    await fs.rm(dir, { recursive: true, force: true });
  }
}, 60_000);
