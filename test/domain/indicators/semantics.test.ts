import { INDICATORS, buildContext, evaluate, evaluateOne } from "../../../src/domain/indicators";
import { academicYear, calendarYear } from "../../../src/domain/period";
import { Dataset } from "../../../src/domain/records";
import { IndicatorResult } from "../../../src/domain/indicators/types";
import { HAND, PERIOD, S1, S2, S4 } from "../../fixtures/hand/dataset";

const run = (ds: Dataset, id: string, period = PERIOD): IndicatorResult => {
  const def = INDICATORS.find((d) => d.id === id);
  if (!def) throw new Error(id);
  return evaluateOne(def, buildContext(ds, period));
};
const row = (r: IndicatorResult, key: string, part: "bySchool" | "bySubject" | "byOrgType" = "bySchool") =>
  (r[part] ?? []).find((b) => b.key === key);

describe("distinct persons and the worker in two schools (p13, СОШ № 1 and ДДТ)", () => {
  const lk01 = run(HAND, "LK-01");
  it("counts p13 once in the municipal total but in both schools' rows", () => {
    expect(lk01.denominator).toBe(29);
    const schoolS = lk01.bySchool.reduce((s, b) => s + b.denominator, 0);
    expect(schoolS).toBe(30);
    expect(row(lk01, S1)).toEqual({ key: S1, numerator: 4, denominator: 11, value: 36.4 });
    expect(row(lk01, S4)).toEqual({ key: S4, numerator: 2, denominator: 5, value: 40.0 });
  });
  it("lists p13 once in the audit for S and once for N, naming both schools", () => {
    const mine = lk01.counted.filter((c) => c.fullName === "Новиков Никита Николаевич");
    expect(mine.map((c) => c.part)).toEqual(["denominator", "numerator"]);
    expect(mine[0].school).toBe(`${S1}, ${S4}`);
    expect(mine[1]).toMatchObject({ sheet: "МАП", row: 13 });
  });
  it("counts a person with three qualifying rows once (p03 has two network-community and four contest rows)", () => {
    const dz11 = run(HAND, "DZ-11");
    expect(dz11.numerator).toBe(3);
    expect(dz11.counted.filter((c) => c.part === "numerator")).toHaveLength(3);
  });
  it("ignores event rows whose person is not on the roster (personId null)", () => {
    const withMore: Dataset = {
      ...HAND,
      activities: [...HAND.activities, ...HAND.activities.filter((a) => a.personId === null)],
    };
    expect(run(withMore, "LK-04").numerator).toBe(8);
  });
});

// Persons are found by reading the number back from their id (people/person-id.ts) and checking it
// against the roster: ids numbered in another order must still reach their own person.
describe("person ids out of roster order", () => {
  it("counts every event for its own person when the roster lists people in another order", () => {
    const reversed: Dataset = { ...HAND, roster: [...HAND.roster].reverse() };
    for (const id of ["LK-01", "LK-04", "DZ-11", "BM-1"]) {
      const a = run(HAND, id);
      const b = run(reversed, id);
      expect([b.id, b.numerator, b.denominator]).toEqual([a.id, a.numerator, a.denominator]);
      expect([...b.bySchool].sort((x, y) => x.key.localeCompare(y.key))).toEqual([...a.bySchool].sort((x, y) => x.key.localeCompare(y.key)));
    }
  });
});

describe("one school whatever its spelling (as people are matched: case, «№», quotes, legal form)", () => {
  // Regression: the indicators keyed schools by the exact text, so a card written otherwise than the
  // roster was not applied (its staff fell under «тип не указан») and stood as a school of its own.
  const CARD = "МБОУ «СОШ №1»";
  const cardRenamed: Dataset = { ...HAND, schools: HAND.schools.map((c) => (c.school === S1 ? { ...c, school: CARD } : c)) };

  it("applies a card written otherwise to the roster's school, shown under the card's name", () => {
    const bm1 = run(cardRenamed, "BM-1");
    expect(bm1.byOrgType).toEqual(run(HAND, "BM-1").byOrgType);
    expect(bm1.byOrgType!.map((b) => b.key)).not.toContain("тип не указан");
    const lk01 = run(cardRenamed, "LK-01");
    expect(lk01.bySchool.map((b) => b.key)).toEqual(run(HAND, "LK-01").bySchool.map((b) => (b.key === S1 ? CARD : b.key)));
    expect(row(lk01, CARD)).toEqual({ key: CARD, numerator: 4, denominator: 11, value: 36.4 });
    expect(buildContext(cardRenamed, PERIOD).schools).toHaveLength(buildContext(HAND, PERIOD).schools.length);
  });

  it("keeps one school when its roster rows spell it two ways", () => {
    let n = 0;
    const mixed: Dataset = { ...HAND, roster: HAND.roster.map((r) => (r.school === S1 && n++ % 2 === 1 ? { ...r, school: "СОШ № 1" } : r)) };
    expect(n).toBeGreaterThan(2);
    const lk01 = run(mixed, "LK-01");
    expect(lk01.bySchool).toEqual(run(HAND, "LK-01").bySchool);
  });
});

