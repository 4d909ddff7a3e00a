/**
 * An in-memory stand-in for the parts of the Excel JavaScript API the Office adapter uses, with the
 * batch semantics that matter: loaded properties are readable only after `sync()`, every queued call
 * is counted into the request payload (JSON size, as Office.js serialises it), and selected calls
 * can be made to fail at sync like a host that lacks them. office-addin-mock has no notion of
 * requests, payloads or used ranges, hence this richer fake. No imports: the e2e test also loads it
 * into a browser page as the Excel stand-in.
 */
/* eslint-disable @typescript-eslint/no-explicit-any */

export type Scalar = string | number | boolean;

export interface FakeCell {
  value: Scalar;
  format: string;
  formula?: string;
  error?: boolean;
  fill?: { color: string; pattern: string };
  font?: Record<string, unknown>;
  hyperlink?: { documentReference?: string; textToDisplay?: string };
  wrap?: boolean;
}

export interface FakeChart {
  type: string;
  source: string;
  seriesBy: string;
  title: string;
  from?: string;
  to?: string;
  legend?: string;
  valueAxisFormat?: string;
  series: { name: string; values: string; xValues?: string; color?: string; lineStyle?: string; marker?: string }[];
}

export interface FakeSheet {
  /** Worksheet.id (ExcelApi 1.1): stays with the sheet through renames; a new sheet of the same name gets another. */
  id: string;
  name: string;
  /** Protected (Review › Protect Sheet): a change to its cells is refused when the request runs. */
  protected?: boolean;
  visibility: string;
  rows: (FakeCell | undefined)[][];
  tables: { name: string; range: string; style?: string }[];
  charts: FakeChart[];
  freeze?: { rows: number; columns: number };
  tabColor?: string;
  colorScales: { range: string; criteria: unknown }[];
  validations: { range: string; rule?: unknown; prompt?: unknown }[];
  merges: string[];
  columnWidths: Record<string, number>;
  active?: boolean;
  selected?: string;
  /** Worksheet.pageLayout (ExcelApi 1.9) as set: how the sheet prints. */
  print?: FakePrint;
}

export interface FakePrint {
  orientation?: string;
  paperSize?: string;
  zoom?: { horizontalFitToPages?: number; verticalFitToPages?: number; scale?: number };
  titleRows?: string;
  titleColumns?: string;
  area?: string;
  leftFooter?: string;
  rightFooter?: string;
  /** Cells each horizontal page break was added at. */
  breaks: string[];
}

export interface FakeOptions {
  /** Highest ExcelApi version the fake host supports, e.g. "1.7". */
  apiVersion?: string;
  /** Action names that fail at the next sync, e.g. "ChartAxis.numberFormat". */
  failing?: string[];
  workbookName?: string;
  /**
   * Excel on the web's limit on a request and on a response, in bytes (5 MB; lower it to exercise
   * chunking with small data). A response over it fails the sync with ResponsePayloadSizeLimitExceeded
   * and nothing it would have loaded arrives; a request over it fails with
   * RequestPayloadSizeLimitExceeded (this fake has already applied its actions: it is a tripwire,
   * unless `atomicRequests`).
   */
  payloadLimit?: number;
  /**
   * A refused request leaves the workbook as it was, as on Excel on the web (which refuses it before
   * running any of it): the fake copies the workbook before each request, so only for small tests.
   */
  atomicRequests?: boolean;
  /** The workbook counts dates from 1904 (old Excel for Mac): a date cell's text shows its serial so. */
  date1904?: boolean;
}

/**
 * A cell's text as Excel shows it, as far as the adapter looks: a date-formatted number as
 * dd.mm.yyyy (dd.mm.yy for a two-digit year) in the workbook's date system, anything else as is.
 */
function shownText(cell: FakeCell | undefined, date1904: boolean): string {
  const v = cell?.value ?? "";
  if (typeof v !== "number") return String(v);
  const code = (cell?.format ?? "General").replace(/"[^"]*"|\[[^\]]*\]/g, "").toLowerCase();
  if (code === "general" || !/[dy]/.test(code)) return String(v);
  const days = Math.floor(v) + (date1904 ? 1462 : 0);
  const t = new Date(Date.UTC(1899, 11, 30) + days * 86_400_000);
  const pad = (n: number) => String(n).padStart(2, "0");
  const year = code.includes("yyy") ? String(t.getUTCFullYear()) : pad(t.getUTCFullYear() % 100);
  return `${pad(t.getUTCDate())}.${pad(t.getUTCMonth() + 1)}.${year}`;
}

/** The workbook as a request found it: each sheet object (proxies find sheets by name) and a copy of its contents. */
interface Snapshot {
  readonly sheets: { readonly sheet: FakeSheet; readonly copy: FakeSheet }[];
  readonly comments: Map<string, string>;
}

/** A sheet's contents copied deep, but its charts kept as they are (a chart proxy holds its chart). */
function copyOf(sheet: FakeSheet): FakeSheet {
  return { ...structuredClone({ ...sheet, charts: [] }), charts: sheet.charts.slice() };
}

function snapshotOf(excel: FakeExcel): Snapshot {
  return { sheets: excel.sheets.map((sheet) => ({ sheet, copy: copyOf(sheet) })), comments: new Map(excel.comments) };
}

function restore(excel: FakeExcel, snap: Snapshot): void {
  excel.sheets.length = 0;
  for (const { sheet, copy } of snap.sheets) {
    for (const k of Object.keys(sheet)) delete (sheet as unknown as Record<string, unknown>)[k];
    Object.assign(sheet, copyOf(copy));
    excel.sheets.push(sheet);
  }
  excel.comments.clear();
  for (const [k, v] of snap.comments) excel.comments.set(k, v);
}

/** Excel on the web refuses a request or a response above 5 MB. */
export const WEB_PAYLOAD_LIMIT = 5_000_000;

