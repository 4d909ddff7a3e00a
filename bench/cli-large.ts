/**
 * The CLI end to end on large workbooks, generated with ExcelJS's streaming writer:
 * - one of 100 000 workers (≈ 585 000 rows, ≈ 35 MB), computed as `metodist` runs it on this machine;
 * - a region's book of 1 000 000 rows (≈ 60 MB) as on an office PC with 4 GB of memory: once with the
 *   heap V8 would give there (a quarter of it) and once with what bin/metodist.js gives its engine.
 * Once each, not a median: the point is that it completes, in how long, and with how much memory.
 */
import { spawnSync } from "node:child_process";
import { mkdtempSync, rmSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import v8 from "node:v8";
import ExcelJS from "exceljs";
import { generateScale, workersForRows } from "./scale";
import { engineNodeOptions } from "../bin/node-options";

const WORKERS = Number(process.env.BENCH_LARGE_WORKERS ?? 100_000);
const ENGINE = path.join(__dirname, "..", "bin", "run-cli.js");
const MB = 1024 * 1024;

async function writeLargeBook(file: string, workers: number): Promise<number> {
  const wb = generateScale(workers);
  const out = new ExcelJS.stream.xlsx.WorkbookWriter({ filename: file, useSharedStrings: false, useStyles: false });
  for (const s of wb.sheets) {
    const ws = out.addWorksheet(s.sheet);
    for (const row of s.cells) ws.addRow(row as unknown[]).commit();
    ws.commit();
  }
  await out.commit();
  return wb.rows;
}

/** The engine reports its own peak memory (the launcher's process is not the one that holds the data). */
const PEAK_REPORTER = `process.on("exit", () => process.stderr.write("bench-peak-kb=" + process.resourceUsage().maxRSS + "\\n"));`;

/** One `metodist compute` of `book` by the engine process, with these Node options: time and peak, or why it stopped. */
function computeOnce(book: string, dir: string, nodeOptions: readonly string[]): string {
  const args = [...nodeOptions, "-e", `${PEAK_REPORTER} process.argv.splice(1, 0, ${JSON.stringify(ENGINE)}); require(${JSON.stringify(ENGINE)});`, "compute", book, "--preset", "LK,DZ,AL,KL,BM", "--period", "2023/2024", "--out", path.join(dir, "out.xlsx")];
  const t = Date.now();
  const r = spawnSync(process.execPath, args, { encoding: "utf8", timeout: 600_000, maxBuffer: 64 * MB, env: { ...process.env, METODIST_TODAY: "2024-06-20" } });
  const ms = Date.now() - t;
  if (r.error || (r.status !== 0 && r.status !== 1)) {
    const oom = /heap out of memory/.test(r.stderr ?? "");
    return oom ? `не завершился за ${(ms / 1000).toFixed(1)} с: нехватка памяти` : r.error ? "остановлен через 600 с" : `код ${r.status}: ${(r.stderr ?? "").trim().slice(0, 300)}`;
  }
  const peak = /bench-peak-kb=(\d+)/.exec(r.stderr ?? "");
  return `${(ms / 1000).toFixed(1)} с, пик ${peak ? (Number(peak[1]) / 1024).toFixed(0) : "?"} МБ`;
}

export async function benchCliLarge(): Promise<string> {
  const dir = mkdtempSync(path.join(os.tmpdir(), "metodist-bench-large-"));
  try {
    const book = path.join(dir, "муниципалитет.xlsx");
    const rows = await writeLargeBook(book, WORKERS);
    const options = engineNodeOptions({ nodeOptions: process.env.NODE_OPTIONS ?? "", totalMemoryBytes: os.totalmem(), heapLimitBytes: v8.getHeapStatistics().heap_size_limit });
    return `CLI на одной книге: ${WORKERS} работников (${rows} строк), compute с параметрами Node, которые bin/metodist.js даёт движку здесь (${options.join(" ")}) — ${computeOnce(book, dir, options)} (один прогон)`;
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

/** V8's default heap on a machine of `gb` GB: a quarter of it for the old generation (Node 20, 64 bit). */
const v8DefaultOldSpaceMb = (gb: number): number => Math.min(4096, (gb * 1024) / 4);

export async function benchCliRegionSmallPc(gb = 4): Promise<string> {
  const dir = mkdtempSync(path.join(os.tmpdir(), "metodist-bench-region-"));
  try {
    const book = path.join(dir, "регион.xlsx");
    const rows = await writeLargeBook(book, workersForRows(1_000_000));
    const defaultMb = v8DefaultOldSpaceMb(gb);
    const asV8 = computeOnce(book, dir, [`--max-old-space-size=${defaultMb}`]);
    // What the launcher gives there; the young generation's default (3 × 16 MB) is part of V8's limit.
    const options = engineNodeOptions({ totalMemoryBytes: gb * 1024 * MB, heapLimitBytes: (defaultMb + 48) * MB });
    const asLaunched = computeOnce(book, dir, options);
    return `CLI на книге региона (${rows} строк) на компьютере с ${gb} ГБ памяти: с кучей, которую дал бы V8 (--max-old-space-size=${defaultMb}), — ${asV8}; как запускает bin/metodist.js (${options.join(" ")}) — ${asLaunched}`;
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
