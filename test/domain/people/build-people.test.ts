import { buildPeople } from "../../../src/domain/people/build-people";
import { RosterRecordDraft } from "../../../src/domain/people/types";
import { unmatchedMessage, ambiguousMessage } from "../../../src/domain/people/messages";

let row = 1;
function draft(school: string, fullName: string, birthDate: string | null = null): RosterRecordDraft {
  row += 1;
  return {
    file: "сверка.xlsx", sheet: "Сверка кадров", row,
    school, fullName, birthDate, age: null, position: "учитель", staffCategory: "педагогический", subjects: [],
    educationLevel: null, pedagogicalEducation: null, educationMatchesSubject: null, teachingExperience: null,
    totalExperience: null, qualificationCategory: null, categoryDate: null, employment: null, weeklyLoad: null,
    youngSpecialist: false,
  };
}

describe("person identity from the roster", () => {
  test("the same ФИО and birth date in two schools is one person; namesakes without a birth date are not", () => {
    const people = buildPeople([
      draft("МБОУ СОШ №1", "Иванова Анна Петровна", "1980-05-04"),
      draft("МБОУ СОШ №2", "ИВАНОВА  Анна петровна", "1980-05-04"),
      draft("МБОУ СОШ №1", "Петров Иван Ильич"),
      draft("МБОУ СОШ №2", "Петров Иван Ильич"),
      draft("МБОУ СОШ №3", "Иванова Анна Петровна", "1991-01-01"),
    ]);
    expect(people.personIdOfRow).toEqual(["p1", "p1", "p2", "p3", "p4"]);
    expect(people.persons).toHaveLength(4);
    const anna = people.persons.find((p) => p.id === "p1")!;
    expect(anna).toMatchObject({ fullName: "Иванова Анна Петровна", birthDate: "1980-05-04" });
    expect(anna.rosterRows.map((r) => r.school)).toEqual(["МБОУ СОШ №1", "МБОУ СОШ №2"]);
    expect(people.roster.map((r) => r.personId)).toEqual(people.personIdOfRow);
  });

  test("within one school, a repeated row is the same person unless birth dates differ", () => {
    const people = buildPeople([
      draft("Гимназия №5", "Сидорова Ольга Ивановна", "1975-02-02"),
      draft("гимназия № 5", "Сидорова Ольга Ивановна"),
      draft("Гимназия №5", "Сидорова Ольга Ивановна", "1975-02-02"),
    ]);
    expect(people.personIdOfRow).toEqual(["p1", "p1", "p1"]);
  });

  test("regression: a dateless row among namesakes with different birth dates joins neither, in any row order", () => {
    const rows = [
      draft("Гимназия №5", "Сидорова Ольга Ивановна", "1975-02-02"),
      draft("гимназия № 5", "Сидорова Ольга Ивановна"),
      draft("Гимназия №5", "Сидорова Ольга Ивановна", "1999-09-09"),
    ];
    expect(buildPeople(rows).personIdOfRow).toEqual(["p1", "p2", "p3"]);
    expect(buildPeople([rows[2], rows[1], rows[0]]).personIdOfRow).toEqual(["p1", "p2", "p3"]);
  });

  test("an initials-only roster row joins the one full-name worker of its school it agrees with", () => {
    const people = buildPeople([
      draft("СОШ №4", "Орлова Н.В."),
      draft("СОШ №4", "Орлова Наталья Викторовна", "1979-04-04"),
      draft("СОШ №4", "Белова Т.С."),
      draft("СОШ №4", "Белова Татьяна Сергеевна"),
      draft("СОШ №4", "Белова Тамара Семёновна"),
      draft("СОШ №5", "Орлова Н.В."),
    ]);
    const [orlovaShort, orlova, belovaShort, tatiana, tamara, orlovaOther] = people.personIdOfRow;
    expect(orlovaShort).toBe(orlova);
    // two Беловы Т.С.: the short row stays its own person rather than guessing
    expect(new Set([belovaShort, tatiana, tamara]).size).toBe(3);
    expect(orlovaOther).not.toBe(orlova);
    expect(people.persons).toHaveLength(5);
    expect(people.persons.find((p) => p.id === orlova)!.rosterRows.map((r) => r.row)).toEqual([
      people.roster[0].row, people.roster[1].row,
    ]);
  });
});

