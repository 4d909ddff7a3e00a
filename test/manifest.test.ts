import { execFileSync } from "node:child_process";
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import os from "node:os";
import path from "node:path";

const ROOT = path.resolve(__dirname, "..");
const XSD_DIR = path.resolve(ROOT, "../shared/manifest-xsd");
const MANIFEST = path.join(ROOT, "manifest.xml");
const xml = readFileSync(MANIFEST, "utf8");

function hasXmllint(): boolean {
  try {
    execFileSync("xmllint", ["--version"], { stdio: "ignore" });
    return true;
  } catch {
    return false;
  }
}

/** Validates with Debian's xmllint, or with xmllint-wasm (same libxml2) when the binary is absent. */
async function validate(file: string): Promise<{ valid: boolean; errors: string }> {
  if (hasXmllint()) {
    try {
      execFileSync("xmllint", ["--noout", "--schema", path.join(XSD_DIR, "OfficeAppManifestV1_1.xsd"), file], { stdio: "pipe" });
      return { valid: true, errors: "" };
    } catch (e) {
      return { valid: false, errors: String((e as { stderr?: Buffer }).stderr ?? e) };
    }
  }
  const { validateXML } = await import("xmllint-wasm");
  const schemas = ["OfficeAppManifestV1_1.xsd", "OfficeAppBasicTypesV1_0.xsd", "TaskPaneAppVersionOverridesV1_0.xsd", "MailAppVersionOverridesV1_0.xsd", "MailAppVersionOverridesV1_1.xsd", "ContentAppVersionOverridesV1_0.xsd"];
  const r = await validateXML({
    xml: [{ fileName: "manifest.xml", contents: readFileSync(file, "utf8") }],
    schema: [{ fileName: schemas[0], contents: readFileSync(path.join(XSD_DIR, schemas[0]), "utf8") }],
    preload: schemas.slice(1).map((f) => ({ fileName: f, contents: readFileSync(path.join(XSD_DIR, f), "utf8") })),
  });
  // rawOutput also carries libxml2's «manifest.xml validates» line: only the errors are errors.
  return { valid: r.valid, errors: r.errors.map((e) => e.rawMessage).join("\n") };
}

function pngSize(file: string): [number, number] {
  const b = readFileSync(file);
  expect(b.subarray(1, 4).toString("ascii")).toBe("PNG");
  return [b.readUInt32BE(16), b.readUInt32BE(20)];
}

describe("manifest.xml", () => {
  it("validates against Microsoft's add-in manifest schema offline", async () => {
    expect(existsSync(XSD_DIR)).toBe(true);
    const r = await validate(MANIFEST);
    expect(r.errors).toBe("");
    expect(r.valid).toBe(true);
  });

  it("is the Russian Excel task-pane add-in «Методист»", () => {
    expect(xml).toMatch(/xsi:type="TaskPaneApp"/);
    expect(xml).toMatch(/<Host Name="Workbook"\/>/);
    expect(xml).toMatch(/<DisplayName DefaultValue="Методист"\/>/);
    expect(xml).toMatch(/<DefaultLocale>ru-RU<\/DefaultLocale>/);
  });

  it("puts a «Методист» group on the Home tab with the three buttons and their actions", () => {
    const group = /<OfficeTab id="TabHome">([\s\S]*?)<\/OfficeTab>/.exec(xml)![1];
    const controls = [...group.matchAll(/<Control xsi:type="Button" id="([^"]+)">[\s\S]*?<Label resid="([^"]+)"\/>[\s\S]*?<Action xsi:type="(\w+)">\s*<(?:FunctionName|TaskpaneId)>([^<]+)</g)].map((m) => {
      const label = new RegExp(`<bt:String id="${m[2]}" DefaultValue="([^"]+)"`).exec(xml)![1];
      return [label, m[3], m[4]];
    });
    expect(controls).toEqual([
      ["Проверить", "ExecuteFunction", "checkWorkbook"],
      ["Рассчитать показатели", "ExecuteFunction", "computeIndicators"],
      ["Открыть панель", "ShowTaskpane", "Metodist.Taskpane"],
    ]);
    expect(/<bt:String id="Group.Label" DefaultValue="([^"]+)"/.exec(xml)![1]).toBe("Методист");
  });

  it("points every URL at the dev server and every icon at a real PNG of its size", () => {
    const urls = [...xml.matchAll(/DefaultValue="(https?:[^"]+)"/g)].map((m) => m[1]);
    expect(urls.length).toBeGreaterThan(5);
    for (const u of urls) expect(u.startsWith("https://localhost:3000/")).toBe(true);
    const icons = urls.filter((u) => u.endsWith(".png"));
    for (const size of [16, 32, 80, 128]) expect(icons).toContain(`https://localhost:3000/assets/icon-${size}.png`);
    for (const size of [16, 32, 64, 80, 128]) {
      expect(pngSize(path.join(ROOT, "assets", `icon-${size}.png`))).toEqual([size, size]);
    }
  });

  it("is rewritten for production: every URL points at ADDIN_HOST and the result still validates", async () => {
    const saved = process.env.ADDIN_HOST;
    process.env.ADDIN_HOST = "https://imc.example.ru/metodist";
    try {
      // eslint-disable-next-line @typescript-eslint/no-require-imports
      const makeConfig = require("../webpack.config.js") as (env: object, argv: { mode: string }) => { plugins: { patterns?: { to: string; transform?: (b: Buffer) => string | Buffer }[] }[] };
      const patterns = makeConfig({}, { mode: "production" }).plugins.flatMap((p) => p.patterns ?? []);
      const rewritten = String(patterns.find((p) => p.to === "manifest.xml")!.transform!(Buffer.from(xml)));
      expect(rewritten).not.toContain("localhost");
      expect(rewritten).toContain('<SourceLocation DefaultValue="https://imc.example.ru/metodist/taskpane.html"/>');
      expect(rewritten).toContain('DefaultValue="https://imc.example.ru/metodist/assets/icon-80.png"');
      expect(rewritten).toContain("<AppDomain>https://imc.example.ru</AppDomain>");
      const dir = mkdtempSync(path.join(os.tmpdir(), "manifest-"));
      try {
        writeFileSync(path.join(dir, "manifest.xml"), rewritten);
        expect(await validate(path.join(dir, "manifest.xml"))).toEqual({ valid: true, errors: "" });
      } finally {
        rmSync(dir, { recursive: true, force: true });
      }
    } finally {
      if (saved === undefined) delete process.env.ADDIN_HOST;
      else process.env.ADDIN_HOST = saved;
    }
  });
});
