import { FormDef } from "./types";
import { MENTORING_FORM } from "./vocabularies";
import { schoolField } from "./common";

export const MENTORING: FormDef = {
  id: "mentoring",
  title: "Наставничество (реестр наставнических пар)",
  sheetName: "Наставничество",
  titleHints: ["наставничество", "наставники", "наставнических пар", "реестр наставников"],
  fields: [
    { ...schoolField, required: false },
    { id: "mentorName", header: "ФИО наставника", aliases: ["Наставник", "Наставник (ФИО)", "Ф.И.О. наставника"], type: "text", required: true, hint: "Фамилия Имя Отчество наставника", key: true },
    { id: "menteeName", header: "ФИО наставляемого", aliases: ["Наставляемый", "Наставляемый (ФИО)", "Ф.И.О. наставляемого", "ФИО молодого специалиста"], type: "text", required: true, hint: "Фамилия Имя Отчество наставляемого", key: true },
    { id: "form", header: "Форма наставничества", aliases: ["Форма", "Модель наставничества", "Вид наставничества"], type: "enum", options: MENTORING_FORM, hint: "педагог – педагог, руководитель – педагог, педагог – студент или иная" },
    { id: "startDate", header: "Дата начала", aliases: ["Начало", "Дата закрепления", "Приказ о закреплении от"], type: "date", hint: "ДД.ММ.ГГГГ" },
    { id: "endDate", header: "Дата окончания", aliases: ["Окончание", "Срок окончания"], type: "date", hint: "ДД.ММ.ГГГГ, не раньше даты начала" },
  ],
};
