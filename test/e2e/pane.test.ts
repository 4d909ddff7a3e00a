/**
 * End to end: the production build of the pane in headless Chromium, over an in-memory Excel
 * stand-in filled from examples/municipality.xlsx. Clicks «Рассчитать» and checks that the output
 * sheets and native line charts were written with values; saves a screenshot for the docs.
 */
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import http from "node:http";
import { AddressInfo } from "node:net";
import os from "node:os";
import path from "node:path";
import ExcelJS from "exceljs";
import { BrowserContext, Page } from "playwright-core";
import { ROOT, Seed, SeedSheet, buildPane, haveChromium, launchChromium, servePane } from "./harness";
import { excelSerial, valueAsExcelGives } from "../support/exceljs-values";

const EXAMPLE = path.join(ROOT, "examples/municipality.xlsx");
const run = haveChromium || process.env.CI === "true" ? describe : describe.skip;

/** The example workbook as Office.js would show it: dates as serials with a date format. */
async function readSeed(file: string): Promise<Seed> {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.readFile(file);
  const sheets: SeedSheet[] = [];
  wb.eachSheet((ws) => {
    const rows: SeedSheet["rows"] = [];
    const formats: SeedSheet["formats"] = [];
    ws.eachRow({ includeEmpty: true }, (row, r) => {
      const out: SeedSheet["rows"][number] = [];
      row.eachCell({ includeEmpty: true }, (cell, c) => {
        const v = valueAsExcelGives(cell.value);
        if (v instanceof Date) {
          const serial = excelSerial(v);
          out[c - 1] = serial;
          formats.push([r - 1, c - 1, "dd.mm.yyyy"]);
        } else out[c - 1] = v === undefined ? null : (v as string | number | boolean | null);
      });
      rows[r - 1] = Array.from(out, (x) => (x === undefined ? null : x));
    });
    sheets.push({ name: ws.name, rows: Array.from(rows, (x) => x ?? []), formats });
  });
  return { file: path.basename(file), sheets };
}

/**
 * The seed with each school's name merged down its block in these sheets, as schools fill forms: the
 * name in the block's top cell, the cells below it empty. Only runs of one name are merged, so the
 * sheets say exactly what they said before.
 */
function withSchoolsMerged(seed: Seed, names: readonly string[]): Seed {
  const sheets = seed.sheets.map((s) => {
    if (!names.includes(s.name)) return s;
    const rows = s.rows.map((r) => [...r]);
    const merges: string[] = [];
    let top = 1;
    for (let r = 2; r <= rows.length; r++) {
      const school = rows[top]?.[0] ?? null;
      if (r < rows.length && school !== null && rows[r][0] === school) continue;
      if (school !== null && r - 1 > top) {
        merges.push(`A${top + 1}:A${r}`);
        for (let k = top + 1; k < r; k++) rows[k][0] = null;
      }
      top = r;
    }
    return { ...s, rows, merges };
  });
  return { ...seed, sheets };
}

/** «Проверить книгу» on a fresh page of `server`: the pane's line with the counts of errors and warnings. */
async function checkCounts(browser: BrowserContext, server: http.Server): Promise<string> {
  const page = await browser.newPage();
  await page.clock.setFixedTime(new Date(2024, 5, 20, 10, 0, 0));
  const { port } = server.address() as AddressInfo;
  await page.goto(`http://127.0.0.1:${port}/taskpane.html`);
  await page.getByRole("button", { name: "Проверить книгу" }).click();
  const line = page.getByText(/Распознано листов: 7\. Ошибок: \d+, предупреждений: \d+\./);
  await line.waitFor({ timeout: 120_000 });
  const text = (await line.textContent()) ?? "";
  await page.close();
  return text.slice(text.indexOf("Ошибок"));
}

/** The page's Excel made slow (a region's workbook over the network): each round trip takes 400 ms. */
function slowExcel(page: Page): Promise<void> {
  return page.evaluate(() => {
    const w = window as unknown as { __excel: { run: (b: (ctx: { sync(): Promise<void> }) => Promise<unknown>) => Promise<unknown> }; Excel: { run: unknown } };
    const run = w.__excel.run;
    w.Excel.run = (batch: (ctx: { sync(): Promise<void> }) => Promise<unknown>) =>
      run((ctx) => {
        const sync = ctx.sync.bind(ctx);
        ctx.sync = () => new Promise<void>((resolve) => setTimeout(resolve, 400)).then(sync);
        return batch(ctx);
      });
  });
}

