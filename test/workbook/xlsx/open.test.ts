import ExcelJS from "exceljs";
import JSZip from "jszip";
import { mkdirSync, writeFileSync } from "fs";
import { join } from "path";
import { openWorkbookFile, WorkbookOpenError, WorkbookOpenFailure } from "../../../src/workbook/xlsx/open";
import { sniffFileKind } from "../../../src/workbook/xlsx/sniff";
import { tempDir } from "./support";

const OLE_MAGIC = Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]);

/**
 * A Compound File Binary skeleton: the 512-byte header and one 512-byte directory sector with
 * 128-byte entries named in UTF-16LE, as Excel writes them. Not a CFB a reader could walk (no FAT),
 * but exactly the bytes the detector looks at; a real encrypted .xlsx needs Excel or msoffcrypto to make.
 */
function cfb(streamNames: string[]): Buffer {
  const header = Buffer.alloc(512);
  OLE_MAGIC.copy(header, 0);
  header.writeUInt16LE(0x003e, 24); // minor version
  header.writeUInt16LE(0x0003, 26); // major version 3 (512-byte sectors)
  header.writeUInt16LE(0xfffe, 28); // little-endian
  header.writeUInt16LE(9, 30); // sector shift
  const dir = Buffer.alloc(512);
  ["Root Entry", ...streamNames].slice(0, 4).forEach((name, i) => {
    const bytes = Buffer.from(name, "utf16le");
    bytes.copy(dir, i * 128);
    dir.writeUInt16LE(bytes.length + 2, i * 128 + 64);
    dir.writeUInt8(i === 0 ? 5 : 2, i * 128 + 66);
  });
  return Buffer.concat([header, dir]);
}

async function expectFailure(path: string, failure: WorkbookOpenFailure, words: RegExp): Promise<void> {
  const err = await openWorkbookFile(path).then(
    () => null,
    (e: unknown) => e,
  );
  expect(err).toBeInstanceOf(WorkbookOpenError);
  const e = err as WorkbookOpenError;
  expect(e.failure).toBe(failure);
  expect(e.message).toContain(path);
  expect(e.message).toMatch(words);
  expect(e.message).not.toContain("\n");
}

describe("openWorkbookFile", () => {
  const dir = tempDir();
  const file = (name: string, bytes: Buffer | string) => {
    const p = join(dir, name);
    writeFileSync(p, bytes);
    return p;
  };

  it("opens a real workbook", async () => {
    const wb = new ExcelJS.Workbook();
    wb.addWorksheet("Курсы").getCell("A1").value = "ФИО";
    const p = join(dir, "курсы.xlsx");
    await wb.xlsx.writeFile(p);
    const opened = await openWorkbookFile(p);
    expect(opened.sheets.map((w) => w.name)).toEqual(["Курсы"]);
  });

  it.each<[string, () => string, WorkbookOpenFailure, RegExp]>([
    ["a missing file", () => join(dir, "нет-такого.xlsx"), "missing", /не найден/],
    ["an empty file", () => file("пусто.xlsx", Buffer.alloc(0)), "empty", /пустой/],
    ["a CSV renamed .xlsx", () => file("список.xlsx", "ФИО;ОО\nИванова;СОШ 1\n"), "notXlsx", /не книга Excel.*сохраните как/],
    ["an old .xls renamed .xlsx", () => file("старый.xlsx", cfb(["Workbook", "\u0005SummaryInformation"])), "oldXls", /\.xls старого формата — пересохраните/],
    ["a password-protected .xlsx", () => file("секрет.xlsx", cfb(["EncryptionInfo", "EncryptedPackage", "\u0006DataSpaces"])), "encrypted", /защищён паролем — снимите пароль/],
    ["a zip cut in half", () => file("обрыв.xlsx", Buffer.from("PK\u0003\u0004" + "x".repeat(200), "latin1")), "corrupt", /повреждён/],
  ])("explains %s in one Russian line naming the file", async (_what, make, failure, words) => {
    await expectFailure(make(), failure, words);
  });

  it("tells a zip that is not a workbook (a .docx renamed) from a broken one", async () => {
    const zip = new JSZip();
    zip.file("word/document.xml", "<w:document/>");
    const p = file("письмо.xlsx", await zip.generateAsync({ type: "nodebuffer" }));
    await expectFailure(p, "otherArchive", /это не книга Excel, а архив или документ другого типа/);
  });

  // Regression (QA, 24.11): an .ods was «похоже на текст или CSV», a folder «проверьте права доступа».
  it("tells LibreOffice's .ods (renamed or not) by its mimetype, and says how to save it as .xlsx", async () => {
    const zip = new JSZip();
    zip.file("mimetype", "application/vnd.oasis.opendocument.spreadsheet");
    zip.file("content.xml", "<office:document-content/>");
    const bytes = await zip.generateAsync({ type: "nodebuffer" });
    for (const name of ["школа.ods", "школа-ods.xlsx"]) await expectFailure(file(name, bytes), "ods", /это не книга Excel, а таблица OpenDocument \(\.ods\).*сохраните как «Книга Excel \(\.xlsx\)»/);
  });

  // Input folders are listed by the CLI; «папка/*.xlsx», once advised here, does nothing in cmd.exe or PowerShell.
  it("a folder given where one book is wanted (--history) is called a folder, with no wildcard advice", async () => {
    const folder = join(dir, "папка-школ");
    mkdirSync(folder, { recursive: true });
    await expectFailure(folder, "folder", /это папка, а не файл — укажите книгу \.xlsx из неё$/);
  });

  it("tells an encrypted package from an old .xls by the stream name alone", () => {
    expect(sniffFileKind(cfb(["EncryptionInfo", "EncryptedPackage"]))).toBe("encrypted");
    expect(sniffFileKind(cfb(["Workbook"]))).toBe("oldXls");
    expect(sniffFileKind(Buffer.from("PK\u0003\u0004", "latin1"))).toBe("zip");
  });
});
