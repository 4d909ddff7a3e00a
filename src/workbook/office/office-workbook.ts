/**
 * InteractivePort over the Excel JavaScript API. Every method is one `Excel.run` with a fixed number
 * of round trips (plus one per ~4 MB of payload); nothing syncs per row or per cell.
 */
import { SheetGrid } from "../../domain/grid";
import { Issue } from "../../domain/issues";
import { SheetPlan, plansRowCount } from "../../report/plan";
import { AppliedSheet, Highlighted, InteractivePort, OnTransfer, ReadOptions } from "../port";
import { Capabilities, describeLost, detectCapabilities, Feature } from "./capabilities";
import { cellKey, cellKeyOfAddress, Mark, marksFor, marksToNote, NOTES_AT_MOST } from "./highlight";
import { OfficeHost } from "./host";
import { findSheet, HighlightRecord, LiveSheet, META_SHEET, sameSheet, SheetRef, sheetLookup } from "./meta";
import { highlightOps, MetaState, readMeta, registryOp } from "./meta-io";
import { ACTION_OVERHEAD, Op, syncEachRequest, syncPerRequest, utf8Length } from "./payload";
import { readAllSheets } from "./read";
import { issuesAtMergeAnchors } from "./merged-areas";
import { CLEAR_FILL, fillOps, readFills } from "./fill-ops";
import { SheetProxies } from "./sheet-proxies";
import { cleanSheetName, firstFreeName } from "../sheet-name";
import { planOps, WriteContext } from "./write-plan";
import { LinkFormulas } from "./link-formulas";

type Ctx = Excel.RequestContext;

interface WorkbookState {
  readonly names: string[];
  /** The same sheets with their ids (Worksheet.id, ExcelApi 1.1). */
  readonly sheets: LiveSheet[];
  readonly meta: MetaState;
}

/**
 * Sheet names and ids, then the meta sheet only when it exists (its highlight records only when
 * `withHighlights`): two round trips, one more per 15 000 highlight records.
 */
async function loadState(context: Ctx, withHighlights: boolean): Promise<WorkbookState> {
  const sheets = context.workbook.worksheets;
  sheets.load("items/name,items/id");
  await context.sync();
  const metaName = sheets.items.find((s) => sameSheet(s.name, META_SHEET))?.name;
  const live = sheets.items.filter((s) => s.name !== metaName).map((s) => ({ name: s.name, id: s.id }));
  return { names: live.map((s) => s.name), sheets: live, meta: await readMeta(context, metaName, withHighlights) };
}

/**
 * The highlight records whose sheets are still there, under the sheets' names now (found by id: the
 * user may have renamed one since) and with their ids; the records of a deleted sheet have nothing to restore.
 */
function liveRecords(state: WorkbookState): HighlightRecord[] {
  return state.meta.highlights.flatMap((r) => {
    const s = findSheet(state.sheets, r.sheet, r.sheetId);
    return s ? [{ ...r, sheet: s.name, sheetId: s.id }] : [];
  });
}

/** The sheets (by name or id) among `keys` that are protected now: one round trip. */
async function protectedSheets(context: Ctx, keys: readonly string[]): Promise<Set<string>> {
  const protections = keys.map((k) => context.workbook.worksheets.getItem(k).protection.load("protected"));
  await context.sync();
  return new Set(keys.filter((_, i) => protections[i].protected));
}

/**
 * Why a highlight stopped midway, in Russian: a protected sheet by its name where that was the cause
 * (what was recorded first lets «Снять подсветку» undo the cells already changed).
 */
