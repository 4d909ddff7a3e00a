/**
 * The pane as a methodologist meets it: the production build in headless Chromium (the engine of Edge
 * WebView2 and of Excel on the web) over the stand-in Excel holding a generated municipality. Times
 * «Проверить книгу» and «Рассчитать» (all five presets) from the click to the result, and each step
 * as the pane named it on screen. Reading and writing go through the stand-in, which keeps every cell
 * as an object and measures every request as JSON: those two steps say more about the stand-in than
 * about Excel; the engine's steps (check, indicators, report sheets) are the pane's own.
 *
 * Run alone: node -r ts-node/register/transpile-only bench/pane.ts 10000 100000
 */
import { mkdtempSync, rmSync } from "node:fs";
import { AddressInfo } from "node:net";
import os from "node:os";
import path from "node:path";
import { Page } from "playwright-core";
import { generateScale } from "./scale";
import { Seed, buildPane, haveChromium, launchChromium, servePane } from "../test/e2e/harness";

/** What the page recorded: when the button was clicked, each label the spinner showed, when the result appeared. */
interface Timeline {
  click: number;
  labels: [number, string][];
  done: number;
}

const seconds = (ms: number) => (ms / 1000).toFixed(1).replace(".", ",");

/** The municipality of `workers` as the stand-in's seed: the bench's grids, numbers and texts as Excel gives them. */
function seedOf(workers: number): Seed {
  const wb = generateScale(workers);
  return {
    file: "bench.xlsx",
    sheets: wb.sheets.map((s) => ({
      name: s.sheet,
      rows: s.cells.map((row) => row.map((v) => (v === null || typeof v !== "object" ? v : null))),
      formats: [],
    })),
  };
}

/** Records, in the page, the next click, the spinner's labels, and the moment the spinner goes. */
async function watch(page: Page): Promise<void> {
  await page.evaluate(() => {
    const t: Timeline = { click: 0, labels: [], done: 0 };
    (window as unknown as { __timeline: Timeline }).__timeline = t;
    document.addEventListener("click", () => void (t.click ||= performance.now()), true);
    const observer = new MutationObserver(() => {
      const label = document.querySelector('[aria-live="polite"] .fui-Spinner__label')?.textContent;
      if (label && t.labels[t.labels.length - 1]?.[1] !== label) t.labels.push([performance.now(), label]);
      if (!label && t.labels.length > 0) {
        t.done = performance.now();
        observer.disconnect();
      }
    });
    observer.observe(document.body, { subtree: true, childList: true, characterData: true });
  });
}

/** The timeline once the operation it watched is over. */
async function finished(page: Page): Promise<Timeline> {
  await page.waitForFunction(() => (window as unknown as { __timeline: Timeline }).__timeline.done > 0, undefined, { timeout: 600_000 });
  return page.evaluate(() => (window as unknown as { __timeline: Timeline }).__timeline);
}

/** «всего 12,3 с: чтение 4,1, проверка 2,0, …» from the labels' step names and times. */
function describe(t: Timeline): string {
  const starts: [string, number][] = [];
  for (const [at, label] of t.labels) {
    const m = /^Шаг \d+ из \d+\. ([^:…]+)/.exec(label);
    const name = m ? m[1].toLowerCase() : null;
    if (name && !starts.some(([n]) => n === name)) starts.push([name, at]);
  }
  const parts = starts.map(([name, at], i) => `${name} ${seconds((i + 1 < starts.length ? starts[i + 1][1] : t.done) - at)}`);
  return `${seconds(t.done - t.click)} с (${parts.join(", ")})`;
}

/** The page's live JavaScript heap after a full collection, MB: what the pane keeps between clicks (the stand-in's cells included). */
async function liveHeapMb(page: Page): Promise<number> {
  const cdp = await page.context().newCDPSession(page);
  try {
    await cdp.send("HeapProfiler.collectGarbage");
    const { usedSize } = await cdp.send("Runtime.getHeapUsage");
    return Math.round(usedSize / 1e6);
  } finally {
    await cdp.detach();
  }
}

