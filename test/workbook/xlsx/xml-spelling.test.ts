/**
 * Regression: workbooks spelled as XML allows but Excel never writes them were read as sheets without
 * rows or no sheets at all — «ни один лист не распознан» for files Excel and LibreOffice open as usual:
 * SpreadsheetML under a namespace prefix (`<x:worksheet xmlns:x=…><x:sheetData><x:row>…`, .NET's Open
 * XML SDK by default), and attributes in single quotes. Once read, the single-quoted styles were also
 * merged into the result with a duplicate attribute (xfId) — a workbook Excel would have to repair.
 */
import { readFileSync, writeFileSync } from "fs";
import { join } from "path";
import ExcelJS from "exceljs";
import JSZip from "jszip";
import { workbookFromBuffer } from "../../../src/workbook/xlsx/open";
import { mainPrefix, singleQuoted } from "../../../src/workbook/xlsx/xml-spelling";
import { EXAMPLES, runCli, tempDir } from "../../reliability/support";

const MAIN = "http://schemas.openxmlformats.org/spreadsheetml/2006/main";

type Respell = (xml: string, name: string) => string;

/** SpreadsheetML parts under the prefix `x`. */
const prefixed: Respell = (xml) =>
  xml.includes(`xmlns="${MAIN}"`) ? xml.replace(`xmlns="${MAIN}"`, `xmlns:x="${MAIN}"`).replace(/<(\/?)([A-Za-z][\w.]*)(?=[\s/>])/g, "<$1x:$2") : xml;

/** Every attribute of every part (relationships and content types too) in single quotes. */
const apostrophes: Respell = (xml) =>
  xml.replace(/<[^?!][^>]*>/g, (tag) => tag.replace(/="([^"]*)"/g, (_m, v: string) => `='${v.replace(/'/g, "&apos;")}'`));

async function respelled(buf: Buffer, respell: Respell): Promise<Buffer> {
  const zip = await JSZip.loadAsync(buf);
  for (const name of Object.keys(zip.files)) {
    if (!name.endsWith(".xml") && !name.endsWith(".rels")) continue;
    zip.file(name, respell(await zip.file(name)!.async("string"), name));
  }
  return zip.generateAsync({ type: "nodebuffer", compression: "DEFLATE" });
}

const example = join(EXAMPLES, "municipality.xlsx");

describe.each<[string, Respell]>([
  ["SpreadsheetML under a namespace prefix", prefixed],
  ["attributes in single quotes", apostrophes],
])("%s", (_what, respell) => {
  it("reads every sheet cell for cell as the workbook in Excel's spelling", async () => {
    const plain = readFileSync(example);
    const other = await respelled(plain, respell);
    const a = workbookFromBuffer(plain, "школа.xlsx").readGrids("школа.xlsx");
    const b = workbookFromBuffer(other, "школа.xlsx").readGrids("школа.xlsx");
    expect(b.map((g) => [g.sheet, g.cells.length])).toEqual(a.map((g) => [g.sheet, g.cells.length]));
    expect(b.find((g) => g.sheet === "Сверка кадров")!.cells.length).toBeGreaterThan(700);
    expect(b).toEqual(a);
  });

  it("computes the same indicators, and the result opens", async () => {
    const dir = await tempDir("respelled");
    const input = join(dir, "школа.xlsx");
    writeFileSync(input, await respelled(readFileSync(example), respell));
    const args = ["--preset", "LK,DZ,AL,KL,BM", "--period", "2023/2024"];
    const mine = await runCli(["compute", input, ...args, "--out", join(dir, "out.xlsx"), "--json", join(dir, "out.json")]);
    expect(mine.code).toBe(0);
    const theirs = await runCli(["compute", example, ...args, "--json", join(dir, "plain.json")]);
    expect(theirs.code).toBe(0);
    const values = (file: string) => (JSON.parse(readFileSync(join(dir, file), "utf8")) as { indicators: { id: string; value: unknown; status: unknown }[] }).indicators.map((i) => [i.id, i.value, i.status]);
    expect(values("out.json")).toHaveLength(104);
    expect(values("out.json")).toEqual(values("plain.json"));
    const back = new ExcelJS.Workbook();
    await back.xlsx.readFile(join(dir, "out.xlsx"));
    expect(back.getWorksheet("Сверка кадров")!.rowCount).toBeGreaterThan(700);
    expect(back.getWorksheet("Показатели")).toBeDefined();
  }, 60_000);

});

describe("telling Excel's spelling from others by a part's first bytes", () => {
  test.each<[string, string, string | null]>([
    ["a prefixed worksheet", `<?xml version="1.0"?>\n<x:worksheet xmlns:x="${MAIN}" xmlns:r="r">`, "x"],
    ["Strict's namespace", `<x:workbook xmlns:x="http://purl.oclc.org/ooxml/spreadsheetml/main">`, "x"],
    ["single quotes", `<s:sst xmlns:s='${MAIN}' count='1'>`, "s"],
    ["the usual unprefixed part", `<worksheet xmlns="${MAIN}">`, null],
    ["a prefix for another namespace", `<c:chartSpace xmlns:c="http://schemas.openxmlformats.org/drawingml/2006/chart">`, null],
    ["a root with a default namespace besides", `<x:worksheet xmlns="urn:other" xmlns:x="${MAIN}">`, null],
  ])("the prefix of %s", (_what, head, prefix) => {
    expect(mainPrefix(head)).toBe(prefix);
  });

  test.each<[string, string, boolean]>([
    ["a root in single quotes", `<?xml version="1.0"?><workbook xmlns='${MAIN}' xmlns:r='r'>`, true],
    ["Excel's double quotes", `<?xml version='1.0'?><workbook xmlns="${MAIN}">`, false],
    ["a root without attributes", "<sst>", false],
  ])("%s", (_what, head, single) => {
    expect(singleQuoted(head)).toBe(single);
  });
});
