import { duplicateColumns, isRecognized, recognizeSheet } from "../../../src/domain/recognize";
import { SheetGrid } from "../../../src/domain/grid";
import { checkSheets } from "../../../src/app/check";

const header = ["ОО", "ФИО", "Дата рождения", "Должность", "ФИО"];

function sheetWith(secondName: string | null): SheetGrid {
  return {
    file: "a.xlsx",
    sheet: "Сверка",
    cells: [header, ["МАОУ СОШ № 1", "Иванова Анна Петровна", "10.05.1980", "учитель", secondName]],
  };
}

describe("a second column with the same header (regression: its data was silently ignored)", () => {
  test("with data: reported as a warning naming both columns", () => {
    const sheet = sheetWith("Петрова Анна Петровна");
    const rec = recognizeSheet(sheet);
    if (!isRecognized(rec)) throw new Error("roster not recognised");
    expect(duplicateColumns(sheet, rec)).toEqual([{ column: 4, header: "ФИО", field: "fullName", mappedColumn: 1 }]);
    const issue = checkSheets([sheet], { today: "2024-06-20" }).issues.find((i) => i.rule === "sheet.duplicateColumn");
    expect(issue).toMatchObject({ cell: "E1", severity: "warning", field: "fullName" });
    expect(issue?.message).toContain("данные берутся только из B");
  });

  test("empty leftover copy of a header: nothing to report", () => {
    const sheet = sheetWith(null);
    const rec = recognizeSheet(sheet);
    if (!isRecognized(rec)) throw new Error("roster not recognised");
    expect(duplicateColumns(sheet, rec)).toEqual([]);
  });
});
