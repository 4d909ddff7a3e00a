import { META_SHEET } from "../../../src/workbook/office/meta";
import { NOTES_AT_MOST } from "../../../src/workbook/office/highlight";
import { Issue } from "../../../src/domain/issues";
import { PlanCell, RowBlocks, SheetPlan } from "../../../src/report/plan";
import { RunStopped, Transfer } from "../../../src/workbook/port";
import { FakeExcel, WEB_PAYLOAD_LIMIT } from "./fake-excel";
import { compact } from "../../report/compact-rows";
import { adapter } from "../../support/office-adapter";


/** How many cells of a sheet carry a native hyperlink, however they were set. */
const nativeLinks = (excel: FakeExcel, sheet: string): number =>
  excel.sheet(sheet)!.rows.reduce((n, row) => n + (row ?? []).filter((c) => c?.hyperlink).length, 0);

/** A tall report: a title, a header row, then n rows of school, ФИО-like text, a date, a number and a status. */
function tallPlan(n: number, name = "Проверка"): SheetPlan {
  const rows: PlanCell[][] = [[{ v: "Результаты проверки", style: "title" }], ["№", "ОО", "Сотрудник", "Дата", "Часы", "Статус"].map((v) => ({ v, style: "header" as const }))];
  for (let i = 0; i < n; i++) {
    rows.push([
      { v: i + 1 },
      { v: `МБОУ СОШ № ${i % 40}` },
      { v: `Иванова Мария Петровна ${i}` },
      { v: { date: "2024-03-15" } },
      { v: 72, numFmt: "0" },
      { v: i % 3 === 0 ? "ошибка" : "ок", style: i % 3 === 0 ? "statusFail" : "statusOk" },
    ]);
  }
  return { name, rows, freeze: { rows: 2, columns: 0 }, tables: [{ name: "Проверка", range: `A2:F${n + 2}` }] };
}

/** «Расшифровка» of `n` rows, each a link (shown as its row number) to row i + 2 of «Данные». */
async function writeLinkRows(n: number, apiVersion?: string): Promise<FakeExcel> {
  const rows: PlanCell[][] = [];
  for (let i = 0; i < n; i++) rows.push([{ v: i + 2, numFmt: "0", style: "link", link: { sheet: "Данные", cell: `A${i + 2}` } }]);
  const excel = new FakeExcel(apiVersion ? { apiVersion } : {});
  excel.addSheet("Данные", [["a"]]);
  await adapter(excel).applyPlans([{ name: "Расшифровка", rows }]);
  return excel;
}

/** A «КПК» sheet of `n` rows as Excel holds it: a name, a school, 72 hours and a date serial (format not set). */
function coursesRows(n: number): (string | number)[][] {
  const rows: (string | number)[][] = [["ФИО", "ОО", "Часы", "Дата"]];
  for (let i = 0; i < n; i++) rows.push([`Иванова Мария Петровна ${i}`, `МБОУ СОШ № ${i % 40}`, 72, 45000 + (i % 300)]);
  return rows;
}

const issue = (sheet: string, cell: string, severity: Issue["severity"] = "error"): Issue => ({
  file: "Книга1.xlsx",
  sheet,
  cell,
  rule: "type.date",
  severity,
  message: "Не дата: введите дату в формате ДД.ММ.ГГГГ",
});

