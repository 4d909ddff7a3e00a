/**
 * The README's pictures: computes the example exactly as the README's main command does (five
 * presets, 2023/2024, the example history), writes the «Показатели» and «Динамика» sheets, each in a
 * workbook of its own (charts included), prints them with LibreOffice headless and turns the first page
 * of each into docs/img/pokazateli.png and docs/img/dinamika.png. Needs soffice and pdftoppm (Debian:
 * libreoffice-calc, poppler-utils); runs offline.
 *
 *   node -r ts-node/register/transpile-only scripts/render-readme.ts [OUT_DIR]
 */
import { execFileSync } from "node:child_process";
import * as fs from "node:fs";
import * as os from "node:os";
import * as path from "node:path";
import { pathToFileURL } from "node:url";
import JSZip from "jszip";
import { computeFromSheets } from "../src/app/compute";
import { parsePeriod } from "../src/domain/period";
import { HistoryTable } from "../src/domain/history";
import { SHEET } from "../src/report";
import { buildTrendSheet } from "../src/report/trend-sheet";
import { XlsxWorkbook } from "../src/workbook/xlsx/xlsx-workbook";
import { ALL_PRESETS, EXAMPLE_PERIOD, EXAMPLE_TODAY, HISTORY_FILE } from "./generate-example-history";

const ROOT = path.join(__dirname, "..");
/**
 * «Динамика» keeps its data block (an indicator per column, ~150 columns) above the charts; printed
 * one page wide, as the report sets it, the charts shrink to specks. The picture draws the sheet
 * (same plan builder, same history) for four indicators with targets and prints its first two rows of
 * charts (A1:Q42 in trend-sheet.ts's grid).
 */
const PICTURES: readonly { sheet: string; png: string; printArea?: string }[] = [
  { sheet: SHEET.indicators, png: "pokazateli" },
  { sheet: SHEET.trend, png: "dinamika", printArea: "$A$1:$Q$42" },
];

/** Indicators with a target line and seed 001's published past, for the four charts the picture shows. */
const SHOWCASE = ["AL-3.9.1", "BM-1", "AL-2.8.4", "KL-7"];

function showcase(h: HistoryTable): HistoryTable {
  return { columns: SHOWCASE.map((id) => h.columns.find((c) => c.id === id)!).filter(Boolean), rows: h.rows };
}

/** Limits printing to `range` on one page (the workbook holds the one sheet). */
async function setPrintArea(xlsx: string, sheet: string, range: string): Promise<void> {
  const zip = await JSZip.loadAsync(fs.readFileSync(xlsx));
  const book = await zip.file("xl/workbook.xml")!.async("string");
  const name = `<definedNames><definedName name="_xlnm.Print_Area" localSheetId="0">'${sheet}'!${range}</definedName></definedNames>`;
  zip.file("xl/workbook.xml", book.replace("</sheets>", `</sheets>${name}`));
  const ws = await zip.file("xl/worksheets/sheet1.xml")!.async("string");
  zip.file("xl/worksheets/sheet1.xml", ws.replace(/fitToHeight="0"/, 'fitToHeight="1"'));
  fs.writeFileSync(xlsx, await zip.generateAsync({ type: "nodebuffer", compression: "DEFLATE" }));
}

export async function renderReadmePictures(outDir: string = path.join(ROOT, "docs", "img")): Promise<string[]> {
  const data = await (await XlsxWorkbook.open([path.join(ROOT, "examples", "municipality.xlsx")])).readSheets();
  const history = await (await XlsxWorkbook.open([HISTORY_FILE])).readSheets();
  const { plans, history: computedHistory } = computeFromSheets(data, { today: EXAMPLE_TODAY, period: parsePeriod(EXAMPLE_PERIOD)!, presets: ALL_PRESETS, history });

  const work = fs.mkdtempSync(path.join(os.tmpdir(), "metodist-readme-"));
  const profile = fs.mkdtempSync(path.join(os.tmpdir(), "metodist-soffice-"));
  fs.mkdirSync(outDir, { recursive: true });
  const written: string[] = [];
  try {
    for (const { sheet, png, printArea } of PICTURES) {
      const plan = sheet === SHEET.trend ? buildTrendSheet(showcase(computedHistory)) : plans.find((p) => p.name === sheet);
      if (!plan) throw new Error(`план листа «${sheet}» не построен`);
      const wb = XlsxWorkbook.blank({ registerOutput: false });
      await wb.applyPlans([plan]);
      const xlsx = path.join(work, `${png}.xlsx`);
      await wb.save(xlsx);
      if (printArea) await setPrintArea(xlsx, sheet, printArea);
      execFileSync(
        "soffice",
        ["--headless", "--norestore", `-env:UserInstallation=${pathToFileURL(profile).href}`, "--convert-to", "pdf", "--outdir", work, xlsx],
        { stdio: "ignore", timeout: 180_000 },
      );
      const target = path.join(outDir, png);
      execFileSync("pdftoppm", ["-png", "-r", "80", "-f", "1", "-l", "1", "-singlefile", path.join(work, `${png}.pdf`), target], { stdio: "ignore" });
      written.push(`${target}.png`);
    }
  } finally {
    fs.rmSync(work, { recursive: true, force: true });
    fs.rmSync(profile, { recursive: true, force: true });
  }
  return written;
}

if (require.main === module) {
  renderReadmePictures(process.argv[2]).then(
    (files) => console.log(`Картинки для README: ${files.join(", ")}`),
    (e: unknown) => {
      console.error(e);
      process.exitCode = 1;
    },
  );
}
