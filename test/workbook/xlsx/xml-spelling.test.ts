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
import { inExcelSpelling, mainPrefix, singleQuoted } from "../../../src/workbook/xlsx/xml-spelling";
import { EXAMPLES, runCli, tempDir } from "../../reliability/support";

const MAIN = "http://schemas.openxmlformats.org/spreadsheetml/2006/main";

type Respell = (xml: string, name: string) => string;

/** SpreadsheetML parts under the prefix `x`. */
const prefixed: Respell = (xml) =>
  xml.includes(`xmlns="${MAIN}"`) ? xml.replace(`xmlns="${MAIN}"`, `xmlns:x="${MAIN}"`).replace(/<(\/?)([A-Za-z][\w.]*)(?=[\s/>])/g, "<$1x:$2") : xml;

/** Every attribute of every part (relationships and content types too) in single quotes. */
const apostrophes: Respell = (xml) =>
  xml.replace(/<[^?!][^>]*>/g, (tag) => tag.replace(/="([^"]*)"/g, (_m, v: string) => `='${v.replace(/'/g, "&apos;")}'`));

/**
 * The package as Excel saves «Strict Open XML Spreadsheet» (ISO/IEC 29500 Strict): the same parts
 * under Strict's namespaces and relationship types, the workbook marked `conformance="strict"`.
 */
const TRANSITIONAL_TO_STRICT: readonly [string, string][] = [
  ["http://schemas.openxmlformats.org/officeDocument/2006/relationships/extended-properties", "http://purl.oclc.org/ooxml/officeDocument/relationships/extendedProperties"],
  ["http://schemas.openxmlformats.org/officeDocument/2006/relationships", "http://purl.oclc.org/ooxml/officeDocument/relationships"],
  ["http://schemas.openxmlformats.org/officeDocument/2006/extended-properties", "http://purl.oclc.org/ooxml/officeDocument/extendedProperties"],
  ["http://schemas.openxmlformats.org/officeDocument/2006/docPropsVTypes", "http://purl.oclc.org/ooxml/officeDocument/docPropsVTypes"],
  ["http://schemas.openxmlformats.org/spreadsheetml/2006/main", "http://purl.oclc.org/ooxml/spreadsheetml/main"],
  ["http://schemas.openxmlformats.org/drawingml/2006/main", "http://purl.oclc.org/ooxml/drawingml/main"],
];
const strict: Respell = (xml) => {
  let out = xml;
  for (const [transitional, iso] of TRANSITIONAL_TO_STRICT) out = out.split(transitional).join(iso);
  return out.replace(/<workbook /, '<workbook conformance="strict" ');
};

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
  ["ISO/IEC 29500 Strict («Strict Open XML»)", strict],
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

/**
 * Regression: a «Strict Open XML» workbook's sheets were copied into the result in Strict's namespaces
 * (a Transitional package holding Strict parts), and their tables and comments were left out: their
 * relationship types were Strict's, which the copy did not know.
 */
describe("a Strict workbook's sheets in the result", () => {
  it("are in the Transitional namespaces and keep the user's table and comment", async () => {
    const dir = await tempDir("strict");
    const book = new ExcelJS.Workbook();
    await book.xlsx.readFile(example);
    const notes = book.addWorksheet("Заметки");
    notes.addTable({ name: "Заметки_ОО", ref: "A1", headerRow: true, columns: [{ name: "Что" }, { name: "Сколько" }], rows: [["курсы", 3], ["конкурсы", 2]] });
    notes.getCell("D1").note = "проверить у ОО";
    const input = join(dir, "строгий.xlsx");
    writeFileSync(input, await respelled(Buffer.from(await book.xlsx.writeBuffer()), strict));
    expect((await JSZip.loadAsync(readFileSync(input)).then((z) => z.file("xl/workbook.xml")!.async("string")))).toContain('conformance="strict"');

    const out = join(dir, "out.xlsx");
    const run = await runCli(["compute", input, "--preset", "LK", "--period", "2023/2024", "--out", out]);
    expect(run.code).toBe(0);
    const zip = await JSZip.loadAsync(readFileSync(out));
    const strictParts: string[] = [];
    for (const name of Object.keys(zip.files)) {
      if (/\.(xml|rels|vml)$/.test(name) && (await zip.file(name)!.async("string")).includes("purl.oclc.org")) strictParts.push(name);
    }
    expect(strictParts).toEqual([]);

    const back = new ExcelJS.Workbook();
    await back.xlsx.readFile(out);
    const copied = back.getWorksheet("Заметки")!;
    expect(copied.getCell("A2").value).toBe("курсы");
    expect(Object.keys((copied as unknown as { tables: Record<string, unknown> }).tables)).toEqual(["Заметки_ОО"]);
    // ExcelJS does not read notes back: the comment is looked for in the package.
    const comments = Object.keys(zip.files).filter((n) => /^xl\/comments\d+\.xml$/.test(n));
    expect(comments).toHaveLength(1);
    expect(await zip.file(comments[0])!.async("string")).toContain("проверить у ОО");
    const rels = await Promise.all(Object.keys(zip.files).filter((n) => n.startsWith("xl/worksheets/_rels/")).map((n) => zip.file(n)!.async("string")));
    expect(rels.some((r) => r.includes(`/relationships/comments" Target="../${comments[0].slice(3)}"`))).toBe(true);
    expect(back.getWorksheet("Сверка кадров")!.rowCount).toBeGreaterThan(700);
  }, 60_000);
});

describe("Strict's names in Transitional spelling", () => {
  test.each<[string, string]>([
    ["http://purl.oclc.org/ooxml/spreadsheetml/main", "http://schemas.openxmlformats.org/spreadsheetml/2006/main"],
    ["http://purl.oclc.org/ooxml/officeDocument/relationships", "http://schemas.openxmlformats.org/officeDocument/2006/relationships"],
    ["http://purl.oclc.org/ooxml/officeDocument/relationships/table", "http://schemas.openxmlformats.org/officeDocument/2006/relationships/table"],
    ["http://purl.oclc.org/ooxml/officeDocument/relationships/extendedProperties", "http://schemas.openxmlformats.org/officeDocument/2006/relationships/extended-properties"],
    ["http://purl.oclc.org/ooxml/officeDocument/customProperties", "http://schemas.openxmlformats.org/officeDocument/2006/custom-properties"],
    ["http://purl.oclc.org/ooxml/drawingml/chart", "http://schemas.openxmlformats.org/drawingml/2006/chart"],
  ])("%s", (iso, transitional) => {
    const part = `<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="${iso}" Target="x.xml"/></Relationships>`;
    expect(inExcelSpelling(Buffer.from(part), true).toString()).toContain(`Type="${transitional}"`);
  });

  it("drops the workbook's conformance mark and leaves a Transitional part as it is", () => {
    const strictBook = `<workbook xmlns="http://purl.oclc.org/ooxml/spreadsheetml/main" conformance="strict"><sheets/></workbook>`;
    expect(inExcelSpelling(Buffer.from(strictBook)).toString()).toBe(`<workbook xmlns="${MAIN}"><sheets/></workbook>`);
    const plain = Buffer.from(`<workbook xmlns="${MAIN}"><sheets/></workbook>`);
    expect(inExcelSpelling(plain)).toBe(plain);
  });
});
