import { HistoryTable, parseHistory } from "../../src/domain/history";
import { buildHistorySheet } from "../../src/report/history-sheet";
import { buildTrendSheet } from "../../src/report/trend-sheet";
import { at, gridOf } from "./fixtures";

const HISTORY: HistoryTable = {
  columns: [
    { id: "AL-3.9.1", name: "Прошли КПК", unit: "%", target: 30, direction: "up" },
    { id: "AL-1.5.7", name: "Стажировочные площадки", unit: "ед.", target: null, direction: "up" },
    { id: "AL-1.4.1", name: "Кураторы ИОМ", unit: "да/нет", target: true, direction: "up" },
  ],
  rows: [
    { period: "2021/2022", values: { "AL-3.9.1": 69.1 } },
    { period: "2022/2023", values: { "AL-3.9.1": 72.3, "AL-1.5.7": 1 } },
    { period: "2023/2024", values: { "AL-3.9.1": 40, "AL-1.5.7": 2, "AL-1.4.1": true } },
  ],
};

describe("«История показателей»", () => {
  const plan = buildHistorySheet(HISTORY);

  it("shows periods down and indicator codes across, with names, units, targets and directions above", () => {
    expect(plan.name).toBe("История показателей");
    expect(plan.rows[6].map((c) => c.v)).toEqual(["Период", "AL-3.9.1", "AL-1.5.7", "AL-1.4.1"]);
    expect(plan.rows.slice(2, 6).map((r) => r.map((c) => c.v))).toEqual([
      ["Показатель", "Прошли КПК", "Стажировочные площадки", "Кураторы ИОМ"],
      ["Ед.", "%", "ед.", "да/нет"],
      ["Целевое значение", 0.3, null, "да"],
      ["Направление", "↑", "↑", "↑"],
    ]);
    expect(plan.tables).toEqual([{ name: "Metodist_History", range: "A7:D10" }]);
  });

  it("writes % values as percentages and leaves unknown values empty", () => {
    expect(at(plan, "A8")?.v).toBe("2021/2022");
    expect(at(plan, "B8")).toEqual({ v: 0.691, numFmt: "0.0%" });
    expect(at(plan, "C8")?.v).toBeNull();
    expect([at(plan, "B10")?.v, at(plan, "C10")?.v, at(plan, "D10")?.v]).toEqual([0.4, 2, "да"]);
  });

  it("is read back by parseHistory exactly as written", () => {
    expect(parseHistory([gridOf(plan)])).toEqual(HISTORY);
  });
});

describe("«Динамика»", () => {
  const plan = buildTrendSheet(HISTORY);
  // 2 charts → one chart row: A4:H21 and J4:Q21 (18 rows each), a blank row 22, the data from row 23.

  it("puts the charts first and the data they read below them (no chart for yes/no)", () => {
    expect(plan.name).toBe("Динамика");
    expect(at(plan, "A23")?.v).toBe("Данные для графиков");
    expect(plan.rows[23].map((c) => c.v)).toEqual(["Период", "AL-3.9.1", "AL-3.9.1 цель", "AL-1.5.7"]);
    expect(plan.rows[23].every((c) => c.style === "header" && c.wrap === true)).toBe(true);
    expect(plan.rows.slice(24, 27).map((r) => r.map((c) => c.v))).toEqual([
      ["2021/2022", 0.691, 0.3, null],
      ["2022/2023", 0.723, 0.3, 1],
      ["2023/2024", 0.4, 0.3, 2],
    ]);
  });

  it("draws one line chart per indicator, two a row, whose series read the data block", () => {
    expect(plan.charts).toEqual([
      {
        title: "AL-3.9.1 Прошли КПК",
        type: "line",
        from: "A4",
        to: "H21",
        categories: "A25:A27",
        series: [
          { name: "Значение", values: "B25:B27", color: "2E75B6" },
          { name: "Цель", values: "C25:C27", color: "C00000", dashed: true },
        ],
        percent: true,
      },
      {
        title: "AL-1.5.7 Стажировочные площадки",
        type: "line",
        from: "J4",
        to: "Q21",
        categories: "A25:A27",
        series: [{ name: "Значение", values: "D25:D27", color: "2E75B6" }],
        percent: false,
      },
    ]);
  });

  /** 20 indicators with targets (40 data columns) over 2 periods. */
  const wide: HistoryTable = {
    columns: Array.from({ length: 20 }, (_, i) => ({ id: `KL-${i + 1}`, name: `П${i + 1}`, unit: "%" as const, target: 50, direction: "up" as const })),
    rows: ["2022/2023", "2023/2024"].map((period, k) => ({
      period,
      values: Object.fromEntries(Array.from({ length: 20 }, (_, i) => [`KL-${i + 1}`, 10 + i + k])),
    })),
  };
  const widePlan = buildTrendSheet(wide);

  it("stays as narrow as the chart grid (17 columns) however many indicators there are", () => {
    expect(widePlan.columnWidths).toHaveLength(17);
    expect(Math.max(...widePlan.rows.map((r) => r.length))).toBeLessThanOrEqual(17);
    // Period + 8 × (value, target) = 17 columns a block: 20 indicators → blocks of 8, 8 and 4.
    const headers = widePlan.rows.filter((r) => r[0]?.v === "Период");
    expect(headers.map((r) => r.length)).toEqual([17, 17, 9]);
  });

  it("points every chart at its own indicator's cells in its block", () => {
    const charts = widePlan.charts ?? [];
    expect(charts).toHaveLength(20);
    // 10 chart rows of 19 rows from row 4 → data title on row 194, block 1 header 195, periods 196–197;
    // block 2 header 199 (after a blank row), periods 200–201; block 3 header 203, periods 204–205.
    expect(at(widePlan, "A194")?.v).toBe("Данные для графиков");
    const kl9 = charts[8];
    expect(kl9.title).toBe("KL-9 П9");
    expect(kl9.categories).toBe("A200:A201");
    expect(kl9.series.map((s) => s.values)).toEqual(["B200:B201", "C200:C201"]);
    expect([at(widePlan, "B199")?.v, at(widePlan, "B200")?.v, at(widePlan, "B201")?.v]).toEqual(["KL-9", 0.18, 0.19]);
    expect(charts[19].series[0].values).toBe("H204:H205");
    expect(at(widePlan, "H203")?.v).toBe("KL-20");
    expect(charts.map((c) => c.from).slice(0, 4)).toEqual(["A4", "J4", "A23", "J23"]);
  });

  it("prints landscape, one page wide, with page breaks between chart rows and before the data", () => {
    // Two chart rows a page: breaks after rows 41, 79, 117, 155 and before the data (after row 193).
    expect(widePlan.print).toEqual({ landscape: true, fitToWidth: 1, rowBreaks: [41, 79, 117, 155, 193] });
  });

  it("says so when there is nothing to draw", () => {
    const p = buildTrendSheet({ columns: [], rows: [] });
    expect(p.charts).toBeUndefined();
    expect(at(p, "A4")?.v).toMatch(/нет значений/);
  });
});
