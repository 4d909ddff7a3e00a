import { toCellValue, withFormat } from "../../../src/workbook/office/read";

describe("a cell as Office.js gives it → a grid cell", () => {
  // Error cells arrive as their code; value types are not read (they would weigh a quarter of a response).
  it.each([
    ["#N/A", { error: "#N/A" }],
    ["#DIV/0!", { error: "#DIV/0!" }],
    ["#Н/Д", { error: "#Н/Д" }],
    ["#REF!", { error: "#REF!" }],
    ["#хештег", "#хештег"],
    ["# 5", "# 5"],
    ["Иванова", "Иванова"],
    ["", null],
    [null, null],
    [undefined, null],
    [72, 72],
    [0, 0],
    [true, true],
    [false, false],
  ])("%p → %p", (raw, cell) => {
    expect(toCellValue(raw)).toEqual(cell);
  });

  it.each([
    [45000, "dd.mm.yyyy", new Date(Date.UTC(2023, 2, 15))],
    [45000, "[$-419]d mmmm yyyy", new Date(Date.UTC(2023, 2, 15))],
    [45000, "General", 45000],
    [72, "0", 72],
    // A share is read as shown (percent-format.ts): «25 %» typed in «Значение» was 0,25 % before.
    [0.5, "0.0%", 50],
    [0.25, "0%", 25],
    [0.691, "0.0%", 69.1],
    [1.5, "0%", 150],
    [0.5, '0.0" %"', 0.5],
    [0.5, "[Red]0.00", 0.5],
  ])("%p formatted %p → %p", (raw, format, cell) => {
    expect(withFormat(raw, format)).toEqual(cell);
  });
});