function payloadError(code: string, bytes: number, limit: number): Error {
  return Object.assign(new Error(`${code}: ${bytes} bytes, the limit is ${limit}`), { code });
}

interface Box {
  top: number;
  left: number;
  bottom: number;
  right: number;
}

const MAX_ROW = 1_048_575;
const MAX_COL = 16_383;

export function colIndex(letters: string): number {
  let n = 0;
  for (const ch of letters.toUpperCase()) n = n * 26 + (ch.charCodeAt(0) - 64);
  return n - 1;
}
export function colLetter(col: number): string {
  let n = col + 1;
  let s = "";
  while (n > 0) {
    const rem = (n - 1) % 26;
    s = String.fromCharCode(65 + rem) + s;
    n = Math.floor((n - 1) / 26);
  }
  return s;
}

export function parseBox(address: string): Box {
  const a = address.includes("!") ? address.slice(address.lastIndexOf("!") + 1) : address;
  const parts = a.replace(/\$/g, "").split(":");
  const one = (p: string, end: boolean): { r: number; c: number } => {
    const m = /^([A-Z]*)(\d*)$/i.exec(p);
    if (!m) throw new Error(`InvalidArgument: ${address}`);
    const c = m[1] ? colIndex(m[1]) : end ? MAX_COL : 0;
    const r = m[2] ? Number(m[2]) - 1 : end ? MAX_ROW : 0;
    return { r, c };
  };
  const s = one(parts[0], false);
  const e = parts[1] ? one(parts[1], true) : /^\d+$/.test(parts[0]) || /^[A-Z]+$/i.test(parts[0]) ? one(parts[0], true) : s;
  return { top: s.r, left: s.c, bottom: e.r, right: e.c };
}

export function boxAddress(b: Box): string {
  const tl = `${colLetter(b.left)}${b.top + 1}`;
  const br = `${colLetter(b.right)}${b.bottom + 1}`;
  return tl === br ? tl : `${tl}:${br}`;
}

/** The value a HYPERLINK formula shows: its second argument, a number or "…" literals joined by &. */
export function hyperlinkShown(formula: string): Scalar {
  const args = formula.slice("=HYPERLINK(".length, -1);
  let quoted = false;
  let comma = -1;
  for (let i = 0; i < args.length; i++) {
    if (args[i] === '"') quoted = !quoted;
    else if (args[i] === "," && !quoted) comma = i;
  }
  const shown = args.slice(comma + 1);
  if (/^-?\d+(\.\d+)?$/.test(shown)) return Number(shown);
  return [...shown.matchAll(/"((?:[^"]|"")*)"/g)].map((m) => m[1].replace(/""/g, '"')).join("");
}

function versionAtLeast(have: string, want: string): boolean {
  const [ha, hb] = have.split(".").map(Number);
  const [wa, wb] = want.split(".").map(Number);
  return ha > wa || (ha === wa && hb >= wb);
}

function utf8(s: string): number {
  let n = 0;
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    n += c < 0x80 ? 1 : c < 0x800 ? 2 : 3;
  }
  return n;
}

export class FakeExcel {
  readonly sheets: FakeSheet[] = [];
  readonly comments = new Map<string, string>();
  syncs = 0;
  /** Serialised size of each request sent by sync(). */
  readonly requestBytes: number[] = [];
  /** Serialised size of each response (the loaded properties). */
  readonly responseBytes: number[] = [];
  /** Sizes of the responses refused for passing the payload limit (their syncs count in `syncs`). */
  readonly refusedResponses: number[] = [];
  /** Sizes of the requests refused for passing the payload limit (not in `requestBytes`). */
  readonly refusedRequests: number[] = [];
  /** Every action name, in order (e.g. "Worksheet.delete"). */
  readonly log: string[] = [];
  /** Called as each sync() starts, before its request is sent: for tests and the bench to observe the caller then. */
  onSync: (() => void) | null = null;
  readonly options: FakeOptions;
  private nextId = 1;

  constructor(options: FakeOptions = {}) {
    this.options = options;
  }

  addSheet(name: string, rows: Scalar[][] = [], visibility = "Visible"): FakeSheet {
    const sheet: FakeSheet = {
      id: `{${String(this.nextId++).padStart(8, "0")}-0000-4000-8000-000000000000}`,
      name,
      visibility,
      rows: [],
      tables: [],
      charts: [],
      colorScales: [],
      validations: [],
      merges: [],
      columnWidths: {},
    };
    rows.forEach((row, r) => {
      sheet.rows[r] = row.map((v) => (v === "" || v === null || v === undefined ? undefined : { value: v, format: "General" }));
    });
    this.sheets.push(sheet);
    return sheet;
  }

  sheet(name: string): FakeSheet | undefined {
    return this.sheets.find((s) => s.name.toLowerCase() === name.toLowerCase());
  }

  /** A sheet by its name or its id, as Worksheets.getItem(key) finds it. */
  sheetByKey(key: string): FakeSheet | undefined {
    return this.sheets.find((s) => s.id === key) ?? this.sheet(key);
  }

  cell(sheet: string, address: string): FakeCell | undefined {
    const b = parseBox(address);
    return this.sheet(sheet)?.rows[b.top]?.[b.left];
  }

  /** Values of a sheet as a plain grid ("" for empty), for assertions. */
  values(sheet: string): Scalar[][] {
    const s = this.sheet(sheet);
    if (!s) throw new Error(`no sheet ${sheet}`);
    return Array.from(s.rows, (row) => Array.from(row ?? [], (c) => (c ? (c.formula ?? c.value) : "")));
  }

  isSetSupported = (name: string, version: string): boolean =>
    name === "ExcelApi" && versionAtLeast(this.options.apiVersion ?? "1.10", version);

  run = <T>(batch: (context: any) => Promise<T>): Promise<T> => batch(new FakeContext(this));
}

