import { buildCheckSheet, CHECK_HEADERS } from "../../src/report/check-sheet";
import { CHECK, TODAY, at } from "./fixtures";

describe("«Проверка данных»", () => {
  const plan = buildCheckSheet(CHECK, TODAY);
  const header = plan.rows.findIndex((r) => r[0]?.v === "Важность");

  it("counts errors, warnings and sheets at the top and names unrecognised sheets", () => {
    expect(plan.name).toBe("Проверка данных");
    expect([at(plan, "A4")?.v, at(plan, "B4")?.v, at(plan, "B4")?.style]).toEqual(["Ошибок", 2, "error"]);
    expect([at(plan, "A5")?.v, at(plan, "B5")?.v, at(plan, "B5")?.style]).toEqual(["Предупреждений", 1, "warning"]);
    expect([at(plan, "B6")?.v, at(plan, "B7")?.v]).toEqual([1, 1]);
    expect(plan.rows[8].map((c) => c.v)).toEqual(["Файл", "Лист", "Распознан как", "Строка заголовка", "Строк данных", "Ошибок", "Предупреждений"]);
    expect(plan.rows[9].map((c) => c.v)).toEqual(["район.xlsx", "Сверка кадров", "Сверка педагогических кадров", 1, 3, 1, 1]);
    expect(plan.rows[9][1].link).toEqual({ file: "район.xlsx", sheet: "Сверка кадров", cell: "A1" });
    expect(at(plan, "A11")?.v).toBe("Лист «Лист3» (район.xlsx) не распознан: нет строки заголовков");
  });

  it("lists errors before warnings, each with a link to its cell and the field's Russian header", () => {
    expect(plan.rows[header].map((c) => c.v)).toEqual([...CHECK_HEADERS]);
    const body = plan.rows.slice(header + 1).map((r) => [r[0].v, r[2].v, r[3].v, r[4].v, r[6].v]);
    expect(body).toEqual([
      // Regression (QA, 24.11): the last column showed rule ids («date.range») to people who read Russian.
      ["ошибка", "Сверка кадров", "D9", "Дата рождения", "Дата вне допустимого диапазона"],
      ["ошибка", "МАП", "B3", null, "Человек не найден в сверке кадров"],
      ["предупреждение", "Сверка кадров", "E7", "Возраст (полных лет)", "Нет ни даты рождения, ни возраста"],
    ]);
    expect(plan.rows[header + 1][0].style).toBe("error");
    expect(plan.rows[header + 3][0].style).toBe("warning");
    expect(plan.rows[header + 1][3].link).toEqual({ file: "район.xlsx", sheet: "Сверка кадров", cell: "D9" });
    expect(plan.rows[header + 2][3].link).toEqual({ file: "район.xlsx", sheet: "МАП", cell: "B3" });
    expect(plan.tables).toEqual([{ name: "Metodist_Check", range: `A${header + 1}:G${header + 4}` }]);
    // Under the summary of sheets (13 rows here) the header is not frozen; printed, it starts each page.
    expect(plan.freeze).toBeUndefined();
    expect(plan.print).toEqual({ headerRow: header + 1 });
  });

  // Regression (QA, 24.11): the header was frozen with everything above it — 19 rows for one school's
  // workbook, over 300 for a district's files: a frozen top taller than the window leaves nothing to scroll.
  it("freezes the header only while the rows above it are few", () => {
    const many = { ...CHECK, sheets: Array.from({ length: 300 }, (_, i) => ({ ...CHECK.sheets[0], file: `школа${i}.xlsx` })) };
    const long = buildCheckSheet(many, TODAY);
    const longHeader = long.rows.findIndex((r) => r[0]?.v === "Важность") + 1;
    expect(longHeader).toBeGreaterThan(300);
    expect(long.freeze).toBeUndefined();
    expect(long.print).toEqual({ headerRow: longHeader });
    expect(long.tables?.[0].range).toMatch(new RegExp(`^A${longHeader}:G`));

    const none = buildCheckSheet({ ...CHECK, sheets: [], unrecognised: [] }, TODAY);
    const noneHeader = none.rows.findIndex((r) => r[0]?.v === "Важность") + 1;
    expect(noneHeader).toBeLessThanOrEqual(12);
    expect(none.freeze).toEqual({ rows: noneHeader, columns: 0 });
  });

  it("cuts the list when it would not fit on an Excel sheet, keeping errors, and says so", () => {
    const cut = buildCheckSheet(CHECK, TODAY, 2);
    const note = cut.rows.find((r) => r[0]?.style === "warning" && String(r[0].v).startsWith("Показаны"));
    expect(note?.[0].v).toMatch(/^Показаны первые 2 замечаний из 3 \(сначала ошибки\): больше не помещается на лист Excel\./);
    const head = cut.rows.findIndex((r) => r[0]?.v === "Важность");
    expect(cut.rows.slice(head + 1).map((r) => r[6].v)).toEqual(["Дата вне допустимого диапазона", "Человек не найден в сверке кадров"]);
    expect(cut.tables).toEqual([{ name: "Metodist_Check", range: `A${head + 1}:G${head + 3}` }]);
    // The counts at the top stay whole.
    expect([at(cut, "B4")?.v, at(cut, "B5")?.v]).toEqual([2, 1]);
  });

  it("says so when there is nothing to fix", () => {
    const p = buildCheckSheet({ ...CHECK, issues: [], unrecognised: [] }, TODAY);
    expect(p.rows.some((r) => r[0]?.v === "Замечаний нет: все распознанные листы заполнены без ошибок.")).toBe(true);
    expect(at(p, "B4")?.style).toBe("normal");
  });
});
