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
    ["official form, day in straight quotes", '"20" января 2024 г.', "2024-01-20"],
    ["official form, day in «ёлочках»", "«20» января 2024 г.", "2024-01-20"],
    ["official form, day in „лапках“", "„01“ сентября 2023 года", "2023-09-01"],
    ["trailing full stop", "20.01.2024.", "2024-01-20"],
    ["birth date with «г.р.»", "12.03.1985 г.р.", "1985-03-12"],
    ["birth date with «г. р.»", "12.03.1985 г. р.", "1985-03-12"],
    ["birth date with «года рождения»", "12.03.1985 года рождения", "1985-03-12"],
    ["Latin c inside the month word", "1 cентября 2023", "2023-09-01"],
    ["Latin o and p inside the month word", "5 oктябpя 2023 г.", "2023-10-05"],
    ["short month between dots", "01.сен.2023", "2023-09-01"],
    ["short month with a dot and spaces", "01 сен. 2023", "2023-09-01"],
    ["Excel's ДД-МММ-ГГ as text", "01-сен-23", "2023-09-01"],
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
    ["impossible day with a trailing full stop", "31.02.2024.", "„31.02.2024.“ — такой даты нет"],
    ["impossible day in the official form", "«31» февраля 2024 г.", "такой даты нет"],
    ["impossible day with a short month", "31.фев.2024", "такой даты нет"],
    ["an English month is no Russian month", "01.sep.2023", "„01.sep.2023“ — не дата"],
    ["a word that is no month", "1 раз 2023", "не дата"],
    ["two full stops", "20.01.2024..", "не дата"],
  ])("%s: %p fails", (_name, raw, reason) => {
    const r = norm(raw);
    expect(r.ok).toBe(false);
    if (!r.ok) {
      expect(r.rule).toBe("type.date");
      expect(r.reason).toContain(reason);
    }
  });
});
