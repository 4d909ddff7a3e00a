import { CellValue, MergedRange, SheetGrid } from "../../../src/domain/grid";
import { FormId } from "../../../src/domain/forms";
import { RecognizedSheet, UnrecognizedSheet, isRecognized, recognizeSheet, WEAK_CONFIDENCE } from "../../../src/domain/recognize";

function grid(sheet: string, cells: CellValue[][], merges?: MergedRange[]): SheetGrid {
  return { file: "школа.xlsx", sheet, cells, merges };
}

function recognized(s: SheetGrid, override?: Parameters<typeof recognizeSheet>[1]): RecognizedSheet {
  const r = recognizeSheet(s, override);
  if (!isRecognized(r)) throw new Error(`not recognised: ${r.reason}`);
  return r;
}

function unrecognized(s: SheetGrid): UnrecognizedSheet {
  const r = recognizeSheet(s);
  if (isRecognized(r)) throw new Error(`recognised as ${r.form} at row ${r.headerRow}`);
  return r;
}

const d = (iso: string): Date => new Date(`${iso}T00:00:00Z`);

describe("header row at the top or under titles and notes", () => {
  test("roster with the header in row 1", () => {
    const r = recognized(grid("Лист1", [
      ["ОО", "ФИО", "Дата рождения", "Должность", "Квалификационная категория", "Пед. стаж", "Общий стаж"],
      ["МБОУ СОШ №1", "Иванова Анна Петровна", d("1980-03-12"), "учитель", "высшая", 20, 25],
      ["МБОУ СОШ №1", "Петров Олег Ильич", d("1995-11-02"), "учитель", "первая", 3, 5],
      ["МБОУ СОШ №1", "Сидорова Е.В.", d("1970-01-30"), "директор", "СЗД", 30, 35],
    ]));
    expect(r).toMatchObject({
      form: "roster", headerRow: 1, headerRows: 1, rows: 3, firstDataRow: 2, weak: false,
      unmapped: [], ambiguities: [], missingRequired: [],
      columns: { school: 0, fullName: 1, birthDate: 2, position: 3, qualificationCategory: 4, teachingExperience: 5, totalExperience: 6 },
    });
    expect(r.confidence).toBeGreaterThanOrEqual(0.9);
  });

  test("courses with the header in row 25 under a title and notes", () => {
    const top: CellValue[][] = [
      ["Сведения о прохождении курсов повышения квалификации педагогическими работниками"],
      ["за 2023/2024 учебный год"],
      [],
      ["Заполняется по каждому удостоверению отдельной строкой. Даты в формате ДД.ММ.ГГГГ."],
    ];
    while (top.length < 24) top.push([]);
    const r = recognized(grid("Лист2", [
      ...top,
      ["№ п/п", "Наименование ОО", "Ф.И.О. педагога", "Тема курсов", "Кол-во часов", "Дата окончания", "Где проходил"],
      [1, "МАОУ Гимназия №2", "Кузнецова М.А.", "Функциональная грамотность", 36, d("2024-03-01"), "ИРО"],
      [2, "МАОУ Гимназия №2", "Орлов Д.С.", "ФГОС ООО", 72, d("2023-12-15"), "Академия Минпросвещения"],
    ]));
    expect(r).toMatchObject({
      form: "courses", headerRow: 25, headerRows: 1, rows: 2, weak: false,
      columns: { school: 1, fullName: 2, programTitle: 3, hours: 4, endDate: 5, provider: 6 },
      unmapped: ["№ п/п"],
    });
  });
});

describe("counting data rows", () => {
  test("records only: empty rows, total lines and a signature under the table are not rows", () => {
    const r = recognized(grid("Лист1", [
      ["ОО", "ФИО", "Должность", "Дата рождения", null, null],
      ["СОШ №1", "Иванова А.П.", "учитель", d("1980-01-01")],
      [],
      ["СОШ №1", "Петров О.И.", "учитель", d("1985-01-01")],
      ["Итого:", 2],
      ["Всего педагогов", 2],
      [null, null, null, null, null, "Директор ________ (подпись)"],
    ]));
    expect(r.rows).toBe(2);
  });
});

