import { sheetLookup } from "../../../src/workbook/office/meta";

describe("sheetLookup: a sheet by a name as an issue or a record spells it", () => {
  const sheets = [
    { name: "Сверка кадров", id: "1" },
    { name: "КПК", id: "2" },
    { name: "Ёлочка", id: "3" },
    // Excel forbids two names that differ only in case; a stale list may still hold both: the first wins, as find gives.
    { name: "кпк", id: "4" },
  ];
  const find = sheetLookup(sheets, (s) => s.name);
  test.each<[string, string | undefined]>([
    ["Сверка кадров", "1"],
    ["СВЕРКА КАДРОВ", "1"],
    ["кпк", "2"],
    ["ЁЛОЧКА", "3"],
    ["Елочка", undefined],
    ["Сверка", undefined],
    ["", undefined],
  ])("«%s» → sheet %s", (name, id) => {
    expect(find(name)?.id).toBe(id);
    // Asked again (answered from what it remembers): the same answer.
    expect(find(name)?.id).toBe(id);
  });
});
