import { hyperlinkFormula } from "../../src/workbook/hyperlink";
import { quoteSheet } from "../../src/workbook/sheet-name";

describe("links written as HYPERLINK formulas (Excel 2016, and past a sheet's 65 530 native links)", () => {
  const long = "а".repeat(300);
  test.each([
    ["a plain sheet and a row number", "Сверка кадров", "A12", 12, `HYPERLINK("#'Сверка кадров'!A12",12)`],
    ["a quote in the sheet's name is doubled", "Лист 'А'", "B3", 3, `HYPERLINK("#'Лист ''А'''!B3",3)`],
    ["a double quote in the shown text is doubled", "КПК", "C5", 'курсы "Цифра"', `HYPERLINK("#'КПК'!C5","курсы ""Цифра""")`],
    ["text over 255 characters is joined with &", "КПК", "A1", long, `HYPERLINK("#'КПК'!A1","${"а".repeat(255)}"&"${"а".repeat(45)}")`],
    ["empty text is still a literal", "КПК", "A1", "", `HYPERLINK("#'КПК'!A1","")`],
  ])("%s", (_what, sheet, cell, shown, formula) => {
    expect(hyperlinkFormula(sheet, cell, shown)).toBe(formula);
  });

  test.each([
    ["Сверка кадров", "'Сверка кадров'"],
    ["O'Brien's", "'O''Brien''s'"],
    ["", "''"],
  ])("the sheet %p is named %p in formulas", (name, quoted) => {
    expect(quoteSheet(name)).toBe(quoted);
  });
});
