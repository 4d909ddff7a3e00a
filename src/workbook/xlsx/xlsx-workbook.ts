/**
 * The .xlsx host for the CLI and tests: reads input files, writes Metodist's sheets and charts into
 * a new workbook. Input files are only ever read; the result goes to `save(outPath)`.
 *
 * Inputs are read from their package parts and copied into the output part by part (package-builder.ts);
 * only Metodist's own sheets with dropdown lists (the template) go through ExcelJS. Loading every
 * input into ExcelJS's object model and writing it back out took most of a 50-file compute.
 */
import { promises as fs } from "fs";
import { extname } from "path";
import type ExcelJS from "exceljs";
import { CellValue, SheetGrid } from "../../domain/grid";
import { PlanValue, SheetPlan, allRows, withAllRows } from "../../report/plan";
import { AppliedSheet, WorkbookPort } from "../port";
import { applySheetPlan, ApplyContext } from "./apply-plan";
import { addCharts } from "./charts";
import { InputBook, InputSheet, partRels } from "./input-book";
import { openWorkbookFile } from "./open";
import { fileLabels } from "../file-labels";
import { PackageBuilder, PartSink, REL } from "./package-builder";
import { OwnSheet, readRegistry, registryPlan, REGISTRY_SHEET } from "./registry";
import { cleanSheetName, firstFreeName, uniqueTableName, withSuffix } from "../sheet-name";
import { redirectPlan, resolveInputLinks } from "./redirect-plan";
import { LISTS_SHEET, ListSheet } from "./list-sheet";
import { attr } from "./xml";
import { RefRenames } from "./formula-refs";
import { ZipReader } from "./zip";
import { isPercentFormat, shownPercent } from "../percent-format";

/**
 * ExcelJS is loaded when a sheet with dropdown lists is first written (only the template has them):
 * loading it took ≈ 0,25 s of every run, a third of a `check` of a municipality's file.
 */
function newExcelJSWorkbook(date1904: boolean): ExcelJS.Workbook {
  // eslint-disable-next-line @typescript-eslint/no-require-imports -- loaded on first use, see above
  const { Workbook } = require("exceljs") as typeof ExcelJS;
  const wb = new Workbook();
  if (date1904) wb.properties.date1904 = true;
  return wb;
}

export interface XlsxWorkbookOptions {
  /**
   * Record written sheets in «metodist_meta» (default). Off for blanks handed to schools: a school
   * filling in a registered template would otherwise send back sheets Metodist ignores as its own.
   */
  readonly registerOutput?: boolean;
  /** How each file is named in grids and issues, in the order of the paths (default: fileLabels). */
  readonly labels?: readonly string[];
}

const lower = (s: string) => s.toLowerCase();

interface InputSlot {
  readonly kind: "input";
  readonly name: string;
  readonly book: InputBook;
  readonly sheet: InputSheet;
  readonly file: string;
  /** The sheet's place among its book's grids (the book keeps them while they are wanted). */
  readonly index: number;
  /** Output names of the sheet's tables by part path, and those names lower-cased. */
  readonly tables: ReadonlyMap<string, string>;
  /** The book's sheets and tables renamed in the output, which its formulas follow (shared by the book's slots). */
  readonly refs: RefRenames;
}

interface PlanSlot {
  readonly kind: "plan";
  readonly name: string;
  readonly plan: SheetPlan;
  /** Output names of the plan's tables (unique in the workbook). */
  readonly tableNames: readonly string[];
  /** Written by ExcelJS (dropdown lists, which the direct writer does not do) rather than straight to XML. */
  readonly viaExcelJS: boolean;
}

type Slot = InputSlot | PlanSlot;

/** Table part path → its name, for the tables of one input sheet. */
function tablesOf(book: InputBook, sheet: InputSheet): { path: string; name: string }[] {
  return partRels(book.zip, sheet.path)
    .filter((r) => r.type === REL.table && !r.external)
    .map((r) => ({ path: r.target, name: attr(/<table\b[^>]*>/.exec(book.zip.text(r.target) ?? "")?.[0] ?? "", "name") ?? "" }))
    .filter((t) => t.name !== "");
}

