/**
 * Writes the bad-input corpus (scripts/bad-corpus/cases.ts) to test/fixtures/bad/ with expected.json.
 * Deterministic: running it twice gives the same bytes. The 200 000-row roster is not here on purpose
 * (it would bloat the repository): test/reliability builds it in memory.
 *
 *   node -r ts-node/register/transpile-only scripts/generate-bad-corpus.ts
 */
import { promises as fs } from "fs";
import * as path from "path";
import { CASES } from "./bad-corpus/cases";

export const BAD_DIR = path.join(__dirname, "..", "test", "fixtures", "bad");

async function main(): Promise<void> {
  await fs.mkdir(BAD_DIR, { recursive: true });
  const names = new Set<string>();
  for (const c of CASES) {
    if (names.has(c.file)) throw new Error(`duplicate case file ${c.file}`);
    names.add(c.file);
  }
  for (const old of await fs.readdir(BAD_DIR)) {
    if (old.endsWith(".xlsx") && !names.has(old)) await fs.rm(path.join(BAD_DIR, old));
  }
  let bytes = 0;
  for (const c of CASES) {
    const buf = await c.build();
    bytes += buf.length;
    await fs.writeFile(path.join(BAD_DIR, c.file), buf);
  }
  const expected = CASES.map((c) => ({ file: c.file, what: c.what, expected: c.expected }));
  await fs.writeFile(path.join(BAD_DIR, "expected.json"), JSON.stringify(expected, null, 1) + "\n", "utf8");
  process.stdout.write(`bad corpus: ${CASES.length} files, ${Math.round(bytes / 1024)} KiB in ${path.relative(process.cwd(), BAD_DIR)}\n`);
}

main().catch((e: unknown) => {
  process.stderr.write(`${e instanceof Error ? e.stack ?? e.message : String(e)}\n`);
  process.exit(1);
});
