import { FORMS, FormDef, FormId } from "../../src/domain/forms";
import { Rng } from "./prng";

/**
 * How each school lays out its own file. Real schools reword, abbreviate and reorder headers, put a
 * title or two above the table, merge a two-row header, type dates as text or write «27,5»: every
 * habit below is one a methodist meets in May.
 */
export interface Column {
  /** A form field, or an extra column Metodist must ignore. */
  readonly field: string | "npp" | "note";
  readonly header: string;
  /** Two-row header: the merged parent above this column. */
  readonly parent?: string;
}

export interface SheetLayout {
  readonly sheet: string;
  readonly titles: readonly string[];
  /** 1-based row of the (last) header row. */
  readonly headerRow: number;
  readonly twoRowHeader: boolean;
  readonly columns: readonly Column[];
}

export interface SchoolStyle {
  readonly file: string;
  readonly textDates: boolean;
  readonly commaNumbers: boolean;
  /** Event sheets name people «Фамилия И.О.». */
  readonly initials: boolean;
  /** Vocabulary abbreviations: ВКК, 1КК, СЗД, КПК, ИППР… */
  readonly abbreviations: boolean;
  readonly capitalBool: boolean;
  readonly sheets: Partial<Record<FormId, SheetLayout>>;
}

/** Optional columns some schools leave out of their roster. */
export const OMITTED: Readonly<Record<string, readonly string[]>> = {
  "МАДОУ Детский сад № 17": ["age", "staffCategory"],
  "МОУ ООШ № 12": ["staffCategory"],
  "МАУ ДО ДДТ": ["age"],
};

/** Extra wordings on top of the form's own aliases (FORMS.md: recognition must generalise beyond them). */
const EXTRA: Readonly<Record<string, readonly string[]>> = {
  "roster.fullName": ["Ф.И.О.", "ФИО (полностью)"],
  "roster.school": ["ОО"],
  "roster.qualificationCategory": ["КК", "Квалификационная категория (ВКК, 1КК, СЗД)"],
  "roster.teachingExperience": ["Педагогический стаж"],
  "roster.birthDate": ["Дата рождения (дд.мм.гггг)"],
  "courses.hours": ["Кол-во часов"],
  "courses.fullName": ["Ф.И.О. педагога"],
  "courses.school": ["ОО"],
  "activities.fullName": ["Ф.И.О."],
  "diagnostics.iomCompleted": ["ИОМ завершен"],
};

/** Aliases too short to stand alone next to their neighbours in a real header row. */
const TOO_VAGUE = new Set(["Категория", "Дефициты", "Диагностика", "Форма", "Начало", "Окончание", "Дата", "Результат", "Направление", "Программа", "Итог", "Мероприятие", "Часов", "Объем", "N", "S", "МС", "ИОМ", "ИППР", "Организация", "Школа", "Предмет", "Образование", "Нагрузка", "Наставник", "Наставляемый", "Уровень"]);

function variants(form: FormDef, field: string): string[] {
  const f = form.fields.find((x) => x.id === field)!;
  const all = [f.header, ...f.aliases, ...(EXTRA[`${form.id}.${field}`] ?? [])];
  return all.filter((h, i) => i === 0 || !TOO_VAGUE.has(h));
}

interface StyleSeed {
  readonly school: string;
  readonly variant: number;
  readonly shuffle: number;
  readonly titles: "none" | "one" | "two" | "row5";
  readonly npp: boolean;
  readonly note: boolean;
  readonly upper?: boolean;
  readonly noYo?: boolean;
  readonly mergedRoster?: boolean;
  readonly textDates?: boolean;
  readonly commaNumbers?: boolean;
  readonly initials?: boolean;
  readonly abbreviations?: boolean;
  readonly capitalBool?: boolean;
  readonly sheetNames: readonly [string, string, string, string, string, string];
}

