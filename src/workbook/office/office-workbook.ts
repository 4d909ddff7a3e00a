/**
 * InteractivePort over the Excel JavaScript API. Every method is one `Excel.run` with a fixed number
 * of round trips (plus one per ~4 MB of payload); nothing syncs per row or per cell.
 */
import { SheetGrid } from "../../domain/grid";
import { Issue } from "../../domain/issues";
import { SheetPlan, plansRowCount } from "../../report/plan";
import { AppliedSheet, InteractivePort, OnTransfer, ReadOptions } from "../port";
import { Capabilities, describeLost, detectCapabilities, Feature } from "./capabilities";
import { cellKey, cellKeyOfAddress, marksFor } from "./highlight";
import { OfficeHost } from "./host";
import { EMPTY_META, HighlightRecord, Meta, META_SHEET, parseMeta, sameSheet, serializeMeta } from "./meta";
import { ACTION_OVERHEAD, Op, syncEachRequest, syncPerRequest, utf8Length } from "./payload";
import { readAllSheets } from "./read";
import { CLEAR_FILL, fillOps, readFills } from "./fill-ops";
import { SheetProxies } from "./sheet-proxies";
import { cleanSheetName, firstFreeName } from "../sheet-name";
import { planOps, WriteContext } from "./write-plan";
import { LinkFormulas } from "./link-formulas";

type Ctx = Excel.RequestContext;

interface WorkbookState {
  readonly names: string[];
  readonly meta: Meta;
  readonly metaExists: boolean;
}

/** Sheet names, then the meta sheet only when it exists: one or two round trips. */
async function loadState(context: Ctx): Promise<WorkbookState> {
  const sheets = context.workbook.worksheets;
  sheets.load("items/name");
  await context.sync();
  const all = sheets.items.map((s) => s.name);
  const metaName = all.find((n) => sameSheet(n, META_SHEET));
  const names = all.filter((n) => n !== metaName);
  if (!metaName) return { names, meta: EMPTY_META, metaExists: false };
  const used = sheets.getItem(metaName).getUsedRangeOrNullObject(true);
  used.load("values");
  await context.sync();
  return { names, meta: used.isNullObject ? EMPTY_META : parseMeta(used.values), metaExists: true };
}

/**
 * The cells that hold a comment (ExcelApi 1.10): the list with ids only, then each comment's place, in
 * requests of ~4 MB (a workbook may hold tens of thousands).
 */
async function commentedCells(context: Ctx): Promise<Set<string>> {
  const comments = context.workbook.comments;
  comments.load("items/id");
  await context.sync();
  const places: Excel.Range[] = new Array<Excel.Range>(comments.items.length);
  await syncPerRequest(
    context,
    comments.items.map((comment, i) => ({ bytes: ACTION_OVERHEAD * 3, apply: () => void (places[i] = comment.getLocation().load("address")) })),
  );
  const cells = new Set<string>();
  for (const p of places) {
    const key = cellKeyOfAddress(p.address);
    if (key !== null) cells.add(key);
  }
  return cells;
}

/** The fill a highlighted cell had: Excel reports "no fill" as white; the pattern (ExcelApi 1.9) tells them apart. */
function originalFill(r: HighlightRecord): string {
  const noFill = r.pattern === "None" || r.color === "" || (r.pattern === "" && r.color.toUpperCase() === "#FFFFFF");
  return noFill ? CLEAR_FILL : r.color;
}

/** Rewrites the whole meta block (text format first: sheet names are never read as formulas). */
function metaOp(state: WorkbookState, meta: Meta): Op<Ctx> {
  const rows = serializeMeta(meta);
  const bytes = rows.reduce((n, r) => n + r.reduce((m, v) => m + utf8Length(v) + 3, 3), ACTION_OVERHEAD * 6);
  return {
    bytes,
    apply: (context) => {
      const sheets = context.workbook.worksheets;
      let ws: Excel.Worksheet;
      if (state.metaExists) {
        ws = sheets.getItem(META_SHEET);
        ws.getRange("A:G").clear("Contents");
      } else {
        ws = sheets.add(META_SHEET);
        ws.visibility = "VeryHidden";
      }
      const range = ws.getRangeByIndexes(0, 0, rows.length, rows[0].length);
      range.numberFormat = [["@"]];
      range.values = rows;
    },
  };
}

