import { CellValue, UNCALCULATED_FORMULA } from "../../../src/domain/grid";
import type { InputBook, InputSheet } from "../../../src/workbook/xlsx/input-book";
import { gridFromSheetXml, SheetXmlError } from "../../../src/workbook/xlsx/read-grid";

/**
 * The worksheet XML as other programs write it, read byte by byte: each case is a <row> and what the
 * domain must see in it. (Workbooks end to end are checked against ExcelJS in read-parity.test.ts.)
 */
const strings = ["Иванова Мария Петровна", "высшая"];
const book = {
  sharedStrings: () => strings.map((text) => ({ xml: `<si><t>${text}</t></si>`, text })),
  // Style 1 shows a date, style 3 a percentage; style 0 and 2 neither.
  dateStyleFlags: () => [false, true, false, false],
  percentStyleFlags: () => [false, false, false, true],
  date1904: false,
} as unknown as InputBook;
const sheet: InputSheet = { name: "Сверка кадров", path: "xl/worksheets/sheet1.xml", state: "visible" } as InputSheet;

function read(sheetData: string, after = ""): readonly (readonly CellValue[])[] {
  const xml = `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><sheetData>${sheetData}</sheetData>${after}</worksheet>`;
  return gridFromSheetXml(Buffer.from(xml, "utf8"), book, sheet, "школа.xlsx").cells;
}