describe("two-row headers with merged parent cells", () => {
  test("courses: «ФИО» merged down, «Сроки обучения» over «начало»/«окончание», a numbering row skipped", () => {
    const merges: MergedRange[] = [
      { top: 1, left: 0, bottom: 2, right: 0 },
      { top: 1, left: 1, bottom: 2, right: 1 },
      { top: 1, left: 2, bottom: 2, right: 2 },
      { top: 1, left: 3, bottom: 2, right: 3 },
      { top: 1, left: 4, bottom: 1, right: 5 },
    ];
    const r = recognized(grid("КПК", [
      ["Повышение квалификации"],
      ["ОО", "ФИО", "Наименование программы", "Объём, ч", "Сроки обучения", null],
      [null, null, null, null, "начало", "окончание"],
      [1, 2, 3, 4, 5, 6],
      ["СОШ №3", "Белова И.И.", "Цифровая образовательная среда", 16, d("2023-10-02"), d("2023-10-06")],
      ["СОШ №3", "Громов А.А.", "Профориентация", 24, d("2024-01-15"), d("2024-01-19")],
      [],
      ["СОШ №3", "Дёмина О.Л.", "Воспитание", 36, d("2024-02-05"), d("2024-02-16")],
    ], merges));
    expect(r).toMatchObject({
      form: "courses", headerRow: 3, headerRows: 2, firstDataRow: 5, rows: 3, weak: false,
      columns: { school: 0, fullName: 1, programTitle: 2, hours: 3, startDate: 4, endDate: 5 },
      ambiguities: [],
    });
  });

  test("mentoring: parent «Дата» over «начала»/«окончания», parent «ФИО» over nothing", () => {
    const merges: MergedRange[] = [
      { top: 0, left: 0, bottom: 1, right: 0 },
      { top: 0, left: 1, bottom: 0, right: 2 },
      { top: 0, left: 3, bottom: 1, right: 3 },
      { top: 0, left: 4, bottom: 0, right: 5 },
    ];
    const r = recognized(grid("Лист3", [
      ["Учреждение", "ФИО", null, "Форма наставничества", "Дата", null],
      [null, "наставника", "наставляемого", null, "начала", "окончания"],
      ["ДОУ №5", "Орлова Т.В.", "Синицына А.А.", "педагог – педагог", d("2023-09-01"), d("2024-05-31")],
    ], merges));
    expect(r).toMatchObject({
      form: "mentoring", headerRow: 2, headerRows: 2, rows: 1,
      columns: { school: 0, mentorName: 1, menteeName: 2, form: 3, startDate: 4, endDate: 5 },
    });
  });

  test("a two-row header typed without merged cells: the parent spans the empty cells to its right", () => {
    const r = recognized(grid("Лист1", [
      ["ОО", "ФИО", "Сроки обучения", null, "Кол-во часов", "Наименование программы"],
      [null, null, "с", "по", null, null],
      ["СОШ №1", "Иванова А.П.", d("2023-10-02"), d("2023-10-06"), 36, "ФГОС"],
    ]));
    expect(r).toMatchObject({
      form: "courses", headerRow: 2, headerRows: 2, rows: 1, ambiguities: [],
      columns: { school: 0, fullName: 1, startDate: 2, endDate: 3, hours: 4, programTitle: 5 },
    });
  });

  test("a title merged across the whole width above a one-row header is not taken as a parent", () => {
    const r = recognized(grid("Лист1", [
      ["Сверка педагогических кадров", null, null, null],
      ["ОО", "ФИО", "Должность", "Дата рождения"],
      ["СОШ №1", "Иванова А.П.", "учитель", d("1980-01-01")],
    ], [{ top: 0, left: 0, bottom: 0, right: 3 }]));
    expect(r).toMatchObject({ form: "roster", headerRow: 2, headerRows: 1, columns: { school: 0, fullName: 1, position: 2, birthDate: 3 } });
  });
});

