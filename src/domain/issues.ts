/**
 * Validation issues as plain data (after Valibot): where, which rule, how bad, and a Russian message
 * that says what is wrong and how to fix it. Rule ids are stable: tests, the planted-error sidecar and
 * saved reports use them.
 */
export type Severity = "error" | "warning";

export interface Issue {
  readonly file: string;
  readonly sheet: string;
  /** A1 reference of the offending cell; for a missing column, the header row's first cell. */
  readonly cell: string;
  readonly field?: string;
  readonly rule: RuleId;
  readonly severity: Severity;
  readonly message: string;
}

export const RULES = {
  // cell level (normalisation failures and field rules)
  "cell.error": "Ячейка содержит ошибку Excel (#Н/Д, #ЗНАЧ! …)",
  "field.required": "Обязательное поле не заполнено",
  "type.date": "Не дата",
  "type.number": "Не число",
  "type.int": "Не целое число",
  "type.bool": "Не да/нет",
  "type.enum": "Значение не из списка",
  "text.tooLong": "Слишком длинный текст",
  "number.range": "Число вне допустимого диапазона",
  "date.range": "Дата вне допустимого диапазона",
  "date.future": "Дата в будущем",
  // roster
  "roster.fullName.format": "ФИО не похоже на «Фамилия Имя Отчество»",
  "roster.birthOrAge.missing": "Нет ни даты рождения, ни возраста",
  "roster.age.mismatch": "Возраст не совпадает с датой рождения",
  "roster.experience.order": "Педагогический стаж больше общего",
  "roster.experience.age": "Стаж больше возраста минус 14 лет",
  "roster.categoryDate.missing": "Нет даты присвоения категории",
  "roster.categoryDate.afterPeriod": "Дата присвоения категории позже конца периода",
  "roster.youngSpecialist.mismatch": "Отметка «молодой специалист» противоречит возрасту и стажу",
  "roster.duplicate": "Один работник дважды в сверке одной ОО",
  // schools
  "schools.duplicate": "ОО дважды в информационных картах",
  "schools.filledRates.exceed": "Занято ставок больше, чем по штатному расписанию",
  // courses
  "courses.dates.order": "Дата окончания раньше даты начала",
  "courses.hours.minimum": "Объём меньше минимума для вида обучения",
  "courses.certificate.duplicate": "Номер удостоверения повторяется",
  "courses.endDate.missing": "Не указана дата окончания обучения",
  // activities / diagnostics
  "activities.date.missing": "Не указана дата мероприятия",
  "activities.date.outsidePeriod": "Дата мероприятия вне отчётного периода",
  "activities.duplicate": "Мероприятие работника указано дважды",
  "diagnostics.date.missing": "Не указана дата диагностики",
  "diagnostics.date.outsidePeriod": "Дата диагностики вне отчётного периода",
  "diagnostics.iomCompleted.withoutIom": "«ИОМ завершён» отмечен без разработанного ИОМ",
  // mentoring
  "mentoring.dates.order": "Дата окончания наставничества раньше даты начала",
  "mentoring.self": "Наставник и наставляемый — один человек",
  "period.likelyOther": "Похоже, выбран не тот период",
  // people
  "person.unmatched": "Человек не найден в сверке кадров",
  "person.ambiguous": "ФИО неоднозначно: подходит несколько работников",
  // sheets
  "sheet.columnMissing": "Нет обязательного столбца",
  "sheet.weakMatch": "Лист распознан неуверенно",
  "sheet.ambiguousColumn": "Столбец подходит к нескольким полям",
  "sheet.duplicateColumn": "Столбец с данными повторяет уже прочитанный столбец",
  "sheet.empty": "В листе нет данных",
  "sheet.hidden": "Скрытый лист прочитан как данные",
  "sheet.repeated": "Лист повторяет другой лист и не читается второй раз",
  "sheet.tooLarge": "Лист слишком большой",
  "sheet.farCells": "Значения далеко за таблицей",
  "sheet.mergesUnread": "Объединённые ячейки листа не прочитаны",
  "sheet.headerRepeated": "Строка повторяет заголовки таблицы",
  "sheet.schoolOnlyRows": "Строки, где заполнена только ОО",
  "roster.vacancy": "Вакансия, а не работник",
  "history.value": "Значение в истории показателей не прочитано",
  "history.period": "Период в истории показателей не распознан",
  "history.duplicatePeriod": "Период в истории показателей указан дважды",
  "history.unknownCode": "Код показателя в истории не найден в наборах",
  "history.duplicateCode": "Показатель в истории показателей в двух столбцах",
  "manual.unknownIndicator": "Неизвестный код показателя",
  "manual.duplicate": "Показатель указан дважды",
  "manual.share.over100": "Доля больше 100 %",
  "manual.share.zeroDenominator": "Знаменатель доли равен 0",
  "manual.share.conflict": "Доля не совпадает с числителем и знаменателем",
} as const;

export type RuleId = keyof typeof RULES;
