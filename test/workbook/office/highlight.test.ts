import { cellKey, cellKeyOfAddress } from "../../../src/workbook/office/highlight";

describe("cellKeyOfAddress: the cell of a comment's place as Excel writes it", () => {
  test.each([
    ["Сверка!B2", cellKey("Сверка", "B2")],
    ["'Сверка кадров'!B2", cellKey("Сверка кадров", "B2")],
    ["'Школа ''Радуга'''!$C$7", cellKey("Школа 'Радуга'", "C7")],
    ["'Итоги!2024'!A1", cellKey("Итоги!2024", "A1")],
    ["КПК!D4:D4", cellKey("КПК", "D4")],
    ["СВЕРКА!B2", cellKey("Сверка", "B2")],
  ])("%s", (address, key) => expect(cellKeyOfAddress(address)).toBe(key));

  test("an address without a sheet has no key", () => expect(cellKeyOfAddress("B2")).toBeNull());
});
