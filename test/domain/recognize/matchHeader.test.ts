import { FORM_BY_ID, FormId } from "../../../src/domain/forms";
import { matchHeader, scoreHeaderAgainstForms } from "../../../src/domain/recognize";

/** [header as a school wrote it, form, field it must map to]. Grouped by the kind of variation. */
const POSITIVE: readonly (readonly [string, FormId, string])[] = [
  // — exact template headers and listed aliases
  ["Образовательная организация", "roster", "school"],
  ["ФИО", "roster", "fullName"],
  ["Дата рождения", "roster", "birthDate"],
  ["Должность", "roster", "position"],
  ["Квалификационная категория", "roster", "qualificationCategory"],
  ["Тип ОО", "schools", "orgType"],
  ["Наименование программы (курсов)", "courses", "programTitle"],
  ["Вид деятельности (форма участия)", "activities", "activityType"],
  ["Вид (уровень) диагностики", "diagnostics", "level"],
  ["ФИО наставника", "mentoring", "mentorName"],
  ["Показатель", "manual", "indicator"],
  // — case
  ["ДОЛЖНОСТЬ", "roster", "position"],
  ["дата рождения", "roster", "birthDate"],
  ["фио НАСТАВЛЯЕМОГО", "mentoring", "menteeName"],
  ["ЗНАМЕНАТЕЛЬ", "manual", "denominator"],
  ["уровень МЕРОПРИЯТИЯ", "activities", "level"],
  ["ЗАНЯТО СТАВОК", "schools", "filledRates"],
  ["номер удостоверения", "courses", "certificate"],
  // — ё / е
  ["Объём программы", "courses", "hours"],
  ["Объем (кол-во часов)", "courses", "hours"],
  ["ИОМ завершен", "diagnostics", "iomCompleted"],
  ["Маршрут завершён", "diagnostics", "iomCompleted"],
  ["Призёр / результат", "activities", "result"],
  // — punctuation and abbreviations
  ["Ф.И.О.", "roster", "fullName"],
  ["Ф. И. О. работника", "roster", "fullName"],
  ["Ф.И.О", "courses", "fullName"],
  ["ФИО:", "activities", "fullName"],
  ["Ф.И.О. наставника", "mentoring", "mentorName"],
  ["Ф. И. О. наставляемого", "mentoring", "menteeName"],
  ["ОО", "roster", "school"],
  ["ОУ", "courses", "school"],
  ["Наим. ОО", "activities", "school"],
  ["Наименование ОУ", "diagnostics", "school"],
  ["КК", "roster", "qualificationCategory"],
  ["Квалиф. категория", "roster", "qualificationCategory"],
  ["Кв. кат.", "roster", "qualificationCategory"],
  ["Дата присв. КК", "roster", "categoryDate"],
  ["Кол-во часов", "courses", "hours"],
  ["Кол.-во часов", "courses", "hours"],
  ["Кол. часов", "courses", "hours"],
  ["Объём, ч.", "courses", "hours"],
  ["Пед. стаж", "roster", "teachingExperience"],
  ["Пед.стаж, лет", "roster", "teachingExperience"],
  ["Общ. стаж", "roster", "totalExperience"],
  ["Пед. образование", "roster", "pedagogicalEducation"],
  ["Д/р", "roster", "birthDate"],
  ["Дата рожд.", "roster", "birthDate"],
  ["Наим. программы", "courses", "programTitle"],
  ["№ удостоверения", "courses", "certificate"],
  ["Рег. № удостоверения", "courses", "certificate"],
  ["Результат, %", "diagnostics", "score"],
  ["% выполнения", "diagnostics", "score"],
  ["Уровень мер-я", "activities", "level"],
  ["ФР ДПП", "courses", "federalRegistry"],
  ["Пед. нагрузка", "roster", "weeklyLoad"],
  ["Нагрузка, ч/нед.", "roster", "weeklyLoad"],
  ["ШНОР", "schools", "lowResults"],
  ["ССУ", "schools", "hardConditions"],
  ["ЦМН", "schools", "mentoringModel"],
  ["ИППР", "diagnostics", "iom"],
  ["МС", "roster", "youngSpecialist"],
  // — word order
  ["Стаж педагогический", "roster", "teachingExperience"],
  ["Стаж общий (лет)", "roster", "totalExperience"],
  ["Категория квалификационная", "roster", "qualificationCategory"],
  ["Рождения дата", "roster", "birthDate"],
  ["Наставника ФИО", "mentoring", "mentorName"],
  ["Наставляемого Ф.И.О.", "mentoring", "menteeName"],
  ["Окончания дата", "courses", "endDate"],
  ["Начала дата", "mentoring", "startDate"],
  ["Программы наименование", "courses", "programTitle"],
  ["Мероприятия уровень", "activities", "level"],
  ["Образование педагогическое", "roster", "pedagogicalEducation"],
  ["Предмет преподаваемый", "roster", "subjects"],
  ["ОО тип", "schools", "orgType"],
  ["Ставок занято", "schools", "filledRates"],
  ["Специалист молодой", "roster", "youngSpecialist"],
  // — bracketed extras
  ["ФИО (полностью)", "roster", "fullName"],
  ["Фамилия, имя, отчество (полностью, без сокращений)", "courses", "fullName"],
  ["Дата рождения (дд.мм.гггг)", "roster", "birthDate"],
  ["Должность (по штатному расписанию)", "roster", "position"],
  ["Квалификационная категория (высшая, первая, СЗД)", "roster", "qualificationCategory"],
  ["Молодой специалист (да/нет)", "roster", "youngSpecialist"],
  ["Уровень (муниципальный, региональный…)", "activities", "level"],
  ["Результат (победитель, призёр, участник)", "activities", "result"],
  ["Дата окончания (дд.мм.гггг)", "courses", "endDate"],
  ["Количество часов (объём)", "courses", "hours"],
  ["Тип ОО (ДОО, школа, ДО)", "schools", "orgType"],
  ["Значение (да/нет или число)", "manual", "value"],
  ["Числитель (количество)", "manual", "numerator"],
  ["Разработан ИОМ (да/нет)", "diagnostics", "iom"],
  ["Предмет [компетенция]", "diagnostics", "subject"],
  ["Форма наставничества (педагог – педагог и др.)", "mentoring", "form"],
  ["Возраст (лет)", "roster", "age"],
  // — line breaks inside a header
  ["Дата\nрождения", "roster", "birthDate"],
  ["Квалификационная\nкатегория", "roster", "qualificationCategory"],
  ["Квалифика-\nционная категория", "roster", "qualificationCategory"],
  ["Педагогический\r\nстаж\n(лет)", "roster", "teachingExperience"],
  ["Наименование\nпрограммы", "courses", "programTitle"],
  ["Дата\nокончания\nобучения", "courses", "endDate"],
  ["ФИО\nнаставника", "mentoring", "mentorName"],
  ["Вид\nдиагностики", "diagnostics", "level"],
  ["Занято\nставок", "schools", "filledRates"],
  ["Форма\nучастия", "activities", "activityType"],
  // — Latin look-alike letters
  ["ФИO", "roster", "fullName"],
  ["OO", "courses", "school"],
  ["Дoлжнoсть", "roster", "position"],
  ["KK", "roster", "qualificationCategory"],
  ["Уpовень", "activities", "level"],
  ["Peзультат", "activities", "result"],
  ["Tип OO", "schools", "orgType"],
  ["Haставник", "mentoring", "mentorName"],
  ["Cтаж общий", "roster", "totalExperience"],
  ["Дaта", "activities", "date"],
  // — NBSP, zero-width and odd spaces
  ["Дата\u00A0рождения", "roster", "birthDate"],
  ["Ф.\u00A0И.\u00A0О.", "roster", "fullName"],
  ["Долж\u200Bность", "roster", "position"],
  ["\u00A0 Вид  обучения \u00A0", "courses", "kind"],
  ["Уровень\u202Fобразования", "roster", "educationLevel"],
  ["Дата\u2007начала", "mentoring", "startDate"],
  ["\uFEFFОбразовательная организация", "schools", "school"],
  // — numbering prefixes
  ["1. ФИО", "roster", "fullName"],
  ["2) Должность", "roster", "position"],
  ["3.Дата рождения", "roster", "birthDate"],
  ["1.2. Наименование программы", "courses", "programTitle"],
  ["4. Уровень", "activities", "level"],
  ["5) Результат, %", "diagnostics", "score"],
  ["6. Форма наставничества", "mentoring", "form"],
  ["7. Тип ОО", "schools", "orgType"],
  // — realistic wordings beyond the aliases
  ["Фамилия Имя Отчество педагога", "roster", "fullName"],
  ["Наименование общеобразовательного учреждения", "roster", "school"],
  ["Полное наименование образовательной организации", "schools", "school"],
  ["Учреждение", "courses", "school"],
  ["Год рождения", "roster", "birthDate"],
  ["Полных лет", "roster", "age"],
  ["Занимаемая должность", "roster", "position"],
  ["Категория работника (педагогический / руководящий)", "roster", "staffCategory"],
  ["Категория персонала", "roster", "staffCategory"],
  ["Преподаваемые предметы", "roster", "subjects"],
  ["Образование (высшее/СПО)", "roster", "educationLevel"],
  ["Наличие педагогического образования", "roster", "pedagogicalEducation"],
  ["Соответствие образования профилю деятельности", "roster", "educationMatchesSubject"],
  ["Стаж педагогической работы, лет", "roster", "teachingExperience"],
  ["Общий трудовой стаж", "roster", "totalExperience"],
  ["Дата последней аттестации", "roster", "categoryDate"],
  ["Основное место работы / совместитель", "roster", "employment"],
  ["Совместитель (да/нет)", "roster", "employment"],
  ["Занятость (основная/совместительство)", "roster", "employment"],
  ["Часы", "courses", "hours"],
  ["Педагог", "activities", "fullName"],
  ["Наставник: Ф.И.О., должность", "mentoring", "mentorName"],
  ["Статус участия (участник/призёр/победитель)", "activities", "result"],
  ["Профессиональные дефициты (перечень)", "diagnostics", "deficits"],
  ["Документ (удостоверение) №", "courses", "certificate"],
  ["Учебная нагрузка в неделю", "roster", "weeklyLoad"],
  ["Статус молодого специалиста", "roster", "youngSpecialist"],
  ["Вид учреждения", "schools", "orgType"],
  ["Школа с низкими образовательными результатами", "schools", "lowResults"],
  ["Школа, функционирующая в неблагоприятных социальных условиях", "schools", "hardConditions"],
  ["Количество ставок по штатному расписанию", "schools", "staffRates"],
  ["Укомплектовано ставок", "schools", "filledRates"],
  ["Внедрение целевой модели наставничества", "schools", "mentoringModel"],
  ["Инновационная площадка", "schools", "internshipSite"],
  ["Тема курсов", "courses", "programTitle"],
  ["Название программы повышения квалификации", "courses", "programTitle"],
  ["Вид обучения (КПК, переподготовка)", "courses", "kind"],
  ["Дата начала обучения", "courses", "startDate"],
  ["Сроки обучения с", "courses", "startDate"],
  ["Сроки обучения по", "courses", "endDate"],
  ["Дата выдачи удостоверения", "courses", "endDate"],
  ["Организация, проводившая обучение", "courses", "provider"],
  ["Место прохождения курсов", "courses", "provider"],
  ["Программа включена в Федеральный реестр ДПП", "courses", "federalRegistry"],
  ["Тематика программы", "courses", "topics"],
  ["Номер документа о квалификации", "courses", "certificate"],
  ["Форма представления опыта", "activities", "activityType"],
  ["Наименование конкурса / мероприятия", "activities", "eventTitle"],
  ["Уровень конкурса", "activities", "level"],
  ["Результат участия", "activities", "result"],
  ["Дата проведения", "activities", "date"],
  ["Предмет", "diagnostics", "subject"],
  ["Уровень диагностики", "diagnostics", "level"],
  ["Дата прохождения диагностики", "diagnostics", "date"],
  ["Процент выполнения", "diagnostics", "score"],
  ["Наличие профессиональных дефицитов", "diagnostics", "deficitsFound"],
  ["Перечень выявленных дефицитов", "diagnostics", "deficits"],
  ["Индивидуальный образовательный маршрут", "diagnostics", "iom"],
  ["ИОМ реализован", "diagnostics", "iomCompleted"],
  ["Оказана адресная методическая поддержка", "diagnostics", "support"],
  ["Наставник", "mentoring", "mentorName"],
  ["Наставляемый", "mentoring", "menteeName"],
  ["ФИО молодого специалиста", "mentoring", "menteeName"],
  ["Модель наставничества", "mentoring", "form"],
  ["Дата закрепления наставника", "mentoring", "startDate"],
  ["Срок окончания наставничества", "mentoring", "endDate"],
  ["Код показателя", "manual", "indicator"],
  ["Значение показателя", "manual", "value"],
  ["Знаменатель (всего)", "manual", "denominator"],
];

