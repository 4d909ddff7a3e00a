import { IndicatorResult } from "../../../src/domain/indicators/types";
import { familyOf, recommend } from "../../../src/domain/recommend";

const base = (over: Partial<IndicatorResult>): IndicatorResult => ({
  id: "LK-01", preset: "LK", name: "Доля ПР, принимающих участие в конкурсах профессионального мастерства", shortName: "Конкурсы",
  unit: "%", numerator: 12, denominator: 100, value: 12, target: 28, direction: "up", status: "не достигнуто",
  bySchool: [
    { key: "Школа № 1", numerator: 3, denominator: 20, value: 15 },
    { key: "Школа № 2", numerator: 1, denominator: 20, value: 5 },
    { key: "Гимназия", numerator: 12, denominator: 40, value: 30 },
    { key: "Лицей", numerator: 2, denominator: 20, value: 10 },
    { key: "Школа № 5", numerator: 0, denominator: 0, value: null },
  ],
  counted: [], ...over,
});

describe("recommend", () => {
  it("names the three lowest schools for an ↑ indicator, worst first, skipping schools without data", () => {
    const [r] = recommend([base({})]);
    expect(r.schools).toEqual([
      { school: "Школа № 2", value: 5 },
      { school: "Лицей", value: 10 },
      { school: "Школа № 1", value: 15 },
    ]);
    expect(r.family).toBe("конкурсы");
    expect(r.text).toMatch(/^ОО с наименьшими значениями \(Школа № 2; Лицей; Школа № 1\): организовать методическое сопровождение участия педагогов в конкурсах/);
  });

  it("for a ↓ indicator the highest values are the worst; schools meeting the target are never named", () => {
    const [r] = recommend([
      base({ id: "LK-12", name: "Доля РК и ПР, испытывающих профессиональные дефициты", direction: "down", target: 12, value: 15 }),
    ]);
    expect(r.schools.map((s) => s.school)).toEqual(["Гимназия", "Школа № 1"]);
    expect(r.family).toBe("диагностика/ИОМ");
  });

  it("leaves achieved indicators and indicators without status out, and puts «не достигнуто» before «близко»", () => {
    const recs = recommend([
      base({ id: "A-1", status: "близко" }),
      base({ id: "A-2", status: "достигнуто" }),
      base({ id: "A-3", status: null }),
      base({ id: "A-4" }),
    ]);
    expect(recs.map((r) => r.indicatorId)).toEqual(["A-4", "A-1"]);
  });

  it("names schools tied with the last named one, and no one when too many tie", () => {
    const tied = (values: number[]) =>
      base({ bySchool: values.map((v, i) => ({ key: `Школа № ${i + 1}`, numerator: v, denominator: 100, value: v })) });
    expect(recommend([tied([5, 10, 10, 10, 20])])[0].schools.map((s) => s.school)).toEqual(["Школа № 1", "Школа № 2", "Школа № 3", "Школа № 4"]);
    const [none] = recommend([tied([0, 0, 0, 0, 0, 0, 0, 0])]);
    expect(none.schools).toEqual([]);
    expect(none.text).toMatch(/^Всем ОО муниципалитета: /);
    expect(recommend([tied([1, 2, 3, 3, 3, 3, 3, 3, 3])])[0].schools.map((s) => s.value)).toEqual([1, 2]);
  });

  // Regression (QA, 24.11): a municipal да/нет gap (AL-2.7.4, AL-2.8.8) was addressed «Всем ОО».
  it("addresses the municipality's methodical service when the indicator has no school breakdown", () => {
    const [r] = recommend([base({ bySchool: [], name: "Наличие кураторов ИОМ", unit: "да/нет", value: false, target: true })]);
    expect(r.schools).toEqual([]);
    expect(r.text).toMatch(/^Муниципальной методической службе \(ИМЦ\): /);
  });

  it.each([
    ["Доля ПР, принимающих участие в конкурсах профессионального мастерства", "конкурсы"],
    ["Доля РК и ПР — наставников", "наставничество"],
    ["Доля МС — наставляемых", "наставничество"],
    ["Доля молодых педагогов, охваченных мероприятиями школы молодого педагога", "молодые педагоги"],
    ["Доля педагогов, прошедших муниципальную диагностику профессиональных дефицитов и запросов", "диагностика/ИОМ"],
    ["Доля педагогов, имеющих первую и высшую квалификационную категорию", "аттестация"],
    ["Доля РК, повысивших квалификацию на КПК", "КПК"],
    // Regression (QA, 24.11): LK-11 got the КПК draft («каждый педагог проходит КПК…»), the opposite of what it counts.
    ["Доля педагогических работников, повысивших уровень профессиональной квалификации в различных формах (за исключением КПК)", "иные формы ПК"],
    ["Доля педагогов, участвовавших в экспертизе конкурсных материалов муниципального уровня", "экспертиза"],
    ["Доля педагогов, включённых в сетевые сообщества", "сетевое взаимодействие"],
    ["Доля ПР, работающих на условиях внешнего совместительства", "кадры"],
    ["Доля прошедших санаторно-курортное лечение", "прочее"],
  ])("«%s» → %s", (name, family) => expect(familyOf(name)).toBe(family));
});
