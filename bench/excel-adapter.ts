/**
 * The Office adapter's round trips and request sizes, over the instrumented fake host of the office
 * tests (test/workbook/office/fake-excel.ts: it counts context.sync() calls and measures each request
 * as the JSON bytes of the calls queued before it, with the object-path and action envelope Office.js
 * adds to each, and each response as the JSON of the loaded properties). For a small and a large
 * municipality: the number of syncs of check (readSheets) and of compute (applyPlans of the real
 * plans), the largest request and the largest response of check. Excel on the web refuses a request
 * or a response above 5 MB, so large reads and writes must be chunked.
 */
import v8 from "node:v8";
import vm from "node:vm";
import { OfficeWorkbook } from "../src/workbook/office";
import { Scalar, FakeExcel } from "../test/workbook/office/fake-excel";
import { computeFromSheets } from "../src/app/compute";
import { plansRowCount } from "../src/report/plan";
import { CellValue } from "../src/domain/grid";
import { Issue } from "../src/domain/issues";
import { generateScale } from "./scale";
import { PERIOD, PRESETS, TODAY } from "./stages";
import { doNothingExcel } from "./null-host";
import { median } from "./measure";

export interface AdapterCost {
  readonly rows: number;
  readonly readSyncs: number;
  readonly readMaxBytes: number;
  readonly readMaxResponse: number;
  /** Responses the fake refused for passing 5 MB (each was read again in halves; counted in readSyncs). */
  readonly readRefused: number;
  readonly writeSyncs: number;
  readonly writeMaxBytes: number;
  /** Write requests the host refused as too large (sent again in halves). */
  readonly writeRefused: number;
  readonly planRows: number;
  /**
   * Live heap (after a full collection) when the first write request goes out, over the heap before
   * writing: what the adapter built ahead of its first request (for «Расшифровка», its rows and values).
   */
  readonly writeAheadBytes: number;
}

/** A full garbage collection, for live-heap readings; `--expose-gc` is switched on from inside. */
function collector(): () => void {
  v8.setFlagsFromString("--expose-gc");
  return vm.runInNewContext("gc") as () => void;
}

/** Grid cells as the host holds them: dates as serials, empty cells absent. */
function hostValue(v: CellValue): Scalar {
  if (v === null) return "";
  if (v instanceof Date) return v.getTime() / 86_400_000 + 25_569;
  if (typeof v === "object") return v.error;
  return v;
}

export async function measureAdapter(targetRows: number): Promise<AdapterCost> {
  const wb = generateScale(Math.max(3, Math.round(targetRows / 5.84)), 7);
  // As Microsoft 365 and Excel 2021+: the first request also asks for each sheet's merged areas (1.13).
  const excel = new FakeExcel({ workbookName: "Мониторинг.xlsx", apiVersion: "1.13" });
  for (const s of wb.sheets) excel.addSheet(s.sheet, s.cells.map((r) => r.map(hostValue)));
  const port = new OfficeWorkbook({ run: excel.run as never, isSetSupported: excel.isSetSupported });

  const grids = await port.readSheets();
  const readSyncs = excel.syncs;
  const readMaxBytes = Math.max(...excel.requestBytes);
  const readMaxResponse = Math.max(...excel.responseBytes);
  const readRefused = excel.refusedResponses.length;

  const { plans } = computeFromSheets(grids, { period: PERIOD, today: TODAY, presets: PRESETS });
  excel.syncs = 0;
  excel.requestBytes.length = 0;
  // Live heap as each write request is about to leave.
  const gc = collector();
  const heapAtSync: number[] = [];
  gc();
  const before = process.memoryUsage().heapUsed;
  excel.onSync = () => {
    gc();
    heapAtSync.push(process.memoryUsage().heapUsed);
  };
  await port.applyPlans(plans);
  excel.onSync = null;
  return {
    rows: wb.rows,
    readSyncs,
    readMaxBytes,
    readMaxResponse,
    readRefused,
    writeSyncs: excel.syncs,
    writeMaxBytes: Math.max(...excel.requestBytes),
    writeRefused: excel.refusedRequests.length,
    planRows: plansRowCount(plans),
    // The first sync reads the workbook's state; the second sends the first write request.
    writeAheadBytes: Math.max(0, (heapAtSync[1] ?? before) - before),
  };
}

const mb = (b: number) => (b / 1_048_576).toFixed(2);

/**
 * The adapter's own work to write a municipality's output sheets (compute's write), on an Excel that
 * does nothing: median of `runs` after a warm-up, ms, and the requests it made.
 */
export async function measureWriteWork(workers: number, runs = 3): Promise<{ ms: number; syncs: number; rows: number }> {
  const wb = generateScale(workers, 7);
  const { plans } = computeFromSheets(wb.sheets, { period: PERIOD, today: TODAY, presets: PRESETS });
  const times: number[] = [];
  let syncs = 0;
  for (let i = 0; i <= runs; i++) {
    const excel = doNothingExcel();
    const port = new OfficeWorkbook({ run: excel.run as never, isSetSupported: () => true });
    const t = performance.now();
    await port.applyPlans(plans);
    if (i > 0) times.push(performance.now() - t);
    syncs = excel.syncs();
  }
  return { ms: median(times), syncs, rows: plansRowCount(plans) };
}

export interface HighlightCost {
  readonly cells: number;
  /** Cells with Metodist's note (the rest past the cap have their fill only). */
  readonly noted: number;
  readonly highlightSyncs: number;
  readonly clearSyncs: number;
  readonly maxBytes: number;
  readonly maxResponse: number;
}

