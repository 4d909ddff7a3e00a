import { normalizeCell } from "../../../src/domain/normalize/normalize-cell";
import { FieldDef } from "../../../src/domain/forms/types";
import { COURSES, ROSTER } from "../../../src/domain/forms";

const rosterField = (id: string): FieldDef => ROSTER.fields.find((f) => f.id === id)!;
const employment = rosterField("employment");
const category = rosterField("qualificationCategory");
const education = rosterField("educationLevel");
const subjects = rosterField("subjects");
const topics = COURSES.fields.find((f) => f.id === "topics")!;

describe("vocabulary cells", () => {
  test.each<[FieldDef, Parameters<typeof normalizeCell>[0], string]>([
    [employment, "основное", "основное"],
    [employment, "ОСНОВНОЕ МЕСТО РАБОТЫ", "основное"],
    [employment, "внешн. совм.", "внешнее совместительство"],
    [employment, "Внутр. совместительство", "внутреннее совместительство"],
    [category, "ВКК", "высшая"],
    [category, "высш.", "высшая"],
    [category, "Первая", "первая"],
    [category, "I", "первая"],
    [category, 1, "первая"],
    [category, "б/к", "без категории"],
    [category, "BKK", "высшая"], // typed in the Latin layout
    [category, "CЗД", "соответствие занимаемой должности"], // Latin C
    [category, "-", "без категории"],
    [category, "соответствие занимаемой должности", "соответствие занимаемой должности"],
    [category, "Педагог-наставник", "педагог-наставник"],
    [education, "высш.", "высшее"],
    [education, "ВО", "высшее"],
    [education, "спо", "среднее профессиональное"],
  ])("%#: %p → %p", (field, raw, value) => {
    expect(normalizeCell(raw, field)).toEqual({ ok: true, value });
  });

  test.each<[FieldDef, Parameters<typeof normalizeCell>[0]]>([
    [employment, "по договору"],
    [category, "вторая"],
    [employment, "вн."],
    [category, true],
  ])("%#: %p is not in the vocabulary", (field, raw) => {
    const r = normalizeCell(raw, field);
    expect(r).toMatchObject({ ok: false, rule: "type.enum" });
    if (!r.ok) expect(r.reason).toContain("допустимо: " + field.options!.map((o) => o.value).join(", "));
  });
});

describe("list cells", () => {
  test.each<[FieldDef, Parameters<typeof normalizeCell>[0], readonly string[] | null]>([
    [subjects, "математика, физика", ["математика", "физика"]],
    [subjects, "математика; физика\nинформатика", ["математика", "физика", "информатика"]],
    [subjects, "математика/физика", ["математика", "физика"]],
    [subjects, "математика, Математика, , физика", ["математика", "физика"]],
    [subjects, " , ; ", null],
    [topics, "инклюзивное образование/ОВЗ", ["инклюзивное образование/ОВЗ"]],
    [topics, "ФГОС, инклюзивное образование/ОВЗ", ["ФГОС", "инклюзивное образование/ОВЗ"]],
    [topics, "ФГОС; ФГ; ЦОС", ["ФГОС", "функциональная грамотность", "цифровая образовательная среда"]],
    [topics, "ФГОС НОО/ФГОС ООО", ["ФГОС"]],
    [topics, "ОВЗ/воспитание", ["инклюзивное образование/ОВЗ", "воспитание"]],
  ])("%#: %p → %p", (field, raw, value) => {
    expect(normalizeCell(raw, field)).toEqual({ ok: true, value });
  });

  test("an unknown item is named in the reason", () => {
    const r = normalizeCell("ФГОС, вязание", topics);
    expect(r).toMatchObject({ ok: false, rule: "type.enum" });
    if (!r.ok) expect(r.reason).toMatch(/^„вязание“ — значение не из списка; допустимо: ФГОС, функциональная грамотность/);
  });
});
