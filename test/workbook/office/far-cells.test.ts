import { MAX_READ_CELLS, READ_COLUMNS } from "../../../src/workbook/office/read";
import { FakeExcel } from "./fake-excel";
import { adapter } from "../../support/office-adapter";

/**
 * A stray value far from the table (regression: one cell at XFD1048576 made the used range the whole
 * sheet, and reading it took thousands of requests — the fake Excel did 208 in 40 s and was not a
 * hundredth of the way). Only the columns a table can have are read, one request more; a sheet still
 * too large is not read at all, and the grid says what was left (the check turns that into issues).
 */


const TABLE = [["ОО", "ФИО", "Должность"], ...Array.from({ length: 300 }, (_, i) => ["МБОУ СОШ № 1", `Иванова Мария ${i}`, "учитель"])];

/** The table, and one value at (row, column), 0-based, as a user leaves it by mistake. */
function bookWithStray(row: number | null, column: number, apiVersion = "1.10"): FakeExcel {
  const excel = new FakeExcel({ workbookName: "Мониторинг.xlsx", apiVersion });
  const sheet = excel.addSheet("Сверка кадров", TABLE);
  if (row !== null) {
    sheet.rows[row] ??= [];
    sheet.rows[row][column] = { value: "x", format: "General" };
  }
  return excel;
}

async function read(excel: FakeExcel) {
  const grids = await adapter(excel).readSheets();
  return { grid: grids[0], syncs: excel.syncs };
}

const tableCells = (cells: readonly (readonly unknown[])[]) => cells.slice(0, TABLE.length).map((r) => [...r]);

describe("a sheet used far past its table", () => {
  it("reads the table of a sheet whose used range is the whole sheet, in one request more than without the stray value", async () => {
    const plain = await read(bookWithStray(null, 0));
    const stray = await read(bookWithStray(1_048_575, 16_383));
    expect(tableCells(stray.grid.cells)).toEqual(TABLE);
    expect(stray.grid.cells).toHaveLength(TABLE.length);
    expect(stray.grid.unread).toEqual({ lastCell: "XFD1048576", fromColumn: READ_COLUMNS });
    expect(stray.syncs).toBe(plain.syncs + 1);
    expect(plain.grid.unread).toBeUndefined();
  });

  it("does the same where merged cells are asked for too (ExcelApi 1.13), a merged block of the table still read", async () => {
    const plainBook = bookWithStray(null, 0, "1.13");
    const strayBook = bookWithStray(1_048_575, 16_383, "1.13");
    for (const book of [plainBook, strayBook]) book.sheet("Сверка кадров")!.merges.push("A2:A4");
    const plain = await read(plainBook);
    const stray = await read(strayBook);
    expect(tableCells(stray.grid.cells)).toEqual(TABLE);
    expect(stray.grid.merges).toEqual([{ top: 1, left: 0, bottom: 3, right: 0 }]);
    expect(stray.grid.unread).toEqual({ lastCell: "XFD1048576", fromColumn: READ_COLUMNS });
    expect(stray.syncs).toBe(plain.syncs + 1);
  });

  it("reads rows below the table that hold values within A–IV: a long sheet is data, however empty", async () => {
    const { grid, syncs } = await read(bookWithStray(1_048_575, 0));
    expect(tableCells(grid.cells)).toEqual(TABLE);
    expect(grid.cells).toHaveLength(1_048_576);
    expect(grid.cells[1_048_575]).toEqual(["x"]);
    expect(grid.unread).toBeUndefined();
    // Rows are sized by the heaviest measured so far (the table's): a million rows in about twenty responses.
    expect(syncs).toBeLessThan(30);
  });

  it("does not read a sheet that is still too large within A–IV, and says how large it is", async () => {
    const plain = await read(bookWithStray(null, 0));
    const { grid, syncs } = await read(bookWithStray(1_048_575, READ_COLUMNS - 1));
    expect(grid.cells).toEqual([]);
    expect(grid.unread).toEqual({ lastCell: "IV1048576", fromColumn: null, cells: 1_048_576 * READ_COLUMNS });
    expect(1_048_576 * READ_COLUMNS).toBeGreaterThan(MAX_READ_CELLS);
    // No cells requested at all: the two requests that find the sheets and their used ranges.
    expect(syncs).toBeLessThan(plain.syncs);
  });

  it("reads nothing of a sheet whose only values lie past column IV, and says where they are", async () => {
    const excel = new FakeExcel({ workbookName: "Мониторинг.xlsx" });
    const sheet = excel.addSheet("Заметки");
    sheet.rows[4] = [];
    sheet.rows[4][300] = { value: "черновик", format: "General" };
    const { grid } = await read(excel);
    expect(grid.cells).toEqual([]);
    expect(grid.unread).toEqual({ lastCell: "KO5", fromColumn: READ_COLUMNS });
  });
});
