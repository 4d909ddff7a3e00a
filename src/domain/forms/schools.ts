import { FormDef } from "./types";
import { ORG_TYPE } from "./vocabularies";
import { schoolField, YES_NO_HINT } from "./common";

export const SCHOOLS: FormDef = {
  id: "schools",
  title: "Информационная карта ОО",
  sheetName: "Карты ОО",
  titleHints: ["информационная карта", "карта оо", "карты оо", "сведения об оо", "организации"],
  fields: [
    { ...schoolField, key: true },
    { id: "orgType", header: "Тип ОО", aliases: ["Тип организации", "Вид ОО", "Тип учреждения"], type: "enum", options: ORG_TYPE, hint: "ДОО, ОО, ДО или ПОО", key: true },
    { id: "lowResults", header: "ШНОР (школа с низкими образовательными результатами)", aliases: ["ШНОР", "Школа с низкими результатами", "ШНОР / ШНРО"], type: "bool", hint: YES_NO_HINT, key: true },
    { id: "hardConditions", header: "Школа в сложных социальных условиях", aliases: ["ССУ", "НСУ", "Сложные социальные условия", "Неблагоприятные социальные условия"], type: "bool", hint: YES_NO_HINT },
    { id: "staffRates", header: "Ставок педагогических и руководящих работников по штатному расписанию", aliases: ["Ставок по штатному расписанию", "Количество ставок", "Штатных ставок"], type: "number", min: 0, hint: "Число ставок, не меньше 0", key: true },
    { id: "filledRates", header: "Занято ставок", aliases: ["Занятых ставок", "Ставок занято", "Укомплектовано ставок"], type: "number", min: 0, hint: "Не больше числа ставок по штатному расписанию" },
    { id: "mentoringModel", header: "Целевая модель наставничества внедрена", aliases: ["Целевая модель наставничества", "Внедрена модель наставничества", "ЦМН"], type: "bool", hint: YES_NO_HINT },
    { id: "internshipSite", header: "Стажировочная (инновационная) площадка", aliases: ["Стажировочная площадка", "Инновационная площадка"], type: "bool", hint: YES_NO_HINT },
  ],
};