async function measure(page: Page, workers: number): Promise<string> {
  await page.getByRole("button", { name: "Проверить книгу" }).waitFor();
  const loaded = await liveHeapMb(page);
  await watch(page);
  await page.getByRole("button", { name: "Проверить книгу" }).click();
  const check = await finished(page);
  await page.getByText(/Распознано листов:/).waitFor();
  const checked = await liveHeapMb(page);

  await page.getByRole("tab", { name: "Показатели" }).click();
  for (const id of ["LK", "DZ", "AL", "KL", "BM"]) await page.getByRole("checkbox", { name: new RegExp(`^${id}`) }).check();
  const computes: Timeline[] = [];
  for (let i = 0; i < 2; i++) {
    await watch(page);
    await page.getByRole("button", { name: "Рассчитать" }).click();
    computes.push(await finished(page));
    await page.getByRole("status", { name: "Итоги расчёта" }).waitFor();
  }
  const computed = await liveHeapMb(page);
  // The stand-in keeps every written cell in the page; without them, what the pane itself holds.
  await page.evaluate(() => {
    const excel = (window as unknown as { __excel: { sheets: unknown[]; log: unknown[]; comments: Map<string, string> } }).__excel;
    excel.sheets.length = 0;
    excel.log.length = 0;
    excel.comments.clear();
  });
  const paneAlone = await liveHeapMb(page);
  return (
    `  ${workers.toLocaleString("ru-RU")} работников: проверка — ${describe(check)}; ` +
    `расчёт — ${describe(computes[0])}; он же ещё раз (листы заменяются) — ${describe(computes[1])}; ` +
    `живая куча страницы: открыта ${loaded} МБ, после проверки ${checked} МБ, после расчётов ${computed} МБ с ячейками подставного Excel, ${paneAlone} МБ без них`
  );
}

export async function benchPane(sizes: readonly number[]): Promise<string> {
  if (!haveChromium) return "Панель в Chromium: не замерена — нет /usr/bin/chromium.";
  const dist = mkdtempSync(path.join(os.tmpdir(), "metodist-pane-bench-"));
  const profile = mkdtempSync(path.join(os.tmpdir(), "metodist-pane-profile-"));
  const lines: string[] = [];
  try {
    buildPane(dist);
    const browser = await launchChromium(profile);
    const version = browser.browser()?.version() ?? "";
    lines.push(`Панель в Chromium ${version} (сборка webpack --mode production, подставной Excel; от щелчка до итога, по шагам, как их назвала панель):`);
    try {
      for (const workers of sizes) {
        const server = await servePane(dist, seedOf(workers));
        const page = await browser.newPage();
        const crashed = new Promise<string>((resolve) => page.on("crash", () => resolve(`  ${workers.toLocaleString("ru-RU")} работников: страница упала (нехватка памяти?)`)));
        try {
          // The bench's «today»: the generated dates lie in 2023/2024, the default period then.
          await page.clock.setFixedTime(new Date(2024, 5, 20, 10, 0, 0));
          await page.goto(`http://127.0.0.1:${(server.address() as AddressInfo).port}/taskpane.html`, { timeout: 600_000 });
          lines.push(await Promise.race([measure(page, workers), crashed]));
        } finally {
          await page.close().catch(() => undefined);
          await new Promise((r) => server.close(r));
        }
      }
    } finally {
      await browser.close();
    }
  } finally {
    rmSync(dist, { recursive: true, force: true });
    rmSync(profile, { recursive: true, force: true });
  }
  return lines.join("\n");
}

if (require.main === module) {
  const sizes = process.argv.slice(2).map(Number).filter((n) => n > 0);
  benchPane(sizes.length > 0 ? sizes : [10_000]).then(
    (text) => console.log(text),
    (e) => {
      console.error(`bench: ${e instanceof Error ? e.message : String(e)}`);
      process.exit(1);
    },
  );
}
