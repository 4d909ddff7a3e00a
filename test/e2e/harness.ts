/**
 * The task pane's production build in headless Chromium over an in-memory Excel stand-in: built with
 * webpack, served on 127.0.0.1 with Office.js replaced by test/e2e/standin.js and the FakeExcel of
 * test/workbook/office filled from a seed. Used by the end-to-end test and by `npm run bench`.
 */
import { execFileSync } from "node:child_process";
import { existsSync, readFileSync } from "node:fs";
import http from "node:http";
import path from "node:path";
import { chromium, BrowserContext } from "playwright-core";
import ts from "typescript";

export const ROOT = path.resolve(__dirname, "../..");
export const CHROMIUM = "/usr/bin/chromium";
export const haveChromium = existsSync(CHROMIUM);

export interface SeedSheet {
  name: string;
  rows: (string | number | boolean | null)[][];
  /** [row, column, number format] of cells that have one (dates: a serial with a date format). */
  formats: [number, number, string][];
  /** Merged blocks («A2:A9»): the value in the block's top-left cell, the others empty, as in Excel. */
  merges?: string[];
}

/** The workbook the stand-in Excel starts with. */
export interface Seed {
  file: string;
  sheets: SeedSheet[];
}

/** The production build of the pane into `dist` (≈ 1 min). */
export function buildPane(dist: string): void {
  execFileSync(process.execPath, [path.join(ROOT, "node_modules/webpack-cli/bin/cli.js"), "--mode", "production", "--no-devtool", "--output-path", dist], { cwd: ROOT, stdio: "pipe" });
}

function fakeExcelScript(): string {
  const source = readFileSync(path.join(ROOT, "test/workbook/office/fake-excel.ts"), "utf8");
  const js = ts.transpileModule(source, { compilerOptions: { module: ts.ModuleKind.CommonJS, target: ts.ScriptTarget.ES2020 } }).outputText;
  return `(function(){var exports={};var module={exports:exports};\n${js}\nwindow.__FakeExcel=exports.FakeExcel;})();`;
}

/** Serves `dist` on 127.0.0.1 (any free port), the pane's Office.js replaced by the stand-in over `seed`. */
export function servePane(dist: string, seed: Seed): Promise<http.Server> {
  const extra: Record<string, string> = {
    "/fake-excel.js": fakeExcelScript(),
    "/seed.js": `window.__metodistSeed=${JSON.stringify(seed)};`,
    "/standin.js": readFileSync(path.join(__dirname, "standin.js"), "utf8"),
  };
  const types: Record<string, string> = { ".html": "text/html; charset=utf-8", ".js": "text/javascript; charset=utf-8", ".png": "image/png", ".xml": "application/xml" };
  const server = http.createServer((req, res) => {
    const url = decodeURIComponent((req.url ?? "/").split("?")[0]);
    if (extra[url] !== undefined) {
      res.writeHead(200, { "content-type": types[".js"] });
      res.end(extra[url]);
      return;
    }
    const file = path.join(dist, path.normalize(url).replace(/^([/\\])+/, ""));
    if (!file.startsWith(dist) || !existsSync(file)) {
      res.writeHead(404);
      res.end();
      return;
    }
    let body: string | Buffer = readFileSync(file);
    // The ribbon's commands page gets the same stand-in: both runtimes of the add-in over one origin.
    if (url === "/taskpane.html" || url === "/commands.html") {
      body = body.toString("utf8").replace(/<script[^>]*appsforoffice\.microsoft\.com[^>]*><\/script>/, '<script src="/fake-excel.js"></script><script src="/seed.js"></script><script src="/standin.js"></script>');
    }
    res.writeHead(200, { "content-type": types[path.extname(file)] ?? "application/octet-stream" });
    res.end(body);
  });
  return new Promise((resolve) => server.listen(0, "127.0.0.1", () => resolve(server)));
}

/** Headless Chromium with a fresh profile in `profile`: nothing cached or remembered from earlier runs. */
export function launchChromium(profile: string, extraArgs: readonly string[] = []): Promise<BrowserContext> {
  return chromium.launchPersistentContext(profile, {
    executablePath: CHROMIUM,
    headless: true,
    viewport: { width: 360, height: 900 },
    deviceScaleFactor: 1,
    args: ["--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run", "--disable-background-networking", "--disable-component-update", "--disable-sync", ...extraArgs],
  });
}
