import { HIGH_CATEGORIES } from "../forms/vocabularies";
import { ageFromBirth, ageOf, derivedYoungSpecialist } from "./age";
import { RowRule } from "./types";
import { bool, date, isBlank, num, ruDate, ruNum, str, years } from "./values";
import { inPeriod } from "../period";

/**
 * ДПП minimums (Приказ Минобрнауки № 499): повышение квалификации from 16 hours, профессиональная
 * переподготовка from 250 hours.
 */
export const HOURS_MINIMUM: Readonly<Record<string, number>> = {
  "повышение квалификации": 16,
  "профессиональная переподготовка": 250,
};

/** A stated age may be counted on the day the sheet was filled, not on the period end: one year of slack. */
const AGE_SLACK = 1;

/** «Фамилия Имя [Отчество [оглы]]» — 2–4 words of letters, hyphens and apostrophes. */
const NAME_WORDS = /^[\p{L}][\p{L}'’-]*(?: [\p{L}][\p{L}'’-]*){1,3}$/u;
/** «Фамилия И.О.», «Фамилия И. О.», «Фамилия И.» */
const NAME_INITIALS = /^[\p{L}][\p{L}'’-]* \p{Lu}\.(?: ?\p{Lu}\.?)?$/u;

const APOSTROPHE = 0x27;
const RIGHT_QUOTE = 0x2019;
const HYPHEN = 0x2d;

/**
 * NAME_WORDS for a name of Cyrillic letters, single spaces, hyphens and apostrophes — almost every
 * roster cell — without the Unicode regular expression; null for any other character (the regular
 * expression decides).
 */
function cyrillicNameWords(name: string): boolean | null {
  let words = 0;
  let atWordStart = true;
  for (let i = 0; i < name.length; i++) {
    const c = name.charCodeAt(i);
    const letter = (c >= 0x410 && c <= 0x44f) || c === 0x401 || c === 0x451;
    if (letter) {
      if (atWordStart) words += 1;
      atWordStart = false;
    } else if (c === 0x20) {
      if (atWordStart) return false; // a leading or a double space
      atWordStart = true;
    } else if (c === HYPHEN || c === APOSTROPHE || c === RIGHT_QUOTE) {
      if (atWordStart) return false; // a word must start with a letter
    } else {
      return null;
    }
  }
  return !atWordStart && words >= 2 && words <= 4;
}

/** «Фамилия Имя [Отчество [оглы]]»: NAME_WORDS, answered without it when the name allows. */
export function looksLikeFullName(name: string): boolean {
  return cyrillicNameWords(name) ?? NAME_WORDS.test(name);
}

/**
 * An event row whose date is left blank: the indicators count events by their date in the period, so
 * such a row counts nowhere — said at the cell, not dropped without a word. A date that could not be
 * read has its own issue (type.date).
 */
function undated(
  form: "courses" | "activities" | "diagnostics",
  field: string,
  rule: "courses.endDate.missing" | "activities.date.missing" | "diagnostics.date.missing",
  what: string,
): RowRule {
  return {
    rule,
    form,
    severity: "warning",
    field,
    check: (row) => {
      if (date(row, field) !== null || !isBlank(row.raw[field])) return null;
      return `${what}, поэтому строка не войдёт ни в один показатель за период — укажите дату`;
    },
  };
}

/** An event dated outside the period counts in none of its indicators (FORMS.md «Reporting period»). */
function outsidePeriod(form: "activities" | "diagnostics", rule: "activities.date.outsidePeriod" | "diagnostics.date.outsidePeriod", what: string): RowRule {
  return {
    rule,
    form,
    severity: "warning",
    field: "date",
    check: (row, ctx) => {
      const d = date(row, "date");
      if (d === null || inPeriod(d, ctx.period)) return null;
      return `${what} ${ruDate(d)} вне отчётного периода ${ruDate(ctx.period.start)}–${ruDate(ctx.period.end)} — строка не войдёт в показатели; проверьте дату или период`;
    },
  };
}

function dateOrder(form: "courses" | "mentoring", rule: "courses.dates.order" | "mentoring.dates.order"): RowRule {
  return {
    rule,
    form,
    severity: "error",
    field: ["endDate", "startDate"],
    check: (row) => {
      const s = date(row, "startDate");
      const e = date(row, "endDate");
      if (s === null || e === null || s <= e) return null;
      const told = `Дата окончания ${ruDate(e)} раньше даты начала ${ruDate(s)} — проверьте порядок дат`;
      // What the indicators make of it (pairActive): said, so the pair's place in them is no surprise.
      return form === "mentoring" ? `${told}; пока пара считается действующей с ${ruDate(e)} по ${ruDate(s)}` : told;
    },
  };
}

/** Rules across the fields of one row, per form (FORMS.md «rules» columns). */
export const ROW_RULES: readonly RowRule[] = [
  // roster
  {
    rule: "roster.fullName.format",
    form: "roster",
    severity: "warning",
    field: "fullName",
    check: (row) => {
      const name = str(row, "fullName");
      if (name === null || looksLikeFullName(name) || NAME_INITIALS.test(name)) return null;
      return "ФИО не похоже на «Фамилия Имя Отчество» (2–4 слова) или «Фамилия И.О.» — проверьте, нет ли в ячейке лишнего (цифр, должности, двух человек)";
    },
  },
  {
    rule: "roster.birthOrAge.missing",
    form: "roster",
    severity: "warning",
    field: ["birthDate", "age", "fullName"],
    check: (row) => {
      // Neither column in the sheet: that is one sheet-level matter, not an issue on every row.
      const raw = row.raw;
      if (!("birthDate" in raw) && !("age" in raw)) return null;
      if (!isBlank(raw["birthDate"]) || !isBlank(raw["age"])) return null;
      return "Нет ни даты рождения, ни возраста — заполните хотя бы одно, иначе работник не попадёт в показатели по возрасту (молодые специалисты, до 35 лет)";
    },
  },
  {
    rule: "roster.age.mismatch",
    form: "roster",
    severity: "error",
    field: "age",
    check: (row, ctx) => {
      const stated = num(row, "age");
      const derived = ageFromBirth(row, ctx);
      if (stated === null || derived === null || Math.abs(stated - derived) <= AGE_SLACK) return null;
      return (
        `Возраст ${years(stated)} не совпадает с датой рождения ${ruDate(date(row, "birthDate")!)}: на ${ruDate(ctx.period.end)} ` +
        `полных лет — ${derived}. Исправьте возраст или дату рождения`
      );
    },
  },
  {
    rule: "roster.experience.order",
    form: "roster",
    severity: "error",
    field: "teachingExperience",
    check: (row) => {
      const t = num(row, "teachingExperience");
      const all = num(row, "totalExperience");
      if (t === null || all === null || t <= all) return null;
      return `Педагогический стаж ${years(t)} больше общего стажа ${years(all)} — педагогический стаж входит в общий, проверьте оба числа`;
    },
  },
  {
    rule: "roster.experience.age",
    form: "roster",
    severity: "error",
    field: "teachingExperience",
    check: (row, ctx) => {
      const t = num(row, "teachingExperience");
      const age = ageOf(row, ctx);
      if (t === null || age === null || t <= age - 14) return null;
      return (
        `Педагогический стаж ${years(t)} невозможен при возрасте ${years(age)}: стаж не может быть больше возраста минус 14 лет ` +
        `(${ruNum(Math.max(0, age - 14))}) — проверьте стаж, возраст и дату рождения`
      );
    },
  },
  {
    rule: "roster.categoryDate.afterPeriod",
    form: "roster",
    severity: "error",
    field: "categoryDate",
    check: (row, ctx) => {
      const d = date(row, "categoryDate");
      if (d === null || d <= ctx.period.end) return null;
      return `Дата присвоения категории ${ruDate(d)} позже конца отчётного периода ${ruDate(ctx.period.end)} — проверьте дату или выберите другой период`;
    },
  },
  {
    rule: "roster.categoryDate.missing",
    form: "roster",
    severity: "warning",
    field: ["categoryDate", "qualificationCategory"],
    check: (row) => {
      const cat = str(row, "qualificationCategory");
      // Seed 001 counts педагог-наставник/методист with высшая/первая: they are attested the same way.
      if (cat === null || !HIGH_CATEGORIES.includes(cat) || date(row, "categoryDate") !== null || !isBlank(row.raw["categoryDate"])) return null;
      return `Категория «${cat}» указана без даты присвоения — впишите дату приказа об аттестации (ДД.ММ.ГГГГ)`;
    },
  },
  {
    rule: "roster.youngSpecialist.mismatch",
    form: "roster",
    severity: "warning",
    field: "youngSpecialist",
    check: (row, ctx) => {
      const stated = bool(row, "youngSpecialist");
      const derived = derivedYoungSpecialist(row, ctx);
      if (stated === null || derived === null || stated === derived) return null;
      const age = ageOf(row, ctx)!;
      const exp = num(row, "teachingExperience")!;
      return (
        `Отмечено «молодой специалист: ${stated ? "да" : "нет"}», но возраст ${years(age)} и педагогический стаж ${years(exp)}: ` +
        `молодой специалист — моложе 35 лет со стажем не больше 3 лет. Исправьте отметку или оставьте ячейку пустой — она определится сама`
      );
    },
  },
  // schools
  {
    rule: "schools.filledRates.exceed",
    form: "schools",
    severity: "error",
    field: "filledRates",
    check: (row) => {
      const filled = num(row, "filledRates");
      const staff = num(row, "staffRates");
      if (filled === null || staff === null || filled <= staff) return null;
      return `Занято ставок ${ruNum(filled)} больше, чем по штатному расписанию (${ruNum(staff)}) — проверьте оба числа`;
    },
  },
  // courses
  dateOrder("courses", "courses.dates.order"),
  {
    rule: "courses.hours.minimum",
    form: "courses",
    severity: "error",
    field: ["hours", "kind"],
    check: (row) => {
      const kind = str(row, "kind");
      const hours = num(row, "hours");
      const min = kind === null ? undefined : HOURS_MINIMUM[kind];
      if (hours === null || min === undefined || hours >= min) return null;
      return (
        `Объём ${ruNum(hours)} ч меньше минимума ${min} ч для вида «${kind}» — проверьте часы или вид обучения ` +
        `(короткое обучение указывайте как «обучающее мероприятие»)`
      );
    },
  },
  undated("courses", "endDate", "courses.endDate.missing", "Не указана дата окончания обучения — курсы учитываются по дате окончания"),
  // activities
  undated("activities", "date", "activities.date.missing", "Не указана дата мероприятия"),
  outsidePeriod("activities", "activities.date.outsidePeriod", "Дата мероприятия"),
  // diagnostics
  undated("diagnostics", "date", "diagnostics.date.missing", "Не указана дата диагностики"),
  outsidePeriod("diagnostics", "diagnostics.date.outsidePeriod", "Дата диагностики"),
  {
    rule: "diagnostics.iomCompleted.withoutIom",
    form: "diagnostics",
    severity: "error",
    field: "iomCompleted",
    check: (row) => {
      if (bool(row, "iomCompleted") !== true) return null;
      const iom = str(row, "iom");
      if (iom !== null && iom !== "нет") return null;
      if (iom === null && !isBlank(row.raw["iom"])) return null; // unreadable: normalisation says so
      return "Отмечено «ИОМ завершён», но ИОМ не разработан — укажите, где разработан ИОМ (ЦНППМ или ОО), или очистите отметку";
    },
  },
  // mentoring
  dateOrder("mentoring", "mentoring.dates.order"),
];