interface Action {
  o: string;
  [k: string]: unknown;
}

/*
 * What Office.js adds around each call's name and arguments when it serialises a request
 * (RequestMessageBody: { Actions: [{ Id, ActionType, Name, ObjectPathId, ArgumentInfo: { Arguments } }],
 * ObjectPaths: { id: { Id, ObjectPathType, Name, ParentObjectPathId, ArgumentInfo } } }), beyond the
 * 9 bytes of this fake's own `{"o":…},` record. A call that returns an object (getRange…, getItem, add)
 * travels as an object path plus an Instantiate action (109 + 59 bytes with five-digit ids); any other
 * call or property set as one action (91 bytes). Property navigations (range.format.font) are not
 * counted: the adapter makes few of them.
 */
const OBJECT_FRAME = 109 + 59 - 9;
const ACTION_FRAME = 91 - 9;
const CREATES_OBJECT = new Set([
  "Worksheets.getItem",
  "Worksheets.add",
  "Worksheet.getRange",
  "Worksheet.getRangeByIndexes",
  "Worksheet.getRanges",
  "Worksheet.getUsedRangeOrNullObject",
  "Range.getUsedRangeOrNullObject",
  "Borders.getItem",
  "ConditionalFormats.add",
  "Tables.add",
  "Charts.add",
  "ChartSeries.getItemAt",
  "ChartSeries.add",
  "Comments.getItemByCell",
]);

/** Calls newer than ExcelApi 1.7 that the adapter makes only where the host has them: an older fake host refuses them. */
const SINCE: Record<string, string> = {
  "Worksheet.pageLayout": "1.9",
  "Worksheet.horizontalPageBreaks": "1.9",
  "Worksheet.getRanges": "1.9",
  "Range.getCellProperties": "1.9",
  "Range.setCellProperties": "1.9",
  "Range.getMergedAreasOrNullObject": "1.13",
};

/** Excel answers a merged-areas query with an error past this many areas (Office.js docs). */
export const MERGED_AREAS_LIMIT = 512;

class FakeContext {
  readonly workbook: FakeWorkbookProxy;
  pending: Action[] = [];
  /** Each load's response bytes and what it delivers when the response arrives. */
  loads: (() => { bytes: number; deliver: () => void })[] = [];
  /** Why the next sync fails, if a queued call is one the host refuses when the request runs. */
  refused: string | null = null;
  /** A call of this request was refused on a protected sheet: like desktop Excel, the calls after it never run. */
  private halted = false;
  /** The workbook before this request's first action (with `atomicRequests`). */
  private before: Snapshot | null = null;
  constructor(readonly excel: FakeExcel) {
    this.workbook = new FakeWorkbookProxy(this);
  }
  /** A call the host refuses when the request runs: the sync fails with this message. */
  refuse(message: string): void {
    this.refused ??= message;
  }
  /** Whether a change to `sheet`'s cells runs: refused (and the rest of the request with it) on a protected sheet. */
  writable(sheet: FakeSheet): boolean {
    if (this.halted) return false;
    if (!sheet.protected) return true;
    this.refuse(`AccessDenied: The cell or chart you're trying to change is on a protected sheet («${sheet.name}»).`);
    this.halted = true;
    return false;
  }
  act(o: string, extra: Record<string, unknown> = {}): void {
    if (this.pending.length === 0 && this.excel.options.atomicRequests) this.before = snapshotOf(this.excel);
    this.pending.push({ o, ...extra });
    this.excel.log.push(o);
    if (this.excel.options.failing?.includes(o)) this.refuse(`GeneralException: ${o} is not supported on this host`);
    const since = SINCE[o];
    if (since && !this.excel.isSetSupported("ExcelApi", since)) this.refuse(`ApiNotFound: ${o} needs ExcelApi ${since}`);
  }
  async sync(): Promise<void> {
    this.excel.onSync?.();
    this.excel.syncs++;
    let frames = 0;
    for (const a of this.pending) frames += CREATES_OBJECT.has(a.o) ? OBJECT_FRAME : ACTION_FRAME;
    const request = utf8(JSON.stringify(this.pending)) + frames;
    const refused = this.refused;
    const before = this.before;
    this.pending = [];
    this.refused = null;
    this.halted = false;
    this.before = null;
    const loads = this.loads;
    this.loads = [];
    const limit = this.excel.options.payloadLimit ?? WEB_PAYLOAD_LIMIT;
    if (request > limit) {
      this.excel.refusedRequests.push(request);
      if (before) restore(this.excel, before);
      throw payloadError("RequestPayloadSizeLimitExceeded", request, limit);
    }
    this.excel.requestBytes.push(request);
    if (refused) throw new Error(refused);
    const answers = loads.map((l) => l());
    let response = 0;
    for (const a of answers) response += a.bytes;
    if (response > limit) {
      this.excel.refusedResponses.push(response);
      throw payloadError("ResponsePayloadSizeLimitExceeded", response, limit);
    }
    for (const a of answers) a.deliver();
    this.excel.responseBytes.push(response);
  }
}

/** Properties readable only after load + sync, like Office.js proxies. */
class Loadable {
  protected loaded: Record<string, unknown> | null = null;
  constructor(protected readonly ctx: FakeContext) {}
  /** `wanted`: the properties asked for (null: all), so a large range builds only what travels. */
  protected snapshot(_wanted: ReadonlySet<string> | null = null): Record<string, unknown> {
    return {};
  }
  load(props?: string | string[]): this {
    this.ctx.act(`${this.constructor.name}.load`, { props });
    // Only what was asked for travels back (and counts in the response), like Office.js.
    const wanted = props === undefined ? null : new Set((Array.isArray(props) ? props : props.split(",")).map((p) => p.trim().split("/")[0]));
    this.ctx.loads.push(() => {
      const all = this.snapshot(wanted);
      const loaded = wanted ? Object.fromEntries(Object.entries(all).filter(([k]) => wanted.has(k) || k === "isNullObject")) : all;
      const bytes = utf8(JSON.stringify(loaded, (k, v) => (v instanceof Loadable ? { name: (v as unknown as { name: string }).name } : v)));
      return { bytes, deliver: () => (this.loaded = loaded) };
    });
    return this;
  }
  protected get(prop: string): any {
    if (!this.loaded || !(prop in this.loaded)) throw new Error(`PropertyNotLoaded: ${prop}`);
    return this.loaded[prop];
  }
}

