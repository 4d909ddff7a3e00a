import { looksLikeFullName } from "../../../src/domain/validate/row-rules";

/** The rule's pattern as first written: the character loop for Cyrillic names must agree with it. */
const NAME_WORDS = /^[\p{L}][\p{L}'’-]*(?: [\p{L}][\p{L}'’-]*){1,3}$/u;

describe("roster.fullName.format: «Фамилия Имя Отчество» recognised without the regular expression", () => {
  test.each([
    "Иванова Анна Петровна", "Иванова Анна", "Иванова", "Иванов-Петров Иван Иванович оглы", "Иванов Иван Иванович оглы лишнее",
    "Д'Артаньян Шарль", "О’Нил Анна", "Анна -Иванова", "Анна Иванова-", "Анна  Иванова", " Анна Иванова", "Анна Иванова ", "",
    "Ёлкина Алёна Сергеевна", "ЁЛКИНА АЛЁНА", "Иванова Анна Петровна 2", "Иванова А.П.", "Иванова\u00A0Анна", "Ivanova Anna",
    "Иванoва Анна", "Müller Hans", "Иванова, Анна", "Анна - Иванова", "'Анна Иванова", "А Б", "Ӏ Анна", "Ѐлка Анна",
  ])("%p", (name) => {
    expect(looksLikeFullName(name)).toBe(NAME_WORDS.test(name));
  });

  test("20 000 random names from Cyrillic letters, spaces, hyphens, apostrophes and a few others", () => {
    const alphabet = ["а", "Я", "ё", "Ё", "ж", " ", " ", "-", "'", "’", "a", "1", ".", "\u00A0", "ӏ", "Ѐ"];
    let seed = 1;
    const next = (): number => (seed = (seed * 48271) % 2147483647);
    const wrong: string[] = [];
    for (let n = 0; n < 20_000; n++) {
      let s = "";
      const len = next() % 14;
      for (let i = 0; i < len; i++) s += alphabet[next() % alphabet.length];
      if (looksLikeFullName(s) !== NAME_WORDS.test(s)) wrong.push(JSON.stringify(s));
    }
    expect(wrong).toEqual([]);
  });
});