describe("reading worksheet XML as bytes", () => {
  test.each<[string, string, CellValue]>([
    ["text as str, an entity in it", '<c r="A1" t="str"><v>ООО «Рога &amp; копыта»</v></c>', "ООО «Рога & копыта»"],
    ["text as str, none", '<c r="A1" t="str"><v>Иванова</v></c>', "Иванова"],
    ["inline text, one run", '<c r="A1" t="inlineStr"><is><t>школа № 5</t></is></c>', "школа № 5"],
    ["inline text kept with its spaces", '<c r="A1" t="inlineStr"><is><t xml:space="preserve"> с пробелом </t></is></c>', " с пробелом "],
    ["inline rich text runs joined", '<c r="A1" t="inlineStr"><is><r><t>выс</t></r><r><rPr><b/></rPr><t>шая</t></r></is></c>', "высшая"],
    ["inline text with an Excel _x escape", '<c r="A1" t="inlineStr"><is><t>строка_x000D_вторая</t></is></c>', "строка\rвторая"],
    ["inline text with an entity", '<c r="A1" t="inlineStr"><is><t>A &lt; B</t></is></c>', "A < B"],
    ["shared string", '<c r="A1" t="s"><v>1</v></c>', "высшая"],
    ["shared string index out of range", '<c r="A1" t="s"><v>7</v></c>', null],
    ["formula cached as a number under t=s", '<c r="A1" t="s"><f>B1*2</f><v>12.5</v></c>', 12.5],
    ["integer", '<c r="A1"><v>42</v></c>', 42],
    ["negative integer", '<c r="A1" t="n"><v>-17</v></c>', -17],
    ["decimal", '<c r="A1"><v>0.1</v></c>', 0.1],
    ["exponent", '<c r="A1"><v>1.5E-3</v></c>', 0.0015],
    ["sixteen digits", '<c r="A1"><v>1234567890123456</v></c>', 1234567890123456],
    ["number with a <v> attribute", '<c r="A1"><v xml:space="preserve">5</v></c>', 5],
    ["serial under a date style", '<c r="A1" s="1"><v>45170</v></c>', new Date(Date.UTC(2023, 8, 1))],
    ["serial under another style", '<c r="A1" s="2"><v>45170</v></c>', 45170],
    // Regression (QA, 24.11, second): «25 %» in «Значение» was read as 0.25 and shown as 0,3 %.
    ["a share under a % style, as shown", '<c r="A1" s="3"><v>0.25</v></c>', 25],
    ["a share above 100 % under a % style", '<c r="A1" s="3"><v>1.5</v></c>', 150],
    ["a share with a float tail under a % style", '<c r="A1" s="3"><v>0.691</v></c>', 69.1],
    ["boolean false", '<c r="A1" t="b"><v>0</v></c>', false],
    ["boolean true", '<c r="A1" t="b"><v>1</v></c>', true],
    ["error", '<c r="A1" t="e"><v>#N/A</v></c>', { error: "#N/A" }],
    ["formula's cached text", '<c r="A1" t="str"><f>"a"&amp;"b"</f><v>ab</v></c>', "ab"],
    ["empty value", '<c r="A1"><v></v></c>', null],
    // Regression (QA, 24.11): an uncalculated formula read as an empty cell («не заполнено обязательное поле»).
    ["formula with no cached value: never calculated, said so", '<c r="A1"><f>NOW()</f></c>', { error: UNCALCULATED_FORMULA }],
    ["shared formula with no cached value", '<c r="A1" t="str"><f t="shared" si="0"/></c>', { error: UNCALCULATED_FORMULA }],
    ["formula whose result is empty text (<v></v>)", '<c r="A1" t="str"><f>IF(B1="","",B1)</f><v></v></c>', null],
    ["formula whose result is empty text (<v/>)", '<c r="A1" t="str"><f>IF(B1="","",B1)</f><v/></c>', null],
    ["styled empty cell", '<c r="A1" s="2"/>', null],
    ["a value-metadata attribute beside", '<c r="A1" vm="1"><v>3</v></c>', 3],
  ])("%s", (_what, cell, expected) => {
    const rows = read(`<row r="1">${cell}</row>`);
    expect(rows[0]?.[0] ?? null).toEqual(expected);
  });

  test("cells and rows without r follow the ones before; gaps stay empty", () => {
    const rows = read(
      '<row r="2"><c r="B2" t="str"><v>b</v></c><c t="str"><v>c</v></c><c r="E2"><v>5</v></c></row>' +
        '<row><c t="str"><v>a3</v></c></row><row r="5" spans="1:2"/><row r="6"><c r="A6" s="2"/></row>',
    );
    expect(rows).toEqual([[], [null, "b", "c", null, 5], ["a3"]]);
  });

  test("merged blocks: the master keeps its value, the rest is blank", () => {
    const rows = read('<row r="1"><c r="A1" t="str"><v>Школа</v></c><c r="B1" t="str"><v>копия</v></c></row>', '<mergeCells count="1"><mergeCell ref="A1:B1"/></mergeCells>');
    expect(rows).toEqual([["Школа"]]);
  });

  test.each([
    ["a row past Excel's last", '<row r="1048577"><c r="A1048577"><v>1</v></c></row>', "row 1048577"],
    ["a row numbered far past it", '<row r="999999999999"><c><v>1</v></c></row>', "past Excel's last row"],
    ["a cell past Excel's last column", '<row r="1"><c r="XFE1"><v>1</v></c></row>', "column 16385"],
  ])("%s is a broken sheet, not hours of filling empty rows", (_what, data, message) => {
    expect(() => read(data)).toThrow(SheetXmlError);
    expect(() => read(data)).toThrow(message);
  });

  test("Excel's last row and column are still read", () => {
    const rows = read('<row r="1048576"><c r="XFD1048576"><v>7</v></c></row>');
    expect(rows).toHaveLength(1_048_576);
    expect(rows[1_048_575]).toHaveLength(16_384);
    expect(rows[1_048_575][16_383]).toBe(7);
  });

  test("a part that is not a worksheet is refused, by name", () => {
    expect(() => gridFromSheetXml(Buffer.from("<chartsheet/>"), book, sheet, "школа.xlsx")).toThrow(SheetXmlError);
    expect(() => gridFromSheetXml(Buffer.from("<chartsheet/>"), book, sheet, "школа.xlsx")).toThrow("xl/worksheets/sheet1.xml");
  });
});