class FakeWorkbookProxy extends Loadable {
  readonly worksheets: FakeWorksheets;
  readonly tables: FakeTables;
  readonly comments: FakeComments;
  constructor(ctx: FakeContext) {
    super(ctx);
    this.worksheets = new FakeWorksheets(ctx);
    this.tables = new FakeTables(ctx);
    this.comments = new FakeComments(ctx);
  }
  protected override snapshot() {
    return { name: this.ctx.excel.options.workbookName ?? "Книга1.xlsx" };
  }
  get name(): string {
    return this.get("name");
  }
}

class FakeWorksheets extends Loadable {
  protected override snapshot() {
    return { items: this.ctx.excel.sheets.map((s) => new FakeWorksheet(this.ctx, s.name, true)) };
  }
  get items(): FakeWorksheet[] {
    return this.get("items");
  }
  getItem(name: string): FakeWorksheet {
    this.ctx.act("Worksheets.getItem", { name });
    return new FakeWorksheet(this.ctx, name, false);
  }
  add(name: string): FakeWorksheet {
    this.ctx.act("Worksheets.add", { name });
    if (this.ctx.excel.sheet(name)) throw new Error(`ItemAlreadyExists: ${name}`);
    this.ctx.excel.addSheet(name);
    return new FakeWorksheet(this.ctx, name, false);
  }
}

class FakeWorksheet extends Loadable {
  readonly freezePanes: FakeFreeze;
  readonly tables: FakeTables;
  readonly charts: FakeCharts;
  constructor(
    ctx: FakeContext,
    private readonly sheetName: string,
    preloaded: boolean,
  ) {
    super(ctx);
    if (preloaded) this.loaded = this.snapshot();
    this.freezePanes = new FakeFreeze(ctx, this);
    this.tables = new FakeTables(ctx, this);
    this.charts = new FakeCharts(ctx, this);
  }
  model(): FakeSheet {
    const s = this.ctx.excel.sheetByKey(this.sheetName);
    if (!s) throw new Error(`ItemNotFound: ${this.sheetName}`);
    return s;
  }
  protected override snapshot() {
    const s = this.model();
    return { name: s.name, id: s.id, visibility: s.visibility };
  }
  get name(): string {
    return this.get("name");
  }
  get id(): string {
    return this.get("id");
  }
  /** WorksheetProtection (ExcelApi 1.2): only `protected` is modelled. */
  get protection() {
    const model = () => this.model();
    return new (class FakeWorksheetProtection extends Loadable {
      protected override snapshot() {
        return { protected: !!model().protected };
      }
      get protected(): boolean {
        return this.get("protected");
      }
    })(this.ctx);
  }
  get visibility(): string {
    return this.get("visibility");
  }
  set visibility(v: string) {
    this.ctx.act("Worksheet.visibility", { v });
    this.model().visibility = v;
  }
  set tabColor(v: string) {
    this.ctx.act("Worksheet.tabColor", { v });
    this.model().tabColor = v;
  }
  delete(): void {
    this.ctx.act("Worksheet.delete", { name: this.sheetName });
    const all = this.ctx.excel.sheets;
    all.splice(all.indexOf(this.model()), 1);
  }
  activate(): void {
    this.ctx.act("Worksheet.activate");
    for (const s of this.ctx.excel.sheets) s.active = false;
    this.model().active = true;
  }
  getRange(address?: string): FakeRange {
    this.ctx.act("Worksheet.getRange", { address });
    return new FakeRange(this.ctx, this, address ? parseBox(address) : { top: 0, left: 0, bottom: MAX_ROW, right: MAX_COL });
  }
  getRangeByIndexes(r: number, c: number, rows: number, cols: number): FakeRange {
    this.ctx.act("Worksheet.getRangeByIndexes", { r, c, rows, cols });
    return new FakeRange(this.ctx, this, { top: r, left: c, bottom: r + rows - 1, right: c + cols - 1 });
  }
  /** A multi-area range ("A1:B2,D5"): formats go to every area. */
  getRanges(address: string) {
    this.ctx.act("Worksheet.getRanges", { address });
    const areas = address.split(",").map((a) => new FakeRange(this.ctx, this, parseBox(a)));
    const ctx = this.ctx;
    // eslint-disable-next-line @typescript-eslint/no-this-alias
    const ws = this;
    return {
      format: {
        font: new Proxy({} as Record<string, unknown>, {
          set(_t, prop, value) {
            ctx.act(`RangeFont.${String(prop)}`, { value });
            for (const r of areas) r.each((cell) => (cell.font = { ...(cell.font ?? {}), [prop]: value }));
            return true;
          },
        }),
        fill: {
          set color(color: string) {
            ctx.act("RangeFill.color", { color });
            if (ctx.writable(ws.model())) for (const r of areas) r.each((cell) => (cell.fill = { color, pattern: "Solid" }));
          },
          clear() {
            ctx.act("RangeFill.clear");
            if (ctx.writable(ws.model())) for (const r of areas) r.each((cell) => delete cell.fill, false);
          },
        },
        set wrapText(v: boolean) {
          ctx.act("RangeFormat.wrapText");
          for (const r of areas) r.each((cell) => (cell.wrap = v));
        },
        borders: new FakeFormat(ctx, areas[0]).borders,
      },
    };
  }
  getUsedRangeOrNullObject(_valuesOnly?: boolean): FakeRange {
    this.ctx.act("Worksheet.getUsedRangeOrNullObject");
    return new FakeRange(this.ctx, this, null);
  }
  /** PageLayout (ExcelApi 1.9): each setting lands in the sheet's `print`. */
  get pageLayout() {
    this.ctx.act("Worksheet.pageLayout");
    const print = (): FakePrint => (this.model().print ??= { breaks: [] });
    const ctx = this.ctx;
    const set = (key: keyof FakePrint, action: string) => (v: unknown) => {
      ctx.act(action, { v });
      (print() as unknown as Record<string, unknown>)[key] = v;
    };
    const footer = {
      set leftFooter(v: string) {
        set("leftFooter", "HeaderFooter.leftFooter")(v);
      },
      set rightFooter(v: string) {
        set("rightFooter", "HeaderFooter.rightFooter")(v);
      },
    };
    return {
      set orientation(v: string) {
        set("orientation", "PageLayout.orientation")(v);
      },
      set paperSize(v: string) {
        set("paperSize", "PageLayout.paperSize")(v);
      },
      set zoom(v: FakePrint["zoom"]) {
        set("zoom", "PageLayout.zoom")(v);
      },
      setPrintTitleRows: (v: string) => set("titleRows", "PageLayout.setPrintTitleRows")(v),
      setPrintTitleColumns: (v: string) => set("titleColumns", "PageLayout.setPrintTitleColumns")(v),
      setPrintArea: (v: string) => set("area", "PageLayout.setPrintArea")(v),
      headersFooters: { defaultForAllPages: footer },
    };
  }
  get horizontalPageBreaks() {
    this.ctx.act("Worksheet.horizontalPageBreaks");
    return {
      add: (cell: string) => {
        this.ctx.act("PageBreaks.add", { cell });
        (this.model().print ??= { breaks: [] }).breaks.push(cell);
      },
    };
  }
}