/** A written cell as a reader of the output gets it: a number under a % format as shown (percent-format.ts). */
function gridValue(v: PlanValue, numFmt: string | undefined): CellValue {
  if (typeof v === "number") return isPercentFormat(numFmt) && Number.isFinite(v) ? shownPercent(v) : v;
  if (v === null || typeof v !== "object") return v;
  if ("date" in v) {
    const [y, m, d] = v.date.split("-").map(Number);
    return new Date(Date.UTC(y, m - 1, d));
  }
  return v.result;
}

/** A written plan as the grid a reader of the output would get. */
function planGrid(plan: SheetPlan, name: string, file: string, own: boolean): SheetGrid {
  const cells = allRows(plan).map((row) => {
    const out = row.map((c) => gridValue(c.v, c.numFmt));
    while (out.length > 0 && out[out.length - 1] === null) out.pop();
    return out;
  });
  while (cells.length > 0 && cells[cells.length - 1].length === 0) cells.pop();
  return { file, sheet: name, cells, ...(own ? { ownOutput: true } : {}) };
}

export class XlsxWorkbook implements WorkbookPort {
  /** Sheets written by ExcelJS (with dropdown lists); null until the first such sheet. */
  private excelBook: ExcelJS.Workbook | null = null;
  /** Lower-cased names of written sheets that hold internal links (ExcelJS adds a stray relationship to each). */
  private readonly linkSheets = new Set<string>();
  /** Sheets of a second or later input file that had to be renamed: lower-cased output name → the name in its own file. */
  private readonly originalName = new Map<string, string>();
  /** `${file}|${lower-cased name in its own file}` → the name in this workbook, for renamed sheets. */
  private readonly placeOf = new Map<string, string>();
  private readonly lists: ListSheet;
  private registryDirty = false;

  private constructor(
    private slots: Slot[],
    private readonly own: Map<string, OwnSheet>,
    private readonly defaultFile: string,
    private readonly registerOutput: boolean,
    private readonly baseBook: InputBook | undefined,
  ) {
    this.lists = new ListSheet(() => this.ensureExcelBook());
  }

  private ensureExcelBook(): ExcelJS.Workbook {
    return (this.excelBook ??= newExcelJSWorkbook(this.baseBook?.date1904 === true));
  }

  private excelSheets(): ExcelJS.Worksheet[] {
    return this.excelBook?.worksheets ?? [];
  }

  /** A workbook with no inputs (templates). */
  static blank(options: XlsxWorkbookOptions = { registerOutput: false }): XlsxWorkbook {
    return new XlsxWorkbook([], new Map(), "", options.registerOutput ?? true, undefined);
  }

  /**
   * Reads one or more .xlsx files (throws WorkbookOpenError). The first file is the base; sheets of
   * the others are copied after its sheets, renamed «Лист (файл)» when a name is already taken.
   */
  static async open(paths: readonly string[], options: XlsxWorkbookOptions = {}): Promise<XlsxWorkbook> {
    const books: { file: string; book: InputBook }[] = [];
    const labels = options.labels ?? fileLabels(paths);
    for (const [i, path] of paths.entries()) books.push({ file: labels[i], book: await openWorkbookFile(path, labels[i]) });
    if (books.length === 0) return XlsxWorkbook.blank(options);

    const slots: InputSlot[] = [];
    // Lower-cased names of the slots so far: a region's thousand files bring six thousand sheets, and
    // looking through all of them for each new name was a twentieth of its run.
    const names = new Set<string>();
    const taken = (n: string) => names.has(lower(n));
    const tableNames = new Set<string>();
    const own = new Map<string, OwnSheet>();
    const renamed: { file: string; original: string; actual: string }[] = [];
    books.forEach(({ file, book }, i) => {
      const grids = book.readGrids(file);
      const theirOwn = readRegistry(grids.find((g) => lower(g.sheet) === REGISTRY_SHEET));
      // The label without its extension: «школа2», or «b_Мониторинг» when two folders hold «Мониторинг.xlsx».
      const stem = file.slice(0, file.length - extname(file).length);
      // Filled in as the book's sheets are placed; its formulas may name any of them.
      const refs = { sheets: new Map<string, string>(), tables: new Map<string, string>() };
      book.sheets.forEach((sheet, k) => {
        if (i > 0 && lower(sheet.name) === REGISTRY_SHEET) return;
        const name = i > 0 && taken(sheet.name) ? firstFreeName(withSuffix(sheet.name, stem), taken) : sheet.name;
        // The first file's tables keep their names; a later file's table is renamed when the name is taken.
        const found = tablesOf(book, sheet);
        const tables = new Map(found.map((t) => [t.path, i === 0 ? t.name : uniqueTableName(t.name, tableNames)]));
        for (const t of tables.values()) tableNames.add(lower(t));
        for (const t of found) if (tables.get(t.path) !== t.name) refs.tables.set(lower(t.name), tables.get(t.path)!);
        slots.push({ kind: "input", name, book, sheet, file, index: k, tables, refs });
        names.add(lower(name));
        if (name !== sheet.name) {
          renamed.push({ file, original: sheet.name, actual: name });
          refs.sheets.set(lower(sheet.name), name);
        }
        const mine = theirOwn.get(lower(sheet.name));
        if (mine) own.set(lower(name), { ...mine, sheet: name });
      });
    });
    const xw = new XlsxWorkbook(slots, own, books[0].file, options.registerOutput ?? true, books[0].book);
    for (const r of renamed) {
      xw.originalName.set(lower(r.actual), r.original);
      xw.placeOf.set(`${r.file}|${lower(r.original)}`, r.actual);
    }
    return xw;
  }