describe("columns in any order, extra and missing columns", () => {
  test("shuffled activities columns map by wording, not by position", () => {
    const r = recognized(grid("Лист1", [
      ["Результат", "Дата проведения", "Ф.И.О.", "Уровень мероприятия", "Наименование конкурса", "Учреждение", "Форма участия"],
      ["призёр", d("2024-02-20"), "Лебедева Н.Н.", "муниципальный", "Учитель года", "СОШ №7", "конкурс профессионального мастерства"],
    ]));
    expect(r).toMatchObject({
      form: "activities",
      columns: { result: 0, date: 1, fullName: 2, level: 3, eventTitle: 4, school: 5, activityType: 6 },
      weak: false, missingRequired: [],
    });
  });

  test("unknown columns are listed as unmapped, missing optional columns do not make the match weak", () => {
    const r = recognized(grid("Лист1", [
      ["№", "Школа", "ФИО", "Должность", "Телефон", "Примечание", "Дата рождения"],
      [1, "СОШ №2", "Зайцева О.О.", "учитель", "+7 900 000-00-00", "", d("1990-05-05")],
    ]));
    expect(r.form).toBe("roster");
    expect(r.unmapped).toEqual(["№", "Телефон", "Примечание"]);
    expect(r.columns).toEqual({ school: 1, fullName: 2, position: 3, birthDate: 6 });
    expect(r.weak).toBe(false);
    expect(r.missingRequired).toEqual([]);
  });

  test("a column that fits two fields equally is reported as ambiguous, the better one taken", () => {
    const r = recognized(grid("КПК", [
      ["ОО", "ФИО", "Наименование программы", "Количество часов", "Сроки обучения"],
      ["СОШ №1", "Иванова А.П.", "ФГОС", 36, "01.10.2023–10.10.2023"],
    ]));
    expect(r.form).toBe("courses");
    expect(r.ambiguities).toEqual([{ column: 4, header: "Сроки обучения", fields: [expect.any(String), expect.any(String)] }]);
    expect([...r.ambiguities[0].fields].sort()).toEqual(["endDate", "startDate"]);
  });

  // Regression (QA, 24.11): «Выявлены дефициты» over да/нет fits the yes/no «Выявлены профессиональные
  // дефициты» and the text «Выявленные дефициты»; it was mapped right and still warned about.
  const diagnostics = (values: CellValue[]) =>
    recognized(grid("Диагностика", [["ОО", "ФИО", "Вид диагностики", "Дата диагностики", "Выявлены дефициты"], ...values.map((v) => ["СОШ №1", "Иванова А.П.", "региональная", "10.10.2023", v])]));
  test("values that all read as the typed field's settle a header fitting it and a text field", () => {
    const r = diagnostics(["да", "нет", null, "Да"]);
    expect(r.columns.deficitsFound).toBe(4);
    expect(r.ambiguities).toEqual([]);
  });

  test("a value that does not keeps the doubt reported", () => {
    const r = diagnostics(["да", "ИКТ, оценивание"]);
    expect(r.ambiguities.map((a) => [a.column, [...a.fields].sort()])).toEqual([[4, ["deficits", "deficitsFound"]]]);
  });
});

describe("headers that say too little are reported, not guessed silently", () => {
  test("«Стаж (лет)» in a roster could be pedagogical or total experience", () => {
    const r = recognized(grid("Лист1", [["ОО", "ФИО", "Должность", "Стаж (лет)"], ["СОШ №1", "Иванова А.П.", "учитель", 12]]));
    expect(r.form).toBe("roster");
    expect(r.ambiguities).toHaveLength(1);
    expect(r.ambiguities[0].column).toBe(3);
    expect([...r.ambiguities[0].fields].sort()).toEqual(["teachingExperience", "totalExperience"]);
  });
  test("with both experience columns present nothing is ambiguous", () => {
    const r = recognized(grid("Лист1", [["ОО", "ФИО", "Должность", "Стаж (лет)", "Пед. стаж"]]));
    expect(r.columns).toMatchObject({ teachingExperience: 4, totalExperience: 3 });
    expect(r.ambiguities).toEqual([]);
  });
  test("«Место работы» is not taken for the employment terms it only half-resembles", () => {
    const r = recognized(grid("Лист1", [["ФИО", "Должность", "Место работы", "Совместитель (да/нет)"]]));
    expect(r.columns).toEqual({ fullName: 0, position: 1, employment: 3 });
    expect(r.unmapped).toEqual(["Место работы"]);
  });
  test("«Наименование» in an activities sheet without a school column", () => {
    const r = recognized(grid("МАП", [["ФИО", "Форма участия", "Наименование", "Уровень", "Результат"]]));
    expect(r.form).toBe("activities");
    expect(r.columns.eventTitle).toBe(2);
    expect(r.ambiguities).toEqual([{ column: 2, header: "Наименование", fields: ["eventTitle", "school"] }]);
  });
});