class FakeMergedAreas extends Loadable {
  constructor(
    ctx: FakeContext,
    private readonly sheetName: string,
    private readonly areas: readonly Box[],
  ) {
    super(ctx);
  }
  protected override snapshot() {
    if (this.areas.length === 0) return { isNullObject: true };
    const name = /^[\p{L}\p{N}_]+$/u.test(this.sheetName) ? this.sheetName : `'${this.sheetName.replace(/'/g, "''")}'`;
    return { isNullObject: false, areaCount: this.areas.length, address: this.areas.map((b) => `${name}!${boxAddress(b)}`).join(",") };
  }
  get isNullObject(): boolean {
    return this.get("isNullObject");
  }
  get address(): string {
    return this.get("address");
  }
  get areaCount(): number {
    return this.get("areaCount");
  }
}

class FakeRange extends Loadable {
  constructor(
    ctx: FakeContext,
    readonly ws: FakeWorksheet,
    /** null: the used range, resolved at sync. */
    private box: Box | null,
    /** For a used range inside a range: the area it is looked for in. */
    private readonly within?: Box,
  ) {
    super(ctx);
  }
  getUsedRangeOrNullObject(_valuesOnly?: boolean): FakeRange {
    this.ctx.act("Range.getUsedRangeOrNullObject");
    return new FakeRange(this.ctx, this.ws, null, this.area());
  }
  /**
   * The merged areas whose top-left cell lies in this range (so Excel does, office-js#3611), as
   * `address` ("Лист!A2:A9,Лист!B5:C5"); more than 512 fail the request, as in Excel.
   */
  getMergedAreasOrNullObject(): FakeMergedAreas {
    this.ctx.act("Range.getMergedAreasOrNullObject");
    const within = this.area();
    const sheet = this.ws.model();
    const areas = sheet.merges.map(parseBox).filter((b) => b.top >= within.top && b.top <= within.bottom && b.left >= within.left && b.left <= within.right);
    if (areas.length > MERGED_AREAS_LIMIT) this.ctx.refuse(`GeneralException: more than ${MERGED_AREAS_LIMIT} merged areas in the range`);
    return new FakeMergedAreas(this.ctx, sheet.name, areas);
  }
  private used(): Box | null {
    const w = this.within;
    const rows = this.ws.model().rows;
    let top = -1;
    let bottom = -1;
    let left = Infinity;
    let right = -1;
    rows.forEach((row, r) => {
      row?.forEach((c, ci) => {
        if (!c || c.value === "") return;
        if (w && (r < w.top || r > w.bottom || ci < w.left || ci > w.right)) return;
        if (top < 0) top = r;
        bottom = r;
        left = Math.min(left, ci);
        right = Math.max(right, ci);
      });
    });
    return top < 0 ? null : { top, left, bottom, right };
  }
  private area(): Box {
    if (!this.box) this.box = this.used();
    if (!this.box) throw new Error("ItemNotFound: used range of an empty sheet");
    return this.box;
  }
  protected override snapshot(wanted: ReadonlySet<string> | null = null) {
    if (this.box === null) this.box = this.used();
    if (this.box === null) return { isNullObject: true };
    const b = this.box;
    const rows = this.ws.model().rows;
    const values: Scalar[][] = [];
    const formats: string[][] = [];
    const types: string[][] = [];
    const texts: string[][] = [];
    // Cells only when asked for: the used range of a sheet with one cell at XFD1048576 is the whole sheet.
    const cellsWanted = wanted === null || wanted.has("values") || wanted.has("numberFormat") || wanted.has("valueTypes") || wanted.has("text");
    const date1904 = this.ctx.excel.options.date1904 === true;
    for (let r = b.top; cellsWanted && r <= b.bottom; r++) {
      const vr: Scalar[] = [];
      const fr: string[] = [];
      const tr: string[] = [];
      const xr: string[] = [];
      for (let c = b.left; c <= b.right; c++) {
        const cell = rows[r]?.[c];
        const v = cell?.value ?? "";
        vr.push(v);
        fr.push(cell?.format ?? "General");
        tr.push(cell?.error ? "Error" : v === "" ? "Empty" : typeof v === "number" ? "Double" : typeof v === "boolean" ? "Boolean" : "String");
        xr.push(shownText(cell, date1904));
      }
      values.push(vr);
      formats.push(fr);
      types.push(tr);
      texts.push(xr);
    }
    return {
      isNullObject: false,
      values,
      numberFormat: formats,
      valueTypes: types,
      text: texts,
      rowIndex: b.top,
      columnIndex: b.left,
      rowCount: b.bottom - b.top + 1,
      columnCount: b.right - b.left + 1,
      address: `'${this.ws.model().name}'!${boxAddress(b)}`,
    };
  }
  /**
   * Each cell's fill (ExcelApi 1.9), answered at sync like a load: white and pattern "None" where there
   * is none, as Excel reports it.
   */
  getCellProperties(_props: unknown): { readonly value: CellFill[][] } {
    this.ctx.act("Range.getCellProperties");
    let answer: CellFill[][] | null = null;
    this.ctx.loads.push(() => {
      const b = this.area();
      const rows = this.ws.model().rows;
      const cells: CellFill[][] = [];
      for (let r = b.top; r <= b.bottom; r++) {
        const line: CellFill[] = [];
        for (let c = b.left; c <= b.right; c++) line.push({ format: { fill: reportedFill(rows[r]?.[c]?.fill) } });
        cells.push(line);
      }
      return { bytes: utf8(JSON.stringify(cells)), deliver: () => (answer = cells) };
    });
    return {
      get value() {
        if (!answer) throw new Error("PropertyNotLoaded: getCellProperties() was not synced");
        return answer;
      },
    };
  }
  get isNullObject(): boolean {
    return this.get("isNullObject");
  }
  get values(): Scalar[][] {
    return this.get("values");
  }
  get numberFormat(): string[][] {
    return this.get("numberFormat");
  }
  get valueTypes(): string[][] {
    return this.get("valueTypes");
  }
  get text(): string[][] {
    return this.get("text");
  }
  get rowIndex(): number {
    return this.get("rowIndex");
  }
  get columnIndex(): number {
    return this.get("columnIndex");
  }
  get rowCount(): number {
    return this.get("rowCount");
  }
  get columnCount(): number {
    return this.get("columnCount");
  }
  get address(): string {
    return boxAddress(this.area());
  }
  /** Calls fn for every cell of the range, creating cells as needed (bounded to written areas). */
  each(fn: (cell: FakeCell, r: number, c: number) => void, create = true): void {
    const b = this.area();
    const rows = this.ws.model().rows;
    const bottom = Math.min(b.bottom, create ? b.bottom : rows.length - 1);
    for (let r = b.top; r <= bottom; r++) {
      if (!rows[r]) {
        if (!create) continue;
        rows[r] = [];
      }
      const row = rows[r];
      const right = Math.min(b.right, create ? b.right : row.length - 1);
      for (let c = b.left; c <= right; c++) {
        let cell = row[c];
        if (!cell) {
          if (!create) continue;
          cell = row[c] = { value: "", format: "General" };
        }
        fn(cell, r - b.top, c - b.left);
      }
    }
  }
  private checkShape(data: unknown[][], what: string, broadcast = false): void {
    const b = this.area();
    // A 1×1 array is applied to every cell of the range (Office.js docs: `range.numberFormat = [["$0.00"]]`).
    if (broadcast && data.length === 1 && data[0].length === 1) return;
    if (data.length !== b.bottom - b.top + 1 || data.some((row) => row.length !== b.right - b.left + 1)) {
      throw new Error(`InvalidArgument: ${what} shape does not match ${boxAddress(b)}`);
    }
  }
  /** null in a values or numberFormat array leaves that cell as it is (Office.js docs, "null input in 2-D Array"). */
  set numberFormat(formats: (string | null)[][]) {
    this.ctx.act("Range.numberFormat", { a: boxAddress(this.area()), formats });
    this.checkShape(formats, "numberFormat", true);
    if (!this.ctx.writable(this.ws.model())) return;
    const one = formats.length === 1 && formats[0].length === 1;
    this.each((cell, r, c) => {
      const f = one ? formats[0][0] : formats[r][c];
      if (f !== null) cell.format = f;
    });
  }
  set values(values: (Scalar | null)[][]) {
    this.ctx.act("Range.values", { a: boxAddress(this.area()), values });
    this.checkShape(values, "values");
    if (!this.ctx.writable(this.ws.model())) return;
    this.each((cell, r, c) => {
      const v = values[r][c];
      if (v === null) return;
      delete cell.formula;
      // Like Excel: "=…" becomes a formula unless the cell is text-formatted.
      if (typeof v === "string" && v.startsWith("=") && cell.format !== "@") {
        cell.formula = v;
        cell.value = v.startsWith("=HYPERLINK(") ? hyperlinkShown(v) : 0;
      } else cell.value = v;
    });
  }
  /**
   * Like Excel's copy: a destination that is an exact multiple of the source gets the source repeated
   * (Office.js docs for Range.copyFrom). "Values" copies values (a formula's result), nothing else.
   */
  copyFrom(source: FakeRange, copyType?: string): void {
    this.ctx.act("Range.copyFrom", { a: boxAddress(this.area()), source: source.address, copyType });
    const src = parseBox(source.address);
    const rows = src.bottom - src.top + 1;
    const cols = src.right - src.left + 1;
    const b = this.area();
    if ((b.bottom - b.top + 1) % rows !== 0 || (b.right - b.left + 1) % cols !== 0) throw new Error("InvalidArgument: copyFrom needs an exact multiple in this fake");
    if (copyType !== "Values") throw new Error(`copyFrom ${copyType ?? "All"} is not modelled by this fake`);
    const model = source.ws.model().rows;
    const copied = Array.from({ length: rows }, (_, r) => Array.from({ length: cols }, (_, c) => model[src.top + r]?.[src.left + c]?.value ?? ""));
    this.each((cell, r, c) => {
      delete cell.formula;
      cell.value = copied[r % rows][c % cols];
    });
  }
  set hyperlink(link: { documentReference?: string; textToDisplay?: string }) {
    this.ctx.act("Range.hyperlink", { link });
    this.each((cell) => (cell.hyperlink = link));
  }
  /** Cell by cell (ExcelApi 1.9); of the settable properties only hyperlinks are modelled. */
  setCellProperties(props: { hyperlink?: { documentReference?: string; textToDisplay?: string } }[][]): void {
    this.ctx.act("Range.setCellProperties", { a: boxAddress(this.area()), props });
    this.checkShape(props, "setCellProperties");
    if (props.some((row) => row.some((p) => Object.keys(p).some((k) => k !== "hyperlink")))) throw new Error("setCellProperties: only hyperlink is modelled by this fake");
    this.each((cell, r, c) => {
      const link = props[r][c]?.hyperlink;
      if (link) cell.hyperlink = link;
    });
  }
  clear(what?: string): void {
    this.ctx.act("Range.clear", { what });
    if (!this.ctx.writable(this.ws.model())) return;
    this.each(
      (cell) => {
        cell.value = "";
        delete cell.formula;
        if (what !== "Contents") {
          cell.format = "General";
          delete cell.fill;
        }
      },
      false,
    );
  }
  merge(_across?: boolean): void {
    this.ctx.act("Range.merge");
    this.ws.model().merges.push(boxAddress(this.area()));
  }
  select(): void {
    this.ctx.act("Range.select");
    this.ws.model().selected = boxAddress(this.area());
  }
  get format() {
    return new FakeFormat(this.ctx, this);
  }
  get conditionalFormats() {
    const ctx = this.ctx;
    const address = boxAddress(this.area());
    const model = this.ws.model();
    return {
      add(type: string) {
        ctx.act("ConditionalFormats.add", { type });
        const entry: { range: string; criteria: unknown } = { range: address, criteria: null };
        model.colorScales.push(entry);
        return {
          colorScale: {
            set criteria(c: unknown) {
              ctx.act("ColorScale.criteria", { c });
              entry.criteria = c;
            },
          },
        };
      },
    };
  }
  get dataValidation() {
    const ctx = this.ctx;
    const entry: { range: string; rule?: unknown; prompt?: unknown } = { range: boxAddress(this.area()) };
    this.ws.model().validations.push(entry);
    return {
      set rule(rule: unknown) {
        ctx.act("DataValidation.rule", { rule });
        entry.rule = rule;
      },
      set prompt(p: unknown) {
        ctx.act("DataValidation.prompt", { p });
        entry.prompt = p;
      },
    };
  }
}

