import { SheetGrid } from "../../src/domain/grid";
import { HistoryTable, SEED_HISTORY, comparePeriods, mergeHistory, parseHistory, readHistory, withSeedHistory } from "../../src/domain/history";
import { IndicatorResult } from "../../src/domain/indicators/types";
import { academicYear } from "../../src/domain/period";

const result = (id: string, value: number | null, unit: IndicatorResult["unit"] = "%"): IndicatorResult => ({
  id, preset: "LK", name: `Показатель ${id}`, shortName: `Кратко ${id}`, unit, numerator: null, denominator: null,
  value, target: 28, direction: "up", status: null, bySchool: [], counted: [],
});

const BASE: HistoryTable = {
  columns: [
    { id: "LK-01", name: "ПР в конкурсах", unit: "%", target: 25, direction: "up" },
    { id: "LK-02", name: "РК в конкурсах", unit: "%", target: null, direction: "up" },
  ],
  rows: [
    { period: "2021/2022", values: { "LK-01": 10, "LK-02": 5 } },
    { period: "2023/2024", values: { "LK-01": 14, "LK-02": 7 } },
  ],
};

describe("mergeHistory", () => {
  it("updates the current period's row in place and keeps the row's other indicators", () => {
    const merged = mergeHistory(BASE, academicYear(2023), [result("LK-01", 12.5)]);
    expect(merged.rows).toEqual([
      { period: "2021/2022", values: { "LK-01": 10, "LK-02": 5 } },
      { period: "2023/2024", values: { "LK-01": 12.5, "LK-02": 7 } },
    ]);
    expect(merged.columns[0]).toEqual({ id: "LK-01", name: "Кратко LK-01", unit: "%", target: 28, direction: "up" });
    expect(merged.columns[1]).toBe(BASE.columns[1]);
  });

  it("orders columns as this run lists its indicators, then earlier ones", () => {
    const merged = mergeHistory(BASE, academicYear(2023), [result("LK-03", 1), result("LK-01", 2)]);
    expect(merged.columns.map((c) => c.id)).toEqual(["LK-03", "LK-01", "LK-02"]);
  });

  it("adds a new period in period order and new indicators as new columns", () => {
    const merged = mergeHistory(BASE, academicYear(2022), [result("LK-01", 11), result("LK-03", 2, "чел.")]);
    expect(merged.rows.map((r) => r.period)).toEqual(["2021/2022", "2022/2023", "2023/2024"]);
    expect(merged.rows[1].values).toEqual({ "LK-01": 11, "LK-03": 2 });
    expect(merged.columns.map((c) => c.id)).toEqual(["LK-01", "LK-03", "LK-02"]);
    expect(BASE.rows).toHaveLength(2); // the input is not changed
  });

  it("records «нет данных» of this run as an empty value", () => {
    const merged = mergeHistory(BASE, academicYear(2023), [result("LK-01", null)]);
    expect(merged.rows[1].values["LK-01"]).toBeNull();
  });
});

describe("comparePeriods", () => {
  it.each([
    ["2021/2022", "2022/2023", -1],
    ["2024", "2023/2024", 1],
    ["2023/2024", "2023/2024", 0],
    ["2023/2024", "прошлый год", -1],
  ])("%s vs %s", (a, b, sign) => expect(Math.sign(comparePeriods(a, b))).toBe(sign));
});

const grid = (cells: SheetGrid["cells"], sheet = "История показателей"): SheetGrid => ({ file: "прошлый.xlsx", sheet, cells });

describe("parseHistory", () => {
  it("reads a hand-made history: «Период» header anywhere near the top, typed percentages, fractions, periods like 2022-2023, a share typed without the % format", () => {
    const t = parseHistory([
      grid([
        ["История"],
        [],
        ["Ед.", "%", "чел."],
        ["Период", "LK-01", "AL-2.8.13", "Примечание"],
        ["2022-2023", "12,5 %", 4, "что-то"],
        ["2021/22", 10.1, "нет данных"],
        ["2020/2021", 64.5, 3],
        [],
        ["не история", 1],
      ]),
    ]);
    expect(t.columns.map((c) => [c.id, c.unit])).toEqual([["LK-01", "%"], ["AL-2.8.13", "чел."]]);
    expect(t.rows).toEqual([
      { period: "2020/2021", values: { "LK-01": 64.5, "AL-2.8.13": 3 } },
      { period: "2021/2022", values: { "LK-01": 10.1 } },
      { period: "2022/2023", values: { "LK-01": 12.5, "AL-2.8.13": 4 } },
    ]);
  });

  it("ignores sheets without a history header", () => {
    expect(parseHistory([grid([["ФИО", "ОО"], ["Иванова А.П.", "Школа № 1"]], "Сверка")])).toEqual({ columns: [], rows: [] });
  });

  it("lets the earlier sheet win where two give a value for the same period", () => {
    const a = grid([["Период", "LK-01"], ["2022/2023", "20"]]);
    const b = grid([["Период", "LK-01", "LK-02"], ["2022/2023", "30", "5"], ["2021/2022", "15", ""]]);
    expect(parseHistory([a, b]).rows).toEqual([
      { period: "2021/2022", values: { "LK-01": 15 } },
      { period: "2022/2023", values: { "LK-01": 20, "LK-02": 5 } },
    ]);
  });
});

