/**
 * Request-size accounting. Excel on the web rejects a request or a response above 5 MB
 * (RequestPayloadSizeLimitExceeded); the adapter keeps each one under REQUEST_BUDGET by grouping
 * queued operations by their estimated serialised size, so the number of round trips grows with
 * megabytes, never with rows.
 */
// 3.8 MB of estimate: the estimate leaves out a little per-action framing, the host's limit is 5 MB.
export const REQUEST_BUDGET = 3_800_000;
/** A single block of values stays well under the budget so several fit in one request. */
export const BLOCK_BUDGET = 900_000;
/**
 * What one call costs beyond its data, as Office.js serialises a request (RequestMessageBody): a call
 * that returns an object (getRange…, getItem, add) is an object path plus an Instantiate action, 168
 * bytes with five-digit ids before its name and arguments; a property set or other call is one action,
 * 91 bytes. Ops count their calls: a hyperlink is two (its range, then the property).
 */
export const ACTION_OVERHEAD = 200;

/** Ranges of one look go together as one multi-area range (ExcelApi 1.9), this many a call. */
export const AREAS_PER_CALL = 150;

/** UTF-8 length of a string (Cyrillic is 2 bytes a character). */
export function utf8Length(s: string): number {
  let n = 0;
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    n += c < 0x80 ? (c === 0x22 || c === 0x5c ? 2 : 1) : c < 0x800 ? 2 : 3;
  }
  return n;
}

/** JSON size of `null,`: a cell of a values/numberFormat array that is left as it is. */
export const NULL_BYTES = 5;

/** JSON size of one cell value in a values/numberFormat array, separator included. */
export function valueBytes(v: string | number | boolean | null): number {
  if (v === null) return NULL_BYTES;
  if (typeof v === "string") return utf8Length(v) + 3;
  if (typeof v === "number") return String(v).length + 1;
  return v ? 5 : 6;
}

export interface Op<C> {
  readonly bytes: number;
  readonly apply: (ctx: C) => void;
  /** Rows of a plan this op finishes (the last op of a block of rows): what a progress bar counts. */
  readonly rows?: number;
}

/** The host refused a request or a response for its size (Excel on the web: over 5 MB). */
export function isPayloadTooLarge(e: unknown): boolean {
  const code = (e as { code?: unknown } | null)?.code;
  return typeof code === "string" && code.endsWith("PayloadSizeLimitExceeded");
}

/** A request the host refused before running any of it: sending it again in parts is safe. */
function isRequestTooLarge(e: unknown): boolean {
  return (e as { code?: unknown } | null)?.code === "RequestPayloadSizeLimitExceeded";
}

/**
 * Ops taken from their source in consecutive groups whose estimated size stays within the budget: a
 * request each. The source is read only as far as the group being made.
 */
class RequestGroups<C> {
  private readonly source: Iterator<Op<C>>;
  /** The op that did not fit the last group: the next one starts with it. */
  private carried: Op<C> | null = null;
  constructor(ops: Iterable<Op<C>>, private readonly budget = REQUEST_BUDGET) {
    this.source = ops[Symbol.iterator]();
  }

  /** The next group; empty when the ops are used up. */
  next(): Op<C>[] {
    const group: Op<C>[] = [];
    let size = 0;
    for (;;) {
      let op = this.carried;
      this.carried = null;
      if (op === null) {
        const next = this.source.next();
        if (next.done) return group;
        op = next.value;
      }
      if (group.length > 0 && size + op.bytes > this.budget) {
        this.carried = op;
        return group;
      }
      group.push(op);
      size += op.bytes;
    }
  }
}

/**
 * Queues each group and syncs once per group. This is the adapter's only sync inside a loop: it
 * runs once per ~4 MB of payload (the host's request limit), so 10 000 rows cost as many round
 * trips as 100.
 *
 * Ops are taken from `ops` only as each request is built, so a generator can make them (and the
 * rows they carry) a request at a time: a region's million «Расшифровка» rows are never all alive.
 *
 * Sizes are estimates of how Office.js serialises a request; should the host still find one too
 * large, the group is queued again as two halves. `checkpoint` runs before each group is queued and
 * returns what undoes that group's effects on the caller's side (proxies it kept, work it scheduled):
 * a proxy made in a refused request must not be used in a later one. `sent` hears each group the
 * host took.
 */
export async function syncPerRequest(
  context: Excel.RequestContext,
  ops: Iterable<Op<Excel.RequestContext>>,
  checkpoint?: () => () => void,
  sent?: (group: readonly Op<Excel.RequestContext>[]) => void,
): Promise<number> {
  const groups = new RequestGroups(ops);
  const retry: Op<Excel.RequestContext>[][] = [];
  let syncs = 0;
  for (;;) {
    const group = retry.shift() ?? groups.next();
    if (group.length === 0) return syncs;
    const undo = checkpoint?.();
    for (const op of group) op.apply(context);
    syncs++;
    try {
      // eslint-disable-next-line office-addins/no-context-sync-in-loop -- one sync per 4 MB request, not per row
      await context.sync();
    } catch (e) {
      if (!isRequestTooLarge(e) || group.length < 2) throw e;
      undo?.();
      const half = Math.ceil(group.length / 2);
      retry.unshift(group.slice(0, half), group.slice(half));
      continue;
    }
    sent?.(group);
  }
}

/**
 * For calls a host may refuse one by one and nothing depends on (a comment on a cell that already
 * has one): each request is tried on its own, and a refused one does not stop the rest. Says, op by
 * op, whether its request went through; a refused request may have run part of its calls.
 * `checkpoint` is syncPerRequest's: it runs before each request, and what it returns after a refused one.
 */
export async function syncEachRequest(
  context: Excel.RequestContext,
  ops: readonly Op<Excel.RequestContext>[],
  checkpoint?: () => () => void,
): Promise<boolean[]> {
  const done: boolean[] = [];
  const groups = new RequestGroups(ops);
  for (let group = groups.next(); group.length > 0; group = groups.next()) {
    const undo = checkpoint?.();
    for (const op of group) op.apply(context);
    let ok = true;
    try {
      // eslint-disable-next-line office-addins/no-context-sync-in-loop -- one sync per 4 MB request, not per row
      await context.sync();
    } catch {
      ok = false;
      undo?.();
    }
    for (let i = 0; i < group.length; i++) done.push(ok);
  }
  return done;
}
