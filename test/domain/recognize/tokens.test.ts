import { tokenizeHeader, cleanHeaderText } from "../../../src/domain/recognize";
import { stem, wordSimilarity } from "../../../src/domain/recognize/similarity";
import { isNumberingRow } from "../../../src/domain/recognize/headerRow";

const words = (text: string): string[] => tokenizeHeader(text).map((t) => t.text);

describe("header tokens", () => {
  test.each([
    ["Ф.И.О.", ["фио"]],
    ["Ф. И. О. педагога", ["фио", "педагога"]],
    ["Фамилия, имя, отчество", ["фио"]],
    ["Кол-во часов", ["количество", "часов"]],
    ["№ удостоверения", ["номер", "удостоверения"]],
    ["Результат, %", ["результат", "процент"]],
    ["Д/р", ["дата", "рождения"]],
    ["КК", ["квалификационная", "категория"]],
    ["OO", ["оо"]],
    ["Наименование образовательного учреждения", ["наименование", "оо"]],
    ["3. Дата\nрождения", ["дата", "рождения"]],
    ["Квалифика-\nционная категория", ["квалификационная", "категория"]],
    ["Дата\u00A0рож\u200Bдения", ["дата", "рождения"]],
  ])("%j → %j", (text, expected) => expect(words(text)).toEqual(expected));

  test("bracketed words and abbreviations are marked, notes weigh little", () => {
    const t = tokenizeHeader("Пед. стаж (лет, да/нет)");
    expect(t.map((x) => [x.text, x.bracket, x.abbreviated])).toEqual([
      ["пед", false, true], ["стаж", false, false], ["лет", true, false], ["да", true, false], ["нет", true, false],
    ]);
    expect(t[3].base).toBeLessThan(t[2].base);
  });

  test("numbering prefixes are cut for display too", () => {
    expect(cleanHeaderText("1.2. Наименование программы")).toBe("Наименование программы");
    expect(cleanHeaderText("2) Должность")).toBe("Должность");
    expect(cleanHeaderText("1КК")).toBe("1КК");
  });
});

describe("word similarity", () => {
  const isWord = (w: string): boolean => ["стаж", "наставник"].includes(w);
  test.each([
    ["категория", "категории", true],
    ["квалиф", "квалификационная", true],
    ["пед", "педагогический", true],
    ["уровень", "уровня", true],
    ["выявлены", "выявленные", true],
    ["должнасть", "должность", true],
    ["стаж", "стажировочная", false],
    ["наставника", "наставляемого", false],
    ["образования", "образовательная", false],
  ] as const)("%s ~ %s: %s", (a, b, alike) => expect(wordSimilarity(a, b, isWord) >= 0.8).toBe(alike));

  test("stems cut one ending and keep three letters", () => {
    expect(stem("организации")).toBe("организац");
    expect(stem("оо")).toBe("оо");
  });
});

describe("column-numbering rows", () => {
  test.each([
    [[1, 2, 3, 4, 5], true],
    [["1", "2", "3."], true],
    [[null, 1, 2, 3], true],
    [[1, 2], false],
    [[1, 3, 4], false],
    [["СОШ №1", 2, 3], false],
  ] as const)("%j → %s", (row, expected) => expect(isNumberingRow([...row])).toBe(expected));
});
