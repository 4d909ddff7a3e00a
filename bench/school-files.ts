/**
 * The engine on schools' own files, as the CLI reads a region's: 100 and 1 000 schools of 50 workers
 * (600 and 6 000 sheets), and the same workers in one book of six sheets. Ten times the files must cost
 * no more than twelve times the time: costs per pair of schools and sheets (the «Расшифровка» order)
 * or per pair of sheet names grew with the square of the files (docs/performance-log.md, items 61–63).
 *
 *   node -r ts-node/register/transpile-only bench/school-files.ts   # this part alone
 */
import { fork } from "node:child_process";
import { generateScale, generateSchoolFiles } from "./scale";
import { timeMedian } from "./measure";
import { whole } from "./stages";

/** Workers per school file: a small school. */
const SCHOOL_WORKERS = 50;
const SCHOOLS = [100, 1000] as const;

interface Timed {
  readonly total: number;
  readonly sheets: number;
  readonly rows: number;
}

/** In a child: check+compute of `schools` files (or, with `book`, their workers in one book), median of `runs` after a warm-up. */
function child(): void {
  const [shape, schools, runs] = process.argv.slice(3);
  const wb = shape === "book" ? generateScale(Number(schools) * SCHOOL_WORKERS) : generateSchoolFiles(Number(schools), SCHOOL_WORKERS);
  const total = timeMedian(Number(runs), () => whole(wb.sheets));
  process.send?.({ total, sheets: wb.sheets.length, rows: wb.rows } satisfies Timed);
}

/** Each case in a fresh process with Node's defaults, as the pane's engine has them (bench/run.ts). */
function timed(shape: "files" | "book", schools: number, runs: number): Promise<Timed> {
  return new Promise((resolve, reject) => {
    const p = fork(__filename, ["--child", shape, String(schools), String(runs)], { execArgv: ["-r", "ts-node/register/transpile-only"] });
    p.on("message", (m) => resolve(m as Timed));
    p.on("exit", (code) => (code ? reject(new Error(`bench school-files ${shape} ${schools} exited ${code}`)) : undefined));
  });
}

const ms = (x: number) => Math.round(x).toLocaleString("ru-RU");

export async function benchSchoolFiles(runs: number): Promise<string> {
  const [small, large] = [await timed("files", SCHOOLS[0], runs), await timed("files", SCHOOLS[1], runs)];
  const book = await timed("book", SCHOOLS[1], runs);
  const growth = large.total / small.total;
  const part = (schools: number, t: Timed) => `${schools.toLocaleString("ru-RU")} ОО (${t.sheets.toLocaleString("ru-RU")} листов, ${t.rows} строк) — ${ms(t.total)} мс`;
  return (
    `Файлы школ, как CLI читает книги ОО (у каждой свои шесть листов), по ${SCHOOL_WORKERS} работников, check+compute, медиана ${runs} прогонов после разогрева: ` +
    `${part(SCHOOLS[0], small)}; ${part(SCHOOLS[1], large)}; рост 10× файлов → ${growth.toFixed(1)}× (${growth <= 12 ? "≤ 12×" : "БОЛЬШЕ 12×"}); ` +
    `те же ${(SCHOOLS[1] * SCHOOL_WORKERS).toLocaleString("ru-RU")} работников в одной книге из шести листов (${book.rows} строк) — ${ms(book.total)} мс`
  );
}

// Only when this file is the program: bench/run.ts imports it, and its own children take "--child" too.
if (require.main === module) {
  if (process.argv[2] === "--child") child();
  else
    benchSchoolFiles(Number(process.env.BENCH_RUNS ?? 5)).then(console.log, (e) => {
      console.error(e);
      process.exit(1);
    });
}
