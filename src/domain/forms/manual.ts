import { FormDef } from "./types";

export const MANUAL: FormDef = {
  id: "manual",
  title: "Сведения муниципалитета",
  sheetName: "Сведения муниципалитета",
  titleHints: ["сведения муниципалитета", "ручной ввод", "муниципальные показатели"],
  fields: [
    { id: "indicator", header: "Показатель", aliases: ["Код показателя", "Показатель (код)", "Критерий"], type: "text", required: true, hint: "Код показателя, например AL-1.4.1", key: true },
    { id: "value", header: "Значение", aliases: ["Значение показателя", "Да/нет"], type: "text", hint: "да/нет или число", key: true },
    { id: "numerator", header: "Числитель", aliases: ["N"], type: "number", min: 0, hint: "Число", key: true },
    { id: "denominator", header: "Знаменатель", aliases: ["S"], type: "number", min: 0, hint: "Число", key: true },
  ],
};
