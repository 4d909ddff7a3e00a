import { checkWorkbook } from "../../../src/app/check";
import { parsePeriod } from "../../../src/domain/period";
import { FakeExcel, MERGED_AREAS_LIMIT } from "./fake-excel";
import { adapter } from "../../support/office-adapter";

/**
 * Merged data cells read in Excel as the CLI reads them from the file (regression: the pane read a
 * school merged down its block only in the top row, and every row below it was «не заполнено ОО»,
 * with its courses unmatched — the CLI filled it down). ExcelApi 1.13 lists the merged areas.
 */

const OPTS = { period: parsePeriod("2023/2024")!, today: "2024-06-15" };
const HEADER = ["Образовательная организация", "ФИО", "Дата рождения", "Должность", "Педагогический стаж (лет)", "Общий стаж (лет)"];

/** A roster of two schools, each school's name merged down its block (A2:A4, A5:A6), as schools fill the form. */
function rosterBook(apiVersion: string): FakeExcel {
  const excel = new FakeExcel({ workbookName: "Мониторинг.xlsx", apiVersion });
  const sheet = excel.addSheet("Сверка кадров", [
    HEADER,
    ["МБОУ СОШ № 1", "Иванова Анна Петровна", 29293, "учитель", 20, 22],
    ["", "Петров Пётр Ильич", 32998, "учитель", 10, 12],
    ["", "Сидорова Мария Ивановна", 31062, "учитель", 12, 14],
    ["МБОУ СОШ № 2", "Кузнецов Олег Николаевич", 33970, "учитель", 5, 5],
    ["", "Смирнова Ольга Викторовна", 30000, "учитель", 15, 15],
  ]);
  sheet.merges.push("A2:A4", "A5:A6");
  return excel;
}


describe("merged cells read from Excel", () => {
  it("gives the grid the sheet's merged blocks, in the same number of requests", async () => {
    const merged = rosterBook("1.13");
    const [grid] = await adapter(merged).readSheets();
    expect(grid.merges).toEqual([
      { top: 1, left: 0, bottom: 3, right: 0 },
      { top: 4, left: 0, bottom: 5, right: 0 },
    ]);
    const plain = new FakeExcel({ workbookName: "Мониторинг.xlsx", apiVersion: "1.13" });
    plain.addSheet("Сверка кадров", [HEADER, ["МБОУ СОШ № 1", "Иванова Анна Петровна", 29293, "учитель", 20, 22]]);
    await adapter(plain).readSheets();
    expect(merged.syncs).toBe(plain.syncs);
  });

  it("checks a school merged down its block like the CLI: every worker in the school, no empty-school errors", async () => {
    const port = adapter(rosterBook("1.13"));
    const r = await checkWorkbook(port, OPTS);
    expect(r.issues.filter((i) => i.field === "school")).toEqual([]);
    expect(r.dataset.roster.map((w) => [w.fullName, w.school])).toEqual([
      ["Иванова Анна Петровна", "МБОУ СОШ № 1"],
      ["Петров Пётр Ильич", "МБОУ СОШ № 1"],
      ["Сидорова Мария Ивановна", "МБОУ СОШ № 1"],
      ["Кузнецов Олег Николаевич", "МБОУ СОШ № 2"],
      ["Смирнова Ольга Викторовна", "МБОУ СОШ № 2"],
    ]);
    expect(port.lastWarning).toBeNull();
  });

  it("on Excel without ExcelApi 1.13: the rows below lack their school, and the pane's warning says why and what to do", async () => {
    const port = adapter(rosterBook("1.10"));
    const r = await checkWorkbook(port, OPTS);
    expect(r.issues.filter((i) => i.field === "school" && i.rule === "field.required").map((i) => i.cell)).toEqual(["A3", "A4", "A6"]);
    expect(port.lastWarning).toMatch(/объединённые ячейки в таблицах прочитаны только в верхней строке.*разъедините.*\(нужен ExcelApi 1\.13\)/);
  });

  it("a sheet of more merged areas than Excel lists: the others' are still read, and that sheet is said to have them unread", async () => {
    const excel = rosterBook("1.13");
    const notes = excel.addSheet("Заметки", [["a"]]);
    for (let i = 0; i <= MERGED_AREAS_LIMIT; i++) notes.merges.push(`B${i + 1}:C${i + 1}`);
    const big = excel.addSheet("КПК", [["Образовательная организация", "ФИО", "Наименование программы (курсов)", "Вид обучения", "Объём (количество часов)", "Дата окончания"], ["МБОУ СОШ № 1", "Иванова Анна Петровна", "Обновлённые ФГОС", "повышение квалификации", 36, 45200]]);
    for (let i = 0; i <= MERGED_AREAS_LIMIT; i++) big.merges.push(`H${i + 1}:I${i + 1}`);
    const port = adapter(excel);
    const grids = await port.readSheets();
    expect(grids.map((g) => [g.sheet, g.merges?.length ?? 0, g.mergesUnread ?? false])).toEqual([
      ["Сверка кадров", 2, false],
      ["Заметки", 0, true],
      ["КПК", 0, true],
    ]);
    // Told on the form's header; a sheet that is no form gets no word.
    const r = await checkWorkbook(adapter(excel), OPTS);
    expect(r.issues.filter((i) => i.rule === "sheet.mergesUnread").map((i) => [i.sheet, i.cell, i.severity])).toEqual([["КПК", "A1", "warning"]]);
  });
});

