/**
 * The .xlsx host for the CLI and tests: reads input files, writes Metodist's sheets and charts into
 * a new workbook. Input files are only ever read; the result goes to `save(outPath)`.
 */
import { promises as fs } from "fs";
import { basename, extname } from "path";
import ExcelJS from "exceljs";
import { SheetGrid } from "../../domain/grid";
import { SheetPlan } from "../../report/plan";
import { AppliedSheet, WorkbookPort } from "../port";
import { applySheetPlan, ApplyContext } from "./apply-plan";
import { SheetCharts } from "./charts";
import { copyWorksheet, tableNamesOf } from "./copy-sheet";
import { finishPackage } from "./finish-package";
import { openWorkbookFile } from "./open";
import { sheetsWithRestoredLinks } from "./input-links";
import { gridFromWorksheet } from "./read-grid";
import { findRegistrySheet, OwnSheet, readRegistry, REGISTRY_SHEET, writeRegistry } from "./registry";
import { cleanSheetName, firstFreeName, withSuffix } from "../sheet-name";
import { redirectPlan, resolveInputLinks } from "./redirect-plan";
import { LISTS_SHEET, ListSheet } from "./list-sheet";

export interface XlsxWorkbookOptions {
  /**
   * Record written sheets in «metodist_meta» (default). Off for blanks handed to schools: a school
   * filling in a registered template would otherwise send back sheets Metodist ignores as its own.
   */
  readonly registerOutput?: boolean;
}

const lower = (s: string) => s.toLowerCase();

/** ExcelJS orders sheets by `orderNo` (present at run time, absent from its typings). */
type Ordered = { orderNo: number };
const ordered = (ws: ExcelJS.Worksheet) => ws as unknown as Ordered;

export class XlsxWorkbook implements WorkbookPort {
  private readonly charts = new Map<string, SheetCharts>();
  /** Lower-cased names of written sheets that hold internal links (their XML needs a repair after ExcelJS). */
  private readonly linkSheets = new Map<string, string>();
  /** Sheets of a second or later input file that had to be renamed: lower-cased output name → the name in its own file. */
  private readonly originalName = new Map<string, string>();
  /** `${file}|${lower-cased name in its own file}` → the name in this workbook, for renamed sheets. */
  private readonly placeOf = new Map<string, string>();
  private readonly lists: ListSheet;

  private constructor(
    private readonly wb: ExcelJS.Workbook,
    /** Lower-cased sheet name → the input file's base name. */
    private readonly fileOf: Map<string, string>,
    private readonly own: Map<string, OwnSheet>,
    private readonly defaultFile: string,
    private readonly registerOutput: boolean,
  ) {
    this.lists = new ListSheet(wb);
  }

  /** A workbook with no inputs (templates). */
  static blank(options: XlsxWorkbookOptions = { registerOutput: false }): XlsxWorkbook {
    return new XlsxWorkbook(new ExcelJS.Workbook(), new Map(), new Map(), "", options.registerOutput ?? true);
  }

  /**
   * Reads one or more .xlsx files (throws WorkbookOpenError). The first file is the base; sheets of
   * the others are copied after its sheets, renamed «Лист (файл)» when a name is already taken.
   */
  static async open(paths: readonly string[], options: XlsxWorkbookOptions = {}): Promise<XlsxWorkbook> {
    const books: { file: string; wb: ExcelJS.Workbook }[] = [];
    for (const path of paths) books.push({ file: basename(path), wb: await openWorkbookFile(path) });
    if (books.length === 0) return XlsxWorkbook.blank(options);

    const base = books[0].wb;
    const fileOf = new Map<string, string>();
    for (const ws of base.worksheets) fileOf.set(lower(ws.name), books[0].file);
    const own = readRegistry(base);
    const tableNames = new Set(base.worksheets.flatMap((ws) => tableNamesOf(ws).map(lower)));
    const taken = (n: string) => fileOf.has(lower(n));

    const renamed: { file: string; original: string; actual: string }[] = [];
    const linked = new Set(sheetsWithRestoredLinks(base));
    for (const { file, wb } of books.slice(1)) {
      const theirOwn = readRegistry(wb);
      const theirLinks = sheetsWithRestoredLinks(wb);
      const stem = basename(file, extname(file));
      for (const ws of wb.worksheets) {
        if (lower(ws.name) === REGISTRY_SHEET) continue;
        const name = taken(ws.name) ? firstFreeName(withSuffix(ws.name, stem), taken) : ws.name;
        copyWorksheet(ws, base, name, tableNames);
        if (name !== ws.name) renamed.push({ file, original: ws.name, actual: name });
        if (theirLinks.has(ws.name)) linked.add(name);
        fileOf.set(lower(name), file);
        const mine = theirOwn.get(lower(ws.name));
        if (mine) own.set(lower(name), { ...mine, sheet: name });
      }
    }
    const xw = new XlsxWorkbook(base, fileOf, own, books[0].file, options.registerOutput ?? true);
    for (const name of linked) xw.linkSheets.set(lower(name), name);
    for (const r of renamed) {
      xw.originalName.set(lower(r.actual), r.original);
      xw.placeOf.set(`${r.file}|${lower(r.original)}`, r.actual);
    }
    return xw;
  }

