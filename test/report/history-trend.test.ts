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

  it("has a data block of periods with value and target columns (no chart for yes/no)", () => {
    expect(plan.name).toBe("Динамика");
    expect(plan.rows[3].map((c) => c.v)).toEqual(["Период", "AL-3.9.1", "AL-3.9.1 цель", "AL-1.5.7"]);
    expect(plan.rows.slice(4).map((r) => r.map((c) => c.v))).toEqual([
      ["2021/2022", 0.691, 0.3, null],
      ["2022/2023", 0.723, 0.3, 1],
      ["2023/2024", 0.4, 0.3, 2],
    ]);
  });

  it("draws one line chart per indicator whose series read the data block", () => {
    expect(plan.charts).toEqual([
      {
        title: "AL-3.9.1 Прошли КПК",
        type: "line",
        from: "A9",
        to: "H24",
        categories: "A5:A7",
        series: [
          { name: "Значение", values: "B5:B7", color: "2E75B6" },
          { name: "Цель", values: "C5:C7", color: "C00000", dashed: true },
        ],
        percent: true,
      },
      {
        title: "AL-1.5.7 Стажировочные площадки",
        type: "line",
        from: "J9",
        to: "Q24",
        categories: "A5:A7",
        series: [{ name: "Значение", values: "D5:D7", color: "2E75B6" }],
        percent: false,
      },
    ]);
  });

  it("lays charts out in a grid two wide", () => {
    const many: HistoryTable = {
      columns: ["A", "B", "C"].map((s) => ({ id: `LK-0${s}`, name: s, unit: "%" as const, target: null, direction: "up" as const })),
      rows: [{ period: "2023/2024", values: { "LK-0A": 1, "LK-0B": 2, "LK-0C": 3 } }],
    };
    const p = buildTrendSheet(many);
    expect(p.charts?.map((c) => c.from)).toEqual(["A7", "J7", "A24"]);
  });

  it("says so when there is nothing to draw", () => {
    const p = buildTrendSheet({ columns: [], rows: [] });
    expect(p.charts).toBeUndefined();
    expect(at(p, "A4")?.v).toMatch(/нет значений/);
  });
});