/** [header, form]: texts that must match no field of that form. */
const NEGATIVE: readonly (readonly [string, FormId])[] = [
  ["№ п/п", "roster"],
  ["№", "courses"],
  ["п/п", "activities"],
  ["№ по порядку", "diagnostics"],
  ["Примечание", "roster"],
  ["Подпись", "roster"],
  ["Примечания", "courses"],
  ["Телефон", "roster"],
  ["Адрес электронной почты", "schools"],
  ["Дата", "courses"],
  ["Всего", "activities"],
  ["", "roster"],
  ["   ", "mentoring"],
  ["2024", "manual"],
  ["Стаж", "schools"],
  ["Подпись руководителя", "diagnostics"],
  ["Комментарий", "mentoring"],
  ["Место работы", "roster"],
  ["Период обучения", "courses"],
  ["Электронная почта", "roster"],
  ["Руководитель", "roster"],
];

describe("matchHeader: header wordings schools write", () => {
  test("the table covers all seven forms and is large enough", () => {
    expect(POSITIVE.length + NEGATIVE.length).toBeGreaterThanOrEqual(150);
    expect(new Set(POSITIVE.map((r) => r[1])).size).toBe(7);
  });

  test.each(POSITIVE)("%j in %s → %s", (header, formId, field) => {
    expect(matchHeader(header, FORM_BY_ID[formId])?.field).toBe(field);
  });

  test.each(NEGATIVE)("%j in %s matches nothing", (header, formId) => {
    expect(matchHeader(header, FORM_BY_ID[formId])).toBeNull();
  });
});