const SEEDS: readonly StyleSeed[] = [
  { school: "МАДОУ Детский сад № 5", variant: 0, shuffle: 0, titles: "one", npp: true, note: false, sheetNames: ["Сверка кадров", "Информационная карта", "КПК", "МАП", "Диагностика", "Наставничество"] },
  { school: "МАДОУ Детский сад № 8", variant: 1, shuffle: 2, titles: "none", npp: false, note: true, capitalBool: true, sheetNames: ["Кадры", "Карта ДОУ", "Курсы", "Конкурсы", "Дефициты", "Наставники"] },
  { school: "МАДОУ Детский сад № 17", variant: 2, shuffle: 3, titles: "two", npp: true, note: true, abbreviations: true, sheetNames: ["Лист1", "Лист2", "Лист3", "Лист4", "Лист5", "Лист6"] },
  { school: "МДОУ Детский сад № 25", variant: 3, shuffle: 1, titles: "row5", npp: true, note: false, sheetNames: ["Педагоги", "Сведения о ДОУ", "Повышение квалификации", "Методическая работа", "Диагностика ПД", "Реестр пар"] },
  { school: "МАДОУ Детский сад № 40", variant: 4, shuffle: 2, titles: "one", npp: false, note: false, initials: true, upper: true, sheetNames: ["СВЕРКА", "КАРТА", "КПК 2023-2024", "МАП 2023-2024", "ДИАГНОСТИКА", "НАСТАВНИЧЕСТВО"] },
  { school: "МДОУ Детский сад № 41", variant: 5, shuffle: 4, titles: "none", npp: true, note: true, noYo: true, sheetNames: ["сверка", "карта", "кпк", "мап", "диагностика", "наставничество"] },
  { school: "МАОУ СОШ № 1", variant: 6, shuffle: 1, titles: "one", npp: true, note: true, initials: true, abbreviations: true, sheetNames: ["Сверка педкадров", "Инфокарта", "Курсовая подготовка", "Участие в мероприятиях", "ИОМ", "Наставничество 23-24"] },
  { school: "МОУ СОШ № 2", variant: 1, shuffle: 0, titles: "two", npp: true, note: false, mergedRoster: true, sheetNames: ["Сверка", "Карта ОО", "КПК", "МАП", "Диагностика", "Наставничество"] },
  { school: "МБОУ СОШ № 3", variant: 2, shuffle: 3, titles: "one", npp: false, note: true, capitalBool: true, sheetNames: ["Кадры СОШ3", "Карта СОШ3", "Курсы СОШ3", "Конкурсы СОШ3", "Диагностика СОШ3", "Пары СОШ3"] },
  { school: "МАОУ СОШ № 4", variant: 3, shuffle: 2, titles: "one", npp: true, note: true, textDates: true, sheetNames: ["Сверка кадров", "Карта", "КПК", "МАП", "Диагностика", "Наставничество"] },
  { school: "МОУ ООШ № 12", variant: 4, shuffle: 1, titles: "two", npp: true, note: false, commaNumbers: true, initials: true, abbreviations: true, sheetNames: ["Лист1", "Карта ООШ", "Курсы", "Мероприятия", "Диагностика", "Наставничество"] },
  { school: "МАУ ДО ДДТ", variant: 5, shuffle: 2, titles: "one", npp: false, note: false, upper: false, noYo: true, sheetNames: ["Кадры ДДТ", "Карта ДДТ", "КПК ДДТ", "МАП ДДТ", "Диагностика ДДТ", "Наставничество ДДТ"] },
];

const SCHOOL_FORMS: readonly FormId[] = ["roster", "schools", "courses", "activities", "diagnostics", "mentoring"];

const TITLE: Readonly<Record<FormId, string>> = {
  roster: "Сверка педагогических кадров",
  schools: "Информационная карта",
  courses: "Сведения о повышении квалификации педагогических работников",
  activities: "Методическая активность педагогов (форма МАП)",
  diagnostics: "Диагностика профессиональных дефицитов",
  mentoring: "Реестр наставнических пар",
  manual: "Сведения муниципалитета",
};

