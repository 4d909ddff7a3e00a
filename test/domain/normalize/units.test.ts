import { normalizeCell, columnNormalizer } from "../../../src/domain/normalize/normalize-cell";
import { parseNumberText } from "../../../src/domain/normalize/number";
import { UNITLESS_NUMBER_FIELDS, unitOfField } from "../../../src/domain/normalize/units";
import { FieldDef } from "../../../src/domain/forms/types";
import { FORMS } from "../../../src/domain/forms";

/**
 * A number typed with a unit is read only when the unit is the field's own: «20 лет» of стаж is 20,
 * «6 мес.» of стаж is not 6 years, «1,5 ставки» of weekly load is not 1,5 hours, «2 недели» of course
 * hours is not 2 hours.
 */
const ALL_FIELDS = FORMS.flatMap((f) => f.fields);
const field = (id: string): FieldDef => {
  const f = ALL_FIELDS.find((x) => x.id === id);
  if (!f) throw new Error(`no field ${id}`);
  return f;
};

type Good = readonly [fieldId: string, raw: string, value: number];
type Bad = readonly [fieldId: string, raw: string, reason: string];

const GOOD: readonly Good[] = [
  // years: стаж (number) and age (int)
  ["teachingExperience", "20 лет", 20],
  ["teachingExperience", "20лет", 20],
  ["teachingExperience", "3 г.", 3],
  ["teachingExperience", "3 Г", 3],
  ["teachingExperience", "1 год", 1],
  ["teachingExperience", "2 года", 2],
  ["teachingExperience", "0,5 года", 0.5],
  ["teachingExperience", "5 л.", 5],
  ["teachingExperience", "12 полных лет", 12],
  ["teachingExperience", "25,5", 25.5],
  ["teachingExperience", "12", 12],
  ["totalExperience", "22 года", 22],
  ["totalExperience", "30 ЛЕТ", 30],
  ["totalExperience", "1 234", 1234],
  ["age", "42 года", 42],
  ["age", "41 год", 41],
  ["age", "35 лет", 35],
  ["age", "42", 42],
  // hours: course volume
  ["hours", "16 ч.", 16],
  ["hours", "36 ч", 36],
  ["hours", "72 часа", 72],
  ["hours", "1 час", 1],
  ["hours", "250 часов", 250],
  ["hours", "1 020", 1020],
  ["hours", "1 020 ч.", 1020],
  ["hours", "72 ак. ч.", 72],
  ["hours", "72 ак.ч.", 72],
  ["hours", "72 академических часа", 72],
  ["hours", "36 акад. часов", 36],
  ["hours", "36,5", 36.5],
  // hours a week: weekly load
  ["weeklyLoad", "18 ч", 18],
  ["weeklyLoad", "18 ч.", 18],
  ["weeklyLoad", "18 часов", 18],
  ["weeklyLoad", "22,5 часа", 22.5],
  ["weeklyLoad", "18 часов в неделю", 18],
  ["weeklyLoad", "18 ч. в нед.", 18],
  ["weeklyLoad", "24", 24],
  // percent: diagnostic score
  ["score", "85%", 85],
  ["score", "80 %", 80],
  ["score", "69,1 %", 69.1],
  ["score", "45 процентов", 45],
  ["score", "100", 100],
  // rates: staff and filled rates
  ["staffRates", "0,5 ставки", 0.5],
  ["staffRates", "12,5 ставок", 12.5],
  ["staffRates", "1 ставка", 1],
  ["staffRates", "76,25", 76.25],
  ["filledRates", "71,5 ст.", 71.5],
  ["filledRates", "10 шт. ед.", 10],
  // no unit of their own: any unit word is read as before
  ["numerator", "5 чел.", 5],
  ["denominator", "700 человек", 700],
];

