import ExcelJS from "exceljs";
import JSZip from "jszip";
import { InputBook } from "../../../src/workbook/xlsx/input-book";
import { PackageBuilder } from "../../../src/workbook/xlsx/package-builder";
import { ZipReader } from "../../../src/workbook/xlsx/zip";

/** A school's workbook as ExcelJS saves it, the first sheet marked as the selected tab as Excel marks it. */
async function schoolBook(): Promise<Buffer> {
  const wb = new ExcelJS.Workbook();
  const roster = wb.addWorksheet("Сверка кадров");
  roster.addRow(["ФИО", "Стаж"]);
  roster.addRow(["Иванова Мария Петровна", 12]);
  const courses = wb.addWorksheet("КПК");
  courses.addRow(["ФИО", "Программа", "Часы"]);
  for (let r = 0; r < 500; r++) courses.addRow([`Педагог ${r}`, "Функциональная грамотность", 36]);
  const zip = await JSZip.loadAsync(await wb.xlsx.writeBuffer());
  const first = await zip.file("xl/worksheets/sheet1.xml")!.async("string");
  zip.file("xl/worksheets/sheet1.xml", first.replace("<sheetFormatPr", '<sheetViews><sheetView tabSelected="1" workbookViewId="0"/></sheetViews><sheetFormatPr'));
  return Buffer.from(await zip.generateAsync({ type: "uint8array", compression: "DEFLATE" }));
}

async function cell(xlsx: Buffer, sheet: string, address: string): Promise<unknown> {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.load(xlsx as unknown as ArrayBuffer);
  return wb.getWorksheet(sheet)!.getCell(address).value;
}

/** Sets the CRC-32 the central directory gives a part, as a damaged file would have it. */
function withWrongChecksum(zip: Buffer, part: string): Buffer {
  const out = Buffer.from(zip);
  const name = Buffer.from(part);
  for (let p = out.length - 22; p >= 0; p--) {
    if (out.readUInt32LE(p) !== 0x02014b50) continue;
    const len = out.readUInt16LE(p + 28);
    if (out.subarray(p + 46, p + 46 + len).equals(name)) {
      out.writeUInt32LE((out.readUInt32LE(p + 16) ^ 0xffff) >>> 0, p + 16);
      return out;
    }
  }
  throw new Error(`no ${part}`);
}

/**
 * The school's workbook with an embedded document and a check box on the courses sheet whose parts
 * are not in the file (a tool that stripped them left the sheet naming them), so no relationship of
 * the sheet is dropped by the copy: only the marks themselves say the sheet must be edited.
 */
async function withDanglingEmbeddedObjects(): Promise<Buffer> {
  const zip = await JSZip.loadAsync(await schoolBook());
  const xml = await zip.file("xl/worksheets/sheet2.xml")!.async("string");
  const embedded =
    '<oleObjects><oleObject progId="Word.Document.12" shapeId="1025" r:id="rId7"/></oleObjects>' +
    '<controls><control shapeId="1026" r:id="rId8" name="CheckBox1"/></controls>';
  zip.file("xl/worksheets/sheet2.xml", xml.replace("</worksheet>", `${embedded}</worksheet>`));
  zip.remove("xl/worksheets/_rels/sheet2.xml.rels");
  return Buffer.from(await zip.generateAsync({ type: "uint8array", compression: "DEFLATE" }));
}

/** The school's workbook whose courses sheet has a cell that spells the marks a copy edits, as text. */
async function withMarksAsCellText(): Promise<Buffer> {
  const zip = await JSZip.loadAsync(await schoolBook());
  const xml = await zip.file("xl/worksheets/sheet2.xml")!.async("string");
  const note = '<row r="502"><c r="A502" t="inlineStr"><is><t>&lt;controls&gt; tabSelected &lt;oleObjects&gt;</t></is></c></row>';
  zip.file("xl/worksheets/sheet2.xml", xml.replace("</sheetData>", `${note}</sheetData>`));
  return Buffer.from(await zip.generateAsync({ type: "uint8array", compression: "DEFLATE" }));
}

function copyAll(input: Buffer): { book: InputBook; out: ZipReader; bytes: Buffer } {
  const book = new InputBook(new ZipReader(input));
  const builder = new PackageBuilder();
  for (const sheet of book.sheets) builder.addSheet({ book, sheet, name: sheet.name });
  const bytes = builder.toBuffer();
  return { book, out: new ZipReader(bytes), bytes };
}

describe("copying the schools' sheets into the output", () => {
  test("a sheet the copy changes nothing in goes over as stored: same compressed bytes, same cells", async () => {
    const { book, out, bytes } = copyAll(await schoolBook());
    const courses = book.sheets.find((s) => s.name === "КПК")!;
    expect(out.deflated("xl/worksheets/sheet2.xml")!.deflated[0].equals(book.zip.deflated(courses.path)!.deflated[0])).toBe(true);
    await JSZip.loadAsync(bytes, { checkCRC32: true });
    expect(await cell(bytes, "КПК", "A501")).toBe("Педагог 499");
    expect(await cell(bytes, "КПК", "C501")).toBe(36);
  });

  test("the selected tab is still unselected, so Excel does not open the sheets grouped", async () => {
    const input = await schoolBook();
    const roster = new InputBook(new ZipReader(input)).sheets[0];
    expect(new ZipReader(input).text(roster.path)).toMatch(/tabSelected="1"/);
    const { out, bytes } = copyAll(input);
    expect(out.text("xl/worksheets/sheet1.xml")).not.toMatch(/tabSelected/);
    expect(await cell(bytes, "Сверка кадров", "A2")).toBe("Иванова Мария Петровна");
  });

  test("a cell whose text spells what a copy edits is only text: the sheet still goes over as stored", async () => {
    const input = await withMarksAsCellText();
    const courses = new InputBook(new ZipReader(input)).sheets[1];
    const { out, bytes } = copyAll(input);
    expect(out.deflated("xl/worksheets/sheet2.xml")!.deflated[0].equals(new ZipReader(input).deflated(courses.path)!.deflated[0])).toBe(true);
    await JSZip.loadAsync(bytes, { checkCRC32: true });
    expect(await cell(bytes, "КПК", "A502")).toBe("<controls> tabSelected <oleObjects>");
  });

  test("a sheet whose stored checksum is wrong is written afresh, with a right one", async () => {
    const damaged = withWrongChecksum(await schoolBook(), "xl/worksheets/sheet2.xml");
    const { out, bytes } = copyAll(damaged);
    await JSZip.loadAsync(bytes, { checkCRC32: true });
    expect(await cell(bytes, "КПК", "A501")).toBe("Педагог 499");
    expect(out.deflated("xl/worksheets/sheet2.xml")!.deflated[0].equals(new ZipReader(damaged).deflated("xl/worksheets/sheet2.xml")!.deflated[0])).toBe(false);
  });

  test("embedded objects and controls whose parts the file lacks are left out of the copy, which Excel would call damaged", async () => {
    const input = await withDanglingEmbeddedObjects();
    const courses = new InputBook(new ZipReader(input)).sheets[1];
    expect(new ZipReader(input).text(courses.path)).toMatch(/<oleObjects>[\s\S]*<controls>/);
    const { out, bytes } = copyAll(input);
    const copied = out.text("xl/worksheets/sheet2.xml")!;
    expect(copied).not.toMatch(/<oleObjects|<controls|rId7|rId8/);
    await JSZip.loadAsync(bytes, { checkCRC32: true });
    expect(await cell(bytes, "КПК", "A501")).toBe("Педагог 499");
    expect(await cell(bytes, "КПК", "C501")).toBe(36);
  });
});