describe("messy header cells in a whole sheet", () => {
  test("line breaks, NBSP, zero-width spaces, Latin look-alikes and numbering prefixes", () => {
    const r = recognized(grid("Лист1", [
      ["1.", "2.", "3.", "4.", "5."],
      ["1. OO", "2. Ф.И.O.\nпедагога", "3. Дата\u00A0рождения", "4. Долж\u200Bность", "5. Квалифика-\nционная\nкатегория"],
      ["СОШ №1", "Иванова А.П.", d("1980-01-01"), "учитель", "высшая"],
    ]));
    expect(r).toMatchObject({
      form: "roster", headerRow: 2, weak: false, unmapped: [],
      columns: { school: 0, fullName: 1, birthDate: 2, position: 3, qualificationCategory: 4 },
    });
  });
  test("a title in another inflection («о прохождении диагностики») breaks a tie between forms", () => {
    const header = ["ОО", "ФИО", "Дата"];
    expect(recognized(grid("Лист1", [header])).form).toBe("activities");
    const r = recognized(grid("Лист1", [["Сведения о прохождении диагностики педагогами"], header]));
    expect(r.form).toBe("diagnostics");
    expect(r.weak).toBe(true);
    expect(r.missingRequired).toEqual(["level"]);
  });
});

/** Each form as different schools head it: [what, sheet name, header row, form, expected columns]. */
const WORDINGS: readonly (readonly [string, string, string[], FormId, Record<string, number>])[] = [
  ["roster, city gymnasium", "Кадры",
    ["№ п/п", "Наименование образовательного учреждения", "Фамилия, имя, отчество", "Год рождения", "Занимаемая должность", "Преподаваемый предмет", "Образование", "Кв. категория", "Стаж пед. работы"],
    "roster", { school: 1, fullName: 2, birthDate: 3, position: 4, subjects: 5, educationLevel: 6, qualificationCategory: 7, teachingExperience: 8 }],
  ["roster, village school", "Лист1",
    ["ФИО работника", "Должность (по тарификации)", "Возраст", "Категория персонала", "КК", "Дата аттестации", "Совместительство / основное", "Нагрузка, час.", "Молодой специалист", "ОУ"],
    "roster", { fullName: 0, position: 1, age: 2, staffCategory: 3, qualificationCategory: 4, categoryDate: 5, employment: 6, weeklyLoad: 7, youngSpecialist: 8, school: 9 }],
  ["schools card", "Карта",
    ["Наименование ОО", "Тип учреждения", "ШНОР", "Школа в сложных социальных условиях", "Количество ставок", "Занято ставок", "Целевая модель наставничества", "Стажировочная площадка"],
    "schools", { school: 0, orgType: 1, lowResults: 2, hardConditions: 3, staffRates: 4, filledRates: 5, mentoringModel: 6, internshipSite: 7 }],
  ["courses, kindergarten", "Лист1",
    ["Учреждение", "Ф.И.О.", "Название курсов", "Вид ДПО", "Объем", "Начало обучения", "Окончание обучения", "Учреждение ДПО", "ФР ДПП", "Направленность программы", "№ удостоверения"],
    "courses", { school: 0, fullName: 1, programTitle: 2, kind: 3, hours: 4, startDate: 5, endDate: 6, provider: 7, federalRegistry: 8, topics: 9, certificate: 10 }],
  ["activities, МАП", "МАП",
    ["ОО", "ФИО педагога", "Вид мероприятия", "Название мероприятия", "Уровень", "Итог", "Дата"],
    "activities", { school: 0, fullName: 1, activityType: 2, eventTitle: 3, level: 4, result: 5, date: 6 }],
  ["activities, dissemination", "Лист5",
    ["Организация", "ФИО", "Форма представления опыта", "Тема выступления", "Уровень (муниципальный / региональный)", "Статус (результат)"],
    "activities", { school: 0, fullName: 1, activityType: 2, eventTitle: 3, level: 4, result: 5 }],
  ["diagnostics", "Дефициты",
    ["ОО", "ФИО", "Предмет", "Вид диагностики", "Дата", "Результат, %", "Выявлены дефициты (да/нет)", "Какие дефициты", "ИОМ / ИППР", "ИОМ выполнен", "Адресная поддержка"],
    "diagnostics", { school: 0, fullName: 1, subject: 2, level: 3, date: 4, score: 5, deficitsFound: 6, deficits: 7, iom: 8, iomCompleted: 9, support: 10 }],
  ["mentoring registry", "Лист1",
    ["ОО", "Наставник (ФИО)", "Наставляемый (ФИО)", "Вид наставничества", "Дата закрепления", "Срок окончания"],
    "mentoring", { school: 0, mentorName: 1, menteeName: 2, form: 3, startDate: 4, endDate: 5 }],
  ["manual municipal data", "Муниципалитет",
    ["Код показателя", "Наименование показателя", "Значение", "Числитель", "Знаменатель"],
    "manual", { indicator: 0, value: 2, numerator: 3, denominator: 4 }],
];

