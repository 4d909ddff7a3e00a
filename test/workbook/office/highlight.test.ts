import { cellKey, cellKeyOfAddress, Mark, marksToNote } from "../../../src/workbook/office/highlight";

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

describe("marksToNote: which highlighted cells get a note under the cap", () => {
  const mark = (cell: string, error: boolean): Mark => ({ sheet: "Сверка", cell, error, fill: "", message: "" });
  // Listed as the check lists them: a warning, an error, a warning, an error.
  const marks = [mark("B2", false), mark("C2", true), mark("B3", false), mark("C3", true)];
  test.each<[string, number, string[], number[]]>([
    ["room for all", 10, [], [0, 1, 2, 3]],
    ["errors first, then warnings in the check's order", 3, [], [0, 1, 3]],
    ["only errors when the room is theirs", 2, [], [1, 3]],
    ["no room", 0, [], []],
    ["a cell with the user's note is skipped, its room goes on", 2, ["C2"], [3, 0].sort()],
  ])("%s", (_, room, taken, chosen) => expect(marksToNote(marks, new Set(taken.map((c) => cellKey("Сверка", c))), room)).toEqual(chosen));
});
