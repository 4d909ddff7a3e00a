/**
 * Regression (QA, 24.11): «Показатели по ОО» of all five presets (≈ 100 indicator columns) was printed
 * one page wide — shrunk into a strip nobody could read. A matrix too wide for a page prints at full
 * size across pages, the schools' column repeated on each; a narrow one still fits one page.
 */
import { execFileSync } from "child_process";
import { readFileSync, writeFileSync } from "fs";
import { join } from "path";
import { IndicatorResult } from "../../../src/domain/indicators/types";
import { buildBySchoolSheet } from "../../../src/report/by-school-sheet";
import { XlsxWorkbook } from "../../../src/workbook/xlsx/xlsx-workbook";
import { LK01, PERIOD, TODAY } from "../../report/fixtures";
import { describeWithLibreOffice, partText, sofficeConvert, tempDir } from "./support";

/** `n` indicators over the fixture's two schools, each its own column of the matrix. */
function indicators(n: number): IndicatorResult[] {
  return Array.from({ length: n }, (_, i) => ({ ...LK01, id: `LK-${String(i + 1).padStart(2, "0")}` }));
}

async function writeMatrix(dir: string, n: number): Promise<{ file: string; buf: Buffer }> {
  const wb = XlsxWorkbook.blank({ registerOutput: true });
  await wb.applyPlans([buildBySchoolSheet(indicators(n), PERIOD, TODAY)]);
  const file = join(dir, `matrix${n}.xlsx`);
  const buf = await wb.toBuffer();
  writeFileSync(file, buf);
  return { file, buf };
}

describe("how a matrix prints", () => {
  it("a wide one at full size, the schools' column and the header rows on every page", async () => {
    const { buf } = await writeMatrix(tempDir(), 40);
    const sheet = await partText(buf, "xl/worksheets/sheet1.xml");
    expect(sheet).toContain('scale="100"');
    expect(sheet).not.toContain("fitToPage");
    const workbook = await partText(buf, "xl/workbook.xml");
    expect(workbook).toMatch(/<definedName name="_xlnm.Print_Titles" localSheetId="0">&apos;Показатели по ОО&apos;!\$A:\$A,&apos;Показатели по ОО&apos;!\$1:\$4<\/definedName>/);
  });

  it("a narrow one still one page wide", async () => {
    const { buf } = await writeMatrix(tempDir(), 5);
    const sheet = await partText(buf, "xl/worksheets/sheet1.xml");
    expect(sheet).toContain('fitToWidth="1"');
    expect(sheet).toContain('<pageSetUpPr fitToPage="1"/>');
  });
});

/** Height in points of the first word `word` on page `page` of the PDF (pdftotext's word boxes). */
function wordHeight(pdf: string, page: number, word: string): number | null {
  const html = execFileSync("pdftotext", ["-bbox", "-f", String(page), "-l", String(page), pdf, "-"]).toString();
  const m = new RegExp(`<word xMin="[\\d.]+" yMin="([\\d.]+)" xMax="[\\d.]+" yMax="([\\d.]+)">${word}</word>`).exec(html);
  return m ? Number(m[2]) - Number(m[1]) : null;
}

describeWithLibreOffice("a wide matrix printed by LibreOffice", () => {
  it("is legible: school names at the body's size on every page, not one shrunk page", async () => {
    const dir = tempDir();
    const { file } = await writeMatrix(dir, 40);
    sofficeConvert(file, dir, "pdf");
    const pdf = join(dir, "matrix40.pdf");
    const pages = Number(/Pages:\s+(\d+)/.exec(execFileSync("pdfinfo", [pdf]).toString())![1]);
    // 40 columns of 14 characters beside a 45-character one: six or so a page.
    expect(pages).toBeGreaterThanOrEqual(5);
    const text = readFileSync(pdf).length > 0 ? execFileSync("pdftotext", ["-layout", pdf, "-"]).toString() : "";
    const perPage = text.split("\f").filter((p) => p.trim() !== "");
    expect(perPage).toHaveLength(pages);
    for (const p of perPage) expect(p).toContain("Гимназия «Лидер»");
    // 11-point text is ≈ 11 points tall at full size; shrunk onto one page it was ≈ 3.
    expect(wordHeight(pdf, 1, "Гимназия")).toBeGreaterThan(8);
    expect(wordHeight(pdf, pages, "Гимназия")).toBeGreaterThan(8);
  }, 180_000);
});
