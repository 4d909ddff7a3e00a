/** Shared helpers for the .xlsx adapter tests: temp dirs, LibreOffice rendering, package reading. */
import { execFileSync, spawnSync } from "child_process";
import { createHash } from "crypto";
import { mkdirSync, mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from "fs";
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

/**
 * Converts with a fresh LibreOffice profile per run (a shared profile locks and crashes); `settings`
 * is written into that profile's registrymodifications.xcu first.
 */
export function sofficeConvert(file: string, outDir: string, target: string, settings?: string): string[] {
  const profile = tempDir("metodist-lo-profile-");
  if (settings) {
    mkdirSync(join(profile, "user"), { recursive: true });
    writeFileSync(join(profile, "user", "registrymodifications.xcu"), settings);
  }
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

/** LibreOffice keeps the cached values of files that say Excel wrote them; this profile makes it recalculate on load. */
const ALWAYS_RECALC =
  '<?xml version="1.0" encoding="UTF-8"?>\n<oor:items xmlns:oor="http://openoffice.org/2001/registry" xmlns:xs="http://www.w3.org/2001/XMLSchema" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance">' +
  '<item oor:path="/org.openoffice.Office.Calc/Formula/Load"><prop oor:name="OOXMLRecalcMode" oor:op="fuse"><value>0</value></prop></item></oor:items>\n';

/** Converts with recalculation forced (fresh profile), e.g. to CSV to compare live formula values with the caches. */
export function sofficeConvertRecalculated(file: string, outDir: string, target: string): string[] {
  return sofficeConvert(file, outDir, target, ALWAYS_RECALC);
}

/** A page of a PDF as raw RGB pixels (pdftoppm's PPM output needs no image library to read). */
export function pdfPageRgb(pdf: string, page: number, dpi: number): { width: number; height: number; rgb: Buffer } {
  const ppm = execFileSync("pdftoppm", ["-r", String(dpi), "-f", String(page), "-l", String(page), "-singlefile", pdf], { maxBuffer: 64 * 1024 * 1024 });
  // Header: "P6\n<width> <height>\n255\n"
  let pos = 0;
  const fields: string[] = [];
  while (fields.length < 4) {
    while (/\s/.test(String.fromCharCode(ppm[pos]))) pos++;
    let tok = "";
    while (!/\s/.test(String.fromCharCode(ppm[pos]))) tok += String.fromCharCode(ppm[pos++]);
    fields.push(tok);
  }
  pos++;
  return { width: Number(fields[1]), height: Number(fields[2]), rgb: ppm.subarray(pos) };
}

/** How many pixels are within `tolerance` of the colour (hex "4472C4") on each channel. */
export function countColour(img: { rgb: Buffer }, hex: string, tolerance = 40): number {
  const r = parseInt(hex.slice(0, 2), 16);
  const g = parseInt(hex.slice(2, 4), 16);
  const b = parseInt(hex.slice(4, 6), 16);
  let n = 0;
  for (let i = 0; i + 2 < img.rgb.length; i += 3) {
    if (Math.abs(img.rgb[i] - r) <= tolerance && Math.abs(img.rgb[i + 1] - g) <= tolerance && Math.abs(img.rgb[i + 2] - b) <= tolerance) n++;
  }
  return n;
}
