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
}

/** Consecutive ops grouped so each group's estimated size stays within the budget. */
export function groupByBudget<C>(ops: readonly Op<C>[], budget = REQUEST_BUDGET): Op<C>[][] {
  const groups: Op<C>[][] = [];
  let current: Op<C>[] = [];
  let size = 0;
  for (const op of ops) {
    if (current.length > 0 && size + op.bytes > budget) {
      groups.push(current);
      current = [];
      size = 0;
    }
    current.push(op);
    size += op.bytes;
  }
  if (current.length > 0) groups.push(current);
  return groups;
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
 * Queues each group and syncs once per group. This is the adapter's only sync inside a loop: it
 * runs once per ~4 MB of payload (the host's request limit), so 10 000 rows cost as many round
 * trips as 100.
 *
 * Sizes are estimates of how Office.js serialises a request; should the host still find one too
 * large, the group is queued again as two halves. `checkpoint` runs before each group is queued and
 * returns what undoes that group's effects on the caller's side (proxies it kept, work it scheduled):
 * a proxy made in a refused request must not be used in a later one.
 */
export async function syncPerRequest(
  context: Excel.RequestContext,
  ops: readonly Op<Excel.RequestContext>[],
  checkpoint?: () => () => void,
): Promise<number> {
  const pending = groupByBudget(ops);
  let syncs = 0;
  while (pending.length > 0) {
    const group = pending.shift()!;
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
      pending.unshift(group.slice(0, half), group.slice(half));
    }
  }
  return syncs;
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
  for (const group of groupByBudget(ops)) {
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