export class OfficeWorkbook implements InteractivePort {
  private readonly caps: Capabilities;
  private lost = new Set<Feature>();

  constructor(private readonly host: OfficeHost) {
    this.caps = detectCapabilities(host.isSetSupported);
  }

  get capabilities(): Capabilities {
    return this.caps;
  }

  /** What the last call could not do on this Excel (Russian), or null. */
  get lastWarning(): string | null {
    return describeLost(this.lost);
  }

  readSheets(opts: ReadOptions = {}): Promise<SheetGrid[]> {
    this.lost = new Set();
    const fallback = this.host.fallbackFileName ?? "Книга Excel";
    return this.host.run((context) => readAllSheets(context, this.caps.api17 ? null : fallback, fallback, opts));
  }

  applyPlans(plans: readonly SheetPlan[], progress?: OnTransfer): Promise<AppliedSheet[]> {
    this.lost = new Set();
    return this.host.run(async (context) => {
      const tables = context.workbook.tables;
      tables.load("items/name");
      const state = await loadState(context);
      const isOwn = (n: string) => state.meta.own.some((o) => sameSheet(o, n));
      const exists = (n: string) => state.names.some((e) => sameSheet(e, n));
      const assigned = new Set<string>();
      const applied: AppliedSheet[] = plans.map((plan) => {
        const base = cleanSheetName(plan.name);
        // A user's sheet with the planned name is never touched: the output takes «Name (2)».
        const actual = firstFreeName(base, (c) => (exists(c) && !isOwn(c)) || assigned.has(c.toLocaleLowerCase("ru")) || sameSheet(c, META_SHEET));
        assigned.add(actual.toLocaleLowerCase("ru"));
        return { planned: plan.name, actual, replaced: exists(actual) };
      });

      const renames = new Map(applied.map((a) => [a.planned, a.actual]));
      const w: WriteContext = {
        caps: this.caps,
        renames,
        tableNames: new Set(tables.items.map((t) => t.name.toLowerCase())),
        lost: this.lost,
        cosmetics: [],
        links: new LinkFormulas(renames),
      };
      // Sheets are created and registered in the meta sheet before any content is written: if a
      // later request fails, the half-written sheets are still known as ours and replaced next time.
      const sheets = new SheetProxies();
      const added: Op<Ctx>[] = applied.map(({ actual, replaced }) => ({
        bytes: ACTION_OVERHEAD * 3,
        apply: (c: Ctx) => {
          if (replaced) c.workbook.worksheets.getItem(actual).delete();
          sheets.adopt(actual, c.workbook.worksheets.add(actual));
        },
      }));
      const written = new Set(applied.map((a) => a.actual.toLocaleLowerCase("ru")));
      const own = [...state.meta.own.filter((o) => exists(o) && !written.has(o.toLocaleLowerCase("ru"))), ...applied.map((a) => a.actual)];
      const registered = metaOp(state, { own, highlights: state.meta.highlights });
      // Made as the requests are built, not all first: a region's «Расшифровка» is a million rows.
      function* ops(): Generator<Op<Ctx>> {
        yield* added;
        yield registered;
        for (let i = 0; i < plans.length; i++) yield* planOps(plans[i], sheets.handle(applied[i].actual), w);
      }
      const total = plansRowCount(plans);
      let done = 0;
      await syncPerRequest(
        context,
        ops(),
        () => {
          const forget = sheets.checkpoint();
          const scheduled = w.cosmetics.length;
          return () => {
            w.cosmetics.length = scheduled;
            forget();
          };
        },
        progress &&
          ((group) => {
            for (const op of group) done += op.rows ?? 0;
            progress({ step: "write", done, total });
          }),
      );
      // Blank rows at a plan's very end made no op to count them by: the write is whole all the same.
      if (progress && done < total) progress({ step: "write", done: total, total });

      if (w.cosmetics.length > 0) {
        for (const f of w.cosmetics) f(context);
        try {
          await context.sync();
        } catch {
          // Markers, colours and axis formats throw on some hosts; the charts themselves are in place.
        }
      }
      return applied;
    });
  }