  private sheet(name: string): ExcelJS.Worksheet | undefined {
    const key = lower(name);
    return this.wb.worksheets.find((ws) => lower(ws.name) === key);
  }

  async readSheets(): Promise<SheetGrid[]> {
    return this.wb.worksheets.map((ws) => {
      const key = lower(ws.name);
      const grid = gridFromWorksheet(ws, this.fileOf.get(key) ?? this.defaultFile);
      const isOwn = this.own.has(key) || key === REGISTRY_SHEET || key === LISTS_SHEET;
      // Issues and audit rows name a sheet as the school's own file does, not as the consolidated copy.
      const original = this.originalName.get(key);
      const named = original === undefined ? grid : { ...grid, sheet: original };
      return isOwn ? { ...named, ownOutput: true } : named;
    });
  }

  async applyPlans(plans: readonly SheetPlan[]): Promise<AppliedSheet[]> {
    const usedNow = new Set<string>();
    const isUserSheet = (n: string) => this.sheet(n) !== undefined && !this.own.has(lower(n));
    const placed = plans.map((plan) => {
      const planned = cleanSheetName(plan.name);
      const actual = firstFreeName(planned, (n) => isUserSheet(n) || usedNow.has(lower(n)));
      usedNow.add(lower(actual));
      return { plan, planned: plan.name, actual, replaced: this.sheet(actual) !== undefined };
    });
    const renames = new Map(placed.filter((p) => p.actual !== p.plan.name).map((p) => [p.plan.name, p.actual]));

    for (const p of placed) {
      const old = this.sheet(p.actual);
      const orderNo = old ? ordered(old).orderNo : undefined;
      if (old) {
        this.wb.removeWorksheet(old.id);
        this.charts.delete(lower(p.actual));
        this.linkSheets.delete(lower(p.actual));
      }
      const ws = this.wb.addWorksheet(p.actual);
      if (orderNo !== undefined) ordered(ws).orderNo = orderNo;
      const placeOf = (file: string, sheet: string) => this.placeOf.get(`${file}|${lower(sheet)}`);
      const plan = redirectPlan(resolveInputLinks(p.plan, placeOf), renames);
      applySheetPlan(ws, plan, this.context());
      if (plan.charts && plan.charts.length > 0) this.charts.set(lower(p.actual), { sheet: p.actual, plan });
      if (plan.rows.some((row) => row.some((c) => c.link))) this.linkSheets.set(lower(p.actual), p.actual);
      this.fileOf.set(lower(p.actual), this.defaultFile);
      if (this.registerOutput) this.own.set(lower(p.actual), { sheet: p.actual, kind: "output", writtenAt: new Date().toISOString() });
    }
    if (this.registerOutput) this.saveRegistry();
    return placed.map((p) => ({ planned: p.planned, actual: p.actual, replaced: p.replaced }));
  }

  private context(): ApplyContext {
    const tableNames = new Set(this.wb.worksheets.flatMap((ws) => tableNamesOf(ws).map(lower)));
    return { tableNames, listSource: (items) => this.lists.rangeFor(items) };
  }

  private saveRegistry(): void {
    // Forget sheets the user deleted or renamed since the last run.
    for (const key of [...this.own.keys()]) if (!this.sheet(key)) this.own.delete(key);
    writeRegistry(this.wb, this.own.values());
    // The registry must stay the last sheet so the workbook opens on a visible one.
    const registry = findRegistrySheet(this.wb);
    if (registry) ordered(registry).orderNo = Math.max(...this.wb.worksheets.map((w) => ordered(w).orderNo)) + 1;
  }

  async toBuffer(): Promise<Buffer> {
    const present = [...this.charts.values()].filter((c) => this.sheet(c.sheet));
    const links = new Set([...this.linkSheets.values()].filter((n) => this.sheet(n)));
    // Fast deflate: a consolidated municipality is tens of sheets, and the slow level took seconds
    // (a quarter of a 50-file compute) to save a few per cent of file size.
    const written = await this.wb.xlsx.writeBuffer({ zip: { compression: "DEFLATE", compressionOptions: { level: 1 } } });
    return finishPackage(written as ArrayBuffer, present, links);
  }

  async save(outPath: string): Promise<void> {
    await fs.writeFile(outPath, await this.toBuffer());
  }
}

