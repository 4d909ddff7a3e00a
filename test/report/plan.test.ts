import { MAX_SHEET_HYPERLINKS, PlanCell, nativeLinkRows } from "../../src/report/plan";

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
