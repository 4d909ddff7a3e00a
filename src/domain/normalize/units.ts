import { fold, ruNumber } from "../text";

/**
 * Units a number may carry, per field. A typed «16 ч.» in course hours or «20 лет» in стаж is the
 * number itself; «6 мес.» in стаж, «1,5 ставки» in weekly load, «2 недели» in course hours are not
 * (6 months are not 6 years), so a unit word is accepted only when it names the field's own unit.
 *
 * Unit words are compared folded (case, ё/е, Latin look-alikes, spaces), with dots read as spaces:
 * «ч.», «Ч», «ак.ч.» and «ак. ч» are all the same spelling here.
 */
export type UnitKind = "years" | "hours" | "weeklyHours" | "percent" | "rates";

/** What is wrong and how to fix it, in the words a reason uses. */
export interface FieldUnit {
  readonly kind: UnitKind;
  /** The value being described: «стаж указывается в годах». */
  readonly subject: string;
  /** How it is measured, after «указывается»: «в годах». */
  readonly measured: string;
  /** What to type instead. */
  readonly how: string;
}

const YEARS = "(?:г|год|года|годов|лет|л|полных лет|полных года|полный год)";
const HOURS = "(?:(?:ак|акад|академ|академический|академических) )?(?:ч|час|часа|часов)";
const UNIT_WORDS: Readonly<Record<UnitKind, RegExp>> = {
  years: new RegExp(`^${YEARS}$`),
  hours: new RegExp(`^${HOURS}$`),
  weeklyHours: new RegExp(`^${HOURS}(?: (?:в )?(?:неделю|нед))?$`),
  percent: /^(?:%|процент|процента|процентов|проц)$/,
  rates: /^(?:ст|ставка|ставки|ставок|шт ед|штатная единица|штатные единицы|штатной единицы|штатных единиц)$/,
};

/**
 * Units people put into the wrong column, recognised to say what was found and how to convert it.
 * `in` is the prepositional plural after «а не …».
 */
type ForeignKind = "months" | "weeks" | "days" | "years" | "hours" | "rates" | "percent" | "money" | "points";
const FOREIGN: readonly { readonly kind: ForeignKind; readonly in: string; readonly words: RegExp }[] = [
  { kind: "months", in: "в месяцах", words: /^(?:мес|месяц|месяца|месяцев)$/ },
  { kind: "weeks", in: "в неделях", words: /^(?:нед|неделя|недели|недель|неделю)$/ },
  { kind: "days", in: "в днях", words: /^(?:д|дн|день|дня|дней)$/ },
  { kind: "years", in: "в годах", words: UNIT_WORDS.years },
  { kind: "hours", in: "в часах", words: UNIT_WORDS.weeklyHours },
  { kind: "rates", in: "в ставках", words: UNIT_WORDS.rates },
  { kind: "percent", in: "в процентах", words: UNIT_WORDS.percent },
  { kind: "money", in: "в рублях", words: /^(?:р|руб|рубль|рубля|рублей|тыс руб|т р)$/ },
  { kind: "points", in: "в баллах", words: /^(?:б|балл|балла|баллов)$/ },
];

const EXPERIENCE: FieldUnit = { kind: "years", subject: "стаж", measured: "в годах", how: "введите число лет, например 12 или 0,5" };
const RATES: FieldUnit = { kind: "rates", subject: "значение", measured: "в ставках (штатных единицах)", how: "введите число ставок, например 12,5" };

/**
 * Numeric fields by id (ids of numeric fields are unique across the forms, FORMS.md). A numeric
 * field not listed here has no unit of its own («Числитель», «Знаменатель»: plain counts) and keeps
 * taking any unit word, as it always did.
 */
const FIELD_UNITS: Readonly<Record<string, FieldUnit>> = {
  age: { kind: "years", subject: "возраст", measured: "в полных годах", how: "введите целое число лет, например 42" },
  teachingExperience: EXPERIENCE,
  totalExperience: EXPERIENCE,
  weeklyLoad: { kind: "weeklyHours", subject: "нагрузка", measured: "в часах в неделю", how: "введите число часов в неделю, например 18" },
  hours: { kind: "hours", subject: "объём", measured: "в часах", how: "введите количество часов из удостоверения, например 36 или 72" },
  score: { kind: "percent", subject: "результат", measured: "в процентах", how: "введите процент от 0 до 100, например 85" },
  staffRates: RATES,
  filledRates: RATES,
};

/** Numeric fields that deliberately have no unit of their own (see FIELD_UNITS). */
export const UNITLESS_NUMBER_FIELDS: readonly string[] = ["numerator", "denominator"];

export function unitOfField(fieldId: string): FieldUnit | undefined {
  return Object.prototype.hasOwnProperty.call(FIELD_UNITS, fieldId) ? FIELD_UNITS[fieldId] : undefined;
}

/** «ч.», «Ак. Ч» → «ч», «ак ч». */
function unitSpelling(tail: string): string {
  return fold(tail.replace(/\./g, " "));
}

/** To one decimal, as an example the reader can type. */
function ru(n: number): string {
  return ruNumber(Math.round(n * 10) / 10);
}

/** Conversion advice for a recognised foreign unit, when there is one worth giving. */
function convert(unit: FieldUnit, found: ForeignKind, n: number, integer: boolean): string | null {
  if (unit.kind === "years" && !integer) {
    if (found === "months") return `переведите месяцы в годы (например, ${ru(n / 12)})`;
    if (found === "weeks" || found === "days") return "переведите в годы (например, полгода — 0,5)";
  }
  if (unit.kind === "weeklyHours" && found === "rates") {
    return `переведите ставки в часы (например, у учителя ставка — 18 часов в неделю, ${ru(n)} ст. — ${ru(n * 18)} ч)`;
  }
  if (unit.kind === "hours" && (found === "months" || found === "weeks" || found === "days")) {
    return "укажите количество часов из удостоверения (например, 36 или 72)";
  }
  if (unit.kind === "percent" && found === "points") return "переведите баллы в процент выполнения (баллы ÷ максимум × 100)";
  return null;
}

/**
 * Whether `tail` (what follows the number, as the number parser found it; may be empty) fits the
 * field: null when it does, else the reason after the quoted cell («— стаж указывается в годах…»).
 */
export function unitMismatch(unit: FieldUnit, tail: string, n: number, integer: boolean): string | null {
  const spelling = unitSpelling(tail);
  if (spelling === "" || UNIT_WORDS[unit.kind].test(spelling)) return null;
  const shownTail = tail.trim();
  const foreign = FOREIGN.find((f) => f.kind !== unit.kind && f.words.test(spelling));
  const lead = `${unit.subject} указывается ${unit.measured}`;
  if (foreign) return `${lead}, а не ${foreign.in}: ${convert(unit, foreign.kind, n, integer) ?? unit.how}`;
  return `${lead}, а „${shownTail}“ — не единица этого столбца: ${unit.how}`;
}
