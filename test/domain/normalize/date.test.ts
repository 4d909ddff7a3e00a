import { normalizeCell } from "../../../src/domain/normalize/normalize-cell";
import { FieldDef } from "../../../src/domain/forms/types";
import { ROSTER } from "../../../src/domain/forms";

const birthDate: FieldDef = ROSTER.fields.find((f) => f.id === "birthDate")!;
const norm = (v: Parameters<typeof normalizeCell>[0]) => normalizeCell(v, birthDate);

describe("date cells", () => {
  test.each<[string, Parameters<typeof normalizeCell>[0], string]>([
    ["Excel serial", 45170, "2023-09-01"],
    ["serial with a time part", 45170.75, "2023-09-01"],
    ["ExcelJS Date at UTC midnight", new Date(Date.UTC(1985, 2, 7)), "1985-03-07"],
    ["ДД.ММ.ГГГГ", "07.03.1985", "1985-03-07"],
    ["Д.М.ГГГГ", "7.3.1985", "1985-03-07"],
    ["ДД.ММ.ГГ, year ≤ 40 → 20xx", "01.09.23", "2023-09-01"],
    ["ДД.ММ.ГГ, year 40 is the pivot", "01.09.40", "2040-09-01"],
    ["ДД.ММ.ГГ, year > 40 → 19xx", "07.03.85", "1985-03-07"],
    ["ISO", "1985-03-07", "1985-03-07"],
    ["ISO with time", "2023-09-01T00:00:00", "2023-09-01"],
    ["ДД/ММ/ГГГГ", "07/03/1985", "1985-03-07"],
    ["ДД-ММ-ГГГГ", "07-03-1985", "1985-03-07"],
    ["trailing «г.»", "07.03.1985 г.", "1985-03-07"],
    ["trailing «г» glued", "07.03.1985г", "1985-03-07"],
    ["trailing time", "01.09.2023 0:00:00", "2023-09-01"],
    ["spaces around dots", " 07 . 03 . 1985 ", "1985-03-07"],
    ["NBSP inside", "07.\u00A003.1985", "1985-03-07"],
    ["month in words", "1 сентября 2023 г.", "2023-09-01"],
    ["serial typed as text", "45170", "2023-09-01"],
    ["29 February of a leap year", "29.02.2024", "2024-02-29"],
  ])("%s: %p → %s", (_name, raw, iso) => {
    expect(norm(raw)).toEqual({ ok: true, value: iso });
  });

  test.each<[string, Parameters<typeof normalizeCell>[0], string]>([
    ["impossible day", "31.02.2023", "„31.02.2023“ — такой даты нет; введите дату в формате ДД.ММ.ГГГГ"],
    ["29 February of a common year", "29.02.2023", "„29.02.2023“ — такой даты нет"],
    ["month 13", "01.13.2023", "такой даты нет"],
    ["a year typed as a number", 1985, "„1985“ — не дата"],
    ["a small count", 12, "„12“ — не дата"],
    ["negative", -5, "не дата"],
    ["NaN", Number.NaN, "не дата"],
    ["words", "давно", "„давно“ — не дата; введите дату в формате ДД.ММ.ГГГГ"],
    ["typo in the year", "01.09.0203", "год 0203 похож на опечатку"],
    ["invalid Date", new Date(Number.NaN), "недопустимая дата"],
    ["time-only cell from ExcelJS", new Date(Date.UTC(1899, 11, 30, 10)), "не похоже на дату"],
    ["boolean", true, "не дата"],
    ["mixed separators", "01.09-2023", "не дата"],
    ["a period in one cell", "01.09.2023 – 15.09.2023", "„01.09.2023 – 15.09.2023“ — здесь две даты; введите одну дату"],
    ["a period with words", "с 01.09.2023 по 15.09.2023", "здесь две даты"],
  ])("%s: %p fails", (_name, raw, reason) => {
    const r = norm(raw);
    expect(r.ok).toBe(false);
    if (!r.ok) {
      expect(r.rule).toBe("type.date");
      expect(r.reason).toContain(reason);
    }
  });
});