/** A cell's fill as Excel reports it: white with pattern "None" where there is none. */
function reportedFill(fill: FakeCell["fill"]): { color: string; pattern: string } {
  return fill ? { ...fill } : { color: "#FFFFFF", pattern: "None" };
}

/** One cell of a getCellProperties answer, as far as the adapter asks. */
type CellFill = { format: { fill: { color: string; pattern: string } } };

class FakeFill extends Loadable {
  constructor(
    ctx: FakeContext,
    private readonly range: FakeRange,
  ) {
    super(ctx);
  }
  protected override snapshot() {
    let fill: FakeCell["fill"];
    this.range.each((cell) => (fill ??= cell.fill), false);
    return reportedFill(fill);
  }
  get color(): string {
    return this.get("color");
  }
  set color(color: string) {
    this.ctx.act("RangeFill.color", { color });
    if (this.ctx.writable(this.range.ws.model())) this.range.each((cell) => (cell.fill = { color, pattern: "Solid" }));
  }
  get pattern(): string {
    return this.get("pattern");
  }
  clear(): void {
    this.ctx.act("RangeFill.clear");
    if (this.ctx.writable(this.range.ws.model())) this.range.each((cell) => delete cell.fill, false);
  }
}

class FakeFormat {
  constructor(
    private readonly ctx: FakeContext,
    private readonly range: FakeRange,
  ) {}
  get fill() {
    return new FakeFill(this.ctx, this.range);
  }
  get font() {
    const ctx = this.ctx;
    const range = this.range;
    return new Proxy({} as Record<string, unknown>, {
      set(_t, prop, value) {
        ctx.act(`RangeFont.${String(prop)}`, { value });
        range.each((cell) => (cell.font = { ...(cell.font ?? {}), [prop]: value }));
        return true;
      },
    });
  }
  set wrapText(v: boolean) {
    this.ctx.act("RangeFormat.wrapText");
    this.range.each((cell) => (cell.wrap = v));
  }
  set columnWidth(w: number) {
    this.ctx.act("RangeFormat.columnWidth", { w });
    const col = /^([A-Z]+)/.exec(this.range.address)?.[1] ?? "A";
    this.range.ws.model().columnWidths[col] = w;
  }
  get borders() {
    const ctx = this.ctx;
    return {
      getItem(edge: string) {
        ctx.act("Borders.getItem", { edge });
        return {
          set style(v: string) {
            ctx.act("Border.style", { v });
          },
          set color(v: string) {
            ctx.act("Border.color", { v });
          },
        };
      },
    };
  }
}

