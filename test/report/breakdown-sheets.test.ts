import { buildBySchoolSheet } from "../../src/report/by-school-sheet";
import { buildBySubjectSheet } from "../../src/report/by-subject-sheet";
import { ALL, LK01, LK12, PERIOD, TODAY, at } from "./fixtures";

describe("«Показатели по ОО»", () => {
  const plan = buildBySchoolSheet(ALL, PERIOD, TODAY);

  it("puts schools down (sorted) and indicators with a school breakdown across", () => {
    expect(plan.name).toBe("Показатели по ОО");
    expect(plan.rows[3].map((c) => c.v)).toEqual(["ОО", "LK-01 ПР в конкурсах", "LK-12 С дефицитами"]);
    expect([at(plan, "A5")?.v, at(plan, "A6")?.v]).toEqual(["Гимназия «Лидер»", "Школа № 1"]);
  });

  it("shows each school's value as a percentage, judged against the target as «Показатели» judges the municipality", () => {
    // LK-01's target is 28 %: 11,3 % is «не достигнуто» (below 28 × 0,9).
    expect(at(plan, "B5")).toEqual({ v: 0.113, numFmt: "0.0%", style: "statusFail" });
    expect(at(plan, "B6")?.v).toBe(0.15);
    expect(at(plan, "C6")?.v).toBe(0.2);
  });

  it("adds the municipality's value under the schools, outside the colour scale", () => {
    expect(at(plan, "A7")?.v).toBe("Муниципалитет в целом");
    expect(at(plan, "B7")).toEqual({ v: 0.12, style: "header", numFmt: "0.0%" });
  });

  // Regression (QA, 24.11): every column was a scale from its own minimum to maximum, so a school far
  // above its target (KL-4: 34,9 % against 2 %) was red while «Показатели» said «достигнуто».
  it("a share without a target is coloured by its place among schools, red where worse (high for ↓); one with a target is not scaled", () => {
    expect(plan.colorScales).toEqual([]);
    const noTarget = buildBySchoolSheet([LK01, { ...LK12, target: null, status: null }], PERIOD, TODAY);
    expect(noTarget.colorScales).toEqual([{ range: "C5:C6", minColor: "63BE7B", midColor: "FFEB84", maxColor: "F8696B" }]);
    expect(at(plan, "C6")?.style).toBe("statusFail"); // LK-12 ↓, target 10 %: 20 % is not reached
    const target = (v: number) => buildBySchoolSheet([{ ...LK01, bySchool: [{ key: "Школа № 1", numerator: v, denominator: 100, value: v }] }], PERIOD, TODAY);
    expect([30, 26, 10].map((v) => at(target(v), "B5")?.style)).toEqual(["statusOk", "statusClose", "statusFail"]);
    expect(plan.freeze).toEqual({ rows: 4, columns: 1 });
  });

  it("marks a school with S = 0 as «—» and leaves schools absent from an indicator empty", () => {
    const p = buildBySchoolSheet(
      [{ ...LK01, bySchool: [{ key: "Школа № 1", numerator: 0, denominator: 0, value: null }] }, LK12],
      PERIOD,
      TODAY,
    );
    expect(at(p, "B6")).toEqual({ v: "—", style: "muted" });
    const q = buildBySchoolSheet([{ ...LK01, bySchool: [LK01.bySchool[0]] }, LK12], PERIOD, TODAY);
    expect(at(q, "A5")?.v).toBe("Гимназия «Лидер»");
    expect(at(q, "B5")).toEqual({ v: "—", style: "muted" });
  });

  it("says why it is empty when there is no breakdown", () => {
    const p = buildBySchoolSheet([{ ...LK01, bySchool: [] }], PERIOD, TODAY);
    expect(at(p, "A4")?.v).toMatch(/Нет данных в разрезе ОО/);
  });
});

describe("«По предметам»", () => {
  it("shows only indicators that have a subject breakdown", () => {
    const plan = buildBySubjectSheet(ALL, PERIOD, TODAY);
    expect(plan.name).toBe("По предметам");
    expect(plan.rows[3].map((c) => c.v)).toEqual(["Предмет", "LK-01 ПР в конкурсах"]);
    expect([at(plan, "A5")?.v, at(plan, "B5")?.v]).toEqual(["математика", 0.111]);
    // one subject: nothing to compare, no colour scale
    expect(plan.colorScales).toEqual([]);
  });
});
