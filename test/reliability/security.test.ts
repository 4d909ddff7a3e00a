/**
 * Security hygiene: the pane pages allow scripts only from themselves and the Office.js host, the
 * production bundle makes no network request of its own, and no personal data reaches a log.
 */
import { execFile } from "child_process";
import { promises as fs, readdirSync, readFileSync } from "fs";
import * as path from "path";
import { promisify } from "util";
import { checkSheets } from "../../src/app/check";
import { XlsxWorkbook } from "../../src/workbook/xlsx/xlsx-workbook";
import { EXAMPLES, ROOT, TODAY, runCli, tempDir } from "./support";

const OFFICE_HOST = "https://appsforoffice.microsoft.com";
const PAGES = ["src/taskpane/taskpane.html", "src/commands/commands.html"];

/** Directives of the page's Content-Security-Policy meta tag. */
function csp(html: string): Map<string, string[]> {
  // Built pages are minified: the attribute may lose its quotes.
  const m = /<meta\s+http-equiv="?Content-Security-Policy"?\s+content="([^"]*)"/i.exec(html);
  if (!m) return new Map();
  return new Map(
    m[1].split(";").map((d) => d.trim()).filter(Boolean).map((d) => {
      const [name, ...sources] = d.split(/\s+/);
      return [name, sources] as [string, string[]];
    }),
  );
}

/** Sources a page may load from: itself and Office.js; inline data only for images/fonts, inline styles for Fluent UI. */
const ALLOWED_SOURCES: Readonly<Record<string, readonly string[]>> = {
  "default-src": ["'self'"],
  "script-src": ["'self'", OFFICE_HOST],
  "style-src": ["'self'", "'unsafe-inline'"],
  "img-src": ["'self'", "data:"],
  "font-src": ["'self'", "data:"],
  "connect-src": ["'self'", OFFICE_HOST],
  "frame-src": ["'self'", OFFICE_HOST],
  "object-src": ["'none'"],
  "base-uri": ["'self'"],
};

describe.each(PAGES)("%s", (page) => {
  const html = readFileSync(path.join(ROOT, page), "utf8");
  const policy = csp(html);

  test("carries a Content-Security-Policy allowing only itself and the Office.js host", () => {
    expect(policy.get("default-src")).toEqual(["'self'"]);
    expect(policy.get("script-src")).toEqual(expect.arrayContaining(["'self'", OFFICE_HOST]));
    expect(policy.get("object-src")).toEqual(["'none'"]);
    for (const [directive, sources] of policy) {
      expect({ directive, extra: sources.filter((s) => !(ALLOWED_SOURCES[directive] ?? []).includes(s)) }).toEqual({ directive, extra: [] });
    }
    // No script may run inline or from eval.
    expect(policy.get("script-src")).not.toContain("'unsafe-inline'");
    expect(policy.get("script-src")).not.toContain("'unsafe-eval'");
  });

  test("loads scripts only from the Office.js host", () => {
    const srcs = [...html.matchAll(/<script[^>]*\ssrc="([^"]+)"/g)].map((m) => m[1]);
    for (const src of srcs) expect(src.startsWith(`${OFFICE_HOST}/`)).toBe(true);
  });
});

// ---------- the production bundle ----------

/** URLs that may appear in the bundle: the Office.js host and XML namespace names (identifiers, never fetched). */
const URL_ALLOWLIST: readonly RegExp[] = [
  /^https:\/\/appsforoffice\.microsoft\.com\//,
  /^http:\/\/www\.w3\.org\/(1999\/xhtml|2000\/svg|1999\/xlink|XML\/1998\/namespace|1998\/Math\/MathML|2000\/xmlns\/)$/,
  /^http:\/\/schemas\.openxmlformats\.org\//,
  /^http:\/\/schemas\.microsoft\.com\/office\//,
  // React's production error messages link to the decoder page; it is text shown in a thrown error.
  /^https:\/\/reactjs\.org\/docs\/error-decoder\.html\?invariant=$/,
];
const NETWORK_APIS = ["fetch(", "XMLHttpRequest", "WebSocket", "sendBeacon", "EventSource", "importScripts"];

