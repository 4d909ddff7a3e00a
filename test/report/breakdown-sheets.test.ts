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

  it("shows each school's value as a percentage", () => {
    expect(at(plan, "B5")).toEqual({ v: 0.113, numFmt: "0.0%" });
    expect(at(plan, "B6")?.v).toBe(0.15);
    expect(at(plan, "C6")?.v).toBe(0.2);
  });

  it("adds the municipality's value under the schools, outside the colour scale", () => {
    expect(at(plan, "A7")?.v).toBe("Муниципалитет в целом");
    expect(at(plan, "B7")).toEqual({ v: 0.12, style: "header", numFmt: "0.0%" });
  });

  it("colours each column red where worse: low for ↑, high for ↓", () => {
    expect(plan.colorScales).toEqual([
      { range: "B5:B6", minColor: "F8696B", midColor: "FFEB84", maxColor: "63BE7B" },
      { range: "C5:C6", minColor: "63BE7B", midColor: "FFEB84", maxColor: "F8696B" },
    ]);
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
    expect(at(q, "B5")?.v).toBeNull();
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