describe("matching event names to roster persons", () => {
  const people = buildPeople([
    draft("МБОУ СОШ №1", "Иванова Анна Петровна", "1980-05-04"),
    draft("МБОУ СОШ №1", "Иванова Алла Павловна", "1985-01-01"),
    draft("МБОУ СОШ №1", "Петрова Мария Сергеевна"),
    draft("МБОУ СОШ №2", "Иванова Анна Петровна", "1990-03-03"),
    draft("МБОУ СОШ №2", "Кузнецов Олег Ильич"),
  ]);
  const m = people.matchPerson;
  const [annaSchool1, alla, maria, annaSchool2, oleg] = people.personIdOfRow;

  test.each<[string, string, string | null, ReturnType<typeof m>]>([
    ["full name, school spelled differently", "иванова анна петровна", "мбоу сош № 1", { kind: "matched", personId: annaSchool1 }],
    ["initials, unambiguous in the school", "Петрова М.С.", "МБОУ СОШ №1", { kind: "matched", personId: maria }],
    ["initials with spaces", "Петрова М. С.", "МБОУ СОШ №1", { kind: "matched", personId: maria }],
    ["glued initials", "Кузнецов ОИ", "МБОУ СОШ №2", { kind: "matched", personId: oleg }],
    ["initials narrow to one of two Ивановы", "Иванова А.Пав.", "МБОУ СОШ №1", { kind: "matched", personId: alla }],
    ["initials shared by two people", "Иванова А.П.", "МБОУ СОШ №1", { kind: "ambiguous", candidates: [annaSchool1, alla] }],
    ["the namesake in the other school", "Иванова Анна Петровна", "МБОУ СОШ №2", { kind: "matched", personId: annaSchool2 }],
    ["unknown name", "Смирнова Е.В.", "МБОУ СОШ №1", { kind: "unmatched" }],
    ["right name, wrong school", "Кузнецов Олег Ильич", "МБОУ СОШ №1", { kind: "unmatched" }],
    ["no school: searched everywhere", "Кузнецов О.И.", null, { kind: "matched", personId: oleg }],
    ["no school and two namesakes", "Иванова Анна Петровна", null, { kind: "ambiguous", candidates: [annaSchool1, annaSchool2] }],
    ["empty name", "  ", "МБОУ СОШ №1", { kind: "unmatched" }],
  ])("%s", (_what, name, school, expected) => {
    expect(m(name, school)).toEqual(expected);
  });

  test("regression: remembered lookups (per school spelling, name, birth date) answer as a fresh matcher does", () => {
    const rows = [
      draft("МБОУ СОШ №1", "Иванова Анна Петровна", "1980-05-04"),
      draft("МБОУ СОШ №1", "Иванова Алла Павловна", "1985-01-01"),
      draft("МБОУ СОШ №2", "Иванова Анна Петровна", "1990-03-03"),
      draft("Лицей", "Иванова"),
    ];
    const lookups: [string, string | null, string | null][] = [
      ["Иванова А.П.", "МБОУ СОШ №1", null],
      ["Иванова А.П.", "мбоу сош № 1", null],
      ["Иванова А.П.", "МБОУ СОШ №1", "1985-01-01"],
      ["Иванова А.П.", null, null],
      ["Иванова А.П.", null, "1990-03-03"],
      ["Иванова Анна Петровна", "МБОУ СОШ №2", null],
      ["Иванова Анна Петровна", "", null],
      ["Иванова", "Лицей", null],
      ["Иванова А.", "лицей", null],
      ["Петрова М.С.", "МБОУ СОШ №1", null],
    ];
    const shared = buildPeople(rows).matchPerson;
    for (const round of [lookups, [...lookups].reverse(), lookups]) {
      for (const [name, school, birthDate] of round) {
        expect(shared(name, school, birthDate)).toEqual(buildPeople(rows).matchPerson(name, school, birthDate));
      }
    }
  });

  test("a birth date breaks a tie between namesakes", () => {
    expect(m("Иванова Анна Петровна", null, "1990-03-03")).toEqual({ kind: "matched", personId: annaSchool2 });
    expect(m("Иванова А.П.", "МБОУ СОШ №1", "1985-01-01")).toEqual({ kind: "matched", personId: alla });
    expect(m("Иванова А.П.", "МБОУ СОШ №1", "2000-01-01")).toEqual({ kind: "unmatched" });
  });

  test("messages name the typed name and the school, with the right grammatical gender", () => {
    expect(unmatchedMessage("Петрова А.А.", "МБОУ СОШ №1")).toBe(
      "„Петрова А.А.“ не найдена в сверке кадров ОО „МБОУ СОШ №1“ — проверьте написание ФИО или добавьте работника в сверку",
    );
    expect(unmatchedMessage("Петров Иван Ильич", null)).toMatch(/^„Петров Иван Ильич“ не найден в сверке кадров — /);
    expect(unmatchedMessage("Ким Л.", null)).toContain("не найден(а)");
    expect(ambiguousMessage("Иванова А.П.", "МБОУ СОШ №1", 2)).toBe(
      "„Иванова А.П.“: в сверке кадров ОО „МБОУ СОШ №1“ подходят 2 работника — напишите ФИО полностью, чтобы было ясно, о ком речь",
    );
  });

  test("20 000 roster rows, 20 000 initials lookups: every one matched to its own worker", () => {
    const big: RosterRecordDraft[] = [];
    for (let i = 0; i < 20_000; i++) big.push(draft(`Школа ${i % 200}`, `Фамилия${i} Имя Отчество`, "1980-01-01"));
    const p = buildPeople(big);
    let matched = 0;
    for (let i = 0; i < 20_000; i++) if (p.matchPerson(`Фамилия${i} И.О.`, `школа ${i % 200}`).kind === "matched") matched++;
    expect(matched).toBe(20_000);
  });
});