describe("production bundle", () => {
  let dist: string;
  let bundles: { name: string; code: string }[];

  beforeAll(async () => {
    // A fresh build in a folder of our own: a dist/ left by someone else may be stale.
    dist = await tempDir("dist");
    await promisify(execFile)(process.execPath, [path.join(ROOT, "node_modules", "webpack", "bin", "webpack.js"), "--mode", "production", "--output-path", dist], {
      cwd: ROOT,
      maxBuffer: 64 * 1024 * 1024,
    });
    bundles = readdirSync(dist)
      .filter((f) => f.endsWith(".js"))
      .map((name) => ({ name, code: readFileSync(path.join(dist, name), "utf8") }));
  }, 600_000);
  afterAll(async () => {
    await fs.rm(dist, { recursive: true, force: true });
  });

  test("has the pane, the commands page and the legacy notice", () => {
    expect(bundles.map((b) => b.name.split(".")[0]).sort()).toEqual(["commands", "legacy", "taskpane"]);
  });

  test.each(NETWORK_APIS)("calls no %s", (api) => {
    for (const b of bundles) expect({ bundle: b.name, found: b.code.includes(api) }).toEqual({ bundle: b.name, found: false });
  });

  test("names no URL besides the Office.js host and XML namespaces", () => {
    for (const b of bundles) {
      const urls = [...new Set(b.code.match(/https?:\/\/[^\s"'`)\\<>]+/g) ?? [])];
      expect({ bundle: b.name, unexpected: urls.filter((u) => !URL_ALLOWLIST.some((re) => re.test(u))) }).toEqual({ bundle: b.name, unexpected: [] });
    }
  });

  test("built pages keep the policy of their sources", () => {
    for (const page of ["taskpane.html", "commands.html"]) {
      const built = csp(readFileSync(path.join(dist, page), "utf8"));
      expect(built.get("script-src")).toEqual(expect.arrayContaining(["'self'", OFFICE_HOST]));
      expect(built.get("default-src")).toEqual(["'self'"]);
    }
  });
});

// ---------- personal data in logs ----------

describe("no personal data in logs", () => {
  test("library code (domain, report, app, workbook) never writes to the console or the process streams", () => {
    const offenders: string[] = [];
    const walk = (dir: string) => {
      for (const e of readdirSync(dir, { withFileTypes: true })) {
        const p = path.join(dir, e.name);
        if (e.isDirectory()) walk(p);
        else if (/\.tsx?$/.test(e.name) && /\bconsole\.|process\.(stdout|stderr)/.test(readFileSync(p, "utf8"))) offenders.push(path.relative(ROOT, p));
      }
    };
    for (const d of ["domain", "report", "app", "workbook"]) walk(path.join(ROOT, "src", d));
    expect(offenders).toEqual([]);
  });

  test("check and compute over the examples log nothing, and print no ФИО to stderr", async () => {
    const municipality = path.join(EXAMPLES, "municipality.xlsx");
    const school = path.join(EXAMPLES, "schools", "МОУ СОШ № 2.xlsx");
    const sheets = await (await XlsxWorkbook.open([municipality])).readSheets();
    // Real names only: the example plants a roster row with an empty ФИО.
    const names = checkSheets(sheets, { today: TODAY }).dataset.roster.map((r) => r.fullName).filter((n) => n.trim().length >= 5);
    expect(names.length).toBeGreaterThan(500);

    const spies = (["log", "error", "warn", "info", "debug"] as const).map((m) => jest.spyOn(console, m).mockImplementation(() => undefined));
    const out = await tempDir("pii");
    try {
      const runs = [
        await runCli(["check", municipality, "--period", "2023/2024"]),
        await runCli(["compute", school, "--preset", "LK,DZ", "--period", "2023/2024", "--out", path.join(out, "r.xlsx"), "--json", path.join(out, "r.json")]),
        await runCli(["check", path.join(ROOT, "test", "fixtures", "bad", "open-encrypted.xlsx")]),
      ];
      for (const spy of spies) expect(spy).not.toHaveBeenCalled();
      expect(runs.map((r) => r.io.stderr().length)).toEqual([0, 0, 1]);
      const stderr = runs.flatMap((r) => r.io.stderr()).join("\n");
      for (const name of names) expect(stderr.includes(name)).toBe(false);
      // Stdout is the report the user asked for (issue messages may quote a name there): not a log.
      expect(runs[0].io.stdout().length).toBeGreaterThan(0);
    } finally {
      for (const spy of spies) spy.mockRestore();
      await fs.rm(out, { recursive: true, force: true });
    }
  });
});
