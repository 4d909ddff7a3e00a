/**
 * Metodist knows its own sheets and the sheets it highlighted by Worksheet.id, which stays with a
 * sheet through renames: QA's defects (a user's sheet taken for a deleted output, a highlight on a
 * protected sheet that could not be undone, clearing after a rename).
 */
import { META_SHEET } from "../../../src/workbook/office/meta";
import { Issue } from "../../../src/domain/issues";
import { SheetPlan } from "../../../src/report/plan";
import { FakeExcel } from "./fake-excel";
import { adapter } from "../../support/office-adapter";


const issue = (sheet: string, cell: string): Issue => ({ file: "Книга1.xlsx", sheet, cell, rule: "type.date", severity: "error", message: "Не дата" });

const plan: SheetPlan = { name: "Показатели", rows: [[{ v: "Итог" }]] };

/** As the user deletes a sheet in Excel: its comments go with it. */
function deleteSheet(excel: FakeExcel, name: string): void {
  excel.sheets.splice(excel.sheets.indexOf(excel.sheet(name)!), 1);
  for (const key of [...excel.comments.keys()]) if (key.startsWith(`${name}!`)) excel.comments.delete(key);
}

/** As the user renames a sheet in Excel: its comments go with it. */
function renameSheet(excel: FakeExcel, from: string, to: string): void {
  excel.sheet(from)!.name = to;
  for (const [key, text] of [...excel.comments]) {
    if (!key.startsWith(`${from}!`)) continue;
    excel.comments.delete(key);
    excel.comments.set(`${to}!${key.slice(from.length + 1)}`, text);
  }
}

describe("Metodist's own sheets, by id", () => {
  it("never overwrites a user's sheet that took the name of an output the user deleted", async () => {
    const excel = new FakeExcel();
    excel.addSheet("Сверка", [["ФИО"], ["Петров"]]);
    const wb = adapter(excel);
    await wb.applyPlans([plan]);
    deleteSheet(excel, "Показатели");
    excel.addSheet("Показатели", [["Мои показатели, введены вручную"], [42]]);

    const grids = await wb.readSheets({ ownCells: () => false });
    expect(grids.find((g) => g.sheet === "Показатели")).toMatchObject({ cells: [["Мои показатели, введены вручную"], [42]] });
    expect(grids.find((g) => g.sheet === "Показатели")!.ownOutput).toBeUndefined();

    const applied = await wb.applyPlans([plan]);
    expect(applied).toEqual([{ planned: "Показатели", actual: "Показатели (2)", replaced: false }]);
    expect(excel.values("Показатели")).toEqual([["Мои показатели, введены вручную"], [42]]);
    expect(excel.values("Показатели (2)")).toEqual([["Итог"]]);
    // And the next run replaces its own «Показатели (2)», still leaving the user's sheet alone.
    expect(await wb.applyPlans([plan])).toEqual([{ planned: "Показатели", actual: "Показатели (2)", replaced: true }]);
    expect(excel.values("Показатели")).toEqual([["Мои показатели, введены вручную"], [42]]);
  });

  it("still knows an output the user renamed as its own: not read as data, not turned into the user's", async () => {
    const excel = new FakeExcel();
    excel.addSheet("Сверка", [["ФИО"], ["Петров"]]);
    const wb = adapter(excel);
    await wb.applyPlans([plan]);
    renameSheet(excel, "Показатели", "Показатели за сентябрь");
    const grids = await wb.readSheets({ ownCells: () => false });
    expect(grids.find((g) => g.sheet === "Показатели за сентябрь")).toMatchObject({ ownOutput: true, cells: [] });
    await wb.applyPlans([plan]);
    expect((await wb.readSheets({ ownCells: () => false })).filter((g) => g.ownOutput).map((g) => g.sheet).sort()).toEqual(["Показатели", "Показатели за сентябрь"].sort());
  });

  it("keeps reading a registry written before ids were kept (names only) as before", async () => {
    const excel = new FakeExcel();
    excel.addSheet("Показатели", [["Итог прошлой версии"]]);
    const meta = excel.addSheet(META_SHEET, [["Листы Методиста", "", "Лист", "Ячейка", "Заливка", "Узор", "Примечание"], ["Показатели"]], "VeryHidden");
    expect(meta.rows[1][1]).toBeUndefined();
    const wb = adapter(excel);
    expect((await wb.readSheets()).find((g) => g.sheet === "Показатели")!.ownOutput).toBe(true);
    expect(await wb.applyPlans([plan])).toEqual([{ planned: "Показатели", actual: "Показатели", replaced: true }]);
    expect(excel.values("Показатели")).toEqual([["Итог"]]);
  });
});

describe("highlights, by id", () => {
  it("records what it changes before changing it: after a protected sheet stops a highlight, clearing restores the rest", async () => {
    const excel = new FakeExcel({ apiVersion: "1.10" });
    excel.addSheet("Сверка", [
      ["ФИО", "Дата"],
      ["Петров", "вчера"],
    ]);
    excel.cell("Сверка", "B2")!.fill = { color: "#00B0F0", pattern: "Solid" }; // the user's own blue
    excel.addSheet("КПК", [
      ["ФИО", "Дата"],
      ["Петров", "вчера"],
    ]).protected = true;
    const wb = adapter(excel);

    await expect(wb.highlightIssues([issue("Сверка", "B2"), issue("КПК", "B2")])).rejects.toThrow(/Лист «КПК» защищён/);
    expect(excel.cell("Сверка", "B2")!.fill!.color).toBe("#FFC7CE");
    expect(excel.comments.get("Сверка!B2")).toMatch(/Не дата/);
    expect(excel.cell("КПК", "B2")!.fill).toBeUndefined();

    expect(await wb.clearHighlights()).toBe(1);
    expect(excel.cell("Сверка", "B2")!.fill).toEqual({ color: "#00B0F0", pattern: "Solid" });
    expect(excel.comments.size).toBe(0);
  });

  it("clears the highlights of a sheet the user renamed since", async () => {
    const excel = new FakeExcel();
    excel.addSheet("Сверка", [
      ["ФИО", "Дата"],
      ["Петров", "вчера"],
    ]);
    excel.addSheet("Удалю", [["x", "y"], ["z", "w"]]);
    const wb = adapter(excel);
    expect(await wb.highlightIssues([issue("Сверка", "B2"), issue("Удалю", "B2")])).toEqual({ cells: 2, unnoted: 0 });
    renameSheet(excel, "Сверка", "Сверка 2024");
    deleteSheet(excel, "Удалю");
    // A new sheet with the old name is not the highlighted one.
    excel.addSheet("Сверка", [["чужой"], ["лист", "тоже"]]);
    excel.cell("Сверка", "B2")!.fill = { color: "#92D050", pattern: "Solid" };

    expect(await wb.clearHighlights()).toBe(1);
    expect(excel.cell("Сверка 2024", "B2")!.fill).toBeUndefined();
    expect(excel.comments.size).toBe(0);
    expect(excel.cell("Сверка", "B2")!.fill).toEqual({ color: "#92D050", pattern: "Solid" });
    expect(await wb.clearHighlights()).toBe(0);
  });
});
