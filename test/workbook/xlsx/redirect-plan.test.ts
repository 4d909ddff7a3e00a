import { PlanCell, SheetPlan, allRows } from "../../../src/report/plan";
import { compact } from "../../report/compact-rows";
import { resolveInputLinks } from "../../../src/workbook/xlsx/redirect-plan";

const link = (file: string, sheet: string, row: number): PlanCell => ({ v: row, style: "link", link: { file, sheet, cell: `A${row}` } });

/** «Расшифровка»-like rows: a text cell, then a link to a source row of file/sheet. */
const audit = (...links: PlanCell[]): SheetPlan => ({ name: "Расшифровка", rows: [[{ v: "Код" }, { v: "Строка" }], ...links.map((l) => [{ v: "LK-01" }, l])] });

describe("resolveInputLinks: links into input sheets follow a sheet renamed in the consolidated book", () => {
  // In the consolidated book, «Сверка» of school 2's file went under «Сверка (школа2)».
  const placeOf = (file: string, sheet: string) => (file === "школа2.xlsx" && sheet === "Сверка" ? "Сверка (школа2)" : undefined);

  test("each link goes to its own file's sheet, files alternating row by row", () => {
    const plan = audit(link("школа1.xlsx", "Сверка", 2), link("школа2.xlsx", "Сверка", 2), link("школа2.xlsx", "Сверка", 3), link("школа1.xlsx", "Сверка", 3), link("школа2.xlsx", "КПК", 5));
    const sheets = resolveInputLinks(plan, placeOf).rows.slice(1).map((r) => r[1].link!.sheet);
    expect(sheets).toEqual(["Сверка", "Сверка (школа2)", "Сверка (школа2)", "Сверка", "КПК"]);
  });

  test("a plan whose links all stay is returned as it is, not copied row by row", () => {
    const plan = audit(link("школа1.xlsx", "Сверка", 2), link("школа2.xlsx", "КПК", 5));
    expect(resolveInputLinks(plan, placeOf)).toBe(plan);
  });

  test("a link that names no file, or a sheet its file keeps, is left as it is", () => {
    const own: PlanCell = { v: "Показатели", link: { sheet: "Сверка", cell: "A1" } };
    const plan = audit(own, link("школа2.xlsx", "Сверка", 4));
    const rows = resolveInputLinks(plan, placeOf).rows;
    expect(rows[1][1]).toBe(own);
    expect(rows[2][1].link).toEqual({ file: "школа2.xlsx", sheet: "Сверка (школа2)", cell: "A4" });
  });

  test("links in compact rows («Расшифровка») follow as the rows are made", () => {
    const plan: SheetPlan = { name: "Расшифровка", rows: [[{ v: "Код" }]], more: compact([[link("школа2.xlsx", "Сверка", 7)], [link("школа1.xlsx", "Сверка", 8)]], 1) };
    const resolved = resolveInputLinks(plan, placeOf);
    expect(allRows(resolved).map((r) => r[0].link?.sheet)).toEqual([undefined, "Сверка (школа2)", "Сверка"]);
  });
});
