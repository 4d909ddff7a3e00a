import JSZip from "jszip";
import { crc32 } from "zlib";
import { DeflatedText } from "../../../src/workbook/xlsx/deflated-text";
import { ZipReader, writeZip } from "../../../src/workbook/xlsx/zip";

/** What a reader of the package gets for the part, checked against its CRC-32 like Excel does. */
async function readBack(part: ReturnType<DeflatedText["done"]>): Promise<string> {
  const zip = writeZip([["xl/worksheets/sheet1.xml", part]]);
  const js = await JSZip.loadAsync(zip, { checkCRC32: true });
  const text = await js.file("xl/worksheets/sheet1.xml")!.async("string");
  expect(new ZipReader(zip).text("xl/worksheets/sheet1.xml")).toBe(text);
  return text;
}

describe("DeflatedText: a sheet's XML deflated as it is written", () => {
  test("rows past several megabyte pieces read back whole, in order, with a correct checksum", async () => {
    const out = new DeflatedText();
    const rows: string[] = [];
    for (let r = 1; r <= 30_000; r++) {
      const row = `<row r="${r}"><c r="A${r}" t="inlineStr"><is><t>Иванова Мария Петровна № ${r} «тест»</t></is></c></row>`;
      rows.push(row);
      out.push(row);
    }
    const part = out.done();
    const whole = rows.join("");
    expect(part.size).toBe(Buffer.byteLength(whole, "utf8"));
    expect(part.size).toBeGreaterThan(3 << 20);
    expect(part.crc).toBe(crc32(Buffer.from(whole, "utf8")) >>> 0);
    expect(await readBack(part)).toBe(whole);
  });

  test("a text longer than a piece, and characters outside the BMP, keep their bytes", async () => {
    const out = new DeflatedText();
    const long = "Ж".repeat(700_000); // 1.4 MB of UTF-8: more than a piece on its own
    out.push("<a>");
    out.push(long);
    out.push("😀</a>");
    expect(await readBack(out.done())).toBe(`<a>${long}😀</a>`);
  });

  test("the opening written after the rows goes first: append keeps the order and the checksum", async () => {
    const rows = new DeflatedText();
    for (let r = 1; r <= 20_000; r++) rows.push(`<row r="${r}"><c r="A${r}"><v>${r}</v></c></row>`);
    const sheet = new DeflatedText();
    sheet.push('<worksheet><dimension ref="A1:A20000"/><sheetData>');
    sheet.append(rows);
    sheet.push("</sheetData></worksheet>");
    const text = await readBack(sheet.done());
    expect(text.startsWith('<worksheet><dimension ref="A1:A20000"/><sheetData><row r="1">')).toBe(true);
    expect(text.endsWith('<row r="20000"><c r="A20000"><v>20000</v></c></row></sheetData></worksheet>')).toBe(true);
    expect(text.match(/<row /g)).toHaveLength(20_000);
  });

  test("nothing written is an empty part", async () => {
    expect(await readBack(new DeflatedText().done())).toBe("");
  });
});
