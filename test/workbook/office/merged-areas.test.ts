import { mergedRangesOf } from "../../../src/workbook/office/merged-areas";

describe("merged areas as Excel lists them → the grid's blocks", () => {
  it.each([
    ["Сверка!A2:A9", [{ top: 1, left: 0, bottom: 8, right: 0 }]],
    ["Сверка!A2:A9,Сверка!B5:C5", [{ top: 1, left: 0, bottom: 8, right: 0 }, { top: 4, left: 1, bottom: 4, right: 2 }]],
    ["Сверка!A2:A9, Сверка!B5:C5", [{ top: 1, left: 0, bottom: 8, right: 0 }, { top: 4, left: 1, bottom: 4, right: 2 }]],
    ["Сверка!$A$2:$A$9", [{ top: 1, left: 0, bottom: 8, right: 0 }]],
    // A quoted name may hold commas, «!» and quotes doubled.
    ["'Сверка, 2024'!A2:A9,'Сверка, 2024'!AA10:AB11", [{ top: 1, left: 0, bottom: 8, right: 0 }, { top: 9, left: 26, bottom: 10, right: 27 }]],
    ["'Итог!1'!B2:C2", [{ top: 1, left: 1, bottom: 1, right: 2 }]],
    ["'Школа ''Родник'''!A1:H1", [{ top: 0, left: 0, bottom: 0, right: 7 }]],
    // Whole rows and columns, as Excel writes them.
    ["Сверка!3:4", [{ top: 2, left: 0, bottom: 3, right: 16_383 }]],
    ["Сверка!B:B", [{ top: 0, left: 1, bottom: 1_048_575, right: 1 }]],
  ])("%p", (address, blocks) => {
    expect(mergedRangesOf(address)).toEqual(blocks);
  });

  it.each([
    ["", "nothing listed"],
    ["Сверка!A2", "a single cell is no merge"],
    ["Сверка!R1C1:R2C2", "not A1 style"],
    ["Сверка", "no cells"],
  ])("%p: no blocks (%s)", (address) => {
    expect(mergedRangesOf(address)).toEqual([]);
  });
});
