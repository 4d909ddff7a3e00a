import { normalizeCell } from "../../../src/domain/normalize/normalize-cell";
import { FieldDef } from "../../../src/domain/forms/types";
import { ROSTER } from "../../../src/domain/forms";

const pedEd: FieldDef = ROSTER.fields.find((f) => f.id === "pedagogicalEducation")!;

describe("yes/no cells", () => {
  test.each<[Parameters<typeof normalizeCell>[0], boolean]>([
    ["да", true], ["Да", true], ["ДА.", true], ["+", true], ["1", true], [1, true], ["есть", true], ["v", true], ["V", true],
    ["✓", true], ["true", true], [true, true], ["имеется", true], ["yes", true], ["ИСТИНА", true],
    ["нет", false], ["Нет", false], ["-", false], ["−", false], ["0", false], [0, false], ["x", false], ["х", false],
    ["false", false], [false, false], ["отсутствует", false], ["no", false], ["не имеется", false],
  ])("%p → %p", (raw, value) => {
    expect(normalizeCell(raw, pedEd)).toEqual({ ok: true, value });
  });

  test.each<Parameters<typeof normalizeCell>[0]>(["может быть", "2", 2, "да/нет", new Date(0)])("%p fails listing the accepted marks", (raw) => {
    const r = normalizeCell(raw, pedEd);
    expect(r).toMatchObject({ ok: false, rule: "type.bool" });
    if (!r.ok) expect(r.reason).toContain("допустимо: да, нет, +, −, 1, 0");
  });
});
