/**
 * The pane checks a workbook as the CLI does. Every checked file of the bad-input corpus and every
 * example is read by the CLI's reader, then put into the fake Excel as Excel holds it:
 * - dates as serials with a date format;
 * - errors as their codes;
 * - merged blocks with the value in the top cell only;
 * - hidden sheets hidden.
 * Then it is read back through the Office adapter. Both checks must give the same forms and the same
 * issues (rule, sheet, cell, severity).
 *
 * This would have caught the merged-cells bug: the pane read a school merged down its block in the top
 * row only. It does not see what Excel itself shows differently from the file: the seed is the CLI's
 * own grid.
 */
import * as path from "path";
import { XlsxWorkbook } from "../../src/workbook/xlsx/xlsx-workbook";
import { OfficeWorkbook } from "../../src/workbook/office";
import { checkSheets, checkWorkbook } from "../../src/app/check";
import { parsePeriod } from "../../src/domain/period";
import { columnLetter } from "../../src/domain/a1";
import { SheetGrid, isCellError } from "../../src/domain/grid";
import { Issue } from "../../src/domain/issues";
import { FakeExcel, Scalar } from "../workbook/office/fake-excel";
import { TODAY, badFile, corpus, exampleFiles } from "./support";

const OPTS = { period: parsePeriod("2023/2024")!, today: TODAY };
const EPOCH = Date.UTC(1899, 11, 30);

/** What only the pane says, by design: the CLI reads a far cell from the file at no cost, Excel's read is cut at IV. */
const PANE_ONLY: Record<string, readonly string[]> = {
  "st-far-away-cell.xlsx": ["Сверка кадров!XFD1048576 sheet.farCells warning"],
};

/** The grids as Excel holds them (ExcelApi 1.13: merged areas are listed). */
function excelOf(grids: readonly SheetGrid[]): FakeExcel {
  const excel = new FakeExcel({ workbookName: grids[0]?.file ?? "Книга.xlsx", apiVersion: "1.13" });
  for (const g of grids) {
    const sheet = excel.addSheet(g.sheet, [], g.hidden ? "Hidden" : "Visible");
    g.cells.forEach((row, r) =>
      row.forEach((v, c) => {
        if (v === null || v === undefined) return;
        const date = v instanceof Date;
        const value: Scalar = date ? (v.getTime() - EPOCH) / 86_400_000 : isCellError(v) ? v.error : (v as Scalar);
        (sheet.rows[r] ??= [])[c] = { value, format: date ? "dd.mm.yyyy" : "General" };
      }),
    );
    for (const m of g.merges ?? []) sheet.merges.push(`${columnLetter(m.left)}${m.top + 1}:${columnLetter(m.right)}${m.bottom + 1}`);
  }
  return excel;
}

const said = (issues: readonly Issue[]) => issues.map((i) => `${i.sheet}!${i.cell} ${i.rule} ${i.severity}`).sort();
const formsOf = (r: { sheets: readonly { sheet: string; form: string }[] }) => r.sheets.map((s) => `${s.sheet}: ${s.form}`);

const FILES = [...corpus().filter((c) => c.expected.outcome === "checked").map((c) => badFile(c.file)), ...exampleFiles()];

test("the corpus gives the parity test enough workbooks", () => {
  expect(FILES.length).toBeGreaterThanOrEqual(90);
});

test.each(FILES.map((f) => [path.basename(f), f]))("%s: the pane's check is the CLI's", async (name, file) => {
  const grids = await (await XlsxWorkbook.open([file])).readSheets();
  const cli = checkSheets(grids, OPTS);
  const excel = excelOf(grids);
  const pane = await checkWorkbook(new OfficeWorkbook({ run: excel.run as never, isSetSupported: excel.isSetSupported }), OPTS);
  expect(formsOf(pane)).toEqual(formsOf(cli));
  expect(said(pane.issues)).toEqual([...said(cli.issues), ...(PANE_ONLY[name] ?? [])].sort());
});
