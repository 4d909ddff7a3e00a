import { buildReportPlans, OUTPUT_SHEET_NAMES } from "../../src/report";
import { buildRecommendationsSheet } from "../../src/report/recommendations-sheet";
import { recommend } from "../../src/domain/recommend";
import { mergeHistory } from "../../src/domain/history";
import { ALL, CHECK, LK01, PERIOD, TODAY, at, sheet } from "./fixtures";
import { allRows } from "../../src/report/plan";

const STYLES = ["title", "subtitle", "header", "normal", "muted", "statusOk", "statusClose", "statusFail", "statusNone", "error", "warning", "link"];

describe("buildReportPlans", () => {
  const history = mergeHistory({ columns: [], rows: [] }, PERIOD, ALL);
  const plans = buildReportPlans({ check: CHECK, indicators: ALL, history, generatedOn: TODAY });

  it("writes every output sheet, in order, with valid Excel sheet names", () => {
    expect(plans.map((p) => p.name)).toEqual([...OUTPUT_SHEET_NAMES]);
    expect(OUTPUT_SHEET_NAMES).toEqual([
      "Показатели", "Показатели по ОО", "По предметам", "Расшифровка", "Проверка данных", "История показателей", "Динамика", "Рекомендации",
    ]);
    for (const name of OUTPUT_SHEET_NAMES) {
      expect(name.length).toBeLessThanOrEqual(31);
      expect(name).not.toMatch(/[[\]:*?/\\]/);
    }
  });

  it("uses only named styles and never builds a formula outside the value column of «Показатели»", () => {
    for (const p of plans) {
      allRows(p).forEach((row, r) =>
        row.forEach((c, col) => {
          if (c.style !== undefined) expect(STYLES).toContain(c.style);
          if (c.v !== null && typeof c.v === "object" && "formula" in c.v) {
            expect([p.name, col]).toEqual(["Показатели", 4]);
            expect(c.v.formula).toBe(`IF(D${r + 1}=0,"нет данных",ROUND(C${r + 1}/D${r + 1},3))`);
          }
        }),
      );
    }
  });

  it("keeps table names unique across the workbook", () => {
    const names = plans.flatMap((p) => (p.tables ?? []).map((t) => t.name));
    expect(new Set(names).size).toBe(names.length);
  });

  it("puts this period into the history and its chart", () => {
    const h = sheet(plans, "История показателей");
    expect(at(h, "A8")?.v).toBe("2023/2024");
    expect(at(h, "B7")?.v).toBe("LK-01");
    expect(at(h, "B8")?.v).toBe(0.12);
    expect(sheet(plans, "Динамика").charts?.[0].title).toBe("LK-01 ПР в конкурсах");
  });
});

describe("«Рекомендации»", () => {
  const plan = buildRecommendationsSheet(recommend(ALL), 4, PERIOD, TODAY);

  it("has one row per indicator not achieved, naming the lowest schools", () => {
    expect(plan.name).toBe("Рекомендации");
    expect(at(plan, "A1")?.v).toBe("Адресные рекомендации (черновик)");
    expect(plan.rows[4].map((c) => c.v)[0]).toBe("№");
    expect([at(plan, "A6")?.v, at(plan, "B6")?.v, at(plan, "D6")?.v, at(plan, "E6")?.v, at(plan, "F6")?.v, at(plan, "G6")?.v]).toEqual([
      1, "LK-01", 0.12, 0.28, "не достигнуто", "конкурсы",
    ]);
    // Regression (QA, 24.11): the schools were named without the values that single them out.
    expect(at(plan, "H6")?.v).toBe("Гимназия «Лидер» — 11,3 %\nШкола № 1 — 15,0 %");
    expect(at(plan, "I6")?.v).toMatch(/^ОО с наименьшими значениями \(Гимназия «Лидер»; Школа № 1\): /);
    expect(plan.tables).toEqual([{ name: "Metodist_Recommendations", range: "A5:I6" }]);
  });

  it("says so when every indicator is achieved", () => {
    const p = buildRecommendationsSheet(recommend([{ ...LK01, status: "достигнуто" }]), 1, PERIOD, TODAY);
    expect(at(p, "A5")?.v).toMatch(/рекомендаций нет/);
  });

  it("explains that nothing can be recommended when no indicator has a status (no target, no past value)", () => {
    const p = buildRecommendationsSheet(recommend([{ ...LK01, target: null, status: null }]), 0, PERIOD, TODAY);
    expect(at(p, "A5")?.v).toMatch(/^Ни у одного показателя нет статуса.*LK, когда известно значение за прошлый период/);
  });

  it("words a trend target «рост к 2022/2023 (было 14,0 %)» in the target column", () => {
    const lk = { ...LK01, target: null, status: "не достигнуто" as const, trend: { previousPeriod: "2022/2023", previousValue: 14 } };
    const p = buildRecommendationsSheet(recommend([lk]), 1, PERIOD, TODAY, [lk]);
    expect(at(p, "E6")?.v).toBe("рост к 2022/2023 (было 14,0 %)");
  });
});