  highlightIssues(issues: readonly Issue[]): Promise<number> {
    this.lost = new Set();
    return this.host.run(async (context) => {
      const state = await loadState(context);
      const marks = marksFor(issues, state.names);
      if (marks.length === 0) return 0;
      const known = new Set(state.meta.highlights.map((r) => cellKey(r.sheet, r.cell)));
      const fresh = marks.filter((m) => !known.has(cellKey(m.sheet, m.cell)));
      // Proxies are made inside the ops their size is counted for (made all at once, 30 000 cells'
      // proxies were one 13 MB request, which Excel on the web refuses); fills are read by runs of cells.
      // One sheet-proxy cache for every step: each request starts it afresh (its checkpoint).
      const sheets = new SheetProxies();
      const fills = await readFills(context, fresh, this.caps.api19, sheets);
      const commented: boolean[] = fresh.map(() => false);
      if (!this.caps.comments) this.lost.add("comments");
      else if (fresh.length > 0) {
        // A cell that already has a comment (the user's) keeps it: Excel would refuse a second one, and
        // with it the rest of the request. Its fill carries the message.
        const taken = await commentedCells(context);
        const wanted = fresh.flatMap((m, i) => (taken.has(cellKey(m.sheet, m.cell)) ? [] : [i]));
        const done = await syncEachRequest(
          context,
          wanted.map((i) => ({
            bytes: ACTION_OVERHEAD * 3 + utf8Length(fresh[i].message),
            apply: (c: Ctx) => void c.workbook.comments.add(sheets.get(c, fresh[i].sheet).getRange(fresh[i].cell), fresh[i].message),
          })),
          sheets.checkpoint,
        );
        wanted.forEach((i, k) => (commented[i] = done[k]));
      }
      const added: HighlightRecord[] = fresh.map((m, i) => ({
        sheet: m.sheet,
        cell: m.cell,
        color: fills[i].color,
        pattern: fills[i].pattern,
        comment: commented[i],
      }));
      const ops = fillOps(marks, (i) => marks[i].fill, this.caps.api19, sheets);
      // Only cells not highlighted yet were marked (above), so each keeps the original fill it recorded.
      ops.push(metaOp(state, { own: state.meta.own, highlights: [...state.meta.highlights, ...added] }));
      await syncPerRequest(context, ops, sheets.checkpoint);
      return marks.length;
    });
  }

  clearHighlights(): Promise<number> {
    this.lost = new Set();
    return this.host.run(async (context) => {
      const state = await loadState(context);
      const records = state.meta.highlights.filter((r) => state.names.some((n) => sameSheet(n, r.sheet)));
      if (state.meta.highlights.length === 0) return 0;
      const sheets = new SheetProxies();
      const ops = fillOps(records, (i) => originalFill(records[i]), this.caps.api19, sheets);
      ops.push(metaOp(state, { own: state.meta.own, highlights: [] }));
      await syncPerRequest(context, ops, sheets.checkpoint);
      // The user may have deleted a comment already (its request is refused); the fills are restored either way.
      await syncEachRequest(
        context,
        records
          .filter((r) => r.comment)
          .map((r) => ({
            bytes: ACTION_OVERHEAD * 4,
            apply: (c: Ctx) => c.workbook.comments.getItemByCell(sheets.get(c, r.sheet).getRange(r.cell)).delete(),
          })),
        sheets.checkpoint,
      );
      return records.length;
    });
  }

  /** One row's texts (a header row, 1-based) for the pane's column-mapping editor. */
  readRow(sheet: string, row: number): Promise<string[]> {
    return this.host.run(async (context) => {
      const line = context.workbook.worksheets.getItem(sheet).getRange(`${row}:${row}`).getUsedRangeOrNullObject(true);
      line.load("values,columnIndex");
      await context.sync();
      if (line.isNullObject) return [];
      const texts: string[] = new Array<string>(line.columnIndex).fill("");
      for (const v of line.values[0]) texts.push(v === null || v === undefined ? "" : String(v).trim());
      return texts;
    });
  }

  selectCell(sheet: string, cell: string): Promise<void> {
    return this.host.run(async (context) => {
      const ws = context.workbook.worksheets.getItem(sheet);
      ws.activate();
      ws.getRange(cell).select();
      await context.sync();
    });
  }
}