describe("matchHeader: similar fields are told apart", () => {
  test.each([
    ["Категория работника", "roster", "staffCategory"],
    ["Категория", "roster", "qualificationCategory"],
    ["Результат, %", "diagnostics", "score"],
    ["Результат", "activities", "result"],
    ["Дата", "activities", "date"],
    ["Дата", "diagnostics", "date"],
    ["Дата начала", "courses", "startDate"],
    ["Дата окончания", "courses", "endDate"],
    ["Дата начала", "mentoring", "startDate"],
    ["Дата окончания", "mentoring", "endDate"],
    ["ФИО наставника", "mentoring", "mentorName"],
    ["ФИО наставляемого", "mentoring", "menteeName"],
    ["Выявленные дефициты", "diagnostics", "deficits"],
    ["Выявлены профессиональные дефициты", "diagnostics", "deficitsFound"],
    ["Уровень образования", "roster", "educationLevel"],
    ["Педагогическое образование", "roster", "pedagogicalEducation"],
  ] as const)("%j in %s → %s", (header, formId, field) => {
    expect(matchHeader(header, FORM_BY_ID[formId])?.field).toBe(field);
  });

  test("a score is a number between 0 and 1, exact headers score 1", () => {
    expect(matchHeader("Дата рождения", FORM_BY_ID.roster)).toEqual({ field: "birthDate", score: 1 });
    const partial = matchHeader("ФИО (полностью)", FORM_BY_ID.roster);
    expect(partial?.score).toBeGreaterThan(0.8);
    expect(partial?.score).toBeLessThan(1);
  });

  test("scoreHeaderAgainstForms ranks the forms where a header is at home", () => {
    const ranked = scoreHeaderAgainstForms("ФИО наставляемого");
    expect(ranked[0]).toEqual({ form: "mentoring", field: "menteeName", score: 1 });
    expect(scoreHeaderAgainstForms("№ п/п")).toEqual([]);
    const forms = scoreHeaderAgainstForms("Квалификационная категория").map((r) => r.form);
    expect(forms).toEqual(["roster"]);
  });
});
