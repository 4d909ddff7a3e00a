/**
 * The CLI end to end on one large workbook (100 000 workers, ≈ 585 000 rows, ≈ 30 MB): generated with
 * ExcelJS's streaming writer, then one `metodist compute` with Node's default heap, as a user runs it.
 * Once, not a median: the point is that it completes, in how long, and with how much memory.
 */
import { spawnSync } from "node:child_process";
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import ExcelJS from "exceljs";
import { generateScale } from "./scale";

const WORKERS = Number(process.env.BENCH_LARGE_WORKERS ?? 100_000);

async function writeLargeBook(file: string): Promise<number> {
  const wb = generateScale(WORKERS);
  const out = new ExcelJS.stream.xlsx.WorkbookWriter({ filename: file, useSharedStrings: false, useStyles: false });
  for (const s of wb.sheets) {
    const ws = out.addWorksheet(s.sheet);
    for (const row of s.cells) ws.addRow(row as unknown[]).commit();
    ws.commit();
  }
  await out.commit();
  return wb.rows;
}

/** Runs the CLI (build/, compiled by the CLI stage before) and reports its peak memory from inside. */
const PEAK_REPORTER = `process.on("exit", () => process.stderr.write("bench-peak-kb=" + process.resourceUsage().maxRSS + "\\n"));`;

export async function benchCliLarge(): Promise<string> {
  const dir = mkdtempSync(path.join(tmpdir(), "metodist-bench-large-"));
  try {
    const book = path.join(dir, "муниципалитет.xlsx");
    const rows = await writeLargeBook(book);
    const bin = path.join(__dirname, "..", "bin", "metodist.js");
    const args = ["-e", `${PEAK_REPORTER} process.argv.splice(1, 0, ${JSON.stringify(bin)}); require(${JSON.stringify(bin)});`, "compute", book, "--preset", "LK,DZ,AL,KL,BM", "--period", "2023/2024", "--out", path.join(dir, "out.xlsx")];
    const what = `CLI на одной книге: ${WORKERS} работников (${rows} строк), compute с кучей Node по умолчанию`;
    const t = Date.now();
    const r = spawnSync(process.execPath, args, { encoding: "utf8", timeout: 600_000, env: { ...process.env, METODIST_TODAY: "2024-06-20" } });
    const ms = Date.now() - t;
    if (r.error || (r.status !== 0 && r.status !== 1)) {
      const oom = /heap out of memory/.test(r.stderr ?? "");
      return `${what} — ${oom ? "не завершился: нехватка памяти" : r.error ? "остановлен через 600 с" : `код ${r.status}: ${(r.stderr ?? "").trim().slice(0, 300)}`}`;
    }
    const peak = /bench-peak-kb=(\d+)/.exec(r.stderr ?? "");
    return `${what} — ${(ms / 1000).toFixed(1)} с, пик ${peak ? (Number(peak[1]) / 1024).toFixed(0) : "?"} МБ (один прогон)`;
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
