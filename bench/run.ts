/**
 * `npm run bench`: for each size, a child process generates the workbook, times every stage as the
 * median of RUNS runs after a warm-up, and reports its peak memory (maxRSS of that process alone after
 * its first check+compute, before any other run: the grids plus one run, as the CLI has).
 * The parent prints one table and, last, a machine-readable line for the 100 000-worker case.
 */
import { fork, spawnSync } from "node:child_process";
import path from "node:path";
import os from "node:os";
import { generateScale, workersForRows } from "./scale";
import { median, timeMedian, timeMedianPrepared, timeMedianWithCpu } from "./measure";
import * as stage from "./stages";
import { benchCliFiles } from "./cli-files";
import { benchCliLarge, benchCliRegionSmallPc } from "./cli-large";
import { benchPane } from "./pane";
import { benchSchoolFiles } from "./school-files";
import { summaryLine } from "./summary-line";

/** Every size is the median of at least five runs after a warm-up; fewer only when asked (quick looks). */
const RUNS = Number(process.env.BENCH_RUNS ?? 5);
const LARGE_RUNS = Number(process.env.BENCH_LARGE_RUNS ?? 5);
const REGION_RUNS = Number(process.env.BENCH_REGION_RUNS ?? 5);
/** Extra pairs of 10 000 and 100 000 workers timed back to back, for the growth verdict. */
const GROWTH_PAIRS = Number(process.env.BENCH_GROWTH_PAIRS ?? 2);
/** The CLI on a region's book as on a 4 GB PC (≈ 1 min); BENCH_REGION_CLI=0 leaves it out. */
const REGION_CLI = process.env.BENCH_REGION_CLI !== "0";
/** The pane in Chromium (≈ 3 min with its build); BENCH_PANE=0 leaves it out. */
const PANE = process.env.BENCH_PANE !== "0";

interface SizeResult {
  label: string;
  workers: number;
  rows: number;
  scan: number;
  recognition: number;
  normalise: number;
  indicators: number;
  planning: number;
  rowsAtWrite: number;
  total: number;
  totalCpu: number;
  peakMb: number;
}

function measureSize(label: string, workers: number, runs: number): SizeResult {
  const wb = generateScale(workers);
  const sheets = wb.sheets;
  const scan = timeMedian(runs, () => stage.scan(sheets));
  // Peak memory is that of one check+compute in a fresh process, as the CLI runs it: the grids and
  // one run, read before anything else runs. (After a warm-up the previous run's results are still
  // garbage waiting for the collector, which measured the collector's timing, not the engine.)
  // The rows a writer makes from the compact ones are made too, as writing would.
  stage.rowsAtWrite(stage.whole(sheets).plans);
  const peakMb = Math.round(process.resourceUsage().maxRSS / 1024);
  // That first run was also the warm-up.
  const whole = timeMedianWithCpu(runs, () => stage.whole(sheets), false);
  const total = whole.wall;
  const totalCpu = whole.cpu;
  const recs = stage.recognition(sheets);
  const recognition = timeMedian(runs, () => stage.recognition(sheets));
  const normalise = timeMedian(runs, () => stage.normaliseAndValidate(sheets, recs));
  const { dataset } = stage.normaliseAndValidate(sheets, recs);
  const indicators = timeMedian(runs, () => stage.indicators(dataset));
  const plans = stage.planning(sheets);
  const planning = timeMedianPrepared(runs, plans.prepare, plans.plan);
  const written = stage.whole(sheets).plans;
  const rowsAtWrite = timeMedian(runs, () => stage.rowsAtWrite(written));
  return { label, workers, rows: wb.rows, scan, recognition, normalise, indicators, planning, rowsAtWrite, total, totalCpu, peakMb };
}

function child(): void {
  const [label, workers, runs] = process.argv.slice(3);
  const r = measureSize(label, Number(workers), Number(runs));
  process.send?.(r);
}

/** check+compute alone, the median of `runs` after a warm-up: for the growth pairs. */
function totalChild(): void {
  const [workers, runs] = process.argv.slice(3).map(Number);
  const sheets = generateScale(workers).sheets;
  process.send?.({ total: timeMedian(runs, () => stage.whole(sheets)) });
}

async function runTotal(workers: number, runs: number): Promise<number> {
  return (await forkChild<{ total: number }>(["--total", String(workers), String(runs)], String(workers))).total;
}

/**
 * The growth from 10 000 to 100 000 workers measured again as pairs run one right after the other:
 * the table's two sizes are timed minutes apart, and this machine's speed drifts by more than the
 * margin the goal leaves (one run gave 15× from a fast 10 000 and a slow 100 000).
 */
async function growthPairs(first: number, pairs: number): Promise<number[]> {
  const ratios = [first];
  for (let i = 0; i < pairs; i++) {
    const small = await runTotal(10_000, RUNS);
    const large = await runTotal(100_000, 3);
    ratios.push(large / small);
  }
  return ratios;
}

