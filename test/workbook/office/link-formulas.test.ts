import { LinkFormulas } from "../../../src/workbook/office/link-formulas";
import { hyperlinkFormula } from "../../../src/workbook/hyperlink";

/**
 * Past Excel's 65 530 native links a sheet's links are HYPERLINK formulas, a million of them in a
 * region's «Расшифровка»: LinkFormulas makes the part naming the sheet once. Each formula must be the
 * one hyperlinkFormula writes, and its size what JSON makes of it — the requests are grouped by that
 * size under Excel's 5 MB limit.
 */
describe("HYPERLINK formulas of link cells, the sheet's part made once", () => {
  const renames = new Map([
    ["Данные", "Данные (2)"],
    ["Сверка кадров", "Сверка кадров"],
  ]);
  const long = "Л".repeat(250);
  const longest = "Л".repeat(249);
  test.each([
    ["a row number on a plain sheet", "Сверка кадров", "A12", 12, `=HYPERLINK("#'Сверка кадров'!A12",12)`],
    ["the sheet as this run renamed it", "Данные", "A65532", 65532, `=HYPERLINK("#'Данные (2)'!A65532",65532)`],
    ["a quote in the sheet's name, doubled", "Лист 'А'", "$B$3", 3, `=HYPERLINK("#'Лист ''А'''!$B$3",3)`],
    ["a double quote in the sheet's name", 'Лист "А"', "B3", 3, `=HYPERLINK("#'Лист ""А""'!B3",3)`],
    ["shown text rather than a number", "КПК", "C5", 'курсы "Цифра"', `=HYPERLINK("#'КПК'!C5","курсы ""Цифра""")`],
    ["a target of 255 characters, Excel's most for one literal", longest, "A1", 1, `=HYPERLINK("#'${longest}'!A1",1)`],
    ["a target over 255 characters, joined with &", long, "A1", 1, `=${hyperlinkFormula(long, "A1", 1)}`],
    ["a range rather than a cell", "КПК", "A1:H1", 1, `=HYPERLINK("#'КПК'!A1:H1",1)`],
  ])("%s", (_what, sheet, cell, shown, formula) => {
    const links = new LinkFormulas(renames);
    // Twice: the second call reuses the sheet's part.
    for (let i = 0; i < 2; i++) {
      const out = { v: "" as string | number | boolean, f: "General", bytes: -1 };
      links.make(sheet, cell, shown, out);
      expect(out.v).toBe(formula);
      // In a values array: the JSON string and its comma.
      expect(out.bytes).toBe(Buffer.byteLength(JSON.stringify(formula)) + 1);
    }
  });
});
