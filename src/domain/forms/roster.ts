import { FormDef } from "./types";
import { EDUCATION_LEVEL, EMPLOYMENT, QUALIFICATION, STAFF_CATEGORY } from "./vocabularies";
import { schoolField, fullNameField, YES_NO_HINT } from "./common";

export const ROSTER: FormDef = {
  id: "roster",
  title: "Сверка педагогических кадров",
  sheetName: "Сверка кадров",
  titleHints: ["сверка", "кадры", "кадров", "педагогические работники", "штат", "список педагогов", "персонал"],
  fields: [
    schoolField,
    fullNameField,
    { id: "birthDate", header: "Дата рождения", aliases: ["Дата рожд.", "Д/р", "Год и дата рождения", "Число, месяц, год рождения"], type: "date", hint: "ДД.ММ.ГГГГ", key: true },
    { id: "age", header: "Возраст (полных лет)", aliases: ["Возраст", "Полных лет", "Кол-во лет"], type: "int", min: 16, max: 90, hint: "Целое число от 16 до 90" },
    { id: "position", header: "Должность", aliases: ["Занимаемая должность", "Должность по штатному расписанию", "Должность (по тарификации)"], type: "text", required: true, hint: "Например: учитель, воспитатель, заместитель директора", key: true },
    { id: "staffCategory", header: "Категория работника", aliases: ["Категория персонала", "Педагогический / руководящий"], type: "enum", options: STAFF_CATEGORY, hint: "педагогический или руководящий (можно не заполнять — определится по должности)" },
    { id: "subjects", header: "Преподаваемый предмет (предметы)", aliases: ["Предмет", "Преподаваемые предметы", "Предметы", "Преподаваемая дисциплина"], type: "list", hint: "Через запятую: математика, физика" },
    { id: "educationLevel", header: "Уровень образования", aliases: ["Образование", "Образование (уровень)"], type: "enum", options: EDUCATION_LEVEL, hint: "высшее, среднее профессиональное или иное" },
    { id: "pedagogicalEducation", header: "Педагогическое образование", aliases: ["Наличие педагогического образования", "Пед. образование"], type: "bool", hint: YES_NO_HINT },
    { id: "educationMatchesSubject", header: "Соответствие образования преподаваемому предмету", aliases: ["Соответствие образования профилю", "Образование соответствует предмету", "Соответствие профилю"], type: "bool", hint: YES_NO_HINT },
    { id: "teachingExperience", header: "Педагогический стаж (лет)", aliases: ["Пед. стаж", "Стаж педагогической работы", "Педстаж"], type: "number", min: 0, max: 70, hint: "Полных лет, число от 0 до 70" },
    { id: "totalExperience", header: "Общий стаж (лет)", aliases: ["Общий стаж работы", "Стаж общий", "Общ. стаж"], type: "number", min: 0, max: 75, hint: "Полных лет, число от 0 до 75" },
    { id: "qualificationCategory", header: "Квалификационная категория", aliases: ["Категория", "КК", "Кв. категория", "Квалиф. категория"], type: "enum", options: QUALIFICATION, hint: "педагог-наставник, педагог-методист, высшая, первая, СЗД или без категории" },
    { id: "categoryDate", header: "Дата присвоения категории", aliases: ["Дата аттестации", "Дата присвоения КК", "Дата последней аттестации"], type: "date", hint: "ДД.ММ.ГГГГ, не позже конца отчётного периода" },
    { id: "employment", header: "Условия работы (основное место / совместительство)", aliases: ["Условия работы", "Основное место работы / совместительство", "Тип занятости"], type: "enum", options: EMPLOYMENT, hint: "основное, внутреннее или внешнее совместительство" },
    { id: "weeklyLoad", header: "Педагогическая нагрузка (часов в неделю)", aliases: ["Нагрузка", "Учебная нагрузка (часов)", "Часов в неделю"], type: "number", min: 0, max: 60, hint: "Часов в неделю, от 0 до 60" },
    { id: "youngSpecialist", header: "Молодой специалист", aliases: ["Молодой педагог", "МС", "Статус молодого специалиста"], type: "bool", hint: YES_NO_HINT + " (можно не заполнять — определится по возрасту и стажу)" },
  ],
};