describe("highlighting a merged block", () => {
  /** A course merged over three rows (its end date in D2:D4), each row's date wrong; a wrong hours cell beside it. */
  function courseBook(apiVersion: string): FakeExcel {
    const excel = new FakeExcel({ workbookName: "Мониторинг.xlsx", apiVersion });
    const sheet = excel.addSheet("КПК", [
      ["ФИО", "Программа", "Часы", "Дата окончания"],
      ["Иванова Анна Петровна", "Обновлённые ФГОС", 36, "31.02.2024"],
      ["Петров Пётр Ильич", "Обновлённые ФГОС", "много", ""],
      ["Сидорова Мария Ивановна", "Обновлённые ФГОС", 36, ""],
    ]);
    sheet.merges.push("D2:D4");
    return excel;
  }
  const issue = (cell: string, severity: "error" | "warning", message: string) => ({ file: "Мониторинг.xlsx", sheet: "КПК", cell, rule: "type.date" as const, severity, message });
  const ISSUES = [issue("D2", "error", "Дата: 31.02.2024 — нет такого дня"), issue("D3", "error", "Дата: 31.02.2024 — нет такого дня"), issue("D4", "error", "Дата: 31.02.2024 — нет такого дня"), issue("C3", "warning", "Часы: не число")];

  it("marks the block once, in its top-left cell, where Excel shows its fill and note; clearing restores it", async () => {
    const excel = courseBook("1.13");
    const wb = adapter(excel);
    expect(await wb.highlightIssues(ISSUES)).toEqual({ cells: 2, unnoted: 0 });
    expect(excel.cell("КПК", "D2")!.fill!.color).toBe("#FFC7CE");
    expect(excel.cell("КПК", "D3")?.fill).toBeUndefined();
    expect(excel.cell("КПК", "D4")?.fill).toBeUndefined();
    expect(excel.cell("КПК", "C3")!.fill!.color).toBe("#FFEB9C");
    expect([...excel.comments.keys()].sort()).toEqual(["КПК!C3", "КПК!D2"]);
    expect(excel.comments.get("КПК!D2")).toBe("Методист: Дата: 31.02.2024 — нет такого дня");
    expect(await wb.clearHighlights()).toBe(2);
    expect(excel.cell("КПК", "D2")?.fill).toBeUndefined();
    expect(excel.comments.size).toBe(0);
  });

  it("on Excel without merged areas (before ExcelApi 1.13) each issue keeps its own cell", async () => {
    const excel = courseBook("1.10");
    expect(await adapter(excel).highlightIssues(ISSUES)).toEqual({ cells: 4, unnoted: 0 });
    expect(excel.cell("КПК", "D3")!.fill!.color).toBe("#FFC7CE");
  });
});