/**
 * «Подсветить ошибки» on a sheet of `rows` workers: every date of one column wrong (one long run) and
 * every third hours cell of another a warning (runs of one cell), a note on each up to the cap; then
 * «Снять подсветку». The generated municipalities have no issues, so this sheet is made for it.
 */
export async function measureHighlight(rows: number): Promise<HighlightCost> {
  const excel = new FakeExcel({ workbookName: "Мониторинг.xlsx" });
  const cells: Scalar[][] = [["ФИО", "Дата рождения", "Должность", "Часы"]];
  for (let i = 0; i < rows; i++) cells.push([`Петрова Анна ${i}`, "31.02.1980", "учитель", i % 3 === 0 ? "много" : 72]);
  excel.addSheet("Сверка кадров", cells);
  const port = new OfficeWorkbook({ run: excel.run as never, isSetSupported: excel.isSetSupported });
  const issue = (cell: string, rule: Issue["rule"], severity: Issue["severity"], message: string): Issue => ({ file: "Мониторинг.xlsx", sheet: "Сверка кадров", cell, rule, severity, message });
  const issues: Issue[] = [];
  for (let i = 0; i < rows; i++) {
    issues.push(issue(`B${i + 2}`, "type.date", "error", "Столбец «Дата рождения»: не дата — введите дату в формате ДД.ММ.ГГГГ"));
    if (i % 3 === 0) issues.push(issue(`D${i + 2}`, "type.number", "warning", "Столбец «Часы»: не число"));
  }
  const marked = await port.highlightIssues(issues);
  const noted = excel.comments.size;
  const highlightSyncs = excel.syncs;
  excel.syncs = 0;
  await port.clearHighlights();
  return {
    cells: marked.cells,
    noted,
    highlightSyncs,
    clearSyncs: excel.syncs,
    maxBytes: Math.max(...excel.requestBytes),
    maxResponse: Math.max(...excel.responseBytes),
  };
}

export async function benchExcelAdapter(sizes: readonly number[] = [100, 100_000]): Promise<string> {
  const lines = ["Office.js-адаптер (поддельный Excel с подсчётом sync() и размера каждого запроса):"];
  const costs: AdapterCost[] = [];
  for (const n of sizes) {
    const c = await measureAdapter(n);
    costs.push(c);
    lines.push(
      `  ${c.rows} строк данных: check — ${c.readSyncs} sync(), наибольший запрос ${mb(c.readMaxBytes)} МБ, ответ ${mb(c.readMaxResponse)} МБ${c.readRefused ? ` (отвергнуто ответов больше 5 МБ: ${c.readRefused})` : ""}; ` +
        `compute — ${c.writeSyncs} sync() на ${c.planRows} строк выходных листов, наибольший запрос ${mb(c.writeMaxBytes)} МБ${c.writeRefused ? ` (отвергнуто запросов больше 5 МБ: ${c.writeRefused})` : ""}, ` +
        `к первому запросу записи собрано ${mb(c.writeAheadBytes)} МБ живой памяти`,
    );
  }
  const same = (k: "readSyncs" | "writeSyncs") => costs.every((c) => c[k] === costs[0][k]);
  const most = (k: "readSyncs" | "writeSyncs") => Math.max(...costs.map((c) => c[k]));
  const maxBytes = Math.max(...costs.map((c) => Math.max(c.readMaxBytes, c.writeMaxBytes)));
  const maxResponse = Math.max(...costs.map((c) => c.readMaxResponse));
  const verdict = (k: "readSyncs" | "writeSyncs") =>
    `${same(k) ? "одинаково" : "разное число"}, не больше ${most(k)} (${most(k) <= 10 ? "≤ 10" : "БОЛЬШЕ 10"})`;
  lines.push(
    `  sync() для check: ${verdict("readSyncs")}; для compute: ${verdict("writeSyncs")}, растёт с мегабайтами (по одному на ≈ 3,8 МБ); ` +
      `наибольший запрос ${mb(maxBytes)} МБ (${maxBytes < 4_000_000 ? "< 4 МБ" : "БОЛЬШЕ 4 МБ"}), наибольший ответ ${mb(maxResponse)} МБ (${maxResponse < 5_000_000 ? "< 5 МБ" : "БОЛЬШЕ 5 МБ"})`,
  );
  const work = await measureWriteWork(100_000);
  lines.push(
    `  работа самого адаптера при записи результата 100 000 работников (${work.rows} строк выходных листов, ${work.syncs} запросов) ` +
      `на Excel, который ничего не делает: ${(work.ms / 1000).toFixed(1)} с (медиана 3 прогонов после разогрева)`,
  );
  const h = await measureHighlight(30_000);
  lines.push(
    `  подсветка ${h.cells} ячеек с ошибками (столбец подряд и каждая третья ячейка другого; примечания — у ${h.noted}): ${h.highlightSyncs} sync(), снятие — ${h.clearSyncs}; ` +
      `наибольший запрос ${mb(h.maxBytes)} МБ, ответ ${mb(h.maxResponse)} МБ`,
  );
  return lines.join("\n");
}

/** `node -r ts-node/register/transpile-only bench/excel-adapter.ts [rows…]` runs this part alone. */
if (require.main === module) {
  const sizes = process.argv.slice(2).map(Number);
  benchExcelAdapter(sizes.length ? sizes : undefined).then(console.log, (e) => {
    console.error(e);
    process.exit(1);
  });
}