function titlesFor(seed: StyleSeed, form: FormId): string[] {
  const main = `${TITLE[form]} ${seed.school} на 01.06.2024`;
  switch (seed.titles) {
    case "none":
      return [];
    case "one":
      return [main];
    case "two":
      return [main, "за 2023/2024 учебный год"];
    case "row5":
      return [TITLE[form], seed.school, "Отчётный период: 2023/2024 учебный год", ""];
  }
}

function restyle(seed: StyleSeed, header: string): string {
  let h = header;
  if (seed.noYo) h = h.replace(/ё/g, "е").replace(/Ё/g, "Е");
  if (seed.upper) h = h.toUpperCase();
  return h;
}

/** Roster of МОУ СОШ № 2: experience and attestation under merged parent headers. */
const MERGED: readonly Column[] = [
  { field: "teachingExperience", parent: "Стаж работы (лет)", header: "педагогический" },
  { field: "totalExperience", parent: "Стаж работы (лет)", header: "общий" },
  { field: "qualificationCategory", parent: "Аттестация", header: "квалификационная категория" },
  { field: "categoryDate", parent: "Аттестация", header: "дата присвоения категории" },
];

function layoutFor(rng: Rng, seed: StyleSeed, form: FormDef, sheet: string): SheetLayout {
  const omitted = form.id === "roster" ? OMITTED[seed.school] ?? [] : [];
  let cols: Column[] = form.fields
    .filter((f) => !omitted.includes(f.id))
    .map((f, i) => {
      const v = variants(form, f.id);
      return { field: f.id, header: restyle(seed, v[(seed.variant + i) % v.length]) };
    });
  const merged = seed.mergedRoster === true && form.id === "roster";
  if (merged) {
    cols = cols.map((c) => MERGED.find((m) => m.field === c.field) ?? c);
  } else {
    for (let s = 0; s < seed.shuffle; s++) {
      const i = rng.int(0, cols.length - 1);
      const j = rng.int(0, cols.length - 1);
      [cols[i], cols[j]] = [cols[j], cols[i]];
    }
  }
  if (seed.npp) cols.unshift({ field: "npp", header: restyle(seed, "№ п/п") });
  if (seed.note) cols.push({ field: "note", header: restyle(seed, "Примечание") });
  const titles = titlesFor(seed, form.id);
  const gap = titles.length > 0 && seed.titles !== "row5" ? 1 : 0;
  const headerRow = titles.length + gap + (merged ? 2 : 1);
  return { sheet, titles, headerRow, twoRowHeader: merged, columns: cols };
}

export function schoolStyles(rng: Rng): Map<string, SchoolStyle> {
  const out = new Map<string, SchoolStyle>();
  for (const seed of SEEDS) {
    const sheets: Partial<Record<FormId, SheetLayout>> = {};
    SCHOOL_FORMS.forEach((id, i) => {
      sheets[id] = layoutFor(rng, seed, FORMS.find((f) => f.id === id)!, seed.sheetNames[i]);
    });
    out.set(seed.school, {
      file: `${seed.school}.xlsx`,
      textDates: seed.textDates === true,
      commaNumbers: seed.commaNumbers === true,
      initials: seed.initials === true,
      abbreviations: seed.abbreviations === true,
      capitalBool: seed.capitalBool === true,
      sheets,
    });
  }
  return out;
}

/** The consolidated workbook: canonical headers from src/domain/forms, header in row 1. */
export function consolidatedLayouts(): Record<FormId, SheetLayout> {
  const out = {} as Record<FormId, SheetLayout>;
  for (const f of FORMS) {
    out[f.id] = { sheet: f.sheetName, titles: [], headerRow: 1, twoRowHeader: false, columns: f.fields.map((x) => ({ field: x.id, header: x.header })) };
  }
  return out;
}