  private slot(name: string): Slot | undefined {
    const key = lower(name);
    return this.slots.find((s) => lower(s.name) === key);
  }

  async readSheets(): Promise<SheetGrid[]> {
    return this.slots.map((s) => {
      const key = lower(s.name);
      const original = this.originalName.get(key);
      // A later school's copy of the blank's lists is «metodist_lists (школа2)»: ours all the same.
      const helper = (n: string) => n === REGISTRY_SHEET || n === LISTS_SHEET;
      const isOwn = this.own.has(key) || helper(key) || (original !== undefined && helper(lower(original)));
      if (s.kind === "plan") return planGrid(s.plan, s.name, this.defaultFile, isOwn);
      // Issues and audit rows name a sheet as the school's own file does, not as the consolidated copy.
      const grid = s.book.readGrids(s.file)[s.index];
      const named = original === undefined ? grid : { ...grid, sheet: original };
      return isOwn ? { ...named, ownOutput: true } : named;
    });
  }

  async applyPlans(plans: readonly SheetPlan[]): Promise<AppliedSheet[]> {
    const usedNow = new Set<string>();
    const isUserSheet = (n: string) => this.slot(n) !== undefined && !this.own.has(lower(n));
    const placed = plans.map((plan) => {
      const planned = cleanSheetName(plan.name);
      const actual = firstFreeName(planned, (n) => isUserSheet(n) || usedNow.has(lower(n)));
      usedNow.add(lower(actual));
      return { plan, planned: plan.name, actual, replaced: this.slot(actual) !== undefined };
    });
    const renames = new Map(placed.filter((p) => p.actual !== p.plan.name).map((p) => [p.plan.name, p.actual]));

    for (const p of placed) {
      const old = this.slot(p.actual);
      if (old?.kind === "plan") {
        const book = this.excelBook;
        const ws = book?.getWorksheet(old.name);
        if (book && ws) book.removeWorksheet(ws.id);
      }
      this.linkSheets.delete(lower(p.actual));
      const placeOf = (file: string, sheet: string) => this.placeOf.get(`${file}|${lower(sheet)}`);
      const plan = redirectPlan(resolveInputLinks(p.plan, placeOf), renames);
      const viaExcelJS = (plan.dataValidations ?? []).length > 0;
      const ctx = this.context(old);
      let tableNames: string[] = [];
      if (viaExcelJS) {
        // ExcelJS keeps the whole sheet: its rows are made once, here.
        const all = withAllRows(plan);
        applySheetPlan(this.ensureExcelBook().addWorksheet(p.actual), all, ctx);
        if (all.rows.some((row) => row.some((c) => c.link))) this.linkSheets.add(lower(p.actual));
      } else {
        tableNames = (plan.tables ?? []).map((t) => uniqueTableName(t.name, ctx.tableNames));
      }
      const slot: PlanSlot = { kind: "plan", name: p.actual, plan, tableNames, viaExcelJS };
      // A replaced sheet keeps its place among the tabs.
      if (old) this.slots = this.slots.map((s) => (s === old ? slot : s));
      else this.slots.push(slot);
      if (this.registerOutput) this.own.set(lower(p.actual), { sheet: p.actual, kind: "output", writtenAt: new Date().toISOString() });
    }
    if (this.registerOutput) this.registryDirty = true;
    return placed.map((p) => ({ planned: p.planned, actual: p.actual, replaced: p.replaced }));
  }