// Regression (QA, 24.11): a history a user edited by hand, as the sheet invites — each case lost or
// changed values without a word.
describe("readHistory: a history edited by hand", () => {
  const HEAD = [["Ед.", "%", "%"], ["Период", "LK-01", "LK-07"]];

  // Regression (QA, 24.11, second): 1 typed without the % format became 100 % and 0,5 became 50 %,
  // while 2 stayed 2 %. A cell is read as it is shown: hosts give «25 %» as 25 (percent-format.ts).
  it("reads a share as it is shown, at any size: 8 is 8 %, 1 is 1 %, 0,3 is 0,3 %", () => {
    const { table, issues } = readHistory([grid([...HEAD, ["2022/2023", 8, 0.3], ["2023/2024", 10.5, 1]])]);
    expect(table.rows).toEqual([
      { period: "2022/2023", values: { "LK-01": 8, "LK-07": 0.3 } },
      { period: "2023/2024", values: { "LK-01": 10.5, "LK-07": 1 } },
    ]);
    expect(issues).toEqual([]);
  });

  // Regression (QA, 24.11, second): LK-04's 150 % (prize places per participant) read back as 1,5 %.
  it("reads a share above 100 % as shown: prize places per participant, staffing", () => {
    const { table } = readHistory([grid([["Ед.", "%", "%"], ["Период", "LK-04", "AL-2.6.1"], ["2022/2023", 150, 105]])]);
    expect(table.rows[0].values).toEqual({ "LK-04": 150, "AL-2.6.1": 105 });
  });

  it("reads on past a row left blank between the years", () => {
    const { table } = readHistory([grid([...HEAD, ["2022/2023", 0.2, null], [null, null, null], ["2024/2025", 0.3, null]])]);
    expect(table.rows.map((r) => r.period)).toEqual(["2022/2023", "2024/2025"]);
  });

  it("says where a word stands for a value, and takes a dash or «нет данных» for none", () => {
    const { table, issues } = readHistory([grid([...HEAD, ["2022/2023", "много", "–"], ["2023/2024", "нет данных", 25]])]);
    expect(table.rows).toEqual([{ period: "2023/2024", values: { "LK-07": 25 } }]);
    expect(issues).toEqual([
      expect.objectContaining({ file: "прошлый.xlsx", sheet: "История показателей", cell: "B3", rule: "history.value", severity: "warning", message: expect.stringMatching(/^LK-01 за 2022\/2023: «много» — не значение/) }),
    ]);
  });

  it("quotes an Excel error as Russian Excel shows it and a date as a date", () => {
    const { issues } = readHistory([grid([...HEAD, ["2022/2023", { error: "#N/A" }, new Date(Date.UTC(2023, 8, 1))]])]);
    expect(issues.map((i) => [i.cell, i.message.split(" — ")[0]])).toEqual([["B3", "LK-01 за 2022/2023: «#Н/Д»"], ["C3", "LK-07 за 2022/2023: «01.09.2023»"]]);
  });

  it("takes a code whatever its case and spaces", () => {
    const { table } = readHistory([grid([["Период", "lk-01 ", " Lk-07"], ["2022/2023", 20, 10]])]);
    expect(table.columns.map((c) => c.id)).toEqual(["LK-01", "LK-07"]);
    expect(table.rows[0].values).toEqual({ "LK-01": 20, "LK-07": 10 });
  });

  it.each<[string, string, string]>([
    ["a Cyrillic К", "LК-01", "LK-01"],
    ["Word's en dash", "LK–02", "LK-02"],
    ["an em dash", "LK—02", "LK-02"],
    ["a space", "LK 04", "LK-04"],
    ["no leading zero", "LK-3", "LK-03"],
    ["AL's number with a space", "AL 1.2.3", "AL-1.2.3"],
  ])("reads a code typed with %s («%s») as %s, with no warning", (_what, typed, id) => {
    const { table, issues } = readHistory([grid([["Период", typed], ["2022/2023", 20]])]);
    expect(table.columns.map((c) => c.id)).toEqual([id]);
    expect(table.rows).toEqual([{ period: "2022/2023", values: { [id]: 20 } }]);
    expect(issues).toEqual([]);
  });

  it("says at its header cell that a code belongs to no preset, and keeps its column as typed", () => {
    const { table, issues } = readHistory([grid([["Ед.", "%", "%", ""], ["Период", "LK-01", "LK–14", "Примечание"], ["2022/2023", 20, 10, "что-то"]])]);
    expect(table.columns.map((c) => c.id)).toEqual(["LK-01", "LK–14"]);
    expect(issues).toEqual([
      expect.objectContaining({
        file: "прошлый.xlsx", sheet: "История показателей", cell: "C2", rule: "history.unknownCode", severity: "warning",
        message: "«LK–14» похоже на код показателя, но такого показателя нет ни в одном наборе (LK, DZ, AL, KL, BM): столбец сохранён в истории, но ни к одному показателю не относится; исправьте код, например LK-03 или AL-1.2.3",
      }),
    ]);
  });

  it("reads a Cyrillic copy of a column («LК-01» beside «LK-01», as an earlier version wrote it back) into the one column, and says so", () => {
    const { table, issues } = readHistory([grid([["Период", "LK-01", "LК-01"], ["2022/2023", 20, 30], ["2021/2022", null, 10]])]);
    expect(table.columns.map((c) => c.id)).toEqual(["LK-01"]);
    expect(table.rows).toEqual([
      { period: "2021/2022", values: { "LK-01": 10 } },
      { period: "2022/2023", values: { "LK-01": 20 } },
    ]);
    expect(issues).toEqual([
      expect.objectContaining({ cell: "C1", rule: "history.duplicateCode", severity: "warning", message: "«LК-01» — тот же показатель LK-01, что и столбец B: из этого столбца прочитаны только периоды, где в B пусто; оставьте один столбец" }),
    ]);
  });

  it("writes back a history typed with look-alike codes under the preset's ids, one column each", () => {
    const { table } = readHistory([grid([["Период", "LК-01", "LK–02"], ["2022/2023", 20, 10]])]);
    const merged = mergeHistory(table, academicYear(2023), [result("LK-01", 30)]);
    expect(merged.columns.map((c) => c.id)).toEqual(["LK-01", "LK-02"]);
    expect(merged.rows).toEqual([
      { period: "2022/2023", values: { "LK-01": 20, "LK-02": 10 } },
      { period: "2023/2024", values: { "LK-01": 30 } },
    ]);
  });

  it("reads a period labelled «2021-22 уч. год» or «2024 г.», and says which labels are no period instead of drawing them as the latest year", () => {
    const { table, issues } = readHistory([grid([...HEAD, ["2021-22 уч. год", 0.1, null], ["2024 г.", 0.2, null], ["прошлый год", 0.3, null]])]);
    expect(table.rows.map((r) => r.period)).toEqual(["2021/2022", "2024"]);
    expect(issues).toEqual([expect.objectContaining({ cell: "A5", rule: "history.period", message: expect.stringMatching(/^«прошлый год» — не период/) })]);
  });

  it("reads a period given twice once, from its first row, and says so at the second", () => {
    const { table, issues } = readHistory([grid([...HEAD, ["2024/2025", 0, null], ["2024-2025", 0.5, null]])]);
    expect(table.rows).toEqual([{ period: "2024/2025", values: { "LK-01": 0 } }]);
    expect(issues).toEqual([expect.objectContaining({ cell: "A4", rule: "history.duplicatePeriod", message: "Период 2024/2025 уже есть в строке 3: прочитана та строка, эта — нет; оставьте одну" })]);
  });
});

