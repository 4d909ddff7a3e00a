/**
 * One workbook operation at a time across Metodist's runtimes. The pane and the ribbon's commands run
 * in separate browser runtimes (the manifest has no shared runtime), so the pane's own rule (App.tsx)
 * cannot see a ribbon click: «Рассчитать показатели» on the ribbon while the pane computes would race
 * it on `metodist_meta` (which sheets are Metodist's, which original fills to restore) and lose one of
 * the two records. Both runtimes are pages of one origin and share its localStorage, so the lock is an
 * entry there, one per workbook: who holds it, doing what, since when. The holder renews it while it
 * works, so a runtime that died mid-run (the pane closed, Excel crashed) frees it after STALE_MS.
 */

export type Runtime = "pane" | "ribbon";
export type Operation = "check" | "compute" | "highlight" | "clear";

export interface Holder {
  readonly runtime: Runtime;
  readonly operation: Operation;
  /** When the operation began, ms since the epoch. */
  readonly since: number;
}

interface Entry extends Holder {
  readonly token: string;
  /** Last renewal, ms since the epoch. */
  readonly beat: number;
}

export type LockStorage = Pick<Storage, "getItem" | "setItem" | "removeItem">;

/** The part of a storage event this reads (window's StorageEvent): another page of the origin wrote `key`. */
export interface StorageChange {
  readonly key: string | null;
  readonly newValue: string | null;
}

/** Where storage events arrive (the window). */
export interface StorageEvents {
  addEventListener(type: "storage", listener: (e: StorageChange) => void): void;
  removeEventListener(type: "storage", listener: (e: StorageChange) => void): void;
}

export interface LockClock {
  now(): number;
  /** Calls `tick` every `ms` until the returned function is called. */
  every(ms: number, tick: () => void): () => void;
  /** Resolves after `ms`: lets a write another runtime made at the same moment land before ours is trusted. */
  pause(ms: number): Promise<void>;
}

/** A region's synchronous engine step takes up to ≈ 15 s in the pane, and no renewal fires during it. */
export const BEAT_MS = 5_000;
export const STALE_MS = 60_000;
export const SETTLE_MS = 30;

const systemClock: LockClock = {
  now: () => Date.now(),
  every: (ms, tick) => {
    const id = setInterval(tick, ms);
    return () => clearInterval(id);
  },
  pause: (ms) => new Promise((resolve) => setTimeout(resolve, ms)),
};

const DOING: Record<Operation, string> = {
  check: "проверка книги",
  compute: "расчёт показателей",
  highlight: "подсветка ошибок",
  clear: "снятие подсветки",
};

const WHERE: Record<Runtime, string> = {
  pane: "в панели «Методиста»",
  ribbon: "по команде с ленты",
};

function clockTime(ms: number): string {
  const d = new Date(ms);
  return `${d.getHours()}:${String(d.getMinutes()).padStart(2, "0")}`;
}

/** «Идёт расчёт показателей по команде с ленты (с 14:05)» */
export function describeWork(h: Holder): string {
  return `Идёт ${DOING[h.operation]} ${WHERE[h.runtime]} (с ${clockTime(h.since)})`;
}

/** «Идёт расчёт показателей по команде с ленты (с 14:05). Дождитесь конца и повторите.» */
export function describeHolder(h: Holder): string {
  return `${describeWork(h)}. Дождитесь конца и повторите.`;
}

export class WorkbookBusy extends Error {
  constructor(readonly holder: Holder) {
    super(`С этой книгой уже работает «Методист». ${describeHolder(holder)}`);
    this.name = "WorkbookBusy";
  }
}

export interface WorkbookLock {
  /** Runs `work` holding the workbook; rejects with WorkbookBusy, without running it, while another operation holds it. */
  hold<T>(operation: Operation, work: () => Promise<T>): Promise<T>;
  /**
   * Frees the workbook if this runtime holds it: its page is going away (the pane closed mid-run),
   * and its work with it. Without this the other runtime would wait for the entry to go stale.
   */
  abandon(): void;
  /**
   * Tells `heard` which operation of another runtime holds the workbook (null: none), now and on each
   * change — a storage event, or the entry going stale; the returned function stops watching.
   */
  watch(events: StorageEvents | null, heard: (other: Holder | null) => void): () => void;
}

const UNUSABLE = Symbol("unusable");