describe("no age from a birth date no worker can have (BM-3 «до 35 лет»)", () => {
  it("does not count a teacher born in 2031 as under 35: the stated age stands", () => {
    const teacher = HAND.roster.find((r) => r.school === S1 && r.staffCategory === "педагогический" && r.birthDate === null && r.age !== null && r.age >= 35)!;
    const future: Dataset = { ...HAND, roster: HAND.roster.map((r) => (r === teacher ? { ...r, birthDate: "2031-01-01" } : r)) };
    const before = run(HAND, "BM-3");
    const after = run(future, "BM-3");
    expect(after.denominator).toBe(before.denominator);
    expect(after.numerator).toBe(before.numerator);
  });
});

describe("prize places are rows, not persons (seed 000 §4–6)", () => {
  it("gives LK-04 above 100 % and lists each prize row in the audit", () => {
    const r = run(HAND, "LK-04");
    expect(r.value).toBe(114.3);
    const prizes = r.counted.filter((c) => c.part === "numerator");
    expect(prizes).toHaveLength(8);
    expect(prizes.filter((c) => c.fullName === "Васильева Вера Викторовна")).toHaveLength(3);
  });
});

describe("period boundaries 01.09 / 31.08", () => {
  it.each([
    ["contest on 01.09.2023 counts (p15)", "LK-01", "Павлов Пётр Петрович", true],
    ["contest on 31.08.2023 does not (p16)", "LK-01", "Романова Раиса Романовна", false],
    ["prize on 31.08.2024 counts (p24)", "LK-01", "Шилова Шура Шамилевна", true],
    ["КПК ending 01.09.2023 counts (p22)", "LK-10", "Цветкова Цецилия Цезаревна", true],
    ["pair ending 01.09.2023 counts (p35 mentee)", "LK-07", "Кузнецова Карина Кирилловна", true],
    ["pair ended 31.08.2023 does not (p06 mentee)", "LK-07", "Егоров Егор Евгеньевич", false],
    ["pair starting 31.08.2024 counts (p25)", "LK-07", "Щербакова Юлия Юрьевна", true],
  ])("%s", (_what, id, name, counted) => {
    const inN = run(HAND, id).counted.some((c) => c.part === "numerator" && c.fullName === name);
    expect(inN).toBe(counted);
  });

  it("moves with the period: in 2022/2023 p16's contest of 31.08.2023 counts and p15's of 01.09.2023 does not", () => {
    const r = run(HAND, "LK-01", academicYear(2022));
    const names = r.counted.filter((c) => c.part === "numerator").map((c) => c.fullName);
    expect(names).toEqual(["Лебедев Лев Леонидович", "Романова Раиса Романовна"]); // roster order
  });

  it("works for a calendar year too", () => {
    const r = run(HAND, "LK-02", calendarYear(2024));
    expect(r.numerator).toBe(2);
  });
});

describe("«за три последних года» (DZ-05, AL-3.9.15)", () => {
  it("takes courses ending 01.09.2021–31.08.2024 and no others", () => {
    const r = run(HAND, "DZ-05");
    const names = r.counted.filter((c) => c.part === "numerator").map((c) => c.fullName);
    expect(names).toContain("Егоров Егор Евгеньевич"); // 31.08.2023
    expect(names).toContain("Жукова Жанна Жоржевна"); // 20.05.2022
    expect(names).not.toContain("Зайцев Захар Захарович"); // 31.08.2021
    expect(names).not.toContain("Семёнов Семён Семёнович"); // 01.09.2024
    expect(r.value).toBe(34.5);
  });
});