run("task pane in Chromium over the example workbook", () => {
  let dist: string;
  let server: http.Server;
  let browser: BrowserContext;
  let profile: string;

  beforeAll(async () => {
    expect(haveChromium).toBe(true);
    dist = path.join(ROOT, "test-artifacts/e2e-dist");
    // METODIST_E2E_REUSE_DIST=1 skips the ≈ 1 min build when iterating on the test itself.
    if (!(process.env.METODIST_E2E_REUSE_DIST === "1" && existsSync(path.join(dist, "taskpane.html")))) buildPane(dist);
    server = await servePane(dist, await readSeed(EXAMPLE));
    profile = mkdtempSync(path.join(os.tmpdir(), "metodist-chromium-"));
    browser = await launchChromium(profile);
  }, 600_000);

  afterAll(async () => {
    await browser?.close();
    await new Promise((r) => server?.close(r));
    if (profile) rmSync(profile, { recursive: true, force: true });
  });

  it("computes the indicators, inserts output sheets with values and native line charts, and fits 320 px", async () => {
    const page = await browser.newPage();
    const errors: string[] = [];
    page.on("pageerror", (e) => errors.push(e.message));
    page.on("console", (m) => m.type() === "error" && errors.push(m.text()));
    page.on("response", (r) => r.status() >= 400 && errors.push(`${r.status()} ${r.url()}`));
    // The example workbook's «today» (examples/README.md): default period 2023/2024.
    await page.clock.setFixedTime(new Date(2024, 5, 20, 10, 0, 0));
    const { port } = server.address() as AddressInfo;
    await page.goto(`http://127.0.0.1:${port}/taskpane.html`);

    await page.getByRole("tab", { name: "Показатели" }).click();
    await page.getByRole("checkbox", { name: /^AL/ }).check();
    // Every label the spinner shows while computing, as the page's DOM changes.
    await page.evaluate(() => {
      const seen: string[] = [];
      (window as unknown as { __labels: string[] }).__labels = seen;
      new MutationObserver(() => {
        const t = document.querySelector('[aria-live="polite"] .fui-Spinner__label')?.textContent;
        if (t && seen[seen.length - 1] !== t) seen.push(t);
      }).observe(document.body, { subtree: true, childList: true, characterData: true });
    });
    await page.getByRole("button", { name: "Рассчитать" }).click();
    const summary = page.getByRole("status", { name: "Итоги расчёта" });
    await summary.waitFor({ timeout: 120_000 });
    // Each step was on screen, in order, the write with its rows: a new step waits for the paint.
    const labels = await page.evaluate(() => (window as unknown as { __labels: string[] }).__labels);
    const steps = [...new Set(labels.map((l) => /^Шаг (\d) из 5\. ([^:…]+)/.exec(l)?.slice(1, 3).join(" ")).filter(Boolean))];
    expect(steps).toEqual(["1 Чтение листов книги", "2 Проверка записей", "3 Расчёт показателей", "4 Подготовка листов отчёта", "5 Запись листов отчёта"]);
    // (The stand-in's round trips take no time: the pane is done before it paints a later count.)
    expect(labels).toContainEqual(expect.stringMatching(/^Шаг 5 из 5\. Запись листов отчёта: 0 из \d[\d\s]* строк…$/));
    // The same counts as `npx metodist compute examples/municipality.xlsx --preset LK,AL --period 2023/2024`.
    expect(await summary.getByRole("listitem").allTextContents()).toEqual(
      // AL-P.38b is «не достигнуто»: 5 of 12 schools have half their management team trained (hand count), whatever the pooled 45,9 %.
      expect.arrayContaining(["достигнуто: 16", "близко: 1", "не достигнуто: 3", "без оценки (нет цели или данных): 61"]),
    );
    expect(await summary.textContent()).toContain("Показателей: 81 (период 2023/2024)");

    const book = await page.evaluate(() => {
      const excel = (window as unknown as { __excel: import("../workbook/office/fake-excel").FakeExcel }).__excel;
      return {
        names: excel.sheets.map((s) => s.name),
        indicators: excel.values("Показатели"),
        charts: excel.sheets.flatMap((s) => s.charts.map((c) => ({ sheet: s.name, type: c.type, series: c.series.length, x: c.series[0]?.xValues ?? "" }))),
        meta: excel.sheet("metodist_meta")?.visibility,
        input: excel.values("Сверка кадров").length,
      };
    });
    expect(book.names).toEqual(expect.arrayContaining(["Сверка кадров", "КПК", "Показатели", "Показатели по ОО", "Проверка данных", "Динамика", "metodist_meta"]));
    expect(book.meta).toBe("VeryHidden");
    expect(book.input).toBe(766); // the input sheet is untouched
    // LK-01: 194 of 696 teachers took part in competitions → =ROUND(C/D,3) = 27,9 %.
    const lk01 = book.indicators.find((row) => row[0] === "LK-01")!;
    expect(lk01.slice(2, 4)).toEqual([194, 696]);
    expect(String(lk01[4])).toMatch(/^=IF\(D\d+=0,"нет данных",ROUND\(C\d+\/D\d+,3\)\)$/);
    expect(book.charts.length).toBeGreaterThan(0);
    for (const c of book.charts) {
      expect(c.type).toBe("Line");
      expect(c.series).toBeGreaterThan(0);
      expect(c.x).not.toBe("");
    }
    await summary.getByRole("button", { name: "Динамика", exact: true }).click();
    await page.waitForFunction(() => (window as unknown as { __excel: { sheet(n: string): { active?: boolean } } }).__excel.sheet("Динамика")?.active === true);

    mkdirSync(path.join(ROOT, "test-artifacts"), { recursive: true });
    mkdirSync(path.join(ROOT, "docs"), { recursive: true });
    const png = await page.screenshot({ fullPage: false });
    writeFileSync(path.join(ROOT, "test-artifacts/pane.png"), png);
    // docs/pane.png is tracked: refreshed when missing or on request, so test runs do not dirty the tree.
    const docsShot = path.join(ROOT, "docs/pane.png");
    if (!existsSync(docsShot) || process.env.METODIST_UPDATE_DOCS === "1") writeFileSync(docsShot, png);

    await page.setViewportSize({ width: 320, height: 900 });
    const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
    expect(overflow).toBeLessThanOrEqual(0);
    expect(errors).toEqual([]);
    await page.close();
  }, 300_000);

  it("stops a compute on «Остановить» while the workbook is read: no sheet added, the workbook as it was", async () => {
    const page = await browser.newPage();
    const errors: string[] = [];
    page.on("pageerror", (e) => errors.push(e.message));
    await page.clock.setFixedTime(new Date(2024, 5, 20, 10, 0, 0));
    const { port } = server.address() as AddressInfo;
    await page.goto(`http://127.0.0.1:${port}/taskpane.html`);
    // A slow Excel (a region's workbook over the network): each round trip takes 400 ms.
    await slowExcel(page);
    const sheetsBefore = await page.evaluate(() => (window as unknown as { __excel: { sheets: { name: string }[] } }).__excel.sheets.map((s) => s.name));

    await page.getByRole("tab", { name: "Показатели" }).click();
    await page.getByRole("button", { name: "Рассчитать" }).click();
    await page.getByRole("button", { name: "Остановить" }).click();
    await page.getByText("Расчёт остановлен.").waitFor({ timeout: 60_000 });
    expect(await page.getByText(/Листы книги не изменены/).count()).toBe(1);
    expect(await page.getByRole("status", { name: "Итоги расчёта" }).count()).toBe(0);
    expect(await page.getByRole("progressbar").count()).toBe(0);

    const book = await page.evaluate(() => {
      const excel = (window as unknown as { __excel: import("../workbook/office/fake-excel").FakeExcel }).__excel;
      return { names: excel.sheets.map((s) => s.name), writes: excel.log.filter((o) => /^(Worksheets\.add|Worksheet\.delete|Range\.values|Range\.clear)$/.test(o)) };
    });
    // Nothing but reads was asked of Excel: no sheet added or removed, no cell written.
    expect(book.names).toEqual(sheetsBefore);
    expect(book.writes).toEqual([]);
    expect(errors).toEqual([]);
    await page.close();
  }, 300_000);

  it("a ribbon «Рассчитать показатели» while the pane computes changes nothing, and the open pane says why", async () => {
    const { port } = server.address() as AddressInfo;
    const pane = await browser.newPage();
    const ribbon = await browser.newPage();
    const errors: string[] = [];
    for (const p of [pane, ribbon]) {
      p.on("pageerror", (e) => errors.push(e.message));
      await p.clock.setFixedTime(new Date(2024, 5, 20, 10, 0, 0));
    }
    await pane.goto(`http://127.0.0.1:${port}/taskpane.html`);
    // The pane's Excel is slow, so its compute is still running when the ribbon is clicked.
    await slowExcel(pane);
    await ribbon.goto(`http://127.0.0.1:${port}/commands.html`);
    const click = (action: string) =>
      ribbon.evaluate(
        (name) =>
          new Promise<{ message: unknown; writes: string[] }>((resolve) => {
            const w = window as unknown as { __actions: Record<string, (e: { completed(): void }) => void>; __settings: Record<string, unknown>; __excel: import("../workbook/office/fake-excel").FakeExcel };
            w.__actions[name]({
              completed: () => resolve({ message: w.__settings["metodist.lastCommand"], writes: w.__excel.log.filter((o) => /^(Worksheets\.add|Worksheet\.delete|Range\.values|Range\.clear|Range\.format)/.test(o)) }),
            });
          }),
        action,
      );

    await pane.getByRole("tab", { name: "Показатели" }).click();
    await pane.getByRole("button", { name: "Рассчитать" }).click();
    await pane.getByRole("button", { name: "Остановить" }).waitFor();
    const refused = await click("computeIndicators");
    expect(refused.message).toMatch(/^Команда не выполнена\. С этой книгой уже работает «Методист»\. Идёт расчёт показателей в панели «Методиста» \(с 10:00\)\. Дождитесь конца и повторите\.$/);
    expect(refused.writes).toEqual([]);
    await pane.getByText(`Последняя команда на ленте: ${refused.message as string}`).waitFor();

    await pane.evaluate(() => [...document.querySelectorAll("button")].find((b) => b.textContent === "Остановить")!.click());
    await pane.getByText("Расчёт остановлен.").waitFor({ timeout: 60_000 });
    const done = await click("computeIndicators");
    expect(done.message).toMatch(/^Расчёт \(LK, 2023\/2024\): показателей \d+/);
    await pane.getByText(`Последняя команда на ленте: ${done.message as string}`).waitFor();
    expect(errors).toEqual([]);
    await pane.close();
    await ribbon.close();
  }, 300_000);

  it("checks the example, finds its planted errors, jumps to a cell, highlights and restores the fills", async () => {
    const planted = JSON.parse(readFileSync(path.join(ROOT, "examples/planted-errors.json"), "utf8")) as { sheet: string; cell: string; rule: string }[];
    const target = planted.find((p) => p.sheet === "Сверка кадров" && p.rule === "type.date")!;
    const page = await browser.newPage();
    await page.clock.setFixedTime(new Date(2024, 5, 20, 10, 0, 0));
    const { port } = server.address() as AddressInfo;
    await page.goto(`http://127.0.0.1:${port}/taskpane.html`);
    await page.getByRole("button", { name: "Проверить книгу" }).click();
    await page.getByText(/Распознано листов: 7\./).waitFor({ timeout: 120_000 });

    const jump = page.getByRole("button", { name: new RegExp(`^Перейти к ячейке ${target.cell} листа «${target.sheet}»`) });
    await jump.first().click();
    const fill = (cell: string) =>
      page.evaluate(
        ([sheet, a1]) => {
          const excel = (window as unknown as { __excel: import("../workbook/office/fake-excel").FakeExcel }).__excel;
          const s = excel.sheet(sheet)!;
          return { fill: excel.cell(sheet, a1)?.fill ?? null, active: !!s.active, selected: s.selected ?? null };
        },
        [target.sheet, cell],
      );
    expect(await fill(target.cell)).toEqual({ fill: null, active: true, selected: target.cell });

    await page.getByRole("button", { name: "Подсветить ошибки" }).click();
    await page.getByText(/^Подсвечено ячеек: [\d\s]+\.$/).waitFor();
    expect((await fill(target.cell)).fill).toEqual({ color: "#FFC7CE", pattern: "Solid" });
    await page.getByRole("button", { name: "Снять подсветку" }).click();
    await page.getByText(/^Восстановлено ячеек: [\d\s]+\.$/).waitFor();
    expect((await fill(target.cell)).fill).toBeNull();
    await page.close();
  }, 300_000);

  // Regression (10th session): the pane read a school merged down its block only in the top row —
  // every row below «не заполнено ОО», its courses unmatched — where the CLI filled it down.
  it("checks a workbook whose schools are merged down their blocks as it checks them typed on every row", async () => {
    const seed = withSchoolsMerged(await readSeed(EXAMPLE), ["Сверка кадров", "КПК", "МАП", "Диагностика"]);
    expect(seed.sheets.reduce((n, s) => n + (s.merges?.length ?? 0), 0)).toBeGreaterThan(40);
    const merged = await servePane(dist, seed);
    try {
      const plain = await checkCounts(browser, server);
      expect(plain).toMatch(/^Ошибок: [1-9]\d*, предупреждений: \d+\.$/);
      expect(await checkCounts(browser, merged)).toBe(plain);
    } finally {
      merged.close();
    }
  }, 300_000);

  /** A page that says it is the IE11 webview of Excel 2016/2019 volume-licensed. */
  async function ie11Page(): Promise<Page> {
    const page = await browser.newPage();
    await page.addInitScript(() => {
      Object.defineProperty(navigator, "userAgent", { get: () => "Mozilla/5.0 (Windows NT 10.0; WOW64; Trident/7.0; rv:11.0) like Gecko" });
    });
    return page;
  }

  it("tells users of the IE11 webview (Excel 2016/2019 volume-licensed) in Russian why the pane cannot run", async () => {
    const page = await ie11Page();
    const { port } = server.address() as AddressInfo;
    await page.goto(`http://127.0.0.1:${port}/taskpane.html`);
    const alert = page.getByRole("alert");
    await alert.waitFor();
    expect(await alert.textContent()).toContain("Эта версия Excel не поддерживает панель «Методиста»");
    expect(await page.getByRole("tab").count()).toBe(0);
    await page.close();
  });

  it("… and its ribbon buttons, which would otherwise do nothing, open the help's requirements in a dialog", async () => {
    const page = await ie11Page();
    const { port } = server.address() as AddressInfo;
    await page.goto(`http://127.0.0.1:${port}/commands.html`);
    await page.waitForFunction(() => !!(window as unknown as { __actions?: object }).__actions);
    for (const action of ["computeIndicators", "checkWorkbook"]) {
      await page.evaluate(
        (name) =>
          new Promise<void>((resolve) => {
            (window as unknown as { __actions: Record<string, (e: { completed(): void }) => void> }).__actions[name]({ completed: resolve });
          }),
        action,
      );
    }
    const seen = await page.evaluate(() => {
      const w = window as unknown as { __dialogs: { url: string }[]; __excel: import("../workbook/office/fake-excel").FakeExcel };
      return { dialogs: w.__dialogs.map((d) => d.url), excel: w.__excel.log.length };
    });
    expect(seen.dialogs).toEqual([`http://127.0.0.1:${port}/help.html#requirements`, `http://127.0.0.1:${port}/help.html#requirements`]);
    expect(seen.excel).toBe(0); // the workbook untouched: nothing was run
    await page.goto(seen.dialogs[0]);
    expect(await page.locator("#requirements + p").textContent()).toMatch(/В Excel 2016\/2019 не работают ни\s+панель, ни кнопки на ленте \(там надстройки открываются во встроенном браузере старого поколения/);
    await page.close();
  });
});