class FakeFreeze {
  constructor(
    private readonly ctx: FakeContext,
    private readonly ws: FakeWorksheet,
  ) {}
  freezeRows(n: number) {
    this.ctx.act("FreezePanes.freezeRows");
    this.ws.model().freeze = { rows: n, columns: 0 };
  }
  freezeColumns(n: number) {
    this.ctx.act("FreezePanes.freezeColumns");
    this.ws.model().freeze = { rows: 0, columns: n };
  }
  freezeAt(range: FakeRange) {
    this.ctx.act("FreezePanes.freezeAt");
    const b = parseBox(range.address);
    this.ws.model().freeze = { rows: b.bottom + 1, columns: b.right + 1 };
  }
}

class FakeTables extends Loadable {
  constructor(
    ctx: FakeContext,
    private readonly ws?: FakeWorksheet,
  ) {
    super(ctx);
  }
  protected override snapshot() {
    return { items: this.ctx.excel.sheets.flatMap((s) => s.tables.map((t) => ({ name: t.name }))) };
  }
  get items(): { name: string }[] {
    return this.get("items");
  }
  add(range: FakeRange, _hasHeaders: boolean) {
    this.ctx.act("Tables.add", { a: range.address });
    const entry: { name: string; range: string; style?: string } = { name: `Таблица${this.ctx.excel.log.length}`, range: range.address };
    (this.ws ?? range.ws).model().tables.push(entry);
    const ctx = this.ctx;
    return {
      set name(n: string) {
        ctx.act("Table.name", { n });
        if (ctx.excel.sheets.some((s) => s.tables.some((t) => t !== entry && t.name.toLowerCase() === n.toLowerCase()))) {
          throw new Error(`InvalidArgument: table name ${n} is taken`);
        }
        entry.name = n;
      },
      set style(s: string) {
        ctx.act("Table.style", { s });
        entry.style = s;
      },
    };
  }
}