  /** `replacing`: the sheet about to be replaced, whose table names are free again. */
  private context(replacing?: Slot): ApplyContext {
    const tableNames = new Set<string>();
    for (const s of this.slots) {
      if (s === replacing) continue;
      if (s.kind === "input") for (const t of s.tables.values()) tableNames.add(lower(t));
      else for (const t of s.tableNames) tableNames.add(lower(t));
    }
    for (const ws of this.excelSheets()) for (const t of Object.keys((ws as unknown as { tables?: Record<string, unknown> }).tables ?? {})) tableNames.add(lower(t));
    return { tableNames, listSource: (items) => this.lists.rangeFor(items) };
  }

  /** The sheets in output order: the registry last so the workbook opens on a visible sheet. */
  private finalSlots(): { slots: Slot[]; lists: boolean; registry: boolean } {
    const lists = this.excelSheets().some((ws) => lower(ws.name) === LISTS_SHEET);
    const registry = this.registryDirty;
    // Forget sheets the user deleted or renamed since the last run.
    if (registry) for (const key of [...this.own.keys()]) if (!this.slot(key)) this.own.delete(key);
    const slots = this.slots.filter((s) => !(s.kind === "input" && ((lists && lower(s.name) === LISTS_SHEET) || (registry && lower(s.name) === REGISTRY_SHEET))));
    return { slots, lists, registry };
  }

  async toBuffer(): Promise<Buffer> {
    const { slots, lists, registry } = this.finalSlots();
    // Sheets are copied from their parts: the input grids can go (read again should anyone ask).
    for (const s of this.slots) if (s.kind === "input") s.book.releaseGrids();
    const builder = new PackageBuilder();
    if (this.baseBook) builder.useSettingsOf(this.baseBook);
    let planned: InputBook | undefined;
    if (this.excelBook && this.excelBook.worksheets.length > 0) {
      // Stored, not deflated: the package is read back at once and compressed once, natively, at the end.
      const written = await this.excelBook.xlsx.writeBuffer({ zip: { compression: "STORE" } } as Partial<ExcelJS.XlsxWriteOptions>);
      planned = new InputBook(new ZipReader(Buffer.from(written as ArrayBuffer)));
      // Its styles and strings go first, so the big written sheets are copied without renumbering.
      builder.prime(planned);
    }
    const planSheet = (name: string) => planned?.sheets.find((s) => lower(s.name) === lower(name));
    const addPlanned = (name: string, plan?: SheetPlan) => {
      const sheet = planSheet(name);
      if (!planned || !sheet) return;
      builder.addSheet({
        book: planned,
        sheet,
        name,
        internalLinksOnly: this.linkSheets.has(lower(name)),
        ...(plan?.charts && plan.charts.length > 0 ? { decorate: (xml, parts) => addCharts(xml, { sheet: name, plan }, parts) } : {}),
      });
    };
    const charts = (name: string, plan: SheetPlan) =>
      plan.charts && plan.charts.length > 0 ? (xml: string, parts: PartSink) => addCharts(xml, { sheet: name, plan }, parts) : undefined;
    for (const s of slots) {
      if (s.kind === "input") builder.addSheet({ book: s.book, sheet: s.sheet, name: s.name, tableNames: s.tables, globalNames: true, refs: s.refs });
      else if (s.viaExcelJS) addPlanned(s.name, s.plan);
      else builder.addPlanSheet(s.name, s.plan, s.tableNames, "visible", charts(s.name, s.plan));
    }
    if (lists) addPlanned(LISTS_SHEET);
    if (registry) builder.addPlanSheet(REGISTRY_SHEET, registryPlan(this.own.values()), [], "veryHidden");
    // The result opens on what was computed («Показатели»), not on the first school's raw sheet.
    const firstWritten = slots.find((s) => s.kind === "plan");
    return builder.toBuffer(firstWritten?.name);
  }

  async save(outPath: string): Promise<void> {
    await fs.writeFile(outPath, await this.toBuffer());
  }
}
