import { FieldDef } from "./types";

export const YES_NO_HINT = "да или нет";

export const schoolField: FieldDef = {
  id: "school",
  header: "Образовательная организация",
  aliases: ["ОО", "Наименование ОО", "Учреждение", "Наименование образовательной организации", "Организация", "Школа", "ОУ"],
  type: "text",
  required: true,
  hint: "Краткое наименование ОО, одинаковое во всех листах",
};

export const fullNameField: FieldDef = {
  id: "fullName",
  header: "ФИО",
  aliases: ["Фамилия, имя, отчество", "Ф.И.О. педагога", "ФИО работника", "Ф. И. О.", "ФИО педагогического работника", "Фамилия Имя Отчество"],
  type: "text",
  required: true,
  hint: "Фамилия Имя Отчество полностью или «Фамилия И.О.»",
  key: true,
};
