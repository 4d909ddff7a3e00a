import JSZip from "jszip";
import { DeflatedText } from "../../../src/workbook/xlsx/deflated-text";
import { ZipReader, writeZip } from "../../../src/workbook/xlsx/zip";

describe("writeZip: a part written in pieces", () => {
  // A sheet of a million rows is deflated piece by piece into one stream (as pigz does); any reader
  // must get the same bytes, with the checksum over the whole part.
  const piece = (i: number, size: number) => Buffer.from(`<row r="${i}">${"Иванова Мария Петровна; ".repeat(size)}</row>`, "utf8");
  const pieces = Array.from({ length: 7 }, (_, i) => piece(i + 1, 5_000 + i * 997));
  const whole = Buffer.concat(pieces);

  test("reads back whole, by our reader and by JSZip with its CRC-32 check", async () => {
    const sheet = new DeflatedText();
    for (const p of pieces) sheet.push(p.toString("utf8"));
    const zip = writeZip([["a.txt", "первая часть"], ["xl/worksheets/sheet1.xml", sheet.done()], ["b.bin", Buffer.from([1, 2, 3])]]);
    const ours = new ZipReader(zip);
    expect(ours.bytes("xl/worksheets/sheet1.xml")!.equals(whole)).toBe(true);
    expect(ours.text("a.txt")).toBe("первая часть");
    const js = await JSZip.loadAsync(zip, { checkCRC32: true });
    expect((await js.file("xl/worksheets/sheet1.xml")!.async("nodebuffer")).equals(whole)).toBe(true);
    expect([...(await js.file("b.bin")!.async("nodebuffer"))]).toEqual([1, 2, 3]);
  });

  test("a part of no text is an empty file", async () => {
    const js = await JSZip.loadAsync(writeZip([["empty.xml", ""]]), { checkCRC32: true });
    expect(await js.file("empty.xml")!.async("string")).toBe("");
  });
});
