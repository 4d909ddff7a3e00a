import { normalizeCell } from "../../../src/domain/normalize/normalize-cell";
import { FieldDef } from "../../../src/domain/forms/types";
import { ROSTER } from "../../../src/domain/forms";

const field = (id: string): FieldDef => ROSTER.fields.find((f) => f.id === id)!;
const load = field("weeklyLoad"); // number
const age = field("age"); // int

describe("number cells", () => {
  test.each<[Parameters<typeof normalizeCell>[0], number]>([
    [18, 18],
    [0.5, 0.5],
    [-0, 0],
    ["18", 18],
    ["1 234,5", 1234.5],
    ["1\u00A0234,5", 1234.5],
    ["12 345 678", 12345678],
    ["16 ч.", 16],
    ["72 часа", 72],
    ["-3", -3],
    ["−3,5", -3.5],
    ["2.5", 2.5],
  ])("%p → %p", (raw, value) => {
    expect(normalizeCell(raw, load)).toEqual({ ok: true, value });
  });

  test.each<[Parameters<typeof normalizeCell>[0], string]>([
    ["много", "„много“ — не число; введите число, например 36 или 0,5"],
    ["1,2,3", "„1,2,3“ — не число"],
    ["5-6", "не число"],
    ["12 лет 3 мес", "не число"],
    [Number.POSITIVE_INFINITY, "не число"],
    [Number.NaN, "не число"],
    [true, "не число"],
    [new Date(Date.UTC(2024, 4, 1)), "„01.05.2024“ — Excel превратил значение в дату"],
  ])("%p fails", (raw, reason) => {
    const r = normalizeCell(raw, load);
    expect(r).toMatchObject({ ok: false, rule: "type.number" });
    if (!r.ok) expect(r.reason).toContain(reason);
  });

  test.each<[Parameters<typeof normalizeCell>[0], number]>([
    [42, 42],
    ["42 года", 42],
    ["42,0", 42],
  ])("int %p → %p", (raw, value) => {
    expect(normalizeCell(raw, age)).toEqual({ ok: true, value });
  });

  test.each<[Parameters<typeof normalizeCell>[0], string]>([
    [42.5, "„42,5“ — нужно целое число"],
    ["42,5", "„42,5“ — нужно целое число"],
    ["сорок", "„сорок“ — не число; введите целое число"],
  ])("int %p fails", (raw, reason) => {
    const r = normalizeCell(raw, age);
    expect(r).toMatchObject({ ok: false, rule: "type.int" });
    if (!r.ok) expect(r.reason).toContain(reason);
  });
});
