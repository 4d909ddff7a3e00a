import { spawnSync } from "child_process";
import { existsSync, mkdtempSync, rmSync } from "fs";
import { tmpdir } from "os";
import path from "path";

/**
 * The `metodist` command as a user starts it: bin/metodist.js starts the engine in a second process
 * and passes its output and exit status through.
 */
const ROOT = path.join(__dirname, "..", "..");
const BIN = path.join(ROOT, "bin", "metodist.js");
const EXAMPLE = path.join(ROOT, "examples", "municipality.xlsx");

function metodist(args: string[], env: NodeJS.ProcessEnv = {}) {
  return spawnSync(process.execPath, [BIN, ...args], { cwd: ROOT, encoding: "utf8", env: { ...process.env, METODIST_TODAY: "2024-06-20", ...env }, timeout: 120_000 });
}

describe("the metodist command", () => {
  test("passes the engine's report and its exit status through (check found errors: 1)", () => {
    const r = metodist(["check", EXAMPLE, "--period", "2023/2024"]);
    expect(r.status).toBe(1);
    expect(r.stdout).toMatch(/Ошибок: \d+, предупреждений: \d+/);
    expect(r.stderr).toBe("");
  });

  test("a user's mistake is one Russian line and status 2", () => {
    const r = metodist(["check", "нет-такого-файла.xlsx"]);
    expect(r.status).toBe(2);
    expect(r.stderr).toBe("metodist: «нет-такого-файла.xlsx»: файл не найден — проверьте путь и имя файла\n");
  });

  test("an engine out of memory is said in Russian with status 2, without V8's dump", () => {
    const dir = mkdtempSync(path.join(tmpdir(), "metodist-oom-"));
    try {
      const out = path.join(dir, "out.xlsx");
      // 8 MB: far too little for the example's report; the user's own NODE_OPTIONS heap is kept, as it must be.
      const r = metodist(["compute", EXAMPLE, "--preset", "LK,DZ,AL,KL,BM", "--period", "2023/2024", "--out", out], { NODE_OPTIONS: "--max-old-space-size=8" });
      expect(r.status).toBe(2);
      expect(r.stderr).toMatch(/^metodist: не хватило памяти \(Node\.js может занять \d+ МБ\) — книги слишком велики для этого компьютера/);
      expect(r.stderr).not.toMatch(/FATAL|<---|Native stack/);
      expect(existsSync(out)).toBe(false);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
