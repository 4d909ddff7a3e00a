import { computeFromSheets, computeWorkbook } from "../../src/app/compute";
import { NothingRecognised } from "../../src/app/types";
import { FORM_BY_ID } from "../../src/domain/forms";
import { CellValue, SheetGrid } from "../../src/domain/grid";
import { academicYear } from "../../src/domain/period";
import { OUTPUT_SHEET_NAMES } from "../../src/report";
import { SheetPlan, allRows } from "../../src/report/plan";
import { AppliedSheet, OnTransfer, ReadOptions, RunStopped, WorkbookPort } from "../../src/workbook/port";
import { at, gridOf, sheet } from "../report/fixtures";

const header = (form: "roster" | "activities", ids: string[]): string[] =>
  ids.map((id) => FORM_BY_ID[form].fields.find((f) => f.id === id)!.header);
const d = (y: number, m: number, day: number): Date => new Date(Date.UTC(y, m - 1, day));

/**
 * 3 teachers and 1 director in two schools; one teacher won a municipal contest in the period.
 * LK-01 (ПР in contests) = 1 / 3 = 33,3 %; LK-02 (РК in contests) = 0 / 1 = 0 %.
 */
const ROSTER: SheetGrid = {
  file: "район.xlsx",
  sheet: "Сверка кадров",
  cells: [
    header("roster", ["school", "fullName", "birthDate", "position"]),
    ["Школа № 1", "Иванова Анна Петровна", d(1980, 5, 10), "учитель математики"],
    ["Школа № 1", "Петров Пётр Петрович", d(1975, 3, 2), "учитель физики"],
    ["Школа № 2", "Сидорова Ольга Ивановна", d(1990, 1, 15), "учитель русского языка"],
    ["Школа № 2", "Кузнецов Иван Сергеевич", d(1970, 7, 7), "директор"],
  ] as CellValue[][],
};
const ACTIVITIES: SheetGrid = {
  file: "район.xlsx",
  sheet: "МАП",
  cells: [
    header("activities", ["school", "fullName", "activityType", "eventTitle", "level", "result", "date"]),
    ["Школа № 1", "Иванова Анна Петровна", "конкурс профессионального мастерства", "Учитель года", "муниципальный", "призёр", d(2024, 2, 1)],
  ] as CellValue[][],
};

const OPTS = { period: academicYear(2023), today: "2024-06-20", presets: ["LK"] as const };

/** A workbook in memory: gives its sheets, records the plans it is asked to apply. */
class FakeWorkbook implements WorkbookPort {
  applied: SheetPlan[] = [];
  reads = 0;
  constructor(private readonly sheets: SheetGrid[]) {}
  async readSheets(): Promise<SheetGrid[]> {
    this.reads += 1;
    return this.sheets;
  }
  async applyPlans(plans: readonly SheetPlan[]): Promise<AppliedSheet[]> {
    this.applied = [...plans];
    return plans.map((p) => ({ planned: p.name, actual: p.name, replaced: false }));
  }
}

const previousHistory = (file: string, ownOutput: boolean, rows: CellValue[][]): SheetGrid => ({
  file,
  sheet: "История показателей",
  ownOutput,
  cells: [["История показателей"], [], ["Ед.", "%"], ["Период", "LK-01"], ...rows],
});