describe("OfficeWorkbook.readSheets", () => {
  it("reads every sheet in three round trips, turning date-formatted serials into dates and errors into CellError", async () => {
    const excel = new FakeExcel({ workbookName: "Мониторинг.xlsx" });
    const roster = excel.addSheet("Сверка", [
      ["ФИО", "Дата рождения", "Стаж"],
      ["Петров Иван Ильич", 30000, 12],
    ]);
    roster.rows[1][1]!.format = "dd.mm.yyyy";
    roster.rows[2] = [undefined, undefined, { value: "#N/A", format: "General", error: true }];
    excel.addSheet("Пусто");
    excel.addSheet("Скрытый", [["x"]], "Hidden");
    const grids = await adapter(excel).readSheets();

    expect(excel.syncs).toBe(3);
    expect(grids.map((g) => [g.sheet, g.file, !!g.hidden])).toEqual([
      ["Сверка", "Мониторинг.xlsx", false],
      ["Пусто", "Мониторинг.xlsx", false],
      ["Скрытый", "Мониторинг.xlsx", true],
    ]);
    const cells = grids[0].cells;
    expect(cells[0]).toEqual(["ФИО", "Дата рождения", "Стаж"]);
    expect(cells[1][1]).toEqual(new Date(Date.UTC(1982, 1, 18))); // serial 30000 = 18.02.1982
    expect(cells[1][2]).toBe(12);
    expect(cells[2][2]).toEqual({ error: "#N/A" });
    expect(grids[1].cells).toEqual([]);
  });

  it("reads a 100 000-row sheet in few responses under Excel on the web's 5 MB limit, with formats only for the columns of numbers", async () => {
    const excel = new FakeExcel();
    const rows = coursesRows(100_000);
    const sheet = excel.addSheet("КПК", rows);
    for (let r = 1; r <= 100_000; r++) sheet.rows[r][3]!.format = "dd.mm.yyyy";
    const [grid] = await adapter(excel).readSheets();
    expect(grid.cells).toHaveLength(100_001);
    // 45000 + 99 999 % 300 = 45099: 15.03.2023 (serial 45000) + 99 days = 22.06.2023
    expect(grid.cells[100_000]).toEqual(["Иванова Мария Петровна 99999", "МБОУ СОШ № 39", 72, new Date(Date.UTC(2023, 5, 22))]);
    expect(excel.refusedResponses).toEqual([]);
    expect(Math.max(...excel.responseBytes)).toBeLessThan(5_000_000);
    // A row's values ≈ 89 bytes of JSON (the name alone 53), the two number columns' formats 26: ≈ 11.5 MB
    // in all. The names' formats and every cell's value type (≈ 6 MB more) are not asked for.
    const total = excel.responseBytes.reduce((a, b) => a + b, 0);
    expect(total).toBeLessThan(12_000_000);
    expect(excel.syncs).toBeLessThanOrEqual(2 + 4);
  }, 120_000);

  it("tells after each response how many cells have come, values then number formats, each up to all of them", async () => {
    const excel = new FakeExcel();
    const rows = coursesRows(60_000);
    excel.addSheet("КПК", rows);
    excel.addSheet("Пусто");
    const heard: (Transfer & { syncs: number })[] = [];
    const [grid] = await adapter(excel).readSheets({ progress: (t) => heard.push({ ...t, syncs: excel.syncs }) });
    expect(grid.cells).toHaveLength(60_001);

    const values = heard.filter((t) => t.step === "read");
    const formats = heard.filter((t) => t.step === "readFormats");
    // ≈ 5,3 MB of values: more than one response; then the formats of the two number columns.
    expect(values.length).toBeGreaterThan(1);
    expect(formats.length).toBeGreaterThan(0);
    expect(heard.map((t) => t.step)).toEqual([...values.map(() => "read"), ...formats.map(() => "readFormats")]);
    expect(values.every((t) => t.total === 60_001 * 4)).toBe(true);
    expect(formats.every((t) => t.total === 60_001 * 2)).toBe(true);
    expect(values[values.length - 1].done).toBe(60_001 * 4);
    expect(formats[formats.length - 1].done).toBe(60_001 * 2);
    for (const list of [values, formats]) {
      for (let i = 1; i < list.length; i++) expect(list[i].done).toBeGreaterThan(list[i - 1].done);
    }
    // Reports come as blocks arrive (a response may bring two): the last with the last response.
    for (let i = 1; i < heard.length; i++) expect(heard[i].syncs).toBeGreaterThanOrEqual(heard[i - 1].syncs);
    expect(new Set(heard.map((t) => t.syncs)).size).toBeGreaterThan(2);
    expect(heard[heard.length - 1].syncs).toBe(excel.syncs);
  }, 120_000);

  it("sizes its responses by a sample of each long block, weighing rows that alternate long and short as they come: none refused once weighed", async () => {
    const excel = new FakeExcel();
    const long = "Программа повышения квалификации «Формирование функциональной грамотности обучающихся» ".repeat(2);
    const rows: (string | number)[][] = [["ФИО", "Программа", "Часы"]];
    // Every other row carries a long title: every n-th row, n even, is one kind of row only.
    for (let i = 0; i < 60_000; i++) rows.push([`Иванова Мария Петровна ${i}`, i % 2 === 0 ? `${long}${i}` : "", 72]);
    excel.addSheet("КПК", rows);
    const [grid] = await adapter(excel).readSheets();
    expect(grid.cells).toHaveLength(60_001);
    expect(grid.cells[59_999][1]).toBe(`${long}59998`);
    // The first response is sized by a guess (40 bytes a cell) and is refused, then asked in halves;
    // every later one by what the rows weighed: none refused, none far too small.
    expect(excel.refusedResponses.length).toBeLessThanOrEqual(2);
    expect(Math.max(...excel.responseBytes)).toBeLessThan(5_000_000);
    // …and none far too small: the full ones carry over 4 MB (the last of the values and the formats
    // carry what is left). Sampling only every n-th row would weigh one kind of row and miss this.
    const full = excel.responseBytes.filter((b) => b > 100_000);
    expect(full.slice(0, -2).every((b) => b > 4_000_000)).toBe(true);
  }, 120_000);

  it("stops between its requests once the signal is aborted («Остановить»): RunStopped, no request after the click", async () => {
    const excel = new FakeExcel();
    const rows = coursesRows(60_000);
    excel.addSheet("КПК", rows);
    const whole = new FakeExcel();
    whole.addSheet("КПК", rows);
    await adapter(whole).readSheets();

    const stop = new AbortController();
    let syncsAtClick = -1;
    const read = adapter(excel).readSheets({
      signal: stop.signal,
      progress: () => {
        if (syncsAtClick < 0) {
          syncsAtClick = excel.syncs;
          stop.abort(); // the user clicks once the first cells have come
        }
      },
    });
    await expect(read).rejects.toBeInstanceOf(RunStopped);
    expect(syncsAtClick).toBeGreaterThan(0);
    expect(excel.syncs).toBe(syncsAtClick);
    expect(whole.syncs).toBeGreaterThan(syncsAtClick + 1);

    // Aborted before it began: not even the extents are asked for.
    const before = new FakeExcel();
    before.addSheet("КПК", rows);
    const aborted = new AbortController();
    aborted.abort();
    await expect(adapter(before).readSheets({ signal: aborted.signal })).rejects.toBeInstanceOf(RunStopped);
    expect(before.syncs).toBe(1);
  }, 120_000);

  it("reads long texts whose size the first guess underrates: a refused response is asked again in halves, nothing lost", async () => {
    const excel = new FakeExcel();
    const long = (i: number) => `Программа повышения квалификации «Формирование функциональной грамотности обучающихся» ${i} `.repeat(3);
    const rows: (string | number)[][] = [["ФИО", "Программа", "Тема", "Часы"]];
    for (let i = 0; i < 6_000; i++) rows.push([`Иванова Мария Петровна ${i}`, long(i), long(i + 1), 72]);
    excel.addSheet("КПК", rows);
    const [grid] = await adapter(excel).readSheets();
    expect(excel.refusedResponses.length).toBeGreaterThan(0);
    expect(Math.max(...excel.responseBytes)).toBeLessThanOrEqual(5_000_000);
    expect(grid.cells).toEqual(rows);
  }, 120_000);

  it("gives the host's error when one row alone is larger than a response may be", async () => {
    const excel = new FakeExcel({ payloadLimit: 20_000 });
    excel.addSheet("Лист", [["Комментарий"], ["ж".repeat(12_000)]]);
    await expect(adapter(excel).readSheets()).rejects.toMatchObject({ code: "ResponsePayloadSizeLimitExceeded" });
  });

  it("reads the formats of a large sheet that starts at column C at the right cells", async () => {
    const excel = new FakeExcel();
    const sheet = excel.addSheet("КПК");
    // 30 000 rows × 4 columns from C2: too many cells for one response with formats, so formats come second.
    sheet.rows[1] = [undefined, undefined, ...["ФИО", "Часы", "Окончание", "Примечание"].map((v) => ({ value: v, format: "General" }))];
    for (let r = 2; r <= 30_001; r++) {
      sheet.rows[r] = [
        undefined,
        undefined,
        { value: `Петров Иван ${r}`, format: "General" },
        { value: 36, format: "0" },
        { value: 45000, format: "dd.mm.yyyy" },
        { value: r % 2 === 0 ? "очно" : "", format: "General" },
      ];
    }
    const [grid] = await adapter(excel).readSheets();
    expect(excel.syncs).toBeGreaterThan(3);
    expect(grid.cells[1]).toEqual([null, null, "ФИО", "Часы", "Окончание", "Примечание"]);
    expect(grid.cells[30_001]).toEqual([null, null, "Петров Иван 30001", 36, new Date(Date.UTC(2023, 2, 15))]);
    expect(grid.cells[30_000]).toEqual([null, null, "Петров Иван 30000", 36, new Date(Date.UTC(2023, 2, 15)), "очно"]);
  }, 60_000);

  it("places a used range that starts at C3 at its sheet coordinates", async () => {
    const excel = new FakeExcel();
    const s = excel.addSheet("Лист");
    s.rows[2] = [undefined, undefined, { value: "ФИО", format: "General" }];
    const [grid] = await adapter(excel).readSheets();
    expect(grid.cells[2][2]).toBe("ФИО");
    expect(grid.cells[0]).toEqual([]);
  });

  it("marks Metodist's own sheets and hides the meta sheet", async () => {
    const excel = new FakeExcel();
    excel.addSheet("Данные", [["a"]]);
    await adapter(excel).applyPlans([{ name: "Показатели", rows: [[{ v: "итог" }]] }]);
    excel.syncs = 0;
    const grids = await adapter(excel).readSheets();
    expect(grids.map((g) => [g.sheet, !!g.ownOutput])).toEqual([
      ["Данные", false],
      ["Показатели", true],
    ]);
    expect(excel.sheet(META_SHEET)!.visibility).toBe("VeryHidden");
  });

  it("reads the cells of only those own sheets it is asked for: a large «Расшифровка» costs no response", async () => {
    const excel = new FakeExcel();
    excel.addSheet("Сверка", [["ФИО"], ["Петров Иван Ильич"]]);
    const audit: PlanCell[][] = Array.from({ length: 60_000 }, (_, i) => [{ v: `Иванова Мария Петровна ${i}` }, { v: "курсы «Цифровая школа» (72 ч)" }]);
    await adapter(excel).applyPlans([
      { name: "История показателей", rows: [[{ v: "Период" }, { v: "LK-01" }], [{ v: "2022/2023" }, { v: 0.25 }]] },
      { name: "Расшифровка", rows: audit },
    ]);
    excel.syncs = 0;
    excel.responseBytes.length = 0;
    const asked: string[] = [];
    const grids = await adapter(excel).readSheets({ ownCells: (name) => (asked.push(name), name === "История показателей") });
    expect(asked.sort()).toEqual(["Расшифровка", "История показателей"].sort());
    expect(grids.map((g) => [g.sheet, !!g.ownOutput, g.cells.length])).toEqual([
      ["Сверка", false, 2],
      ["История показателей", true, 2],
      ["Расшифровка", true, 0],
    ]);
    expect(grids[1].cells[1]).toEqual(["2022/2023", 0.25]);
    // Names, extents, then the two small sheets in one response; read whole, «Расшифровка» is ≈ 5 MB.
    expect(excel.syncs).toBe(3);
    expect(excel.responseBytes.reduce((a, b) => a + b, 0)).toBeLessThan(50_000);

    const all = await adapter(excel).readSheets();
    expect(all[2].cells).toHaveLength(60_000);
  }, 60_000);
});