/** The entry under `key`; null when free or unreadable as an entry; UNUSABLE when storage refuses (a sandboxed frame). */
function read(storage: LockStorage, key: string): Entry | null | typeof UNUSABLE {
  let text: string | null;
  try {
    text = storage.getItem(key);
  } catch {
    return UNUSABLE;
  }
  if (text === null) return null;
  try {
    const e = JSON.parse(text) as Partial<Entry>;
    return typeof e.token === "string" && typeof e.beat === "number" && typeof e.since === "number" && e.operation !== undefined && e.runtime !== undefined ? (e as Entry) : null;
  } catch {
    return null;
  }
}

function write(storage: LockStorage, key: string, entry: Entry): boolean {
  try {
    storage.setItem(key, JSON.stringify(entry));
    return true;
  } catch {
    return false;
  }
}

let tokens = 0;

/**
 * The lock over `storage` (window.localStorage) for one workbook (`key`). Storage a page may not use
 * (some sandboxed frames throw on access) leaves the work unlocked rather than refused: the pane's
 * own rule still holds there, and refusing every click would be worse than the rare race.
 */
export function storageLock(storage: LockStorage | null, key: string, runtime: Runtime, clock: LockClock = systemClock): WorkbookLock {
  /** This runtime's entries, from their write until their release. */
  const held = new Set<Entry>();
  /** An entry renewed within STALE_MS holds the workbook; an older one's runtime is gone. */
  const live = (e: Entry, now: number): boolean => now - e.beat < STALE_MS;

  async function acquire(operation: Operation): Promise<Entry | null> {
    if (storage === null) return null;
    const now = clock.now();
    const current = read(storage, key);
    if (current === UNUSABLE) return null;
    if (current !== null && live(current, now)) throw new WorkbookBusy(current);
    const mine: Entry = { token: `${runtime}-${now}-${++tokens}-${Math.random().toString(36).slice(2)}`, runtime, operation, since: now, beat: now };
    if (!write(storage, key, mine)) return null;
    held.add(mine);
    // localStorage has no compare-and-set: two runtimes can both see the lock free and both write.
    // The last write wins; each waits a moment and reads back, and the one that was overwritten yields.
    await clock.pause(SETTLE_MS);
    const after = read(storage, key);
    if (after !== UNUSABLE && after !== null && after.token !== mine.token) {
      held.delete(mine);
      throw new WorkbookBusy(after);
    }
    return mine;
  }

  /** Another runtime's live entry, if one holds the workbook. */
  function other(): Entry | null {
    if (storage === null) return null;
    const e = read(storage, key);
    if (e === UNUSABLE || e === null || !live(e, clock.now())) return null;
    for (const mine of held) if (mine.token === e.token) return null;
    return e;
  }

  function stillMine(entry: Entry): boolean {
    const current = read(storage!, key);
    return current !== UNUSABLE && current !== null && current.token === entry.token;
  }

  function release(entry: Entry): void {
    try {
      if (stillMine(entry)) storage!.removeItem(key);
    } catch {
      // Storage that refuses now frees the lock by STALE_MS.
    }
  }

  return {
    async hold(operation, work) {
      const entry = await acquire(operation);
      if (entry === null) return work();
      const stopRenewing = clock.every(BEAT_MS, () => {
        if (stillMine(entry)) write(storage!, key, { ...entry, beat: clock.now() });
      });
      try {
        return await work();
      } finally {
        stopRenewing();
        held.delete(entry);
        release(entry);
      }
    },
    abandon() {
      for (const entry of held) release(entry);
    },
    watch(events, heard) {
      let last: string | null | undefined;
      const look = () => {
        const e = other();
        if (last !== undefined && (e?.token ?? null) === last) return;
        last = e?.token ?? null;
        heard(e && { runtime: e.runtime, operation: e.operation, since: e.since });
      };
      const onChange = (c: StorageChange) => {
        if (c.key === key) look();
      };
      look();
      events?.addEventListener("storage", onChange);
      // An entry whose runtime died sends no event: it is found stale on a later look.
      const stopLooking = clock.every(BEAT_MS, look);
      return () => {
        events?.removeEventListener("storage", onChange);
        stopLooking();
      };
    },
  };
}

/**
 * A localStorage key of one workbook — `busy`: its lock; `command`: the ribbon's news to the pane —
 * by its address (a new, unsaved workbook has none).
 */
export function workbookKey(kind: "busy" | "command", documentUrl: string | null | undefined): string {
  return `metodist.${kind}:${documentUrl ?? ""}`;
}
