import { schoolKey } from "../../../src/domain/people/school-key";

describe("school names as keys", () => {
  test.each([
    ["МБОУ СОШ №1", "мбоу сош № 1"],
    ["МБОУ СОШ №1", 'МБОУ "СОШ № 1"'],
    ["МБОУ СОШ №1", "СОШ №1"],
    ["МБОУ СОШ №1", "МАОУ «СОШ № 1»"],
    ["МБДОУ Детский сад № 7 «Ромашка»", "детский сад №7 \"Ромашка\""],
    ["МБУ ДО ДДТ", "ДО ДДТ"],
  ])("%p ≡ %p", (a, b) => expect(schoolKey(a)).toBe(schoolKey(b)));

  test.each([
    ["МБОУ СОШ №1", "МБОУ СОШ №11"],
    ["МБОУ СОШ №1", "МБОУ ООШ №1"],
    ["Гимназия №1", "Лицей №1"],
  ])("%p ≢ %p", (a, b) => expect(schoolKey(a)).not.toBe(schoolKey(b)));

  test("a bare legal form is kept", () => {
    expect(schoolKey("МБОУ")).toBe("мбоу");
    expect(schoolKey(null)).toBe("");
  });
});