describe("every form recognised from realistic wordings", () => {
  test.each(WORDINGS)("%s", (_what, name, header, form, columns) => {
    const r = recognized(grid(name, [header, header.map(() => "x")]));
    expect(r.form).toBe(form);
    expect(r.columns).toEqual(columns);
    expect(r.weak).toBe(false);
    expect(r.confidence).toBeGreaterThanOrEqual(WEAK_CONFIDENCE);
  });
});

describe("sheet name and title break near-ties", () => {
  const header = ["ОО", "ФИО", "Дата", "Результат"];
  test("without hints the result column reads as a competition result", () => {
    expect(recognized(grid("Лист1", [header])).form).toBe("activities");
  });
  test("a sheet named and titled as diagnostics is diagnostics", () => {
    const r = recognized(grid("Диагностика", [["Результаты диагностики профессиональных дефицитов"], header]));
    expect(r.form).toBe("diagnostics");
    expect(r.columns).toEqual({ school: 0, fullName: 1, date: 2, score: 3 });
    expect(r.headerRow).toBe(2);
  });
  test("a sheet named «МАП» with only school, name and date is taken as activities, weakly", () => {
    const r = recognized(grid("МАП", [["ОО", "ФИО", "Дата"]]));
    expect(r.form).toBe("activities");
    expect(r.weak).toBe(true);
    expect(r.missingRequired).toEqual(["activityType"]);
  });
});

describe("sheets that are no standard form", () => {
  test("an empty sheet", () => {
    expect(unrecognized(grid("Лист4", [[], [null, "  "], []])).reason).toBe("лист пуст");
  });
  test("a memo sheet", () => {
    const r = unrecognized(grid("Пояснение", [
      ["Пояснительная записка"],
      ["В 2023/2024 учебном году курсы повышения квалификации прошли 45 педагогов."],
      ["ФИО ответственного: Петрова А.А., методист"],
      ["Дата: 30.05.2024"],
    ]));
    expect(r.reason).toMatch(/^не найдена строка заголовков: нет столбцов ФИО\/ОО/);
    expect(r.reason).not.toContain("Петрова");
  });
  test("a chart data sheet", () => {
    const r = unrecognized(grid("Данные диаграммы", [
      ["Год", 2022, 2023, 2024],
      ["Доля педагогов с высшей категорией, %", 31, 34, 38],
      ["Доля молодых специалистов, %", 8, 9, 11],
    ]));
    expect(r.reason).toMatch(/не найдена строка заголовков/);
  });
  test("a pivot table", () => {
    const r = unrecognized(grid("Свод", [
      ["Названия строк", "Количество по полю ФИО"],
      ["СОШ №1", 12],
      ["Общий итог", 12],
    ]));
    expect(r.reason).toMatch(/сводная таблица/);
  });
  // Each marker as Excel writes it (in Russian or English Excel) or as a school retyped it: another
  // case, a quote before it, a Latin look-alike letter first.
  test.each([
    "Названия строк",
    "названия столбцов",
    "  «Общий итог»",
    "Oбщий итог", // Latin O
    "Hазвания строк", // Latin H
    "СУММА ПО ПОЛЮ Часы",
    "Cумма по полю Часы", // Latin C
    "Количество по полю ФИО",
    "Kоличество по полю ФИО", // Latin K
    "Row Labels",
    "Grand Total",
    "Sum of Hours",
    "Count of ФИО",
  ])("a pivot table marked «%s», though its other headers read as a roster's", (marker) => {
    const r = unrecognized(grid("Свод", [
      ["ОО", "ФИО", "Должность", marker],
      ["СОШ №1", "Иванова Анна Петровна", "учитель", 12],
    ]));
    expect(r.reason).toMatch(/сводная таблица/);
  });
  test.each(["Общий стаж (лет)", "Количество часов", "Сумма баллов", "Названия программ"])("a header «%s» that starts like a pivot's marker is no pivot", (header) => {
    const r = recognized(grid("Сверка", [
      ["ОО", "ФИО", "Должность", header],
      ["СОШ №1", "Иванова Анна Петровна", "учитель", 12],
    ]));
    expect(r.form).toBe("roster");
  });
  test("data without a header row", () => {
    const r = unrecognized(grid("Лист1", [
      ["СОШ №1", "Иванова Анна Петровна", d("1980-03-12"), "учитель", "высшая"],
      ["СОШ №1", "Петров Олег Ильич", d("1995-11-02"), "учитель", "первая"],
    ]));
    expect(r.reason).toMatch(/не найдена строка заголовков/);
  });
  test("a header below the 30 rows searched is not found, unless the user points at it", () => {
    const cells: CellValue[][] = Array.from({ length: 30 }, () => []);
    cells[0] = ["Сверка кадров"];
    cells.push(["ОО", "ФИО", "Должность", "Дата рождения"], ["СОШ №1", "Иванова А.П.", "учитель", d("1980-01-01")]);
    expect(unrecognized(grid("Лист1", cells)).reason).toMatch(/в первых 30 строках/);
    const r = recognized(grid("Лист1", cells), { form: "roster", headerRow: 31 });
    expect(r).toMatchObject({ headerRow: 31, rows: 1, weak: false, columns: { school: 0, fullName: 1, position: 2, birthDate: 3 } });
  });
  test("Metodist's own output sheet", () => {
    const s: SheetGrid = { ...grid("Показатели", [["ОО", "ФИО", "Должность"]]), ownOutput: true };
    expect(unrecognized(s).reason).toBe("лист с результатами Методиста");
  });
  test("a lone «ФИО» column is a list of names, not a form, and the reason says what was found", () => {
    const r = unrecognized(grid("Список", [["ФИО", "Телефон"], ["Иванова А.П.", "123"]]));
    expect(r.reason).toContain("узнан только столбец «ФИО» (A1)");
    expect(r.reason).not.toContain("Иванова");
  });
});