describe("computeWorkbook", () => {
  it("reads once, computes, writes every output sheet and returns the results", async () => {
    const wb = new FakeWorkbook([ROSTER, ACTIVITIES]);
    const res = await computeWorkbook(wb, OPTS);
    expect(wb.reads).toBe(1);
    expect(wb.applied.map((p) => p.name)).toEqual([...OUTPUT_SHEET_NAMES]);
    expect(res.applied.map((a) => a.actual)).toEqual([...OUTPUT_SHEET_NAMES]);
    const lk01 = res.indicators.find((r) => r.id === "LK-01")!;
    expect([lk01.numerator, lk01.denominator, lk01.value]).toEqual([1, 3, 33.3]);

    const ind = sheet(wb.applied, "Показатели");
    const row = ind.rows.findIndex((r) => r[0]?.v === "LK-01") + 1;
    expect([at(ind, `C${row}`)?.v, at(ind, `D${row}`)?.v]).toEqual([1, 3]);
    expect(at(ind, `E${row}`)?.v).toEqual({ formula: `IF(D${row}=0,"нет данных",ROUND(C${row}/D${row},3))`, result: 0.333 });

    const audit = sheet(wb.applied, "Расшифровка");
    const counted = allRows(audit).filter((r) => r[0]?.v === "LK-01");
    expect(counted.map((r) => r[2].v)).toEqual(["Иванова Анна Петровна"]);
    expect(counted[0][7].link).toEqual({ file: "район.xlsx", sheet: "МАП", cell: "A2" });
  });

  // Regression (QA, 24.11): an empty workbook, or one holding only Metodist's own sheets, replaced
  // every output sheet with «нет данных» and blanked the period's row of the history.
  it.each([
    ["an empty workbook", []],
    ["only sheets that are no form", [{ file: "район.xlsx", sheet: "Лист1", cells: [["Пояснительная записка"], ["Данных нет"]] }]],
    ["only Metodist's own sheets", [{ ...previousHistory("район.xlsx", true, [["2022/2023", 50]]) }]],
  ])("with nothing recognised (%s) it stops before writing, with the check", async (_what, sheets: SheetGrid[]) => {
    const wb = new FakeWorkbook(sheets);
    const run = computeWorkbook(wb, OPTS);
    await expect(run).rejects.toBeInstanceOf(NothingRecognised);
    await expect(run).rejects.toMatchObject({ check: { sheets: [] } });
    expect(wb.applied).toEqual([]);
  });

  it("tells each step before its work starts, waits for the listener (the pane paints), and passes the port's transfers on", async () => {
    const events: string[] = [];
    const wb = new (class extends FakeWorkbook {
      override async readSheets(opts?: ReadOptions) {
        events.push("port reads");
        opts?.progress?.({ step: "read", done: 4, total: 8 });
        return super.readSheets();
      }
      override async applyPlans(plans: readonly SheetPlan[], progress?: OnTransfer) {
        events.push("port writes");
        progress?.({ step: "write", done: 10, total: 20 });
        return super.applyPlans(plans);
      }
    })([ROSTER, ACTIVITIES]);
    const later = () => new Promise<void>((resolve) => setTimeout(resolve, 5));
    const res = await computeWorkbook(wb, OPTS, async (p) => {
      events.push("done" in p ? `${p.step} ${p.done}/${p.total}` : p.step);
      // Work must not start before the pane has had its paint.
      if (!("done" in p)) {
        await later();
        events.push(`${p.step} shown`);
      }
    });
    const rows = wb.applied.reduce((n, p) => n + allRows(p).length, 0);
    expect(events).toEqual([
      "read 0/0",
      "port reads",
      "read 4/8",
      "check",
      "check shown",
      // The rows of the roster (5 with its header), then of the activities: 7 in all; then the people
      // linked (one share of two that the dataset-wide rules end).
      "check 5/9",
      "check 7/9",
      "check 8/9",
      "indicators",
      "indicators shown",
      // LK's ten passes over people in five sweeps (10 units each), after the shared context (3 per
      // pass), then its 13 indicators (1 each) — no pause before the step's end.
      "indicators 30/143",
      "indicators 50/143",
      "indicators 70/143",
      "indicators 90/143",
      "indicators 130/143",
      "plans",
      "plans shown",
      // «Расшифровка» lists two people, each after their indicator's entries.
      "plans 1/2",
      "plans 2/2",
      `write 0/${rows}`,
      "port writes",
      "write 10/20",
    ]);
    expect(res.indicators.find((r) => r.id === "LK-01")!.value).toBe(33.3);
  });

  describe("«Остановить»: the run ends at its next step, never once the write has begun", () => {
    /** Runs compute and aborts when the listener hears `at` (a step, or «write n» for a write transfer). */
    async function stoppedAt(at: string) {
      const events: string[] = [];
      let signalOfRead: AbortSignal | undefined;
      const wb = new (class extends FakeWorkbook {
        override async readSheets(opts?: ReadOptions) {
          signalOfRead = opts?.signal;
          events.push("port reads");
          return super.readSheets();
        }
        override async applyPlans(plans: readonly SheetPlan[], progress?: OnTransfer) {
          events.push("port writes");
          progress?.({ step: "write", done: 1, total: 2 });
          return super.applyPlans(plans);
        }
      })([ROSTER, ACTIVITIES]);
      const stop = new AbortController();
      const run = computeWorkbook(
        wb,
        OPTS,
        (p) => {
          const heard = "done" in p && p.done > 0 ? `${p.step} ${p.done}` : p.step;
          events.push(heard);
          if (heard === at) stop.abort();
        },
        stop.signal,
      );
      const outcome = await run.then(() => "finished", (e: unknown) => (e instanceof RunStopped ? "stopped" : `failed: ${String(e)}`));
      return { outcome, events, written: wb.applied.length, signalOfRead, signal: stop.signal };
    }

    const checked = ["check", "check 5", "check 7", "check 8"];
    const evaluated = ["indicators", "indicators 30", "indicators 50", "indicators 70", "indicators 90", "indicators 130"];
    it.each([
      ["read", ["read"]],
      ["check", ["read", "port reads", "check"]],
      // Between sheets: the roster is checked, the activities are not.
      ["check 5", ["read", "port reads", "check", "check 5"]],
      // The people are linked; the dataset-wide rules do not run.
      ["check 8", ["read", "port reads", ...checked]],
      ["indicators", ["read", "port reads", ...checked, "indicators"]],
      // Between the sweeps over people: the rest of the indicators are not evaluated.
      ["indicators 70", ["read", "port reads", ...checked, "indicators", "indicators 30", "indicators 50", "indicators 70"]],
      ["plans", ["read", "port reads", ...checked, ...evaluated, "plans"]],
      // While «Расшифровка» is built: the rest of it is not.
      ["plans 1", ["read", "port reads", ...checked, ...evaluated, "plans", "plans 1"]],
      // The click heard while «write» is painted: still nothing written.
      ["write", ["read", "port reads", ...checked, ...evaluated, "plans", "plans 1", "plans 2", "write"]],
    ])("stopped at «%s»: RunStopped, nothing written, no step after it", async (at, events) => {
      const r = await stoppedAt(at);
      expect(r.outcome).toBe("stopped");
      expect(r.events).toEqual(events);
      expect(r.written).toBe(0);
    });

    it("a click during the write is too late: every sheet is written", async () => {
      const r = await stoppedAt("write 1");
      expect(r.outcome).toBe("finished");
      expect(r.written).toBe(OUTPUT_SHEET_NAMES.length);
    });

    it("the read gets the signal, so a host can stop between its requests", async () => {
      const r = await stoppedAt("nothing");
      expect(r.outcome).toBe("finished");
      expect(r.signalOfRead).toBe(r.signal);
    });
  });

  it("asks the port for the cells of its history sheet alone among its own output (a region's «Расшифровка» is a million rows)", async () => {
    let ownCells: ((sheet: string) => boolean) | undefined;
    const wb = new (class extends FakeWorkbook {
      override async readSheets(opts?: ReadOptions) {
        ownCells = opts?.ownCells;
        return super.readSheets();
      }
    })([ROSTER, ACTIVITIES]);
    await computeWorkbook(wb, OPTS);
    expect(ownCells).toBeDefined();
    const read = ["История показателей", "история показателей (2)", ...OUTPUT_SHEET_NAMES].filter((n) => ownCells!(n));
    expect(read).toEqual(["История показателей", "история показателей (2)", "История показателей"]);
  });

  it("keeps earlier periods from the workbook's own history sheet and from a --history file", async () => {
    // As a host gives a % cell: as shown (percent-format.ts).
    const own = previousHistory("район.xlsx", true, [["2022/2023", 25]]);
    const file = previousHistory("архив.xlsx", false, [["2021/2022", 20], ["2022/2023", 30]]);
    const wb = new FakeWorkbook([ROSTER, ACTIVITIES, own]);
    await computeWorkbook(wb, { ...OPTS, history: [file] });
    const h = sheet(wb.applied, "История показателей");
    const periods = h.rows.slice(7).map((r) => r[0].v);
    expect(periods).toEqual(["2021/2022", "2022/2023", "2023/2024"]);
    const col = h.rows[6].findIndex((c) => c.v === "LK-01");
    // the named --history file wins over the workbook's own sheet where both know a period
    expect(h.rows.slice(7).map((r) => r[col].v)).toEqual([0.2, 0.3, 0.333]);
  });

  it("writes back a history whose codes were typed with a Cyrillic К and Word's dash under the preset's ids, one column each, and names an unknown code in «Проверка данных»", () => {
    const file: SheetGrid = {
      file: "архив.xlsx",
      sheet: "История показателей",
      cells: [["Ед.", "%", "%", "%"], ["Период", "LК-01", "LK–02", "LK-99"], ["2022/2023", 25, 10, 50]],
    };
    const run = computeFromSheets([ROSTER, ACTIVITIES], { ...OPTS, history: [file] });
    const h = sheet(run.plans, "История показателей");
    const codes = h.rows[6].map((c) => c.v).filter((v) => typeof v === "string" && /^L[КK]/.test(v));
    expect(codes.filter((v) => v === "LK-01" || v === "LK-02")).toEqual(["LK-01", "LK-02"]);
    expect(codes).not.toContain("LК-01");
    expect(run.indicators.find((r) => r.id === "LK-01")!.trend).toEqual({ previousPeriod: "2022/2023", previousValue: 25 });
    expect(run.check.issues.filter((i) => i.rule.startsWith("history."))).toEqual([
      expect.objectContaining({ file: "архив.xlsx", sheet: "История показателей", cell: "D2", rule: "history.unknownCode", severity: "warning" }),
    ]);
    const checkSheet = sheet(run.plans, "Проверка данных");
    expect(checkSheet.rows.some((r) => r[3]?.v === "D2" && r.some((c) => c.v === "Код показателя в истории не найден в наборах"))).toBe(true);
  });

  it("updates its own history on a second run instead of adding a row", async () => {
    const first = computeFromSheets([ROSTER, ACTIVITIES], OPTS);
    const outputs = first.plans.map((p) => gridOf(p, "район.xlsx", true));
    const second = computeFromSheets([ROSTER, ACTIVITIES, ...outputs], OPTS);
    expect(second.history).toEqual(first.history);
    expect(second.history.rows.map((r) => r.period)).toEqual(["2023/2024"]);
    expect(second.check.unrecognised).toEqual(first.check.unrecognised);
  });

  it("brings in the seed's published history for AL indicators", () => {
    const { history } = computeFromSheets([ROSTER, ACTIVITIES], { ...OPTS, presets: ["AL"] });
    const byPeriod = Object.fromEntries(history.rows.map((r) => [r.period, r.values["AL-3.9.1"]]));
    expect(byPeriod["2021/2022"]).toBe(69.1);
    expect(byPeriod["2022/2023"]).toBe(72.3);
  });

  describe("LK targets: «увеличение/уменьшение доли» against the previous period", () => {
    /**
     * This run: LK-01 1/3 = 33,3 %, LK-02 0/1 = 0 %, LK-09 (mentors) 0/4 = 0 %, LK-12 (deficits, ↓) 0/4 = 0 %.
     * The history file: 2022/2023 LK-01 25 %, LK-02 10 %, LK-12 0 %; LK-09 only for 2021/2022 (5 %).
     */
    const file: SheetGrid = {
      file: "архив.xlsx",
      sheet: "История показателей",
      cells: [
        ["История показателей"],
        ["Ед.", "%", "%", "%", "%"],
        ["Период", "LK-01", "LK-02", "LK-09", "LK-12"],
        ["2021/2022", 20, 5, 5, 1],
        ["2022/2023", 25, 10, null, 0],
      ],
    };
    const run = computeFromSheets([ROSTER, ACTIVITIES], { ...OPTS, history: [file] });
    const by = Object.fromEntries(run.indicators.map((r) => [r.id, r]));

    it.each([
      ["LK-01", 33.3, "достигнуто", "2022/2023"],
      ["LK-02", 0, "не достигнуто", "2022/2023"],
      ["LK-09", 0, "не достигнуто", "2021/2022"],
      ["LK-12", 0, "близко", "2022/2023"],
    ])("%s = %s %% → «%s» (compared with %s)", (id, value, status, previous) => {
      expect([by[id].value, by[id].status, by[id].target, by[id].trend?.previousPeriod]).toEqual([value, status, null, previous]);
    });

    // Regression (QA, 24.11): a word typed into the history was dropped without a word, and the trend moved to an earlier year.
    it("says in «Проверка данных» which history cell it could not read, and compares with the year before it", () => {
      const edited: SheetGrid = { ...file, cells: [...file.cells.slice(0, 4), ["2022/2023", "много", 10, null, 0]] };
      const again = computeFromSheets([ROSTER, ACTIVITIES], { ...OPTS, history: [edited] });
      expect(again.check.issues).toContainEqual(expect.objectContaining({ file: "архив.xlsx", sheet: "История показателей", cell: "B5", rule: "history.value" }));
      expect(again.indicators.find((r) => r.id === "LK-01")!.trend).toEqual({ previousPeriod: "2021/2022", previousValue: 20 });
      const checkSheet = sheet(again.plans, "Проверка данных");
      expect(checkSheet.rows.some((r) => r[2]?.v === "История показателей" && r[3]?.v === "B5")).toBe(true);
    });

    it("without a previous value says so instead of «цель не задана»", () => {
      const lk13 = by["LK-13"];
      expect([lk13.value, lk13.status, lk13.note]).toEqual([0, null, "нет данных за прошлый период"]);
      const ind = sheet(run.plans, "Показатели");
      const row = ind.rows.findIndex((r) => r[0]?.v === "LK-13") + 1;
      expect([at(ind, `G${row}`)?.v, at(ind, `I${row}`)?.v]).toEqual(["рост к прошлому периоду", "нет данных"]);
    });

    it("shows «рост к …» / «снижение к …» with the value it is compared with as the target in «Показатели»", () => {
      const ind = sheet(run.plans, "Показатели");
      const cells = (id: string): unknown[] => {
        const row = ind.rows.find((r) => r[0]?.v === id)!;
        return [row[6].v, row[8].v, row[8].style];
      };
      expect(cells("LK-01")).toEqual(["рост к 2022/2023 (было 25,0 %)", "достигнуто", "statusOk"]);
      expect(cells("LK-12")).toEqual(["снижение к 2022/2023 (было 0,0 %)", "близко", "statusClose"]);
    });

    it("drafts recommendations for the LK indicators that went the wrong way", () => {
      const recs = sheet(run.plans, "Рекомендации");
      const ids = recs.rows.slice(5).map((r) => r[1]?.v);
      expect(ids).toEqual(expect.arrayContaining(["LK-02", "LK-09"]));
      expect(ids).not.toContain("LK-01");
    });

    it("with no history at all leaves LK statuses empty", () => {
      const alone = computeFromSheets([ROSTER, ACTIVITIES], OPTS);
      expect(alone.indicators.filter((r) => r.preset === "LK").every((r) => r.status === null)).toBe(true);
    });
  });
});

