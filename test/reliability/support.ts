/** Shared helpers of the reliability suite: the corpus table, in-process CLI runs, hashing. */
import { createHash } from "crypto";
import { promises as fs, readdirSync, readFileSync } from "fs";
import * as os from "os";
import * as path from "path";
import type { Expected } from "../../scripts/bad-corpus/cases";
import { Io, run } from "../../src/cli/main";

export const ROOT = path.join(__dirname, "..", "..");
export const BAD_DIR = path.join(ROOT, "test", "fixtures", "bad");
export const EXAMPLES = path.join(ROOT, "examples");
export const TODAY = "2024-06-15";

export interface CorpusEntry {
  readonly file: string;
  readonly what: string;
  readonly expected: Expected;
}

export function corpus(): CorpusEntry[] {
  return JSON.parse(readFileSync(path.join(BAD_DIR, "expected.json"), "utf8")) as CorpusEntry[];
}

export const badFile = (name: string): string => path.join(BAD_DIR, name);

export function exampleFiles(): string[] {
  const schools = path.join(EXAMPLES, "schools");
  return [
    path.join(EXAMPLES, "municipality.xlsx"),
    ...readdirSync(schools).filter((f) => f.endsWith(".xlsx")).sort().map((f) => path.join(schools, f)),
  ];
}

export interface Captured extends Io {
  readonly stdout: () => string;
  readonly stderr: () => string[];
}

export function capture(): Captured {
  let out = "";
  const err: string[] = [];
  return { out: (t) => void (out += t), err: (l) => void err.push(l), stdout: () => out, stderr: () => err };
}

export async function runCli(argv: string[]): Promise<{ code: number; io: Captured }> {
  const io = capture();
  const previous = process.env.METODIST_TODAY;
  process.env.METODIST_TODAY = TODAY;
  try {
    const code = await run(argv, io);
    return { code, io };
  } finally {
    if (previous === undefined) delete process.env.METODIST_TODAY;
    else process.env.METODIST_TODAY = previous;
  }
}

export async function sha256(file: string): Promise<string> {
  return createHash("sha256").update(await fs.readFile(file)).digest("hex");
}

export async function tempDir(prefix: string): Promise<string> {
  return fs.mkdtemp(path.join(os.tmpdir(), `metodist-${prefix}-`));
}
