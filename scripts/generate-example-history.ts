/**
 * `examples/история-показателей.xlsx`: a FICTIONAL history of the example municipality for the two
 * periods before 2023/2024, so that `npm run compute:example` (which passes it as `--history`) draws
 * real trend lines on «Динамика». The sheet is exactly the «История показателей» the report writes
 * (report/history-sheet.ts), so Metodist reads it back like any earlier result.
 *
 * How the values are made: the example is computed for 2023/2024; each indicator then steps back one
 * period at a time by a seeded small drift — shares by 0.5–4 percentage points, counts by 2–8 %, in the
 * direction that makes the past a little worse than the present (lower for «↑» indicators, higher for
 * «↓»), now and then the other way; да/нет answers stay, except a «да» that was sometimes still «нет»
 * two years back. Where seed 001 publishes real values (SEED_HISTORY: КПК 69,1 % and 72,3 %, ФР ДПП,
 * ИОМ ЦНППМ) those are used instead. Same seed, same cells: rerunning changes nothing.
 *
 *   node -r ts-node/register/transpile-only scripts/generate-example-history.ts [OUT.xlsx]
 */
import * as fs from "node:fs";
import * as path from "node:path";
import JSZip from "jszip";
import { computeFromSheets } from "../src/app/compute";
import { HistoryColumn, HistoryRow, HistoryTable, HistoryValue, SEED_HISTORY } from "../src/domain/history";
import { IndicatorResult, PresetId } from "../src/domain/indicators/types";
import { parsePeriod } from "../src/domain/period";
import { buildHistorySheet } from "../src/report/history-sheet";
import { XlsxWorkbook } from "../src/workbook/xlsx/xlsx-workbook";
import { Rng } from "./examples/prng";

export const HISTORY_SEED = 20220901;
export const EXAMPLE_TODAY = "2024-06-20";
export const EXAMPLE_PERIOD = "2023/2024";
/** Oldest first, as the sheet lists them. */
export const PAST_PERIODS = ["2021/2022", "2022/2023"] as const;
export const ALL_PRESETS: readonly PresetId[] = ["LK", "DZ", "AL", "KL", "BM"];

const ROOT = path.join(__dirname, "..");
export const HISTORY_FILE = path.join(ROOT, "examples", "история-показателей.xlsx");
const FIXED_DATE = new Date(Date.UTC(2024, 5, 20, 9, 0, 0));

const round1 = (x: number): number => Math.round(x * 10) / 10;

/** One step back in time from `v`: a little worse than the later period, sometimes a little better. */
function stepBack(rng: Rng, v: HistoryValue, r: IndicatorResult, stepsBack: number): HistoryValue {
  if (v === null) return null;
  if (typeof v === "boolean") return v && stepsBack === 2 && rng.chance(0.35) ? false : v;
  const worse = rng.chance(0.8) ? 1 : -1;
  const sign = (r.direction === "up" ? -1 : 1) * worse;
  if (r.unit === "%") return Math.min(100, Math.max(0, round1(v + sign * (0.5 + rng.next() * 3.5))));
  const scaled = v * (1 + sign * (0.02 + rng.next() * 0.06));
  return Number.isInteger(v) ? Math.max(0, Math.round(scaled)) : Math.max(0, round1(scaled));
}

/** The two past periods for every indicator of `results`, seed 001's published values where it has them. */
export function fictionalHistory(results: readonly IndicatorResult[], seed = HISTORY_SEED): HistoryTable {
  const rng = new Rng(seed);
  const older: Record<string, HistoryValue> = {};
  const previous: Record<string, HistoryValue> = {};
  for (const r of results) {
    previous[r.id] = stepBack(rng, r.value, r, 1);
    older[r.id] = stepBack(rng, previous[r.id], r, 2);
  }
  const rows: HistoryRow[] = [
    { period: PAST_PERIODS[0], values: older },
    { period: PAST_PERIODS[1], values: previous },
  ];
  for (const published of SEED_HISTORY.rows) {
    const row = rows.find((x) => x.period === published.period);
    if (row) Object.assign(row.values, published.values);
  }
  const columns: HistoryColumn[] = results.map((r) => ({ id: r.id, name: r.shortName, unit: r.unit, target: r.target, direction: r.direction }));
  return { columns, rows };
}

export async function computeExample(): Promise<IndicatorResult[]> {
  const sheets = await (await XlsxWorkbook.open([path.join(ROOT, "examples", "municipality.xlsx")])).readSheets();
  return computeFromSheets(sheets, { today: EXAMPLE_TODAY, period: parsePeriod(EXAMPLE_PERIOD)!, presets: ALL_PRESETS }).indicators;
}

/** The package with fixed zip and document dates, so the committed file changes only when its cells do. */
async function stable(bytes: Buffer): Promise<Buffer> {
  const zip = await JSZip.loadAsync(bytes);
  const out = new JSZip();
  for (const name of Object.keys(zip.files).sort()) {
    const entry = zip.files[name];
    if (entry.dir) continue;
    let data: Buffer | string = await entry.async("nodebuffer");
    if (name === "docProps/core.xml") {
      data = data.toString("utf8").replace(/(<dcterms:(?:created|modified)[^>]*>)[^<]*(<\/dcterms:(?:created|modified)>)/g, `$1${FIXED_DATE.toISOString().replace(/\.\d+Z$/, "Z")}$2`);
    }
    out.file(name, data, { date: FIXED_DATE, createFolders: false });
  }
  return out.generateAsync({ type: "nodebuffer", compression: "DEFLATE", compressionOptions: { level: 6 } });
}

export async function writeExampleHistory(out: string = HISTORY_FILE): Promise<HistoryTable> {
  const history = fictionalHistory(await computeExample());
  // Not registered as Metodist's own output: it is an input the user hands over with --history.
  const wb = XlsxWorkbook.blank({ registerOutput: false });
  await wb.applyPlans([buildHistorySheet(history)]);
  fs.mkdirSync(path.dirname(out), { recursive: true });
  fs.writeFileSync(out, await stable(await wb.toBuffer()));
  return history;
}

if (require.main === module) {
  const out = process.argv[2] ?? HISTORY_FILE;
  writeExampleHistory(out).then(
    (h) => console.log(`История показателей (вымышленная) записана: ${out} — периоды ${h.rows.map((r) => r.period).join(", ")}, показателей ${h.columns.length}`),
    (e: unknown) => {
      console.error(e);
      process.exitCode = 1;
    },
  );
}
