import { compact } from "./compact-rows";
import { MAX_SHEET_HYPERLINKS, PlanCell, SheetPlan, allRows, mapPlanCells, nativeLinkRows, planRowCount, planRows, plansRowCount, withAllRows } from "../../src/report/plan";

const link = (i: number): PlanCell => ({ v: i, link: { sheet: "Сверка кадров", cell: `A${i}` } });
const text: PlanCell = { v: "ФИО" };

describe("how many rows of a sheet may carry native hyperlinks (Excel keeps 65 530 on a sheet)", () => {
  it.each([
    ["no links", [[text], [text]], 2],
    ["one link a row, exactly the limit", Array.from({ length: MAX_SHEET_HYPERLINKS }, (_, i) => [text, link(i)]), MAX_SHEET_HYPERLINKS],
    ["one link a row, one past the limit", Array.from({ length: MAX_SHEET_HYPERLINKS + 1 }, (_, i) => [link(i)]), MAX_SHEET_HYPERLINKS],
    ["a title row, then one link a row", [[text], ...Array.from({ length: MAX_SHEET_HYPERLINKS + 5 }, (_, i) => [link(i)])], MAX_SHEET_HYPERLINKS + 1],
    // Two links a row: the row that would pass the limit goes whole to formulas.
    ["two links a row", Array.from({ length: 40_000 }, (_, i) => [link(i), link(i)]), MAX_SHEET_HYPERLINKS / 2],
  ])("%s", (_what, rows, native) => {
    expect(nativeLinkRows({ name: "Лист", rows })).toBe(native);
  });
});

describe("a plan whose rows after the head are kept compact (RowBlocks)", () => {
  const head = [[text], [{ v: "Строка", style: "header" as const }]];
  const tail = Array.from({ length: 25 }, (_, i) => [text, link(i + 2)]);
  const plan: SheetPlan = { name: "Расшифровка", rows: head, more: compact(tail, 10) };

  it("reads as one list of rows, head first, every block in order", () => {
    expect(planRowCount(plan)).toBe(27);
    expect(plansRowCount([plan, { name: "Итоги", rows: head }])).toBe(29);
    expect([...planRows(plan)]).toEqual([...head, ...tail]);
    expect(allRows(plan)).toEqual([...head, ...tail]);
    expect(withAllRows(plan)).toEqual({ name: "Расшифровка", rows: [...head, ...tail], more: undefined });
  });

  it("maps every cell, the compact ones as they are made", () => {
    const mapped = mapPlanCells(plan, (c) => (c.link ? { ...c, link: { ...c.link, sheet: "Сверка (2)" } } : c));
    expect(planRowCount(mapped)).toBe(27);
    expect(allRows(mapped).slice(2).every((r) => r[1].link?.sheet === "Сверка (2)")).toBe(true);
    expect(allRows(plan).slice(2).every((r) => r[1].link?.sheet === "Сверка кадров")).toBe(true);
  });

  it("counts native hyperlinks into the compact rows, and stops where the limit falls", () => {
    const many = Array.from({ length: MAX_SHEET_HYPERLINKS + 3 }, (_, i) => [link(i)]);
    expect(nativeLinkRows({ name: "Расшифровка", rows: [[text]], more: compact(many, 10_000) })).toBe(MAX_SHEET_HYPERLINKS + 1);
  });
});