describe("OfficeWorkbook.applyPlans", () => {
  it("makes the same number of round trips for 100 and for 10 000 rows", async () => {
    const counts: number[] = [];
    for (const n of [100, 10_000]) {
      const excel = new FakeExcel();
      excel.addSheet("Данные", [["a"]]);
      const trend: SheetPlan = {
        name: "Динамика",
        rows: [[{ v: "Период", style: "header" }, { v: "LK-01", style: "header" }], [{ v: "2023/2024" }, { v: 0.15, numFmt: "0.0%" }]],
        charts: [{ title: "LK-01", type: "line", from: "D2", to: "K16", categories: "A2:A2", percent: true, series: [{ name: "LK-01", values: "B2:B2" }] }],
      };
      await adapter(excel).applyPlans([tallPlan(n), trend]);
      expect(excel.values("Проверка")).toHaveLength(n + 2);
      expect(excel.sheet("Динамика")!.charts).toHaveLength(1);
      counts.push(excel.syncs);
    }
    expect(counts[0]).toBe(counts[1]);
    // The workbook's sheets; the new sheets, their registry by name and the content; the charts'
    // cosmetics with the registry of the new ids (it was a round trip more: the sheets were added apart).
    expect(counts[0]).toBe(3);
  });

  it("keeps every request under 4 MB for a 100 000-row plan, writing values in whole row blocks", async () => {
    const excel = new FakeExcel();
    excel.addSheet("Данные", [["a"]]);
    await adapter(excel).applyPlans([tallPlan(100_000)]);
    expect(Math.max(...excel.requestBytes)).toBeLessThan(4_000_000);
    expect(excel.requestBytes.length).toBeGreaterThan(2);
    const writes = excel.log.filter((o) => o === "Range.values").length;
    expect(writes).toBeGreaterThanOrEqual(20); // ≤ 5 000 rows a block
    expect(writes).toBeLessThan(200); // never a write per row
    expect(excel.values("Проверка")[100_001][2]).toBe("Иванова Мария Петровна 99999");
  }, 120_000);

  it("tells after each request how many rows of the plans are written, up to every row of every plan", async () => {
    const excel = new FakeExcel();
    excel.addSheet("Данные", [["a"]]);
    // «Расшифровка»-like rows: a reason of ≈ 300 bytes and a native link, ≈ 2 MB of request a block.
    const reason = "курсы повышения квалификации «Формирование функциональной грамотности обучающихся», 72 ч, окончание 20.05.2024";
    const links: PlanCell[][] = Array.from({ length: 20_000 }, (_, i) => [
      { v: `${reason} ${i}` },
      { v: i + 2, numFmt: "0", style: "link", link: { sheet: "Данные", cell: `A${i + 2}` } },
    ]);
    const plans: SheetPlan[] = [tallPlan(40_000), { name: "Расшифровка", rows: [[{ v: "Строка", style: "header" }]], more: compact(links, 5_000) }];
    const total = 40_002 + 20_001;
    const heard: (Transfer & { syncs: number; links: number })[] = [];
    const linksSet = () => nativeLinks(excel, "Расшифровка");
    await adapter(excel).applyPlans(plans, (t) => heard.push({ ...t, syncs: excel.syncs, links: linksSet() }));
    expect(excel.values("Расшифровка")).toHaveLength(20_001);

    expect(heard.length).toBeGreaterThan(2);
    expect(heard.every((t) => t.step === "write" && t.total === total)).toBe(true);
    for (let i = 1; i < heard.length; i++) {
      expect(heard[i].done).toBeGreaterThanOrEqual(heard[i - 1].done);
      // One report a request: the rows counted are those the host has taken.
      expect(heard[i].syncs).toBeGreaterThan(heard[i - 1].syncs);
    }
    expect(heard[0].done).toBeLessThan(total);
    expect(heard[heard.length - 1].done).toBe(total);
    // A row counts once its native link is set too, not when its value is.
    for (const t of heard) expect(t.links).toBeGreaterThanOrEqual(t.done - 40_002 - 1);
    // …and reports came while «Расшифровка» was being written, not only at its end.
    expect(heard.some((t) => t.done > 40_002 && t.done < total)).toBe(true);
  }, 120_000);

  it("counts the blank rows at the end of a plan too: the last report is the whole of it", async () => {
    const excel = new FakeExcel();
    // A last block of blank rows makes no call at all: nothing is sent that could count it.
    const blank: RowBlocks = {
      count: 2,
      *blocks() {
        yield [[], []];
      },
    };
    const plan: SheetPlan = { name: "Итоги", rows: [[{ v: "Итоги" }], [{ v: 1 }]], more: blank };
    const heard: Transfer[] = [];
    await adapter(excel).applyPlans([plan], (t) => heard.push(t));
    expect(heard[heard.length - 1]).toEqual({ step: "write", done: 4, total: 4 });
    expect(heard.every((t) => t.done <= t.total)).toBe(true);
  });

  it("keeps a request of 30 000 native hyperlinks under 4 MB as Office.js frames each call (object path, ids), on ExcelApi 1.8", async () => {
    const excel = await writeLinkRows(30_000, "1.8");
    expect(excel.cell("Расшифровка", "A30000")!.hyperlink).toEqual({ documentReference: "'Данные'!A30001" });
    expect(Math.max(...excel.requestBytes)).toBeLessThan(4_000_000);
    expect(excel.log.filter((o) => o === "Range.hyperlink")).toHaveLength(30_000);
  }, 60_000);

  it("sets a column's run of native hyperlinks in one call on ExcelApi 1.9: a sixth of the request, a call a block", async () => {
    const old = await writeLinkRows(30_000, "1.8");
    const excel = await writeLinkRows(30_000);
    expect(excel.cell("Расшифровка", "A30000")!.hyperlink).toEqual({ documentReference: "'Данные'!A30001" });
    expect(nativeLinks(excel, "Расшифровка")).toBe(30_000);
    expect(excel.log.filter((o) => o === "Range.hyperlink")).toEqual([]);
    const calls = excel.log.filter((o) => o === "Range.setCellProperties").length;
    expect(calls).toBeGreaterThan(0);
    expect(calls).toBeLessThanOrEqual(30_000 / 5_000);
    const sent = (x: FakeExcel) => x.requestBytes.reduce((a, b) => a + b, 0);
    expect(sent(excel)).toBeLessThan(sent(old) / 4);
    expect(excel.syncs).toBeLessThan(old.syncs);
    expect(Math.max(...excel.requestBytes)).toBeLessThan(4_000_000);
  }, 60_000);

  it.each([["1.8"], ["1.10"]])("sets 65 530 native hyperlinks on a sheet, Excel's most, and writes the links past them as HYPERLINK formulas (ExcelApi %s)", async (apiVersion) => {
    const excel = await writeLinkRows(65_532, apiVersion);
    expect(nativeLinks(excel, "Расшифровка")).toBe(65_530);
    expect(excel.cell("Расшифровка", "A65530")!.hyperlink).toEqual({ documentReference: "'Данные'!A65531" });
    const past = excel.cell("Расшифровка", "A65531")!;
    expect(past.hyperlink).toBeUndefined();
    expect(past.formula).toBe(`=HYPERLINK("#'Данные'!A65532",65532)`);
    expect(past.value).toBe(65532);
    expect(Math.max(...excel.requestBytes)).toBeLessThan(4_000_000);
  }, 120_000);

  it("sends a request the host still finds too large again in halves: the same sheets, charts and registration", async () => {
    // The sizes are estimates of Office.js's serialisation; a host measuring more must not fail the run.
    const chart: SheetPlan = {
      name: "Динамика",
      rows: [
        [{ v: "Период", style: "header" }, { v: "LK-01", style: "header" }],
        [{ v: "2022/2023" }, { v: 0.1, numFmt: "0.0%" }],
        [{ v: "2023/2024" }, { v: 0.15, numFmt: "0.0%" }],
      ],
      charts: [{ title: "LK-01", type: "line", from: "D2", to: "K16", categories: "A2:A3", percent: true, series: [{ name: "LK-01", values: "B2:B3" }] }],
    };
    const links: PlanCell[][] = [];
    for (let i = 0; i < 3_000; i++) links.push([{ v: i + 2, numFmt: "0", style: "link", link: { sheet: "Данные", cell: `A${i + 2}` } }]);
    const plans = [chart, tallPlan(20_000), { name: "Расшифровка", rows: links }];
    const write = async (options: ConstructorParameters<typeof FakeExcel>[0]) => {
      const excel = new FakeExcel(options);
      excel.addSheet("Данные", [["a"]]);
      await adapter(excel).applyPlans(plans);
      return excel;
    };
    const usual = await write({});
    const strict = await write({ payloadLimit: 1_200_000, atomicRequests: true });
    expect(usual.refusedRequests).toEqual([]);
    expect(strict.refusedRequests.length).toBeGreaterThan(0);
    expect(Math.max(...strict.requestBytes)).toBeLessThanOrEqual(1_200_000);
    // A refused request is sent again in halves, so its new sheets are added again and get other ids.
    const byName = (excel: FakeExcel) => excel.sheets.filter((s) => s.name !== META_SHEET).map((s) => ({ ...s, id: "" }));
    expect(byName(strict)).toEqual(byName(usual));
    expect(strict.sheet("Динамика")!.charts).toHaveLength(1);
    expect(strict.sheet("Динамика")!.charts[0]).toMatchObject({ legend: "Bottom", valueAxisFormat: "0%" });
    // The registry names the same sheets, each by the id it has in its own workbook.
    const registry = (excel: FakeExcel) => excel.values(META_SHEET).slice(1).map((r) => [r[0], r[1] === excel.sheet(String(r[0]))!.id]);
    expect(registry(strict)).toEqual(registry(usual));
    expect(registry(strict)).toEqual([["Динамика", true], ["Проверка", true], ["Расшифровка", true]]);
  }, 120_000);

  it("gives the host's error when one call alone is larger than a request may be", async () => {
    const excel = new FakeExcel({ payloadLimit: 2_000, atomicRequests: true });
    await expect(adapter(excel).applyPlans([tallPlan(50)])).rejects.toMatchObject({ code: "RequestPayloadSizeLimitExceeded" });
  });

  it("writes user text that looks like a formula as text (format @ set before the value), and formulas as formulas", async () => {
    const excel = new FakeExcel();
    await adapter(excel).applyPlans([
      {
        name: "Показатели",
        rows: [[{ v: "=СУММ(A1)" }, { v: "-5 лет" }, { v: { formula: "SUM(D1:D2)", result: 3 } }, { v: 1 }], [null, null, null, { v: 2 }].map((v) => v ?? { v: null })],
      },
    ]);
    expect(excel.cell("Показатели", "A1")).toMatchObject({ value: "=СУММ(A1)", format: "@" });
    expect(excel.cell("Показатели", "A1")!.formula).toBeUndefined();
    expect(excel.cell("Показатели", "B1")).toMatchObject({ value: "-5 лет", format: "@" });
    expect(excel.cell("Показатели", "C1")!.formula).toBe("=SUM(D1:D2)");
    const order = excel.log.filter((o) => o === "Range.numberFormat" || o === "Range.values");
    expect(order.slice(0, 2)).toEqual(["Range.numberFormat", "Range.values"]);
  });

  it("sends a repeated value down a column once and copies it (ExcelApi 1.9), with one number format per uniform column", async () => {
    const rows: PlanCell[][] = [[{ v: "Код", style: "header" }, { v: "Показатель", style: "header" }, { v: "ФИО", style: "header" }, { v: "Строка", style: "header" }]];
    for (let i = 0; i < 3_000; i++) {
      rows.push([{ v: i < 2_000 ? "LK-01" : "LK-02" }, { v: "-Доля педагогов, прошедших КПК" }, { v: `Иванова Мария ${i}` }, { v: i + 2, numFmt: "0" }]);
    }
    const plan: SheetPlan = { name: "Расшифровка", rows };
    const full = new FakeExcel({ apiVersion: "1.9" });
    await adapter(full).applyPlans([plan]);
    const old = new FakeExcel({ apiVersion: "1.8" });
    await adapter(old).applyPlans([plan]);

    for (const excel of [full, old]) {
      const values = excel.values("Расшифровка");
      expect(values).toHaveLength(3_001);
      expect(values[1]).toEqual(["LK-01", "-Доля педагогов, прошедших КПК", "Иванова Мария 0", 2]);
      expect(values[2001]).toEqual(["LK-02", "-Доля педагогов, прошедших КПК", "Иванова Мария 2000", 2002]);
      expect(values[3000]).toEqual(["LK-02", "-Доля педагогов, прошедших КПК", "Иванова Мария 2999", 3001]);
      // Text that Excel would take for a formula is text in every copied cell too.
      expect(excel.cell("Расшифровка", "B3000")).toMatchObject({ format: "@", value: "-Доля педагогов, прошедших КПК" });
      expect(excel.cell("Расшифровка", "B3000")!.formula).toBeUndefined();
      expect(excel.cell("Расшифровка", "D3000")!.format).toBe("0");
      expect(excel.cell("Расшифровка", "C3000")!.format).toBe("General");
    }
    expect(full.log.filter((o) => o === "Range.copyFrom").length).toBeGreaterThanOrEqual(3);
    expect(old.log).not.toContain("Range.copyFrom");
    // Column formats go as 1×1 arrays, not a format per cell.
    expect(full.log.filter((o) => o === "Range.numberFormat").length).toBeLessThanOrEqual(4);
    const sent = (excel: FakeExcel) => excel.requestBytes.reduce((a, b) => a + b, 0);
    expect(sent(full)).toBeLessThan(sent(old) * 0.7);
  });

  it("sends scattered number formats as one array with null for General cells", async () => {
    const excel = new FakeExcel();
    const formats = ["0", "0.0%", "dd.mm.yyyy"];
    const rows: PlanCell[][] = Array.from({ length: 40 }, (_, r) => Array.from({ length: 6 }, (_, c) => ({ v: r * 6 + c + 1, numFmt: (r + c) % 4 === 3 ? undefined : formats[(r * 7 + c) % 3] })));
    await adapter(excel).applyPlans([{ name: "Форматы", rows }]);
    rows.forEach((row, r) => row.forEach((cell, c) => expect([r, c, excel.sheet("Форматы")!.rows[r][c]!.format]).toEqual([r, c, cell.numFmt ?? "General"])));
    expect(excel.log.filter((o) => o === "Range.numberFormat")).toHaveLength(3); // this block and the meta sheet twice (by name with the new sheets, then with their ids)
  });

  it("writes dates as serials with dd.mm.yyyy", async () => {
    const excel = new FakeExcel();
    await adapter(excel).applyPlans([{ name: "Даты", rows: [[{ v: { date: "2024-09-01" } }]] }]);
    expect(excel.cell("Даты", "A1")).toMatchObject({ value: 45536, format: "dd.mm.yyyy" });
  });

  it("never touches a user sheet with the planned name: the output goes to «Показатели (2)», and is replaced next time", async () => {
    const excel = new FakeExcel();
    excel.addSheet("Показатели", [["мои заметки"]]);
    const first = await adapter(excel).applyPlans([{ name: "Показатели", rows: [[{ v: "расчёт 1" }]] }]);
    expect(first).toEqual([{ planned: "Показатели", actual: "Показатели (2)", replaced: false }]);
    const second = await adapter(excel).applyPlans([{ name: "Показатели", rows: [[{ v: "расчёт 2" }]] }]);
    expect(second).toEqual([{ planned: "Показатели", actual: "Показатели (2)", replaced: true }]);
    expect(excel.values("Показатели")).toEqual([["мои заметки"]]);
    expect(excel.values("Показатели (2)")).toEqual([["расчёт 2"]]);
    expect(excel.sheets.map((s) => s.name)).toEqual(["Показатели", META_SHEET, "Показатели (2)"]);
  });

  it.each([["1.10"], ["1.4"]])("links to an output sheet written as «Показатели (2)» go there, not to the user's «Показатели» (ExcelApi %s)", async (apiVersion) => {
    const excel = new FakeExcel({ apiVersion });
    excel.addSheet("Показатели", [["мои заметки"]]);
    await adapter(excel).applyPlans([
      { name: "Показатели", rows: [[{ v: "расчёт" }], [{ v: "LK-01" }]] },
      { name: "Динамика", rows: [[{ v: 2, numFmt: "0", style: "link", link: { sheet: "Показатели", cell: "A2" } }, { v: "к показателям", link: { sheet: "Показатели", cell: "A1" } }]] },
    ]);
    const byNumber = excel.cell("Динамика", "A1")!;
    const byText = excel.cell("Динамика", "B1")!;
    if (apiVersion === "1.4") {
      expect(byNumber.formula).toBe(`=HYPERLINK("#'Показатели (2)'!A2",2)`);
      expect(byText.formula).toBe(`=HYPERLINK("#'Показатели (2)'!A1","к показателям")`);
    } else {
      expect(byNumber.hyperlink).toMatchObject({ documentReference: "'Показатели (2)'!A2" });
      expect(byText.hyperlink).toMatchObject({ documentReference: "'Показатели (2)'!A1" });
    }
  });

  it("registers its sheets before writing them: after a failed run the next one replaces them, not «(2)»", async () => {
    const excel = new FakeExcel({ failing: ["Tables.add"] });
    const plan: SheetPlan = { name: "Показатели", rows: [[{ v: "Код", style: "header" }], [{ v: "LK-01" }]], tables: [{ name: "Показатели", range: "A1:A2" }] };
    await expect(adapter(excel).applyPlans([plan])).rejects.toThrow(/Tables.add/);
    excel.options.failing = [];
    const again = await adapter(excel).applyPlans([plan]);
    expect(again).toEqual([{ planned: "Показатели", actual: "Показатели", replaced: true }]);
    expect(excel.sheets.filter((s) => s.name.startsWith("Показатели")).map((s) => s.name)).toEqual(["Показатели"]);
  });

  it("adds tables, links, freeze panes, colour scales and a line chart with explicit series", async () => {
    const excel = new FakeExcel();
    await adapter(excel).applyPlans([
      {
        name: "Динамика",
        rows: [
          [{ v: "Период", style: "header" }, { v: "LK-01", style: "header" }, { v: "LK-02", style: "header" }],
          [{ v: "2022/2023" }, { v: 0.1, numFmt: "0.0%" }, { v: 0.2, numFmt: "0.0%" }],
          [{ v: "2023/2024" }, { v: 0.15, numFmt: "0.0%" }, { v: 0.25, numFmt: "0.0%" }],
          [{ v: "к показателям", link: { sheet: "Показатели", cell: "A1" } }],
        ],
        freeze: { rows: 1, columns: 1 },
        tables: [{ name: "Динамика 1", range: "A1:C3" }],
        colorScales: [{ range: "B2:C3", minColor: "F8696B", maxColor: "63BE7B" }],
        charts: [
          {
            title: "Динамика",
            type: "line",
            from: "E2",
            to: "L16",
            categories: "A2:A3",
            percent: true,
            series: [
              { name: "LK-01", values: "B2:B3", color: "1F77B4" },
              { name: "LK-02", values: "C2:C3", dashed: true },
            ],
          },
        ],
      },
      { name: "Показатели", rows: [[{ v: "итог" }]] },
    ]);
    const s = excel.sheet("Динамика")!;
    expect(s.tables).toEqual([{ name: "Динамика_1", range: "A1:C3", style: "TableStyleMedium2" }]);
    expect(s.freeze).toEqual({ rows: 1, columns: 1 });
    expect(s.colorScales[0].range).toBe("B2:C3");
    expect(excel.cell("Динамика", "A4")!.hyperlink).toEqual({ documentReference: "'Показатели'!A1", textToDisplay: "к показателям" });
    expect(s.charts).toHaveLength(1);
    const chart = s.charts[0];
    expect(chart).toMatchObject({ type: "Line", seriesBy: "Columns", title: "Динамика", from: "E2", to: "L16", valueAxisFormat: "0%", legend: "Bottom" });
    expect(chart.series).toEqual([
      { name: "LK-01", values: "B2:B3", xValues: "A2:A3", color: "#1F77B4", marker: "Circle" },
      { name: "LK-02", values: "C2:C3", xValues: "A2:A3", lineStyle: "Dash", marker: "Circle" },
    ]);
    expect(excel.cell("Динамика", "B2")).toMatchObject({ value: 0.1, format: "0.0%" });
    expect(excel.cell("Динамика", "A1")!.font).toMatchObject({ bold: true });
  });

  it("keeps the charts when cosmetic chart calls fail on the host", async () => {
    const excel = new FakeExcel({ failing: ["ChartAxis.numberFormat"] });
    await adapter(excel).applyPlans([
      {
        name: "Динамика",
        rows: [[{ v: "2023/2024" }, { v: 0.1 }]],
        charts: [{ title: "Т", type: "line", from: "D1", to: "H10", categories: "A1:A1", percent: true, series: [{ name: "LK-01", values: "B1:B1" }] }],
      },
    ]);
    expect(excel.sheet("Динамика")!.charts[0].series[0]).toMatchObject({ name: "LK-01", xValues: "A1" });
  });

  it("degrades on ExcelApi 1.4: links become HYPERLINK formulas, no freeze/colour scales, and says what is missing", async () => {
    const excel = new FakeExcel({ apiVersion: "1.4" });
    const wb = adapter(excel);
    await wb.applyPlans([
      {
        name: "Динамика",
        rows: [[{ v: "к показателям", link: { sheet: "Показатели", cell: "A1" } }, { v: 1 }], [{ v: 17, numFmt: "0", style: "link", link: { sheet: "Данные", cell: "A17" } }]],
        freeze: { rows: 1, columns: 0 },
        colorScales: [{ range: "B1:B1", minColor: "FFFFFF", maxColor: "000000" }],
        charts: [{ title: "Т", type: "line", from: "D1", to: "H10", categories: "A1:A1", percent: false, series: [{ name: "x", values: "B1:B1" }] }],
      },
    ]);
    expect(excel.cell("Динамика", "A1")!.formula).toBe(`=HYPERLINK("#'Показатели'!A1","к показателям")`);
    // A row number stays a number that links to its row.
    expect(excel.cell("Динамика", "A2")).toMatchObject({ formula: `=HYPERLINK("#'Данные'!A17",17)`, value: 17, format: "0" });
    expect(excel.sheet("Динамика")!.freeze).toBeUndefined();
    expect(excel.sheet("Динамика")!.colorScales).toEqual([]);
    expect(excel.sheet("Динамика")!.charts[0].source).toBe("A1:B1");
    expect(wb.lastWarning).toMatch(/цветовые шкалы \(нужен ExcelApi 1\.6\)/);
    expect(wb.lastWarning).toMatch(/закрепление строк/);
  });

  // Regression (24.11): the pane's output printed as Excel's defaults — portrait, 100 %, the header on
  // the first page only, no page numbers — while the CLI's printed landscape with titles and footers.
  describe("how the sheets print", () => {
    const plans: SheetPlan[] = [
      { ...tallPlan(50, "Показатели"), freeze: { rows: 4, columns: 1 } },
      { ...tallPlan(5, "Показатели по ОО"), freeze: { rows: 4, columns: 1 }, print: { fullSize: true } },
      { ...tallPlan(300, "Проверка данных"), freeze: undefined, print: { headerRow: 20 } },
      { ...tallPlan(60, "История показателей"), print: { landscape: true, fitToWidth: 1, rowBreaks: [30], area: "A1:F62" } },
    ];

    it("as the .xlsx writer sets it: landscape A4, one page wide or full size, titles and footer on every page", async () => {
      const excel = new FakeExcel();
      const wb = adapter(excel);
      await wb.applyPlans(plans);
      const footer = { leftFooter: "&A", rightFooter: "Страница &P из &N" };
      expect(excel.sheet("Показатели")!.print).toEqual({
        orientation: "Landscape", paperSize: "A4", zoom: { horizontalFitToPages: 1, verticalFitToPages: 0 }, titleRows: "$1:$4", ...footer, breaks: [],
      });
      expect(excel.sheet("Показатели по ОО")!.print).toEqual({
        orientation: "Landscape", paperSize: "A4", zoom: { scale: 100 }, titleRows: "$1:$4", titleColumns: "$A:$A", ...footer, breaks: [],
      });
      expect(excel.sheet("Проверка данных")!.print).toMatchObject({ titleRows: "$20:$20", zoom: { horizontalFitToPages: 1, verticalFitToPages: 0 } });
      expect(excel.sheet("История показателей")!.print).toMatchObject({ titleRows: "$1:$2", area: "A1:F62", breaks: ["A31"] });
      expect(wb.lastWarning).toBeNull();
    });

    it("on Excel without ExcelApi 1.9 the sheets are written all the same, and the pane says print settings were left", async () => {
      const excel = new FakeExcel({ apiVersion: "1.8" });
      const wb = adapter(excel);
      await wb.applyPlans(plans);
      expect(excel.values("Показатели")).toHaveLength(52);
      expect(excel.sheets.every((s) => s.print === undefined)).toBe(true);
      expect(wb.lastWarning).toMatch(/настройки печати.*\(нужен ExcelApi 1\.9\)/);
    });
  });
});