/** This script in a child process with `args`; resolves with the message it sends. */
function forkChild<T>(args: string[], what: string): Promise<T> {
  return new Promise((resolve, reject) => {
    const p = fork(__filename, args, {
      // Node's defaults, as the pane's engine has them (no add-in sets its heap); the CLI's own options
      // (bin/node-options.js) are measured with the CLI itself, in cli-large.ts.
      execArgv: ["-r", "ts-node/register/transpile-only"],
    });
    p.on("message", (m) => resolve(m as T));
    p.on("exit", (code) => (code ? reject(new Error(`bench child ${what} exited ${code}`)) : undefined));
  });
}

function runChild(label: string, workers: number, runs: number): Promise<SizeResult> {
  return forkChild<SizeResult>(["--child", label, String(workers), String(runs)], label);
}

const f = (ms: number) => (ms < 10 ? ms.toFixed(2) : ms.toFixed(0));
const ratio = (ms: number, scan: number) => (scan > 0 ? (ms / scan).toFixed(1) + "×" : "—");

async function main(): Promise<void> {
  const sizes: [string, number, number][] = [
    ["1 000", 1000, RUNS],
    ["10 000", 10000, RUNS],
    ["100 000", 100000, LARGE_RUNS],
    ["регион 1 000 000 строк", workersForRows(1_000_000), REGION_RUNS],
  ];
  const results: SizeResult[] = [];
  for (const [label, workers, runs] of sizes) {
    process.stderr.write(`bench: ${label} (${workers} работников)…\n`);
    results.push(await runChild(label, workers, runs));
  }
  console.log(
    `Медиана ${RUNS} прогонов (100 000 — ${LARGE_RUNS}, регион — ${REGION_RUNS}) после разогрева, мс; в скобках — во сколько раз дольше простого прохода по ячейкам; ` +
      `пик — память процесса после первого check+compute и строк «Расшифровки» (сетки + один прогон, как у CLI). ` +
      `Ядер: ${os.cpus().length}, средняя загрузка машины: ${os.loadavg().map((x) => x.toFixed(1)).join(" / ")}.`,
  );
  console.log(
    "| размер | работников | строк | проход | распознавание | нормализация+проверка | показатели | планы листов | check+compute | CPU check+compute | пик, МБ | строки «Расшифровки» при записи |",
  );
  console.log("|---|---|---|---|---|---|---|---|---|---|---|---|");
  for (const r of results) {
    console.log(
      `| ${r.label} | ${r.workers} | ${r.rows} | ${f(r.scan)} | ${f(r.recognition)} (${ratio(r.recognition, r.scan)}) | ${f(r.normalise)} (${ratio(r.normalise, r.scan)}) | ${f(r.indicators)} (${ratio(r.indicators, r.scan)}) | ${f(r.planning)} (${ratio(r.planning, r.scan)}) | ${f(r.total)} (${ratio(r.total, r.scan)}) | ${f(r.totalCpu)} | ${r.peakMb} | ${f(r.rowsAtWrite)} |`,
    );
  }
  const [a, b, c] = results;
  console.log(`Рост: 10× строк → ${(b.total / a.total).toFixed(1)}× и ${(c.total / b.total).toFixed(1)}× времени check+compute.`);
  process.stderr.write("bench: рост 10 000 → 100 000 парами подряд…\n");
  const pairs = await growthPairs(c.total / b.total, GROWTH_PAIRS);
  console.log(
    `Рост 10 000 → 100 000 работников в парах, замеренных одна за другой (первая — из таблицы): ${pairs.map((x) => x.toFixed(1) + "×").join(", ")}; ` +
      `медиана ${median(pairs).toFixed(1)}× (${median(pairs) <= 12 ? "≤ 12×" : "БОЛЬШЕ 12×"}).`,
  );
  process.stderr.write("bench: файлы школ (100 и 1 000 ОО)…\n");
  console.log(await benchSchoolFiles(RUNS));
  // Own process with a large heap: the fake host keeps every written cell of a 1 000 000-row plan.
  const excel = spawnSync(process.execPath, ["-r", "ts-node/register/transpile-only", "--max-old-space-size=8192", path.join(__dirname, "excel-adapter.ts")], { encoding: "utf8" });
  if (excel.status !== 0) throw new Error(`замер Office-адаптера не удался: ${excel.stderr.trim().slice(0, 500)}`);
  console.log(excel.stdout.trim());
  const cli = await benchCliFiles();
  console.log(cli);
  console.log(await benchCliLarge());
  if (REGION_CLI) {
    process.stderr.write("bench: CLI на книге региона при 4 ГБ памяти…\n");
    console.log(await benchCliRegionSmallPc());
  }
  if (PANE) {
    process.stderr.write("bench: панель в Chromium (сборка webpack, 10 000 и 100 000 работников)…\n");
    console.log(await benchPane([10_000, 100_000]));
  }
  console.log(summaryLine({ workers: c.workers, rows: c.rows, totalMs: c.total, scanMs: c.scan, peakMb: c.peakMb, cpuMs: c.totalCpu, regionPeakMb: results[3].peakMb, rowsAtWriteMs: c.rowsAtWrite }));
}

if (process.argv[2] === "--child") child();
else if (process.argv[2] === "--total") totalChild();
else main().catch((e) => {
  console.error(`bench: ${e instanceof Error ? e.message : String(e)}`);
  process.exit(1);
});