class FakeCharts {
  constructor(
    private readonly ctx: FakeContext,
    private readonly ws: FakeWorksheet,
  ) {}
  add(type: string, source: FakeRange, seriesBy: string) {
    const ctx = this.ctx;
    ctx.act("Charts.add", { type, a: source.address, seriesBy });
    const chart: FakeChart = { type, source: source.address, seriesBy, title: "", series: [] };
    const b = parseBox(source.address);
    // One series per column of the source, as Excel does with seriesBy "Columns".
    for (let c = b.left; c <= b.right; c++) {
      chart.series.push({ name: "", values: boxAddress({ top: b.top, bottom: b.bottom, left: c, right: c }) });
    }
    this.ws.model().charts.push(chart);
    const seriesProxy = (s: FakeChart["series"][number]) => ({
      set name(n: string) {
        ctx.act("ChartSeries.name");
        s.name = n;
      },
      setValues(r: FakeRange) {
        ctx.act("ChartSeries.setValues");
        s.values = r.address;
      },
      setXAxisValues(r: FakeRange) {
        ctx.act("ChartSeries.setXAxisValues");
        s.xValues = r.address;
      },
      set markerStyle(m: string) {
        ctx.act("ChartSeries.markerStyle");
        s.marker = m;
      },
      format: {
        line: {
          set color(c: string) {
            ctx.act("ChartLineFormat.color");
            s.color = c;
          },
          set lineStyle(l: string) {
            ctx.act("ChartLineFormat.lineStyle");
            s.lineStyle = l;
          },
        },
      },
    });
    return {
      title: {
        set text(t: string) {
          ctx.act("ChartTitle.text");
          chart.title = t;
        },
      },
      legend: {
        set position(p: string) {
          ctx.act("ChartLegend.position");
          chart.legend = p;
        },
      },
      axes: {
        valueAxis: {
          set numberFormat(f: string) {
            ctx.act("ChartAxis.numberFormat");
            chart.valueAxisFormat = f;
          },
        },
      },
      setPosition(from: string, to: string) {
        ctx.act("Chart.setPosition");
        chart.from = from;
        chart.to = to;
      },
      series: {
        getItemAt(i: number) {
          ctx.act("ChartSeries.getItemAt");
          return seriesProxy(chart.series[i]);
        },
        add(name: string) {
          ctx.act("ChartSeries.add");
          const s = { name, values: "" };
          chart.series.push(s);
          return seriesProxy(s);
        },
      },
    };
  }
}

/** A comment as the collection lists it: its id, and its cell (an address with the sheet, once loaded). */
class FakeComment extends Loadable {
  constructor(
    ctx: FakeContext,
    readonly id: string,
  ) {
    super(ctx);
  }
  getLocation() {
    this.ctx.act("Comment.getLocation");
    const bang = this.id.lastIndexOf("!");
    const sheet = this.id.slice(0, bang);
    const address = /^[\p{L}\d_]+$/u.test(sheet) ? this.id : `'${sheet.replace(/'/g, "''")}'!${this.id.slice(bang + 1)}`;
    return new (class extends Loadable {
      protected override snapshot() {
        return { address };
      }
      get address(): string {
        return this.get("address");
      }
    })(this.ctx);
  }
}

class FakeComments extends Loadable {
  constructor(ctx: FakeContext) {
    super(ctx);
  }
  protected override snapshot() {
    return { items: [...this.ctx.excel.comments.keys()].map((key) => new FakeComment(this.ctx, key)) };
  }
  get items(): FakeComment[] {
    return this.get("items");
  }
  private key(range: FakeRange): string {
    return `${range.ws.model().name}!${range.address}`;
  }
  add(range: FakeRange, text: string) {
    this.ctx.act("Comments.add");
    const key = this.key(range);
    // Like Excel: the request fails when it is run (at sync), not when the call is queued.
    if (!this.ctx.writable(range.ws.model())) return;
    if (this.ctx.excel.comments.has(key)) this.ctx.refuse(`InvalidOperation: ${key} already has a comment`);
    else this.ctx.excel.comments.set(key, text);
  }
  getItemByCell(range: FakeRange) {
    this.ctx.act("Comments.getItemByCell");
    const key = this.key(range);
    const comments = this.ctx.excel.comments;
    return {
      delete: () => {
        this.ctx.act("Comment.delete");
        if (this.ctx.writable(range.ws.model())) comments.delete(key);
      },
    };
  }
}
