import { cellRuns, RunOptions } from "../../../src/workbook/office/cell-runs";

interface Item {
  sheet: string;
  cell: string;
  key?: string;
}

const runsOf = (items: Item[], options?: RunOptions) =>
  cellRuns(items.length, (i) => items[i].sheet, (i) => items[i].cell, (i) => items[i].key ?? "", options).map((r) => ({
    sheet: r.sheet,
    key: r.key,
    address: r.address,
    items: r.items,
  }));

describe("cellRuns: highlighted cells as runs down a column", () => {
  test("consecutive rows of a column are one range, whatever the order they come in", () => {
    expect(runsOf([{ sheet: "Сверка", cell: "B4" }, { sheet: "Сверка", cell: "B2" }, { sheet: "Сверка", cell: "B3" }])).toEqual([
      { sheet: "Сверка", key: "", address: "B2:B4", items: [1, 2, 0] },
    ]);
  });

  test.each<[string, Item[], string[]]>([
    ["another column", [{ sheet: "С", cell: "B2" }, { sheet: "С", cell: "C3" }], ["B2", "C3"]],
    ["another sheet", [{ sheet: "С", cell: "B2" }, { sheet: "КПК", cell: "B3" }], ["B2", "B3"]],
    ["another fill", [{ sheet: "С", cell: "B2", key: "#FFC7CE" }, { sheet: "С", cell: "B3", key: "#FFEB9C" }], ["B2", "B3"]],
    ["a row between", [{ sheet: "С", cell: "B2" }, { sheet: "С", cell: "B4" }], ["B2", "B4"]],
  ])("a run breaks at %s", (_, items, addresses) => {
    expect(runsOf(items).map((r) => r.address)).toEqual(addresses);
  });

  test("a read steps over a few unmarked rows (they have no item), never over more", () => {
    const items = [{ sheet: "С", cell: "D10" }, { sheet: "С", cell: "D13" }, { sheet: "С", cell: "D17" }];
    expect(runsOf(items, { maxGap: 2, maxCells: 100 })).toEqual([
      { sheet: "С", key: "", address: "D10:D13", items: [0, -1, -1, 1] },
      { sheet: "С", key: "", address: "D17", items: [2] },
    ]);
  });

  test("no run is longer than maxCells: its answer must fit in one response", () => {
    const items = Array.from({ length: 10 }, (_, i) => ({ sheet: "С", cell: `A${i + 1}` }));
    expect(runsOf(items, { maxGap: 0, maxCells: 4 }).map((r) => r.address)).toEqual(["A1:A4", "A5:A8", "A9:A10"]);
  });

  test("a cell given twice is one cell of the run; the first item stands", () => {
    expect(runsOf([{ sheet: "С", cell: "B2" }, { sheet: "С", cell: "B2" }, { sheet: "С", cell: "B3" }])).toEqual([
      { sheet: "С", key: "", address: "B2:B3", items: [0, 2] },
    ]);
  });

  test("a cell that is not a plain A1 address is left out instead of stopping the rest", () => {
    expect(runsOf([{ sheet: "С", cell: "B2:C3" }, { sheet: "С", cell: "" }, { sheet: "С", cell: "AA100" }]).map((r) => r.address)).toEqual(["AA100"]);
  });
});
