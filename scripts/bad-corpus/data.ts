/** The clean base every odd case starts from: a small roster and courses sheet that check finds no fault in. */
import { Cell, SheetSpec } from "./book";

export const utc = (y: number, m: number, d: number): Date => new Date(Date.UTC(y, m - 1, d));

export const ROSTER_HEADER = [
  "Образовательная организация", "ФИО", "Дата рождения", "Должность", "Преподаваемый предмет (предметы)",
  "Уровень образования", "Педагогическое образование", "Соответствие образования преподаваемому предмету",
  "Педагогический стаж (лет)", "Общий стаж (лет)", "Квалификационная категория", "Дата присвоения категории",
  "Условия работы (основное место / совместительство)", "Педагогическая нагрузка (часов в неделю)",
] as const;

/** Roster column letters by field, for expectations. */
export const COL = {
  school: "A", fullName: "B", birthDate: "C", position: "D", subjects: "E", educationLevel: "F",
  pedagogicalEducation: "G", educationMatchesSubject: "H", teachingExperience: "I", totalExperience: "J",
  qualificationCategory: "K", categoryDate: "L", employment: "M", weeklyLoad: "N",
} as const;
export type RosterField = keyof typeof COL;
const FIELDS = Object.keys(COL) as RosterField[];

export const SCHOOL = "МБОУ СОШ № 1";

export const PEOPLE = ["Иванова Анна Петровна", "Петров Пётр Ильич", "Сидорова Мария Ивановна", "Кузнецов Олег Сергеевич"] as const;

export function rosterRows(): Cell[][] {
  return [
    [...ROSTER_HEADER],
    [SCHOOL, PEOPLE[0], utc(1980, 3, 12), "учитель", "математика", "высшее", "да", "да", 20, 22, "высшая", utc(2021, 12, 20), "основное", 18],
    [SCHOOL, PEOPLE[1], utc(1990, 5, 5), "учитель", "физика", "высшее", "да", "да", 8, 10, "первая", utc(2022, 4, 15), "основное", 24],
    [SCHOOL, PEOPLE[2], utc(1975, 1, 15), "заместитель директора", "русский язык", "высшее", "да", "да", 25, 27, "высшая", utc(2020, 2, 10), "основное", 6],
    [SCHOOL, PEOPLE[3], utc(1985, 9, 30), "учитель", "история", "среднее профессиональное", "да", "да", 12, 15, "без категории", null, "внутреннее совместительство", 10],
  ];
}

/** The roster with some cells changed: `changes[dataRow][field]`, dataRow 0 = sheet row 2. */
export function rosterWith(changes: Readonly<Record<number, Partial<Record<RosterField, Cell>>>>): Cell[][] {
  const rows = rosterRows();
  for (const [r, fields] of Object.entries(changes)) {
    for (const [f, v] of Object.entries(fields)) rows[Number(r) + 1][FIELDS.indexOf(f as RosterField)] = v as Cell;
  }
  return rows;
}

export const COURSES_HEADER = ["Образовательная организация", "ФИО", "Наименование программы (курсов)", "Вид обучения", "Объём (количество часов)", "Дата начала", "Дата окончания"] as const;

export function courseRows(): Cell[][] {
  return [
    [...COURSES_HEADER],
    [SCHOOL, PEOPLE[0], "Обновлённые ФГОС: содержание и методика", "повышение квалификации", 36, utc(2023, 10, 2), utc(2023, 10, 20)],
    [SCHOOL, PEOPLE[1], "Цифровая образовательная среда", "повышение квалификации", 72, utc(2024, 1, 15), utc(2024, 2, 20)],
  ];
}

export const roster = (rows: Cell[][] = rosterRows(), extra: Partial<SheetSpec> = {}): SheetSpec => ({ name: "Сверка кадров", rows, ...extra });
export const courses = (rows: Cell[][] = courseRows(), extra: Partial<SheetSpec> = {}): SheetSpec => ({ name: "КПК", rows, ...extra });