describe("OfficeWorkbook compact rows («Расшифровка» keeps its rows as columns)", () => {
  it("writes the same sheet from compact rows as from rows made beforehand", async () => {
    const head: PlanCell[][] = [[{ v: "Расшифровка", style: "title" }], ["ФИО", "Основание", "Строка"].map((v) => ({ v, style: "header" as const }))];
    const tail: PlanCell[][] = Array.from({ length: 12_000 }, (_, i) => [
      { v: `Петрова Анна ${i}` },
      { v: i % 2 ? "=СУММ(A1)" : "курсы «Цифровая школа»" },
      { v: i + 2, style: "link" as const, numFmt: "0", link: { sheet: "Данные", cell: `A${i + 2}` } },
    ]);
    const write = async (plan: SheetPlan) => {
      const excel = new FakeExcel();
      excel.addSheet("Данные", [["a"]]);
      await adapter(excel).applyPlans([plan]);
      return excel.sheet("Расшифровка")!;
    };
    const base = { name: "Расшифровка", tables: [{ name: "Audit", range: "A2:C12002" }] };
    const made = await write({ ...base, rows: [...head, ...tail] });
    const fromCompact = await write({ ...base, rows: head, more: compact(tail, 5_000) });
    expect(fromCompact.rows.length).toBe(12_002);
    expect(fromCompact).toEqual(made);
    expect(fromCompact.rows[12_001]![2]!.hyperlink).toEqual({ documentReference: "'Данные'!A12001" });
  }, 60_000);

  it("makes the compact rows a block at a time as its requests go out, not all before the first", async () => {
    // A region's «Расшифровка» is a million rows: made all at once, their cells and request values
    // held hundreds of megabytes in the pane before the first request left.
    // A reason as long as «Расшифровка»'s (≈ 300 bytes): a block of 5 000 rows is then ≈ 2 MB of request.
    const reason = "курсы повышения квалификации «Формирование функциональной грамотности обучающихся», 72 ч, окончание 20.05.2024";
    const rows: PlanCell[][] = Array.from({ length: 60_000 }, (_, i) => [
      { v: `Петрова Анна Сергеевна ${i}` },
      { v: `${reason} ${i}` },
      { v: i + 2, style: "link" as const, numFmt: "0", link: { sheet: "Данные", cell: `A${i + 2}` } },
    ]);
    let made = 0;
    const counted: RowBlocks = {
      count: rows.length,
      *blocks() {
        for (let i = 0; i < rows.length; i += 5_000) {
          made++;
          yield rows.slice(i, i + 5_000);
        }
      },
    };
    const excel = new FakeExcel();
    excel.addSheet("Данные", [["a"]]);
    const madeAtSync: number[] = [];
    excel.onSync = () => madeAtSync.push(made);
    await adapter(excel).applyPlans([{ name: "Расшифровка", rows: [[{ v: "ФИО", style: "header" }]], more: counted }]);
    expect(excel.values("Расшифровка")).toHaveLength(60_001);
    expect(excel.values("Расшифровка")[60_000][0]).toBe("Петрова Анна Сергеевна 59999");
    expect(made).toBe(12);
    // Each request carries one or two blocks (≈ 2 MB each), and the next block is made only as it goes
    // out (one ahead at most): never the sheet's twelve before the first request.
    const writes = madeAtSync.filter((m) => m > 0);
    expect(writes.length).toBeGreaterThan(4);
    expect(writes[0]).toBeLessThanOrEqual(3);
    for (let i = 1; i < writes.length; i++) expect(writes[i] - writes[i - 1]).toBeLessThanOrEqual(3);
  }, 120_000);

  it("sets column widths and merges once when every row of the sheet is compact (no head rows)", async () => {
    const rows: PlanCell[][] = Array.from({ length: 30 }, (_, i) => [{ v: `строка ${i}` }, { v: i }]);
    const excel = new FakeExcel();
    await adapter(excel).applyPlans([{ name: "Лист", rows: [], more: compact(rows, 10), columnWidths: [30, 10], merges: ["A1:B1"] }]);
    expect(excel.values("Лист")).toHaveLength(30);
    expect(excel.log.filter((o) => o === "Range.merge")).toHaveLength(1);
    expect(excel.log.filter((o) => o === "RangeFormat.columnWidth")).toHaveLength(2);
  });

  it("counts Excel's 65 530 native hyperlinks across compact blocks and writes the links past them as HYPERLINK formulas", async () => {
    const rows: PlanCell[][] = Array.from({ length: 65_532 }, (_, i) => [{ v: i + 2, numFmt: "0", style: "link" as const, link: { sheet: "Данные", cell: `A${i + 2}` } }]);
    const excel = new FakeExcel();
    excel.addSheet("Данные", [["a"]]);
    await adapter(excel).applyPlans([{ name: "Расшифровка", rows: [[{ v: "Строка", style: "header" }]], more: compact(rows, 10_000) }]);
    expect(nativeLinks(excel, "Расшифровка")).toBe(65_530);
    expect(excel.cell("Расшифровка", "A65531")!.hyperlink).toEqual({ documentReference: "'Данные'!A65531" });
    const past = excel.cell("Расшифровка", "A65532")!;
    expect(past.hyperlink).toBeUndefined();
    expect(past.formula).toBe(`=HYPERLINK("#'Данные'!A65532",65532)`);
    expect(excel.cell("Расшифровка", "A65533")!.formula).toBe(`=HYPERLINK("#'Данные'!A65533",65533)`);
  }, 120_000);
});

