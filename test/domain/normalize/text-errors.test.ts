import { normalizeCell } from "../../../src/domain/normalize/normalize-cell";
import { FieldDef } from "../../../src/domain/forms/types";
import { ROSTER } from "../../../src/domain/forms";
import { UNCALCULATED_FORMULA } from "../../../src/domain/grid";

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

  // Regression (QA, 24.11): the messages quoted «#N/A», «#VALUE!» — what the file stores, not what Russian Excel shows.
  test.each([
    [{ error: "#N/A" }, "#Н/Д"],
    [{ error: "#VALUE!" }, "#ЗНАЧ!"],
    ["#DIV/0!", "#ДЕЛ/0!"],
    [{ error: "#Н/Д" }, "#Н/Д"],
    [{ error: "#GETTING_DATA" }, "#GETTING_DATA"],
  ])("%p is quoted as Russian Excel shows it: %s", (raw, shown) => {
    const r = normalizeCell(raw, position);
    expect(r.ok ? "" : r.reason).toContain(`„${shown}“`);
  });

  test("a formula the file holds without its result says how to get one, in any field", () => {
    for (const field of [position, birthDate]) {
      expect(normalizeCell({ error: UNCALCULATED_FORMULA }, field)).toEqual({
        ok: false,
        rule: "cell.error",
        reason: "в ячейке формула без вычисленного значения (файл сохранён программой, которая не считает формулы) — откройте файл в Excel, сохраните его и проверьте снова",
      });
    }
    // Typed by hand it is just text.
    expect(normalizeCell(UNCALCULATED_FORMULA, position)).toEqual({ ok: true, value: UNCALCULATED_FORMULA });
  });

  test("a hash that is not an error literal is text", () => {
    expect(normalizeCell("#1 в рейтинге", position)).toEqual({ ok: true, value: "#1 в рейтинге" });
  });
});
