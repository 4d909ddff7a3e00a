/**
 * Every file of the bad-input corpus through the real CLI, in-process: either one Russian error line
 * (exit 2) or exactly the issues expected.json names, at the cells it names. Nothing may throw.
 */
import { promises as fs } from "fs";
import * as path from "path";
import type { IssueJson, ReportJson } from "../../src/app/json";
import { badFile, corpus, runCli, sha256, tempDir } from "./support";

const CASES = corpus();
let dir: string;

beforeAll(async () => {
  dir = await tempDir("bad");
});
afterAll(async () => {
  await fs.rm(dir, { recursive: true, force: true });
});

test("the corpus is big enough and every case has a committed file", async () => {
  expect(CASES.length).toBeGreaterThanOrEqual(80);
  for (const c of CASES) await expect(fs.stat(badFile(c.file))).resolves.toBeDefined();
});

const matches = (issue: IssueJson, want: { rule: string; cell?: string; sheet?: string; severity?: string }) =>
  issue.rule === want.rule &&
  (want.cell === undefined || issue.cell === want.cell) &&
  (want.sheet === undefined || issue.sheet === want.sheet) &&
  (want.severity === undefined || issue.severity === want.severity);

describe.each(CASES.map((c) => [c.file, c] as const))("%s", (file, c) => {
  test(c.what, async () => {
    const json = path.join(dir, `${file}.json`);
    const before = await sha256(badFile(file));
    const { code, io } = await runCli(["check", badFile(file), "--period", "2023/2024", "--json", json]);
    expect(await sha256(badFile(file))).toBe(before);
    const e = c.expected;
    if (e.outcome === "openError" || e.outcome === "unrecognised") {
      expect(code).toBe(2);
      expect(io.stderr()).toHaveLength(1);
      const line = io.stderr()[0];
      expect(line).not.toContain("\n");
      expect(line).toMatch(/^metodist: /);
      expect(line).toContain(file);
      expect(line).toMatch(/[а-яё]/i);
      if (e.outcome === "openError") expect(line).toContain(e.says);
      else expect(line).toContain("не распознан");
      // compute refuses the same file the same way, and writes nothing.
      const out = path.join(dir, `${file}.out.xlsx`);
      const computed = await runCli(["compute", badFile(file), "--preset", "LK", "--period", "2023/2024", "--out", out]);
      expect(computed.code).toBe(2);
      expect(computed.io.stderr()).toEqual([line]);
      await expect(fs.stat(out)).rejects.toThrow();
      expect(await sha256(badFile(file))).toBe(before);
      return;
    }
    expect(io.stderr()).toEqual([]);
    const report = JSON.parse(await fs.readFile(json, "utf8")) as ReportJson;
    expect(report.sheets.map((s) => s.form)).toEqual(e.forms);
    expect([...new Set(report.issues.map((i) => i.rule))].sort()).toEqual([...e.rules].sort());
    for (const want of e.issues ?? []) {
      expect(report.issues.filter((i) => matches(i, want)).map((i) => i.rule)).toContain(want.rule);
    }
    for (const issue of report.issues) expect(issue.message).toMatch(/[а-яё]/i);
    expect(code).toBe(e.exit);
  });
});
