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
import { computeFromSheets } from "../src/app/compute";
import { parsePeriod } from "../src/domain/period";
import { SHEET } from "../src/report";
import { XlsxWorkbook } from "../src/workbook/xlsx/xlsx-workbook";
import { ALL_PRESETS, EXAMPLE_PERIOD, EXAMPLE_TODAY, HISTORY_FILE } from "./generate-example-history";

const ROOT = path.join(__dirname, "..");
/** The real sheets as the main command writes them; the picture is the first printed page of each. */
const PICTURES: readonly { sheet: string; png: string }[] = [
  { sheet: SHEET.indicators, png: "pokazateli" },
  { sheet: SHEET.trend, png: "dinamika" },
];

export async function renderReadmePictures(outDir: string = path.join(ROOT, "docs", "img")): Promise<string[]> {
  const data = await (await XlsxWorkbook.open([path.join(ROOT, "examples", "municipality.xlsx")])).readSheets();
  const history = await (await XlsxWorkbook.open([HISTORY_FILE])).readSheets();
  const { plans } = computeFromSheets(data, { today: EXAMPLE_TODAY, period: parsePeriod(EXAMPLE_PERIOD)!, presets: ALL_PRESETS, history });

  const work = fs.mkdtempSync(path.join(os.tmpdir(), "metodist-readme-"));
  const profile = fs.mkdtempSync(path.join(os.tmpdir(), "metodist-soffice-"));
  fs.mkdirSync(outDir, { recursive: true });
  const written: string[] = [];
  try {
    for (const { sheet, png } of PICTURES) {
      const plan = plans.find((p) => p.name === sheet);
      if (!plan) throw new Error(`план листа «${sheet}» не построен`);
      const wb = XlsxWorkbook.blank({ registerOutput: false });
      await wb.applyPlans([plan]);
      const xlsx = path.join(work, `${png}.xlsx`);
      await wb.save(xlsx);
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