const BAD: readonly Bad[] = [
  // years
  ["teachingExperience", "6 мес.", "„6 мес.“ — стаж указывается в годах, а не в месяцах: переведите месяцы в годы (например, 0,5)"],
  ["teachingExperience", "18 месяцев", "„18 месяцев“ — стаж указывается в годах, а не в месяцах: переведите месяцы в годы (например, 1,5)"],
  ["totalExperience", "8 месяцев", "„8 месяцев“ — стаж указывается в годах, а не в месяцах: переведите месяцы в годы (например, 0,7)"],
  ["totalExperience", "3 мес", "стаж указывается в годах, а не в месяцах"],
  ["teachingExperience", "2 недели", "„2 недели“ — стаж указывается в годах, а не в неделях: переведите в годы"],
  ["teachingExperience", "10 дней", "„10 дней“ — стаж указывается в годах, а не в днях"],
  ["teachingExperience", "20 ч", "„20 ч“ — стаж указывается в годах, а не в часах: введите число лет, например 12 или 0,5"],
  ["teachingExperience", "5 руб.", "„5 руб.“ — стаж указывается в годах, а не в рублях"],
  ["totalExperience", "50%", "„50%“ — стаж указывается в годах, а не в процентах"],
  ["totalExperience", "1 ставка", "„1 ставка“ — стаж указывается в годах, а не в ставках"],
  ["teachingExperience", "5 чел.", "„5 чел.“ — стаж указывается в годах, а „чел.“ — не единица этого столбца: введите число лет"],
  ["age", "6 мес.", "„6 мес.“ — возраст указывается в полных годах, а не в месяцах: введите целое число лет, например 42"],
  ["age", "42 кг", "„42 кг“ — возраст указывается в полных годах, а „кг“ — не единица этого столбца"],
  // hours
  ["hours", "2 недели", "„2 недели“ — объём указывается в часах, а не в неделях: укажите количество часов из удостоверения (например, 36 или 72)"],
  ["hours", "3 мес.", "„3 мес.“ — объём указывается в часах, а не в месяцах: укажите количество часов из удостоверения"],
  ["hours", "5 дней", "„5 дней“ — объём указывается в часах, а не в днях"],
  ["hours", "1 год", "„1 год“ — объём указывается в часах, а не в годах"],
  ["hours", "72 руб.", "„72 руб.“ — объём указывается в часах, а не в рублях"],
  ["hours", "2 модуля", "„2 модуля“ — объём указывается в часах, а „модуля“ — не единица этого столбца"],
  // hours a week
  ["weeklyLoad", "1,5 ставки", "„1,5 ставки“ — нагрузка указывается в часах в неделю, а не в ставках: переведите ставки в часы (например, у учителя ставка — 18 часов в неделю, 1,5 ст. — 27 ч)"],
  ["weeklyLoad", "0,5 ставки", "„0,5 ставки“ — нагрузка указывается в часах в неделю, а не в ставках"],
  ["weeklyLoad", "1 ст.", "„1 ст.“ — нагрузка указывается в часах в неделю, а не в ставках"],
  ["weeklyLoad", "85%", "„85%“ — нагрузка указывается в часах в неделю, а не в процентах: введите число часов в неделю, например 18"],
  ["weeklyLoad", "2 дня", "„2 дня“ — нагрузка указывается в часах в неделю, а не в днях"],
  ["weeklyLoad", "18 уроков", "„18 уроков“ — нагрузка указывается в часах в неделю, а „уроков“ — не единица этого столбца"],
  // percent
  ["score", "15 баллов", "„15 баллов“ — результат указывается в процентах, а не в баллах: переведите баллы в процент выполнения"],
  ["score", "45 ч", "„45 ч“ — результат указывается в процентах, а не в часах: введите процент от 0 до 100, например 85"],
  ["score", "8 из", "„8 из“ — результат указывается в процентах, а „из“ — не единица этого столбца"],
  // rates
  ["staffRates", "18 ч", "„18 ч“ — значение указывается в ставках (штатных единицах), а не в часах: введите число ставок, например 12,5"],
  ["filledRates", "12 чел.", "„12 чел.“ — значение указывается в ставках (штатных единицах), а „чел.“ — не единица этого столбца"],
  ["filledRates", "40%", "„40%“ — значение указывается в ставках (штатных единицах), а не в процентах"],
];

describe("a number with a unit is read only when the unit fits the field", () => {
  test.each(GOOD)("%s: %p → %p", (id, raw, value) => {
    expect(normalizeCell(raw, field(id))).toEqual({ ok: true, value });
  });

  test.each(BAD)("%s: %p is a type error", (id, raw, reason) => {
    const f = field(id);
    const r = normalizeCell(raw, f);
    expect(r).toMatchObject({ ok: false, rule: f.type === "int" ? "type.int" : "type.number" });
    if (!r.ok) expect(r.reason).toContain(reason);
  });

  test("the column path (with its memory) answers the same, twice", () => {
    for (const [id, raw] of [...GOOD, ...BAD]) {
      const f = field(id);
      const column = columnNormalizer(f);
      for (let round = 0; round < 2; round++) expect(column(raw)).toEqual(normalizeCell(raw, f));
    }
  });

  test("every numeric field of every form has its unit or is declared unitless", () => {
    const numeric = ALL_FIELDS.filter((f) => f.type === "number" || f.type === "int").map((f) => f.id);
    const unaccounted = numeric.filter((id) => unitOfField(id) === undefined && !UNITLESS_NUMBER_FIELDS.includes(id));
    expect(unaccounted).toEqual([]);
    expect(numeric.filter((id) => unitOfField(id) !== undefined && UNITLESS_NUMBER_FIELDS.includes(id))).toEqual([]);
  });

  test("unit checks do not change what is not a number: ranges, lists and mixed units stay «не число»", () => {
    for (const [id, raw] of [["teachingExperience", "12 лет 3 мес"], ["weeklyLoad", "18-20 ч"], ["hours", "36/72"], ["score", "1,2,3"]] as const) {
      const r = normalizeCell(raw, field(id));
      expect(r).toMatchObject({ ok: false, rule: "type.number" });
      if (!r.ok) expect(r.reason).toContain("не число");
    }
  });

  test("parseNumberText (the municipal «Значение» path) still takes any unit word", () => {
    expect(parseNumberText("0,5 ставки")).toBe(0.5);
    expect(parseNumberText("85%")).toBe(85);
    expect(parseNumberText("6 мес.")).toBe(6);
    expect(parseNumberText("12 лет 3 мес")).toBeNull();
  });
});
