import { HistoryTable } from "../../../src/domain/history";
import { INDICATORS } from "../../../src/domain/indicators";
import { NO_PREVIOUS_NOTE, applyTrendTargets, previousValue, trendStatus } from "../../../src/domain/indicators/trend";
import { Direction, IndicatorResult, Status } from "../../../src/domain/indicators/types";

describe("trendStatus: «увеличение/уменьшение доли» against the previous period", () => {
  it.each<[string, number | null, number | null, Direction, Status | null]>([
    ["grew, ↑", 33.3, 25, "up", "достигнуто"],
    ["grew by the smallest visible step, ↑", 25.1, 25, "up", "достигнуто"],
    ["same as shown, ↑", 25, 25, "up", "близко"],
    ["same once rounded to 0.1 (25.04 reads 25,0), ↑", 25.04, 25, "up", "близко"],
    ["fell, ↑", 24.9, 25, "up", "не достигнуто"],
    ["fell, ↓ (fewer teachers with deficits)", 18, 20.5, "down", "достигнуто"],
    ["same, ↓", 20.5, 20.5, "down", "близко"],
    ["grew, ↓", 21, 20.5, "down", "не достигнуто"],
    ["from zero, ↑", 0.1, 0, "up", "достигнуто"],
    ["no previous value", 30, null, "up", null],
    ["no value now", null, 30, "up", null],
  ])("%s", (_case, value, previous, direction, status) => {
    expect(trendStatus(value, previous, direction)).toBe(status);
  });
});

const HISTORY: HistoryTable = {
  columns: [],
  rows: [
    { period: "2021/2022", values: { "LK-01": 20, "LK-09": 5 } },
    { period: "2022/2023", values: { "LK-01": 25, "LK-12": 30 } },
    { period: "2023/2024", values: { "LK-01": 33.3 } },
    { period: "2024/2025", values: { "LK-01": 40 } },
  ],
};

describe("previousValue", () => {
  it.each([
    ["the period just before", "LK-01", "2023/2024", { previousPeriod: "2022/2023", previousValue: 25 }],
    ["the latest earlier period that has a value", "LK-09", "2023/2024", { previousPeriod: "2021/2022", previousValue: 5 }],
    ["never the period itself or a later one", "LK-01", "2021/2022", { previousPeriod: null, previousValue: null }],
    ["nothing for an indicator the history does not know", "LK-13", "2023/2024", { previousPeriod: null, previousValue: null }],
  ])("takes %s", (_case, id, period, expected) => {
    expect(previousValue(HISTORY, id, period)).toEqual(expected);
  });

  // Regression (QA, 24.11): with a calendar year «2024» in the history, 2024/2025 was compared with it —
  // eight of its months are 2024/2025's own — and 2024 with 2023/2024.
  const MIXED: HistoryTable = { columns: [], rows: [...HISTORY.rows.slice(0, 3), { period: "2023", values: { "LK-01": 10 } }, { period: "2024", values: { "LK-01": 50 } }] };
  it.each([
    ["an academic year with the academic year before, past a calendar year", "2024/2025", { previousPeriod: "2023/2024", previousValue: 33.3 }],
    ["a calendar year with the calendar year before", "2025", { previousPeriod: "2024", previousValue: 50 }],
    ["a calendar year with none when only academic years precede it", "2023", { previousPeriod: null, previousValue: null }],
  ])("compares %s", (_case, period, expected) => {
    expect(previousValue(MIXED, "LK-01", period)).toEqual(expected);
  });
});

const result = (id: string, value: number | null, extra: Partial<IndicatorResult> = {}): IndicatorResult => {
  const def = INDICATORS.find((d) => d.id === id)!;
  return {
    id, preset: def.preset, name: def.name, shortName: def.shortName, unit: def.unit, numerator: null, denominator: null,
    value, target: def.target, direction: def.direction, status: null, bySchool: [], counted: [], ...extra,
  };
};

describe("applyTrendTargets", () => {
  it("marks every LK indicator as a trend target (seed 000 states only «увеличение/уменьшение доли»)", () => {
    const lk = INDICATORS.filter((d) => d.preset === "LK");
    expect(lk).toHaveLength(13);
    expect(lk.every((d) => d.trendTarget === true && d.target === null)).toBe(true);
    expect(INDICATORS.filter((d) => d.trendTarget).map((d) => d.preset)).toEqual(lk.map(() => "LK"));
  });

  const out = applyTrendTargets(
    [
      result("LK-01", 33.3),
      result("LK-12", 31, { note: "часть ОО не сдала диагностику" }),
      result("LK-13", 4),
      result("LK-02", null, { note: "нет данных: нет руководящих работников" }),
      result("KL-1", 12, { status: "не достигнуто" }),
    ],
    HISTORY,
    "2023/2024",
  );
  const by = Object.fromEntries(out.map((r) => [r.id, r]));

  it("sets the status from the previous period and says which period it compared with", () => {
    expect([by["LK-01"].status, by["LK-01"].trend]).toEqual(["достигнуто", { previousPeriod: "2022/2023", previousValue: 25 }]);
    // LK-12 is ↓: 30 % → 31 % of staff with deficits is the wrong way.
    expect(by["LK-12"].status).toBe("не достигнуто");
    expect(by["LK-12"].note).toBe("часть ОО не сдала диагностику");
  });

  it("keeps the JSON target null", () => {
    expect(out.filter((r) => r.preset === "LK").map((r) => r.target)).toEqual([null, null, null, null]);
  });

  it("leaves the status empty with a note when there is no previous value", () => {
    expect([by["LK-13"].status, by["LK-13"].note, by["LK-13"].trend]).toEqual([null, NO_PREVIOUS_NOTE, { previousPeriod: null, previousValue: null }]);
  });

  it("does not add the note when there is no value now (the engine's note already says why)", () => {
    expect([by["LK-02"].status, by["LK-02"].note]).toEqual([null, "нет данных: нет руководящих работников"]);
  });

  it("leaves indicators with numeric targets untouched", () => {
    expect(by["KL-1"]).toEqual(result("KL-1", 12, { status: "не достигнуто" }));
    expect(by["KL-1"].trend).toBeUndefined();
  });

  it("keeps a result's lazy audit lazy", () => {
    let built = 0;
    const r = result("LK-01", 33.3);
    Object.defineProperty(r, "counted", { enumerable: true, get: () => (built++, []) });
    const [copy] = applyTrendTargets([r], HISTORY, "2023/2024");
    expect(built).toBe(0);
    expect(copy.counted).toEqual([]);
    expect(built).toBe(1);
  });
});