describe("OfficeWorkbook highlights", () => {
  it("fills issue cells, comments them, and restores the exact original fills on clear", async () => {
    const excel = new FakeExcel();
    const s = excel.addSheet("Сверка", [
      ["ФИО", "Дата"],
      ["Петров", "вчера"],
      ["Сидоров", "завтра"],
    ]);
    s.rows[2][1]!.fill = { color: "#00B0F0", pattern: "Solid" }; // the user's own blue
    const wb = adapter(excel);
    const n = await wb.highlightIssues([issue("Сверка", "B2"), issue("Сверка", "B3", "warning"), issue("Нет такого", "A1")]);
    expect(n).toEqual({ cells: 2, unnoted: 0 });
    expect(excel.cell("Сверка", "B2")!.fill!.color).toBe("#FFC7CE");
    expect(excel.cell("Сверка", "B3")!.fill!.color).toBe("#FFEB9C");
    expect(excel.comments.get("Сверка!B2")).toMatch(/Не дата/);

    // A second highlight must not remember our own red as "original".
    await wb.highlightIssues([issue("Сверка", "B2")]);
    const restored = await wb.clearHighlights();
    expect(restored).toBe(2);
    expect(excel.cell("Сверка", "B2")!.fill).toBeUndefined();
    expect(excel.cell("Сверка", "B3")!.fill).toEqual({ color: "#00B0F0", pattern: "Solid" });
    expect(excel.comments.size).toBe(0);
    expect(await wb.clearHighlights()).toBe(0);
  });

  it("highlights 30 000 cells and clears them again in requests under Excel on the web's 5 MB limit", async () => {
    // Regression: every cell's proxies went into the first request (13 MB for 30 000 cells) and all
    // comments into one more; Excel on the web refuses both.
    const rows: string[][] = [["ФИО", "Дата"]];
    for (let i = 0; i < 30_000; i++) rows.push([`Петров ${i}`, "вчера"]);
    const excel = new FakeExcel();
    excel.addSheet("Сверка", rows);
    const wb = adapter(excel);
    expect(await wb.highlightIssues(rows.slice(1).map((_, i) => issue("Сверка", `B${i + 2}`)))).toEqual({ cells: 30_000, unnoted: 25_000 });
    expect(excel.cell("Сверка", "B30001")!.fill!.color).toBe("#FFC7CE");
    expect(excel.comments.size).toBe(NOTES_AT_MOST);
    expect(await wb.clearHighlights()).toBe(30_000);
    expect(excel.cell("Сверка", "B30001")!.fill).toBeUndefined();
    expect(excel.comments.size).toBe(0);
    expect(Math.max(...excel.requestBytes)).toBeLessThan(4_000_000);
    expect(excel.syncs).toBeLessThan(60); // a round trip per ~4 MB, not per cell
    // One column of errors is one range: its fills are read in one call and set in one, cleared in one
    // (it was 30 000 calls each, and twice the round trips).
    expect(excel.log.filter((o) => o === "Range.getCellProperties")).toHaveLength(1);
    expect(excel.log.filter((o) => o === "RangeFill.color")).toHaveLength(1);
    expect(excel.log.filter((o) => o === "RangeFill.clear")).toHaveLength(1);
  }, 120_000);

  it("notes at most NOTES_AT_MOST cells, errors first; a second highlight adds none past the cap and says the same", async () => {
    // A region's check: tens of thousands of notes nobody reads, each one more object in Excel's file
    // and comments pane. The fills mark every cell; the pane lists every message.
    const rows: string[][] = [["ФИО", "Дата", "Часы"]];
    for (let i = 0; i < NOTES_AT_MOST + 10; i++) rows.push([`Петров ${i}`, "вчера", "много"]);
    const excel = new FakeExcel();
    excel.addSheet("Сверка", rows);
    const wb = adapter(excel);
    // The check lists the warnings first here; the ten errors at the end still get their notes.
    const warnings = rows.slice(1).map((_, i) => issue("Сверка", `B${i + 2}`, "warning"));
    const errors = [2, 3, 4, 5, 6, 7, 8, 9, 10, 5011].map((r) => issue("Сверка", `C${r}`));
    expect(await wb.highlightIssues([...warnings, ...errors])).toEqual({ cells: NOTES_AT_MOST + 20, unnoted: 20 });
    expect(excel.comments.size).toBe(NOTES_AT_MOST);
    for (const e of errors) expect(excel.comments.get(`Сверка!${e.cell}`)).toMatch(/^Методист: Не дата/);
    // The room left went to the warnings in the check's order: the last twenty have their fill only.
    expect(excel.comments.get("Сверка!B4991")).toMatch(/^Методист:/);
    expect(excel.comments.has("Сверка!B4992")).toBe(false);
    expect(excel.cell("Сверка", "B5011")!.fill!.color).toBe("#FFEB9C");

    // Highlighted again (a re-check): the notes already there fill the cap; the same cells stay bare.
    expect(await wb.highlightIssues([...warnings, ...errors])).toEqual({ cells: NOTES_AT_MOST + 20, unnoted: 20 });
    expect(excel.comments.size).toBe(NOTES_AT_MOST);
    expect(await wb.clearHighlights()).toBe(NOTES_AT_MOST + 20);
    expect(excel.comments.size).toBe(0);
    // Cleared, the cap is free again.
    expect(await wb.highlightIssues(errors)).toEqual({ cells: 10, unnoted: 0 });
    expect(excel.comments.size).toBe(10);
  }, 120_000);

  it("keeps the records of 60 000 highlighted cells in requests and responses under 5 MB: the next compute and «Снять подсветку» still work", async () => {
    // Regression: the meta sheet (every highlighted cell's original fill) was written in one call and
    // read back in one response. ≈ 7 MB of records here: Excel on the web refused the highlight's
    // request, and once a smaller book had grown them past 5 MB, every later compute or clear too.
    const sheet = "Сверка кадров педагогов ОО";
    const rows: string[][] = [["ФИО", "Дата"]];
    for (let i = 0; i < 60_000; i++) rows.push([`Петров ${i}`, "вчера"]);
    const excel = new FakeExcel();
    excel.addSheet(sheet, rows);
    const wb = adapter(excel);
    expect((await wb.highlightIssues(rows.slice(1).map((_, i) => issue(sheet, `B${i + 2}`)))).cells).toBe(60_000);
    expect(excel.cell(sheet, "B60001")!.fill!.color).toBe("#FFC7CE");
    await wb.applyPlans([tallPlan(10)]);
    expect(excel.sheet("Проверка")).toBeDefined();
    expect(await wb.clearHighlights()).toBe(60_000);
    expect(excel.cell(sheet, "B60001")!.fill).toBeUndefined();
    expect(excel.cell(sheet, "B2")!.fill).toBeUndefined();
    expect(excel.comments.size).toBe(0);
    expect(Math.max(...excel.requestBytes)).toBeLessThan(4_000_000);
    expect(Math.max(...excel.responseBytes)).toBeLessThan(WEB_PAYLOAD_LIMIT);
    // Nothing left to restore, and our output sheet is still known as ours: replaced, not doubled.
    expect(await wb.clearHighlights()).toBe(0);
    await wb.applyPlans([tallPlan(10)]);
    expect(excel.sheets.map((s) => s.name).filter((n) => n.startsWith("Проверка"))).toEqual(["Проверка"]);
  }, 120_000);

  // Excel 2016/2019 (ExcelApi up to 1.7/1.8) has neither multi-area ranges nor getCellProperties: the
  // original fills are read cell by cell there, and each run is filled as one rectangular range.
  test.each(["1.10", "1.7"])("restores every cell's own fill, scattered and mixed errors and warnings, on ExcelApi %s", async (apiVersion) => {
    const rows: string[][] = [["ФИО", "Дата", "Часы"]];
    for (let i = 0; i < 40; i++) rows.push([`Петров ${i}`, "вчера", "много"]);
    const excel = new FakeExcel({ apiVersion });
    const s = excel.addSheet("Сверка", rows);
    // The user's own colours: some cells inside a run of errors, one in a gap a read steps over.
    s.rows[5][1]!.fill = { color: "#00B0F0", pattern: "Solid" };
    s.rows[7][1]!.fill = { color: "#92D050", pattern: "Solid" };
    s.rows[20][2]!.fill = { color: "#FFFF00", pattern: "Solid" };
    const before = JSON.stringify(excel.sheet("Сверка")!.rows);
    const wb = adapter(excel);
    const issues = [
      ...[2, 3, 4, 5, 6, 9, 10, 30].map((r) => issue("Сверка", `B${r}`)),
      ...[11, 12].map((r) => issue("Сверка", `B${r}`, "warning")),
      ...[19, 20, 21, 40].map((r) => issue("Сверка", `C${r}`, r === 20 ? "warning" : "error")),
    ];
    expect(await wb.highlightIssues(issues)).toEqual({ cells: 14, unnoted: 0 });
    expect(excel.cell("Сверка", "B6")!.fill!.color).toBe("#FFC7CE");
    expect(excel.cell("Сверка", "B11")!.fill!.color).toBe("#FFEB9C");
    expect(excel.cell("Сверка", "C20")!.fill!.color).toBe("#FFEB9C");
    expect(excel.cell("Сверка", "C21")!.fill!.color).toBe("#FFC7CE");
    // Cells without an issue keep their colour, even inside a range that was read.
    expect(excel.cell("Сверка", "B8")!.fill).toEqual({ color: "#92D050", pattern: "Solid" });
    expect(excel.cell("Сверка", "B7")!.fill).toBeUndefined();

    expect(await wb.clearHighlights()).toBe(14);
    // Comments gone, fills exactly as the user had them.
    expect(excel.comments.size).toBe(0);
    expect(JSON.stringify(excel.sheet("Сверка")!.rows)).toBe(before);
  });

  it("keeps the user's own comment: the cell is filled, its comment is neither replaced nor removed on clear", async () => {
    // Regression: Excel refuses a second comment on a cell, and with it the rest of the request; the
    // comments it had added before were recorded as not ours and stayed after clearing.
    const excel = new FakeExcel();
    excel.addSheet("Сверка кадров", [["ФИО", "Дата"], ["Петров", "вчера"], ["Сидоров", "завтра"]]);
    excel.comments.set("Сверка кадров!B2", "проверить у школы");
    const wb = adapter(excel);
    expect(await wb.highlightIssues([issue("Сверка кадров", "B2"), issue("Сверка кадров", "B3")])).toEqual({ cells: 2, unnoted: 0 });
    expect(excel.cell("Сверка кадров", "B2")!.fill!.color).toBe("#FFC7CE");
    expect(excel.comments.get("Сверка кадров!B2")).toBe("проверить у школы");
    expect(excel.comments.get("Сверка кадров!B3")).toMatch(/^Методист: Не дата/);
    expect(await wb.clearHighlights()).toBe(2);
    expect(excel.cell("Сверка кадров", "B2")!.fill).toBeUndefined();
    expect([...excel.comments]).toEqual([["Сверка кадров!B2", "проверить у школы"]]);
  });

  it("reads a header row's texts at their columns for the mapping editor", async () => {
    const excel = new FakeExcel();
    const s = excel.addSheet("КПК", [["Сведения о КПК"], [], ["", "ФИО", "Часы"], ["", "Петров", 72]]);
    s.rows[2][0] = undefined;
    expect(await adapter(excel).readRow("КПК", 3)).toEqual(["", "ФИО", "Часы"]);
    expect(await adapter(excel).readRow("КПК", 2)).toEqual([]);
  });

  it("selects a cell on its sheet", async () => {
    const excel = new FakeExcel();
    excel.addSheet("А", [["x"]]);
    excel.addSheet("Б", [["y"]]);
    await adapter(excel).selectCell("Б", "C7");
    expect(excel.sheet("Б")).toMatchObject({ active: true, selected: "C7" });
  });
});