describe("SEED_HISTORY", () => {
  it("holds seed 001's published values", () => {
    expect(SEED_HISTORY.rows).toEqual([
      { period: "2021/2022", values: { "AL-3.9.1": 69.1, "AL-3.9.2": 33.2, "AL-1.2.3": 13.5 } },
      { period: "2022/2023", values: { "AL-3.9.1": 72.3, "AL-3.9.2": 48.1, "AL-1.2.3": 26 } },
    ]);
  });

  it("fills only the computed indicators, and only where nothing else is known", () => {
    const known: HistoryTable = {
      columns: [{ id: "AL-3.9.1", name: "КПК", unit: "%", target: 30, direction: "up" }],
      rows: [{ period: "2022/2023", values: { "AL-3.9.1": 70 } }],
    };
    const t = withSeedHistory(known, ["AL-3.9.1", "AL-1.2.3"]);
    expect(t.columns.map((c) => c.id)).toEqual(["AL-3.9.1", "AL-1.2.3"]);
    expect(t.rows).toEqual([
      { period: "2021/2022", values: { "AL-3.9.1": 69.1, "AL-1.2.3": 13.5 } },
      { period: "2022/2023", values: { "AL-3.9.1": 70, "AL-1.2.3": 26 } },
    ]);
    expect(withSeedHistory({ columns: [], rows: [] }, ["LK-01"])).toEqual({ columns: [], rows: [] });
  });
});