describe("S = 0 gives «нет данных», never a division error", () => {
  const noYoung: Dataset = { ...HAND, roster: HAND.roster.map((r) => ({ ...r, youngSpecialist: false })) };
  it.each(["LK-03", "LK-06", "LK-08", "DZ-08", "AL-2.8.16"])("%s without young specialists", (id) => {
    const r = run(noYoung, id);
    expect(r.value).toBeNull();
    expect(r.status).toBeNull();
    expect(r.note).toMatch(/^нет данных/);
  });
  it("an empty dataset evaluates every preset without throwing, all shares null", () => {
    const empty: Dataset = { roster: [], schools: [], courses: [], activities: [], diagnostics: [], mentoring: [], manual: [], persons: [] };
    const all = evaluate(empty, PERIOD, ["LK", "DZ", "AL", "KL", "BM"]);
    expect(all.filter((r) => r.unit === "%").every((r) => r.value === null)).toBe(true);
    expect(all.find((r) => r.id === "AL-1.4.1")?.note).toBe("нет данных: заполните лист „Сведения муниципалитета“");
  });
  it("a school whose population is empty shows no value in its row", () => {
    const r = run(HAND, "AL-3.9.11"); // ПДО: only in ДДТ
    expect(row(r, S2)).toBeUndefined();
    expect(row(r, S4)).toEqual({ key: S4, numerator: 2, denominator: 3, value: 66.7 });
  });
});

describe("direction ↓ and targets", () => {
  it("AL-2.6.2 «менее 10 %»: 6.9 % is achieved", () => {
    expect(run(HAND, "AL-2.6.2")).toMatchObject({ value: 6.9, direction: "down", target: 10, status: "достигнуто" });
  });
  it("AL-2.6.2 with two more external part-timers: 4/29 = 13.8 % is not achieved", () => {
    const more: Dataset = {
      ...HAND,
      roster: HAND.roster.map((r) => (r.personId === "p03" || r.personId === "p04" ? { ...r, employment: "внешнее совместительство" } : r)),
    };
    expect(run(more, "AL-2.6.2")).toMatchObject({ numerator: 4, value: 13.8, status: "не достигнуто" });
  });
  it("LK-12 (deficits) points down and has no seed target", () => {
    expect(run(HAND, "LK-12")).toMatchObject({ direction: "down", target: null, status: null });
  });
});

describe("breakdowns", () => {
  it("by subject: a teacher of two subjects counts in both (DZ-04)", () => {
    const r = run(HAND, "DZ-04");
    // математика: p03 (высшая), p15 (высшая), p19 (без категории)
    expect(row(r, "математика", "bySubject")).toEqual({ key: "математика", numerator: 2, denominator: 3, value: 66.7 });
    // химия and биология: p07 (высшая) and p16 (первая) teach both
    expect(row(r, "химия", "bySubject")).toEqual({ key: "химия", numerator: 2, denominator: 2, value: 100 });
    expect(row(r, "биология", "bySubject")).toEqual({ key: "биология", numerator: 2, denominator: 2, value: 100 });
  });
  it("by orgType for persons, per school for AL-2.6.1 rates", () => {
    const r = run(HAND, "BM-1");
    expect(row(r, "ДОО", "byOrgType")).toEqual({ key: "ДОО", numerator: 5, denominator: 7, value: 71.4 });
    const rates = run(HAND, "AL-2.6.1");
    expect(rates.bySchool.map((b) => b.value)).toEqual([90, 100, 85, 100]);
  });
  // Regression (QA, 24.11): «Расшифровка» read «занято ставок: 71.5», with a decimal point.
  it("AL-2.6.1's audit writes the rates with a decimal comma", () => {
    const ds: Dataset = { ...HAND, schools: HAND.schools.map((c, i) => (i === 0 ? { ...c, staffRates: 80.25, filledRates: 71.5 } : c)) };
    const reasons = run(ds, "AL-2.6.1").counted.map((c) => c.reason);
    expect(reasons).toContain("ставок по штатному расписанию: 80,25");
    expect(reasons).toContain("занято ставок: 71,5");
  });
  it("AL-P.38b notes how many schools reach 50 % of their management team", () => {
    expect(run(HAND, "AL-P.38b").note).toBe("организаций, где доля не менее 50 %: 0 из 4; статус — по ОО с наименьшей долей (0 %)");
  });
  describe("AL-P.38b: «не менее 50 % управленческой команды каждой ОО» (seed 001, item 38) — the status is every school's", () => {
    // Regression: the status was the pooled share's, «достигнуто» while a school's team fell short.
    // HAND's managers: СОШ № 1 — p01 (federal course already), p02, p35; one each in the other three schools.
    const federal = HAND.courses.find((c) => c.personId === "p01" && c.federalRegistry === true)!;
    const withFederal = (ids: string[]): Dataset => ({
      ...HAND,
      courses: [
        ...HAND.courses,
        ...ids.map((id, i) => {
          const r = HAND.roster.find((p) => p.personId === id)!;
          return { ...federal, row: 100 + i, personId: id, fullName: r.fullName, school: r.school };
        }),
      ],
    });
    it.each([
      { also: ["p14", "p22", "p30"], value: 66.7, status: "не достигнуто", note: "3 из 4; статус — по ОО с наименьшей долей (33,3 %)" },
      { also: ["p14", "p22", "p30", "p02"], value: 83.3, status: "достигнуто", note: "4 из 4; статус — по ОО с наименьшей долей (66,7 %)" },
    ])("pooled $value %: $status", ({ also, value, status, note }) => {
      const r = run(withFederal(also), "AL-P.38b");
      expect(r).toMatchObject({ value, status });
      expect(r.note).toBe(`организаций, где доля не менее 50 %: ${note}`);
    });
  });
});

