import { buildIndicatorsSheet, INDICATOR_HEADERS, percentFormula } from "../../src/report/indicators-sheet";
import { AL141, AL157, ALL, KL1, LK01, LK12, PERIOD, TODAY, at } from "./fixtures";

const plan = buildIndicatorsSheet(ALL, PERIOD, TODAY);

describe("«Показатели»", () => {
  it("is named «Показатели» and starts with the title, the period and the date", () => {
    expect(plan.name).toBe("Показатели");
    expect(at(plan, "A1")).toEqual({ v: "Показатели профессионального развития педагогов", style: "title" });
    expect(at(plan, "A2")?.v).toBe("Отчётный период: 2023/2024 (01.09.2023 – 31.08.2024)");
    expect(at(plan, "A3")?.v).toBe(
      "Дата расчёта: 20.06.2024. Наборы показателей: LK — Ленинск-Кузнецкий муниципальный округ; AL — МО город Алапаевск; KL — Казачинско-Ленский муниципальный район",
    );
  });

  it("has the header row on row 4 and one Excel table covering every indicator", () => {
    expect(plan.rows[3].map((c) => c.v)).toEqual([...INDICATOR_HEADERS]);
    expect(plan.rows[3].every((c) => c.style === "header")).toBe(true);
    expect(plan.tables).toEqual([{ name: "Metodist_Indicators", range: "A4:J9" }]);
    expect(plan.freeze).toEqual({ rows: 4, columns: 1 });
  });

  // Regression (QA, 24.11): ПР, РК, МС, ФР ДПП… and «близко» were explained nowhere in the workbook.
  it("explains, a row under the table, the abbreviations and what each status means", () => {
    expect(at(plan, "A10")?.v ?? null).toBeNull();
    expect(at(plan, "A11")).toMatchObject({ style: "muted", v: expect.stringMatching(/^Сокращения: ПР — педагогические работники; РК — руководящие кадры; МС — молодые специалисты;/) });
    expect(at(plan, "A12")?.v).toMatch(/^Статус: «достигнуто» — .*«близко» — хуже цели не более чем на 10 % от неё/);
  });

  it("shows N and S and a live formula over them whose cached result is the engine's value", () => {
    expect([at(plan, "A5")?.v, at(plan, "C5")?.v, at(plan, "D5")?.v]).toEqual(["LK-01", 12, 100]);
    expect(at(plan, "B5")).toMatchObject({ v: LK01.name, wrap: true });
    expect(at(plan, "E5")).toEqual({ v: { formula: 'IF(D5=0,"нет данных",ROUND(C5/D5,3))', result: 0.12 }, numFmt: "0.0%" });
    expect(at(plan, "E6")?.v).toEqual({ formula: percentFormula(6), result: 0.05 });
    expect([at(plan, "F5")?.v, at(plan, "G5")?.v, at(plan, "G5")?.numFmt, at(plan, "H5")?.v]).toEqual(["%", 0.28, "0.0%", "↑"]);
    expect(at(plan, "H6")?.v).toBe("↓");
  });

  it("keeps the formula's rounding identical to the engine's 0.1 percent point", () => {
    // 9/80 = 0.1125: ROUND(…,3) = 0.113 (11,3 %), as the engine's 11.3.
    const p = buildIndicatorsSheet([{ ...LK01, numerator: 9, denominator: 80, value: 11.3 }], PERIOD, TODAY);
    expect(at(p, "E5")?.v).toEqual({ formula: percentFormula(5), result: 0.113 });
  });

  it("writes the engine's number without a formula when it is not N/S (never a formula that disagrees)", () => {
    const p = buildIndicatorsSheet([{ ...LK01, value: 13.5 }], PERIOD, TODAY);
    expect(at(p, "E5")).toEqual({ v: 0.135, numFmt: "0.0%" });
  });

  it("reads «нет данных» when S = 0, with the engine's note", () => {
    const row = 5 + ALL.indexOf(KL1);
    expect(at(plan, `E${row}`)?.v).toEqual({ formula: percentFormula(row), result: "нет данных" });
    expect(at(plan, `I${row}`)).toEqual({ v: "нет данных", style: "statusNone" });
    expect(at(plan, `J${row}`)?.v).toBe(KL1.note);
  });

  it("shows counts as numbers and yes/no criteria as да/нет", () => {
    const count = 5 + ALL.indexOf(AL157);
    expect([at(plan, `C${count}`)?.v, at(plan, `D${count}`)?.v, at(plan, `E${count}`)?.v, at(plan, `F${count}`)?.v]).toEqual([2, null, 2, "ед."]);
    const yes = 5 + ALL.indexOf(AL141);
    expect([at(plan, `E${yes}`)?.v, at(plan, `G${yes}`)?.v, at(plan, `F${yes}`)?.v]).toEqual(["да", "да", "да/нет"]);
  });

  it.each([
    ["не достигнуто", LK01, "statusFail"],
    ["достигнуто", LK12, "statusOk"],
    ["близко", { ...LK01, value: 26, status: "близко" as const }, "statusClose"],
  ])("colours the status «%s»", (_label, r, style) => {
    const p = buildIndicatorsSheet([r], PERIOD, TODAY);
    expect(at(p, "I5")).toEqual({ v: r.status, style });
  });

  it("says «цель не задана» for a value without a target, not «нет данных»", () => {
    const p = buildIndicatorsSheet([AL157, { ...LK01, target: null, status: null }], PERIOD, TODAY);
    expect(at(p, "I5")).toEqual({ v: "цель не задана", style: "statusNone" });
    expect(at(p, "I6")).toEqual({ v: "цель не задана", style: "statusNone" });
  });

  it("words a trend target as «рост к 2022/2023 (было 10,0 %)» / «снижение к …» and reads «нет данных» without a past value", () => {
    const p = buildIndicatorsSheet(
      [
        { ...LK01, target: null, status: "достигнуто", trend: { previousPeriod: "2022/2023", previousValue: 10 } },
        { ...LK12, target: null, status: "не достигнуто", trend: { previousPeriod: "2021/2022", previousValue: 4 } },
        { ...LK01, target: null, status: null, trend: { previousPeriod: null, previousValue: null }, note: "нет данных за прошлый период" },
      ],
      PERIOD,
      TODAY,
    );
    expect([at(p, "G5")?.v, at(p, "I5")?.v]).toEqual(["рост к 2022/2023 (было 10,0 %)", "достигнуто"]);
    expect([at(p, "G6")?.v, at(p, "I6")?.v]).toEqual(["снижение к 2021/2022 (было 4,0 %)", "не достигнуто"]);
    expect([at(p, "G7")?.v, at(p, "I7")?.v, at(p, "J7")?.v]).toEqual(["рост к прошлому периоду", "нет данных", "нет данных за прошлый период"]);
  });

  it("wraps its headers so «Целевое значение» is never cut", () => {
    expect(plan.rows[3].every((c) => c.wrap === true)).toBe(true);
  });

  it("says what to do when no preset was chosen", () => {
    const p = buildIndicatorsSheet([], PERIOD, TODAY);
    expect(at(p, "A5")?.v).toMatch(/Не выбран ни один набор/);
    expect(p.tables).toEqual([]);
  });
});
