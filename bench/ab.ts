/**
 * Two builds of the engine timed by turns: a git revision against the working tree. This machine's
 * speed drifts by half within minutes (docs/performance.md), so a change is judged only against the
 * old code measured between its own runs. Each build runs in processes of its own, in alternating
 * order, on the same generated municipality; both builds' outputs (every sheet plan's rows, the
 * issues, the indicators) are hashed, so a speed-up that changed a result shows at once.
 *
 *   node -r ts-node/register/transpile-only bench/ab.ts <rev> [workers=100000] [pairs=3] [runs=3]
 */
import { spawnSync } from "node:child_process";
import { mkdtempSync, rmSync, symlinkSync, writeFileSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { median } from "./measure";

const ROOT = path.join(__dirname, "..");

interface Timed {
  readonly times: number[];
  readonly hash: string;
}

function run(cmd: string, args: readonly string[], cwd = ROOT): string {
  const r = spawnSync(cmd, args, { cwd, encoding: "utf8", maxBuffer: 64 * 1024 * 1024 });
  if (r.status !== 0) throw new Error(`${cmd} ${args.join(" ")}: ${(r.stderr || r.stdout).trim().slice(0, 2000)}`);
  return r.stdout;
}

/** Compiles a tree's engine and stage code (what check+compute runs) into `out`. */
function compile(tree: string, out: string, work: string): void {
  const config = path.join(work, `tsconfig.${path.basename(out)}.json`);
  writeFileSync(
    config,
    JSON.stringify({
      extends: path.join(tree, "tsconfig.json"),
      // The config lives outside the tree: its type packages are named where they are.
      compilerOptions: { outDir: out, rootDir: tree, noEmit: false, sourceMap: false, types: ["node"], typeRoots: [path.join(tree, "node_modules/@types")] },
      include: [path.join(tree, "src/domain"), path.join(tree, "src/report"), path.join(tree, "src/app"), path.join(tree, "bench/scale.ts"), path.join(tree, "bench/stages.ts")],
    }),
  );
  run(process.execPath, [path.join(ROOT, "node_modules/typescript/bin/tsc"), "-p", config]);
}

/**
 * The child: the municipality from `input`'s generator (the same for both builds), one warm-up and
 * `runs` timed check+compute with `engine`'s stages, the outputs' hash. Plain JavaScript, no imports.
 */
const CHILD = `
const [input, engine, workers, runs] = process.argv.slice(1);
const { generateScale } = require(input + "/bench/scale.js");
const { whole } = require(engine + "/bench/stages.js");
const wb = generateScale(Number(workers));
let out = whole(wb.sheets);
const times = [];
for (let i = 0; i < Number(runs); i++) {
  const t = performance.now();
  out = whole(wb.sheets);
  times.push(performance.now() - t);
}
const h = require("node:crypto").createHash("sha256");
for (const p of out.plans) {
  h.update(JSON.stringify(p.rows));
  if (p.more) for (const b of p.more.blocks()) h.update(JSON.stringify(b));
}
h.update(JSON.stringify(out.check.issues));
h.update(JSON.stringify(out.indicators.map((r) => [r.id, r.value, r.numerator, r.denominator, r.bySchool, r.bySubject ?? null])));
process.stdout.write(JSON.stringify({ times, hash: h.digest("hex").slice(0, 16) }));
`;

function timeBuild(input: string, engine: string, workers: number, runs: number): Timed {
  return JSON.parse(run(process.execPath, ["-e", CHILD, input, engine, String(workers), String(runs)])) as Timed;
}

function summary(label: string, times: readonly number[]): string {
  const sorted = [...times].sort((a, b) => a - b);
  return `${label}: min ${sorted[0].toFixed(0)}, median ${median(sorted).toFixed(0)} ms (${sorted.map((t) => t.toFixed(0)).join(" ")})`;
}

function main(): void {
  const [rev, workersArg, pairsArg, runsArg] = process.argv.slice(2);
  if (!rev) {
    process.stderr.write("usage: node -r ts-node/register/transpile-only bench/ab.ts <rev> [workers=100000] [pairs=3] [runs=3]\n");
    process.exit(2);
  }
  const workers = Number(workersArg ?? 100_000);
  const pairs = Number(pairsArg ?? 3);
  const runs = Number(runsArg ?? 3);
  const commit = run("git", ["rev-parse", "--short", rev]).trim();
  const work = mkdtempSync(path.join(os.tmpdir(), "metodist-ab-"));
  const base = path.join(work, "base");
  try {
    run("git", ["worktree", "add", "--detach", base, commit]);
    // The old tree compiles against the same packages.
    symlinkSync(path.join(ROOT, "node_modules"), path.join(base, "node_modules"), "dir");
    const old = path.join(work, "old");
    const now = path.join(work, "now");
    compile(base, old, work);
    compile(ROOT, now, work);
    const results: Record<"old" | "now", number[]> = { old: [], now: [] };
    const hashes: Record<"old" | "now", Set<string>> = { old: new Set(), now: new Set() };
    for (let p = 0; p < pairs; p++) {
      // Alternating order: neither build always runs on the machine the other just warmed or tired.
      const order: ("old" | "now")[] = p % 2 === 0 ? ["old", "now"] : ["now", "old"];
      for (const which of order) {
        const t = timeBuild(now, which === "old" ? old : now, workers, runs);
        results[which].push(...t.times);
        hashes[which].add(t.hash);
      }
      process.stderr.write(`ab: pair ${p + 1} of ${pairs}\n`);
    }
    const same = hashes.old.size === 1 && hashes.now.size === 1 && [...hashes.old][0] === [...hashes.now][0];
    process.stdout.write(
      [
        `check+compute, ${workers} workers; pairs of processes: ${pairs}, timed runs in each after a warm-up: ${runs}`,
        summary(`  ${commit} (old)`, results.old),
        summary("  working tree (now)", results.now),
        `  now / old, medians: ${(median(results.now) / median(results.old)).toFixed(3)}`,
        same ? `  outputs: the same (hash ${[...hashes.now][0]})` : `  outputs DIFFER: old ${[...hashes.old].join(", ")}; now ${[...hashes.now].join(", ")}`,
      ].join("\n") + "\n",
    );
    if (!same) process.exitCode = 1;
  } finally {
    spawnSync("git", ["worktree", "remove", "--force", base], { cwd: ROOT });
    rmSync(work, { recursive: true, force: true });
  }
}

main();
