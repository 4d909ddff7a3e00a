/** Shared helpers for the .xlsx adapter tests: temp dirs, LibreOffice rendering, package reading. */
import { execFileSync, spawnSync } from "child_process";
import { createHash } from "crypto";
import { mkdtempSync, readFileSync, readdirSync, rmSync } from "fs";
import { tmpdir } from "os";
import { join } from "path";
import JSZip from "jszip";

export function tempDir(prefix = "metodist-xlsx-"): string {
  return mkdtempSync(join(tmpdir(), prefix));
}

export function sha256(path: string): string {
  return createHash("sha256").update(readFileSync(path)).digest("hex");
}

export async function partText(buf: Buffer, path: string): Promise<string> {
  const zip = await JSZip.loadAsync(buf);
  const f = zip.file(path);
  if (!f) throw new Error(`part ${path} missing; parts: ${Object.keys(zip.files).join(", ")}`);
  return f.async("string");
}

export async function partNames(buf: Buffer): Promise<string[]> {
  return Object.keys((await JSZip.loadAsync(buf)).files);
}

export const hasSoffice = spawnSync("sh", ["-c", "command -v soffice"]).status === 0;

/**
 * LibreOffice tests run whenever soffice exists, and must run in CI; locally without it they are
 * skipped with a message instead of failing.
 */
export function describeWithLibreOffice(name: string, body: () => void): void {
  if (hasSoffice) {
    describe(name, body);
    return;
  }
  if (process.env.CI === "true") {
    describe(name, () => {
      it("needs LibreOffice (soffice) in CI", () => {
        throw new Error("soffice is not installed: install libreoffice-calc-nogui and poppler-utils (TOOLCHAIN.md)");
      });
    });
    return;
  }
  describe(name, () => {
    it.skip("skipped: soffice is not installed (apt-get install libreoffice-calc-nogui poppler-utils)", () => undefined);
  });
}

/** Converts with a fresh LibreOffice profile per run (a shared profile locks and crashes). */
export function sofficeConvert(file: string, outDir: string, target: string): string[] {
  const profile = tempDir("metodist-lo-profile-");
  try {
    execFileSync("soffice", ["--headless", "--norestore", `-env:UserInstallation=file://${profile}`, "--convert-to", target, "--outdir", outDir, file], {
      stdio: "pipe",
      timeout: 120_000,
    });
  } finally {
    rmSync(profile, { recursive: true, force: true });
  }
  return readdirSync(outDir);
}

export const CSV_UTF8 = "csv:Text - txt - csv (StarCalc):44,34,76,1,,0,false,true,true,false,false,-1";

/** Minimal CSV parsing for LibreOffice's output (quotes, doubled quotes; no embedded newlines in our data). */
export function parseCsv(text: string): string[][] {
  return text
    .split(/\r?\n/)
    .filter((l) => l.length > 0)
    .map((line) => {
      const out: string[] = [];
      let cur = "";
      let quoted = false;
      for (let i = 0; i < line.length; i++) {
        const ch = line[i];
        if (quoted) {
          if (ch === '"' && line[i + 1] === '"') {
            cur += '"';
            i++;
          } else if (ch === '"') quoted = false;
          else cur += ch;
        } else if (ch === '"') quoted = true;
        else if (ch === ",") {
          out.push(cur);
          cur = "";
        } else cur += ch;
      }
      out.push(cur);
      return out;
    });
}
