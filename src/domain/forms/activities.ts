import { FormDef } from "./types";
import { ACTIVITY_LEVEL, ACTIVITY_RESULT, ACTIVITY_TYPE } from "./vocabularies";
import { schoolField, fullNameField } from "./common";

export const ACTIVITIES: FormDef = {
  id: "activities",
  title: "Методическая активность (форма МАП)",
  sheetName: "МАП",
  titleHints: ["мап", "методическая активность", "конкурсы", "диссеминация", "участие в мероприятиях", "методическая работа"],
  fields: [
    schoolField,
    fullNameField,
    { id: "activityType", header: "Вид деятельности (форма участия)", aliases: ["Вид деятельности", "Форма участия", "Вид мероприятия", "Форма представления опыта"], type: "enum", options: ACTIVITY_TYPE, required: true, hint: "конкурс профессионального мастерства, мастер-класс, публикация, …", key: true },
    { id: "eventTitle", header: "Наименование мероприятия (конкурса)", aliases: ["Название мероприятия", "Наименование конкурса", "Мероприятие", "Тема выступления"], type: "text", hint: "Полное название мероприятия" },
    { id: "level", header: "Уровень", aliases: ["Уровень мероприятия", "Уровень конкурса"], type: "enum", options: ACTIVITY_LEVEL, hint: "ОО, муниципальный, региональный, межрегиональный, федеральный, международный", key: true },
    { id: "result", header: "Результат", aliases: ["Результат участия", "Итог", "Статус (результат)"], type: "enum", options: ACTIVITY_RESULT, hint: "участник, лауреат, призёр, победитель или эксперт", key: true },
    { id: "date", header: "Дата", aliases: ["Дата проведения", "Дата мероприятия", "Сроки проведения"], type: "date", hint: "ДД.ММ.ГГГГ внутри отчётного периода" },
  ],
};