async function highlightFailure(context: Ctx, sheets: readonly string[], e: unknown): Promise<Error> {
  const undo = "«Снять подсветку» вернёт прежние заливки ячеек, которые уже подсвечены.";
  let locked: string[] = [];
  try {
    const found = await protectedSheets(context, sheets);
    locked = sheets.filter((s) => found.has(s));
  } catch {
    // The workbook could not tell: the host's own message says what it can.
  }
  if (locked.length > 0) {
    const which = locked.map((n) => `«${n}»`).join(", ");
    const message =
      locked.length === 1
        ? `Лист ${which} защищён от изменений: подсветка выполнена не полностью. Снимите защиту листа и повторите. ${undo}`
        : `Листы ${which} защищены от изменений: подсветка выполнена не полностью. Снимите защиту листов и повторите. ${undo}`;
    return Object.assign(new Error(message), { cause: e });
  }
  return Object.assign(new Error(`Подсветка прервана: ${e instanceof Error ? e.message : String(e)}. ${undo}`), { cause: e });
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

export class OfficeWorkbook implements InteractivePort {
  private readonly caps: Capabilities;
  private lost = new Set<Feature>();
  /**
   * Whether the workbook counts dates from 1904, as the last read found (read.ts): the output's dates
   * are written in the same system, or Excel would show them four years late. A compute reads first.
   */
  private date1904 = false;

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
    // Without ExcelApi 1.13 merged cells cannot be listed: a merged block's value is only in its top row.
    if (!this.caps.mergedAreas) this.lost.add("mergedCells");
    return this.host.run(async (context) => {
      const book = await readAllSheets(context, { fileName: this.caps.api17 ? null : fallback, fallback, mergedAreas: this.caps.mergedAreas }, opts);
      this.date1904 = book.date1904;
      return book.sheets;
    });
  }

  applyPlans(plans: readonly SheetPlan[], progress?: OnTransfer): Promise<AppliedSheet[]> {
    this.lost = new Set();
    return this.host.run(async (context) => {
      const tables = context.workbook.tables;
      tables.load("items/name");
      const state = await loadState(context, false);
      // Our sheets by id: one the user renamed is still ours; a user's sheet that took the name of an
      // output the user deleted is not (a name-only entry of an older registry is matched by name).
      const ownSheets = state.meta.own.flatMap((o) => findSheet(state.sheets, o.name, o.id) ?? []);
      const ownIds = new Set(ownSheets.map((s) => s.id));
      const named = (n: string) => state.sheets.find((e) => sameSheet(e.name, n));
      const isOwn = (n: string) => ownIds.has(named(n)?.id ?? "");
      const exists = (n: string) => named(n) !== undefined;
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
        layouts: [],
        links: new LinkFormulas(renames),
        date1904: this.date1904,
      };
      // Sheets are created and registered in the meta sheet (by name) before any content is written,
      // in the first request: should a later one fail, the half-written sheets are still known as
      // ours and replaced next time. A new sheet's id is known once that request is back: the registry
      // gets the ids in the last request, with the charts' cosmetics.
      const sheets = new SheetProxies();
      const made: Excel.Worksheet[] = new Array<Excel.Worksheet>(applied.length);
      const replacedIds = new Set(applied.flatMap((a) => (a.replaced ? [named(a.actual)!.id] : [])));
      const kept: SheetRef[] = [];
      for (const s of ownSheets) if (!replacedIds.has(s.id) && !kept.some((k) => k.id === s.id)) kept.push(s);
      const registry = (id: (i: number) => string) => [...kept, ...applied.map((a, i) => ({ name: a.actual, id: id(i) }))];
      // Made as the requests are built, not all first: a region's «Расшифровка» is a million rows.
      function* ops(): Generator<Op<Ctx>> {
        for (let i = 0; i < applied.length; i++) {
          const { actual, replaced } = applied[i];
          yield {
            bytes: ACTION_OVERHEAD * 4,
            apply: (c: Ctx) => {
              if (replaced) c.workbook.worksheets.getItem(named(actual)!.id).delete();
              made[i] = c.workbook.worksheets.add(actual);
              made[i].load("id");
              sheets.adopt(actual, made[i]);
            },
          };
        }
        yield registryOp(state.meta, registry(() => ""));
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

      const withIds = registryOp({ ...state.meta, exists: true }, registry((i) => made[i].id));
      withIds.apply(context);
      const finishing = [...w.cosmetics, ...w.layouts];
      if (finishing.length > 0) {
        for (const f of finishing) f(context);
        try {
          await context.sync();
          return applied;
        } catch {
          // Markers, colours, axis formats and print settings throw on some hosts; the sheets and
          // charts are in place. The registry went first in that request; it is written again should
          // it have gone down too.
          withIds.apply(context);
        }
      }
      await context.sync();
      return applied;
    });
  }

  highlightIssues(issues: readonly Issue[]): Promise<Highlighted> {
    this.lost = new Set();
    return this.host.run(async (context) => {
      const state = await loadState(context, true);
      const placed = this.caps.mergedAreas && issues.length > 0 ? await issuesAtMergeAnchors(context, issues, state.names) : issues;
      const marks = marksFor(placed, state.names);
      if (marks.length === 0) return { cells: 0, unnoted: 0 };
      const records = liveRecords(state);
      const known = new Map(records.map((r) => [cellKey(r.sheet, r.cell), r]));
      const keyOf = (m: Mark) => cellKey(m.sheet, m.cell);
      const fresh = marks.filter((m) => !known.has(keyOf(m)));
      // Cells an earlier highlight left without a note (the cap): still without one.
      const bareBefore = marks.filter((m) => known.get(keyOf(m))?.comment === false);
      // Proxies are made inside the ops their size is counted for (made all at once, 30 000 cells'
      // proxies were one 13 MB request, which Excel on the web refuses); fills are read by runs of cells.
      // One sheet-proxy cache for every step: each request starts it afresh (its checkpoint).
      const sheets = new SheetProxies();
      const fills = await readFills(context, fresh, this.caps.api19, sheets);
      let wanted: number[] = [];
      let unnoted = 0;
      if (!this.caps.comments) this.lost.add("comments");
      else if (fresh.length > 0 || bareBefore.length > 0) {
        // A cell that already has a comment (the user's) keeps it: Excel would refuse a second one, and
        // with it the rest of the request. Its fill carries the message.
        const taken = await commentedCells(context);
        // Our notes from earlier highlights are still there and count against the cap.
        const room = Math.max(0, NOTES_AT_MOST - records.filter((r) => r.comment).length);
        wanted = marksToNote(fresh, taken, room);
        const free = (m: Mark) => !taken.has(keyOf(m));
        unnoted = fresh.filter(free).length - wanted.length + bareBefore.filter(free).length;
      }
      const live = sheetLookup(state.sheets, (s) => s.name);
      const idOf = (sheet: string) => live(sheet)?.id ?? "";
      const record = (commented: (i: number) => boolean): HighlightRecord[] =>
        fresh.map((m, i) => ({ sheet: m.sheet, cell: m.cell, color: fills[i].color, pattern: fills[i].pattern, comment: commented(i), sheetId: idOf(m.sheet) }));
      // What will change is recorded, in requests of its own, before any cell is touched: should a
      // later request fail (a protected sheet), «Снять подсветку» still restores what was changed.
      const asked = new Set(wanted);
      const planned = record((i) => asked.has(i));
      await syncPerRequest(context, highlightOps(state.meta, [...records, ...planned]));
      const registered: MetaState = { ...state.meta, exists: true, highlightRows: 1 + records.length + planned.length };
      const touched = [...new Set(marks.map((m) => m.sheet))];
      try {
        const done = await syncEachRequest(
          context,
          wanted.map((i) => ({
            bytes: ACTION_OVERHEAD * 3 + utf8Length(fresh[i].message),
            apply: (c: Ctx) => void c.workbook.comments.add(sheets.get(c, fresh[i].sheet).getRange(fresh[i].cell), fresh[i].message),
          })),
          sheets.checkpoint,
        );
        const ops = fillOps(marks, (i) => marks[i].fill, this.caps.api19, sheets);
        if (done.some((d) => !d)) {
          // A refused request may have run part of its calls: the comments that are there now are ours.
          const now = await commentedCells(context);
          const added = record((i) => asked.has(i) && now.has(cellKey(fresh[i].sheet, fresh[i].cell)));
          ops.unshift(...highlightOps(registered, [...records, ...added]));
        }
        // Only cells not highlighted yet were recorded (above), so each keeps the original fill it had.
        await syncPerRequest(context, ops, sheets.checkpoint);
      } catch (e) {
        throw await highlightFailure(context, touched, e);
      }
      return { cells: marks.length, unnoted };
    });
  }

  clearHighlights(): Promise<number> {
    this.lost = new Set();
    return this.host.run(async (context) => {
      const state = await loadState(context, true);
      if (state.meta.highlights.length === 0) return 0;
      // Each record's sheet by id, whatever the user renamed it to; the records of deleted sheets are dropped.
      const live = liveRecords(state);
      // A protected sheet's cells cannot be restored now: their records wait for a later clear.
      const locked = await protectedSheets(context, [...new Set(live.map((r) => r.sheetId))]);
      const records = live.filter((r) => !locked.has(r.sheetId));
      const sheets = new SheetProxies();
      const ops = fillOps(records, (i) => originalFill(records[i]), this.caps.api19, sheets);
      ops.push(...highlightOps(state.meta, live.filter((r) => locked.has(r.sheetId))));
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
