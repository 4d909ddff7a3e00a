import { normalizeCell } from "../../../src/domain/normalize/normalize-cell";
import { FieldDef } from "../../../src/domain/forms/types";
import { ROSTER } from "../../../src/domain/forms";

const position: FieldDef = ROSTER.fields.find((f) => f.id === "position")!;
const birthDate: FieldDef = ROSTER.fields.find((f) => f.id === "birthDate")!;

describe("text cells", () => {
  test.each<[Parameters<typeof normalizeCell>[0], string | null]>([
    ["  учитель \u00A0 математики ", "учитель математики"],
    ["учитель\nфизики", "учитель физики"],
    ["=учитель", "=учитель"],
    ["", null],
    ["   ", null],
    [null, null],
    [12345, "12345"],
  ])("%p → %p", (raw, value) => {
    expect(normalizeCell(raw, position)).toEqual({ ok: true, value });
  });
});

describe("Excel errors", () => {
  test.each<Parameters<typeof normalizeCell>[0]>([
    { error: "#N/A" }, { error: "#Н/Д" }, "#Н/Д", "#N/A", "#ЗНАЧ!", "#DIV/0!", "#REF!", "#ССЫЛКА!", " #н/д ",
  ])("%p is a cell error in any field", (raw) => {
    for (const field of [position, birthDate]) {
      const r = normalizeCell(raw, field);
      expect(r).toMatchObject({ ok: false, rule: "cell.error" });
      if (!r.ok) expect(r.reason).toContain("ошибку Excel");
    }
  });

  test("a hash that is not an error literal is text", () => {
    expect(normalizeCell("#1 в рейтинге", position)).toEqual({ ok: true, value: "#1 в рейтинге" });
  });
});