describe("weak matches are flagged, not trusted silently", () => {
  test("only two weakly matching headers", () => {
    const r = recognized(grid("Лист1", [["Ф.И.О", "Должн."], ["Иванова А.П.", "учитель"]]));
    expect(r.form).toBe("roster");
    expect(r.weak).toBe(true);
    expect(r.missingRequired).toEqual(["school"]);
  });
});

describe("the mapping editor's override", () => {
  const cells: CellValue[][] = [
    ["Школа", "Слушатель", "Курсы", "Часы", "Дата окончания", "Примечание"],
    ["СОШ №1", "Иванова А.П.", "ФГОС", 36, d("2024-03-01"), "Фамилия сменилась"],
  ];
  test("forcing a column: the named column takes the field, the rest is matched automatically", () => {
    const auto = recognized(grid("КПК", cells));
    expect(auto.columns.fullName).toBeUndefined();
    const r = recognized(grid("КПК", cells), { form: "courses", columns: { fullName: 1, programTitle: 2 } });
    expect(r.columns).toEqual({ school: 0, fullName: 1, programTitle: 2, hours: 3, endDate: 4 });
    expect(r.unmapped).toEqual(["Примечание"]);
    expect(r.missingRequired).toEqual([]);
  });
  test("a negative column tells that a field has no column: its look-alike stays unmapped", () => {
    const sheet = grid("Лист1", [["ОО", "ФИО", "Должность", "Категория"]]);
    expect(recognized(sheet).columns.qualificationCategory).toBe(3);
    const r = recognized(sheet, { form: "roster", columns: { qualificationCategory: -1 } });
    expect(r.columns).toEqual({ school: 0, fullName: 1, position: 2 });
    expect(r.unmapped).toEqual(["Категория"]);
  });
  test("forcing the form on a sheet that would read as another", () => {
    const r = recognized(grid("Лист1", [["ОО", "ФИО", "Дата", "Результат"]]), { form: "diagnostics" });
    expect(r.form).toBe("diagnostics");
    expect(r.columns.score).toBe(3);
  });
  test("forcing the header row", () => {
    const r = recognized(grid("Лист1", [
      ["ОО", "ФИО", "Должность"],
      ["Образовательная организация", "Фамилия, имя, отчество", "Занимаемая должность", "Дата рождения"],
    ]), { form: "roster", headerRow: 1 });
    expect(r.headerRow).toBe(1);
    expect(r.columns).toEqual({ school: 0, fullName: 1, position: 2 });
    expect(r.rows).toBe(1);
  });
});

describe("large sheets (speed is measured by npm run bench)", () => {
  test("a 200 000-row sheet is recognised and every data row counted", () => {
    const cells: CellValue[][] = [["ОО", "ФИО", "Должность", "Дата рождения", "Категория"]];
    for (let i = 0; i < 200_000; i++) cells.push(["СОШ №1", `Педагог ${i}`, "учитель", 30000 + (i % 9000), i % 3 === 0 ? "высшая" : "первая"]);
    const r = recognized(grid("Сверка", cells));
    expect(r.rows).toBe(200_000);
    expect(r.form).toBe("roster");
  });
});
