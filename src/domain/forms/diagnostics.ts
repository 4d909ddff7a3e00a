import { FormDef } from "./types";
import { DIAGNOSTIC_LEVEL, IOM } from "./vocabularies";
import { schoolField, fullNameField, YES_NO_HINT } from "./common";

export const DIAGNOSTICS: FormDef = {
  id: "diagnostics",
  title: "Диагностика профессиональных дефицитов",
  sheetName: "Диагностика",
  titleHints: ["диагностика", "дефициты", "дефицитов", "иом", "иппр", "потребностей"],
  fields: [
    schoolField,
    fullNameField,
    { id: "subject", header: "Предмет (компетенция)", aliases: ["Предмет", "Компетенция", "Диагностируемая компетенция"], type: "text", hint: "Предмет или компетенция" },
    { id: "level", header: "Вид (уровень) диагностики", aliases: ["Уровень диагностики", "Вид диагностики", "Диагностика"], type: "enum", options: DIAGNOSTIC_LEVEL, required: true, hint: "федеральная, региональная, муниципальная или самодиагностика", key: true },
    { id: "date", header: "Дата диагностики", aliases: ["Дата", "Дата прохождения", "Дата проведения"], type: "date", hint: "ДД.ММ.ГГГГ" },
    { id: "score", header: "Результат, %", aliases: ["Результат", "Процент выполнения", "Балл, %", "% выполнения"], type: "number", min: 0, max: 100, hint: "Процент от 0 до 100" },
    { id: "deficitsFound", header: "Выявлены профессиональные дефициты", aliases: ["Наличие дефицитов", "Дефициты выявлены", "Есть дефициты"], type: "bool", hint: YES_NO_HINT, key: true },
    { id: "deficits", header: "Выявленные дефициты", aliases: ["Перечень дефицитов", "Какие дефициты", "Дефициты"], type: "text", hint: "Кратко, через запятую" },
    { id: "iom", header: "Разработан ИОМ / ИППР", aliases: ["ИОМ", "ИППР", "Индивидуальный образовательный маршрут", "Наличие ИОМ"], type: "enum", options: IOM, hint: "ЦНППМ (ИОМ), ОО (ИППР) или нет", key: true },
    { id: "iomCompleted", header: "ИОМ завершён", aliases: ["ИОМ реализован", "Маршрут завершён", "ИОМ выполнен"], type: "bool", hint: YES_NO_HINT + " (только если ИОМ разработан)" },
    { id: "support", header: "Получена адресная методическая поддержка", aliases: ["Адресная поддержка", "Методическая поддержка оказана", "Адресная методическая помощь"], type: "bool", hint: YES_NO_HINT },
  ],
};