// Regression (QA, 24.11, on the example municipality): a worker paired with herself counted as both
// mentor and mentee; a pair begun in the period whose end was typed before its start was dropped.
describe("mentoring pairs with mistakes in them", () => {
  const template = HAND.mentoring[0];
  const person = (id: string) => HAND.roster.find((r) => r.personId === id)!;
  const pairOf = (row: number, mentor: string, mentee: string, startDate: string | null, endDate: string | null) => ({
    ...template, row, mentorId: mentor, menteeId: mentee, mentorName: person(mentor).fullName, menteeName: person(mentee).fullName, school: person(mentor).school, startDate, endDate,
  });
  const withPairs = (...pairs: ReturnType<typeof pairOf>[]): Dataset => ({ ...HAND, mentoring: [...HAND.mentoring, ...pairs] });
  const inPairs = (ds: Dataset) => run(ds, "AL-2.8.18").value;
  const mentors = (ds: Dataset) => run(ds, "AL-2.8.4").numerator;

  it("someone paired with themselves is in no pair: neither a mentor nor a mentee", () => {
    const self = withPairs(pairOf(20, "p07", "p07", "2023-10-01", null));
    expect(inPairs(self)).toBe(inPairs(HAND));
    expect(mentors(self)).toBe(mentors(HAND));
  });

  it.each([
    ["begun in the period, its end typed before its start", "2023-09-23", "2023-05-26", 2],
    ["both dates before the period, in the wrong order", "2023-05-26", "2022-09-01", 0],
    ["both dates after the period, in the wrong order", "2025-05-26", "2024-09-23", 0],
  ])("a pair %s counts by the span between its dates", (_what, startDate, endDate, more) => {
    const ds = withPairs(pairOf(21, "p07", "p08", startDate, endDate));
    expect(inPairs(ds)).toBe((inPairs(HAND) as number) + more);
  });
});

describe("manual rows («Сведения муниципалитета»)", () => {
  it("finds a row whatever its case and spaces, and reports a missing one", () => {
    const ds: Dataset = { ...HAND, manual: [{ ...HAND.manual[1], indicator: " al-1.4.1" }] };
    expect(run(ds, "AL-1.4.1")).toMatchObject({ value: true, status: "достигнуто", unit: "да/нет" });
    expect(run(ds, "AL-1.5.1")).toMatchObject({ value: null, status: null, note: "нет данных: заполните лист „Сведения муниципалитета“" });
  });
  it.each([
    ["a Cyrillic К", "КL-3"],
    ["Word's dash", "KL–3"],
    ["a space and a leading zero", "kl 03"],
  ])("takes a code typed with %s («%s») as KL-3", (_what, typed) => {
    const ds: Dataset = { ...HAND, manual: HAND.manual.map((m) => (m.indicator === "KL-3" ? { ...m, indicator: typed } : m)) };
    expect(run(HAND, "KL-3").value).not.toBeNull();
    expect(run(ds, "KL-3")).toMatchObject({ value: run(HAND, "KL-3").value, status: run(HAND, "KL-3").status });
  });
  it("a да/нет criterion given as a number asks for да or нет", () => {
    const ds: Dataset = { ...HAND, manual: [{ ...HAND.manual[1], value: 5 }] };
    expect(run(ds, "AL-1.4.1").note).toMatch(/укажите «да» или «нет»/);
  });
});
