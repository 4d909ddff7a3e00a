import { BEAT_MS, Holder, LockClock, LockStorage, Operation, STALE_MS, WorkbookBusy, WorkbookLock, storageLock, workbookKey } from "../../src/taskpane/workbook-lock";
import { SharedOrigin } from "./shared-origin";

/** A clock the test moves by hand; renewals fire when it passes them. */
class HandClock implements LockClock {
  t = new Date(2026, 10, 24, 14, 5).getTime();
  private ticks: { every: number; next: number; tick: () => void }[] = [];
  /** Runs before the read-back of a fresh write, as another runtime's write landing meanwhile would. */
  duringPause: () => void = () => {};
  now = () => this.t;
  every = (ms: number, tick: () => void) => {
    const t = { every: ms, next: this.t + ms, tick };
    this.ticks.push(t);
    return () => void (this.ticks = this.ticks.filter((x) => x !== t));
  };
  pause = async () => this.duringPause();
  advance(ms: number) {
    const end = this.t + ms;
    for (;;) {
      const due = this.ticks.filter((t) => t.next <= end).sort((a, b) => a.next - b.next)[0];
      if (!due) break;
      this.t = due.next;
      due.next += due.every;
      due.tick();
    }
    this.t = end;
  }
}

/** Work the test ends when it wants: the operation is running until then. */
function pending<T>(value: T) {
  let finish!: () => void;
  let fail!: (e: Error) => void;
  const promise = new Promise<T>((resolve, reject) => {
    finish = () => resolve(value);
    fail = reject;
  });
  return { work: () => promise, finish, fail };
}

/** Lets a hold that was just started take the lock (its few awaits) before the test goes on. */
const held = () => new Promise((resolve) => setImmediate(resolve));

const KEY = workbookKey("busy", "C:\\Users\\imc\\Мониторинг 2024.xlsx");

function setup() {
  const origin = new SharedOrigin();
  const clock = new HandClock();
  const storage = origin.page().storage;
  return { origin, storage, clock, pane: storageLock(storage, KEY, "pane", clock), ribbon: storageLock(origin.page().storage, KEY, "ribbon", clock) };
}

async function busyOf(p: Promise<unknown>): Promise<WorkbookBusy> {
  try {
    await p;
  } catch (e) {
    if (e instanceof WorkbookBusy) return e;
    throw e;
  }
  throw new Error("expected WorkbookBusy");
}

/** The refusal of `lock`'s hold of `operation`, whose work must not have run. */
async function refused(lock: WorkbookLock, operation: Operation): Promise<WorkbookBusy> {
  let ran = false;
  const busy = await busyOf(
    lock.hold(operation, async () => {
      ran = true;
    }),
  );
  expect(ran).toBe(false);
  return busy;
}

describe("one workbook operation at a time across the pane and the ribbon", () => {
  it("a ribbon compute while the pane computes is refused, says who holds the workbook, and does not run", async () => {
    const { pane, ribbon } = setup();
    const paneCompute = pending("pane done");
    const running = pane.hold("compute", paneCompute.work);
    await held();
    const busy = await refused(ribbon, "compute");
    expect(busy.holder).toMatchObject({ runtime: "pane", operation: "compute" });
    expect(busy.message).toBe(`С этой книгой уже работает «Методист». Идёт расчёт показателей в панели «Методиста» (с 14:05). Дождитесь конца и повторите.`);
    paneCompute.finish();
    await expect(running).resolves.toBe("pane done");
  });

  it("frees the workbook when the operation ends, so the next one runs", async () => {
    const { origin, pane, ribbon } = setup();
    await pane.hold("check", async () => 1);
    expect(origin.map.has(KEY)).toBe(false);
    await expect(ribbon.hold("highlight", async () => 40)).resolves.toBe(40);
  });

  it("frees it when the operation fails or is stopped too", async () => {
    const { origin, pane, ribbon } = setup();
    const failing = pending(0);
    const run = pane.hold("compute", failing.work);
    await held();
    failing.fail(new Error("Расчёт остановлен"));
    await expect(run).rejects.toThrow("Расчёт остановлен");
    expect(origin.map.has(KEY)).toBe(false);
    await expect(ribbon.hold("compute", async () => "ok")).resolves.toBe("ok");
  });

  it("two clicks in one runtime: the second waits its turn like any other (the ribbon's two buttons)", async () => {
    const { ribbon } = setup();
    const first = pending(null);
    void ribbon.hold("check", first.work);
    await held();
    const busy = await busyOf(ribbon.hold("compute", async () => null));
    expect(busy.holder).toMatchObject({ runtime: "ribbon", operation: "check" });
    expect(busy.message).toMatch(/Идёт проверка книги по команде с ленты/);
    first.finish();
  });

  it("another workbook is not held", async () => {
    const { storage, clock, pane } = setup();
    const other = storageLock(storage, workbookKey("busy", "C:\\Users\\imc\\Другая книга.xlsx"), "ribbon", clock);
    const long = pending(null);
    void pane.hold("compute", long.work);
    await held();
    await expect(other.hold("compute", async () => "other")).resolves.toBe("other");
    long.finish();
  });

  it("a long operation keeps the workbook: its holder renews the lock while it works", async () => {
    const { clock, pane, ribbon } = setup();
    const long = pending(null);
    void pane.hold("compute", long.work);
    await held();
    clock.advance(STALE_MS * 3);
    await expect(busyOf(ribbon.hold("clear", async () => 0))).resolves.toBeInstanceOf(WorkbookBusy);
    long.finish();
  });

  it("a runtime that died mid-run (the pane closed) frees the workbook after a minute without renewal", async () => {
    const { storage, clock, ribbon } = setup();
    // What a pane closed mid-compute leaves behind: its entry, no longer renewed.
    storage.setItem(KEY, JSON.stringify({ token: "pane-gone", runtime: "pane", operation: "compute", since: clock.t, beat: clock.t }));
    clock.advance(STALE_MS - BEAT_MS);
    await expect(busyOf(ribbon.hold("compute", async () => "ran"))).resolves.toBeInstanceOf(WorkbookBusy);
    clock.advance(BEAT_MS);
    await expect(ribbon.hold("compute", async () => "ran")).resolves.toBe("ran");
  });

  it("a pane closed mid-run frees the workbook at once, not a minute later; another runtime's entry it leaves alone", async () => {
    const { origin, pane, ribbon } = setup();
    const cut = pending(null);
    void pane.hold("compute", cut.work);
    await held();
    await expect(busyOf(ribbon.hold("compute", async () => "ran"))).resolves.toBeInstanceOf(WorkbookBusy);
    pane.abandon(); // its page is going away (pagehide)
    expect(origin.map.has(KEY)).toBe(false);
    const ribbonWork = pending("ribbon ran");
    const running = ribbon.hold("compute", ribbonWork.work);
    await held();
    pane.abandon();
    expect(origin.map.has(KEY)).toBe(true);
    ribbonWork.finish();
    await expect(running).resolves.toBe("ribbon ran");
  });

  it("the pane watches the ribbon: who holds the workbook, now and on each change; its own holds are not «another»", async () => {
    const clock = new HandClock();
    const origin = new SharedOrigin();
    const panePage = origin.page();
    const pane = storageLock(panePage.storage, KEY, "pane", clock);
    const ribbon = storageLock(origin.page().storage, KEY, "ribbon", clock);
    const seen: (Holder | null)[] = [];
    const stop = pane.watch(panePage.events, (h) => seen.push(h));
    expect(seen).toEqual([null]);

    const command = pending(null);
    const running = ribbon.hold("compute", command.work);
    await held();
    expect(seen).toEqual([null, { runtime: "ribbon", operation: "compute", since: clock.t }]);
    clock.advance(BEAT_MS * 3); // renewals are changes of the entry, not of who holds it
    expect(seen).toHaveLength(2);
    command.finish();
    await running;
    expect(seen).toEqual([null, { runtime: "ribbon", operation: "compute", since: clock.t - BEAT_MS * 3 }, null]);

    await pane.hold("check", async () => clock.advance(BEAT_MS));
    expect(seen).toHaveLength(3);
    stop();
    await ribbon.hold("clear", async () => 0);
    expect(seen).toHaveLength(3);
  });

  it("a ribbon runtime that died without a word stops holding the pane once its entry is stale", () => {
    const { origin, clock } = setup();
    const panePage = origin.page();
    const seen: (Holder | null)[] = [];
    panePage.storage.setItem(KEY, JSON.stringify({ token: "ribbon-gone", runtime: "ribbon", operation: "compute", since: clock.t, beat: clock.t }));
    storageLock(panePage.storage, KEY, "pane", clock).watch(panePage.events, (h) => seen.push(h));
    expect(seen.map((h) => h?.runtime ?? null)).toEqual(["ribbon"]);
    clock.advance(STALE_MS + BEAT_MS);
    expect(seen.map((h) => h?.runtime ?? null)).toEqual(["ribbon", null]);
  });

  it("both runtimes clicking at the same moment: the one whose write was overwritten yields, and leaves the other's entry", async () => {
    const { storage, clock, ribbon } = setup();
    const paneEntry = { token: "pane-same-moment", runtime: "pane", operation: "compute", since: clock.t, beat: clock.t };
    clock.duringPause = () => storage.setItem(KEY, JSON.stringify(paneEntry));
    const busy = await refused(ribbon, "compute");
    expect(busy.holder).toMatchObject({ runtime: "pane", operation: "compute" });
    expect(JSON.parse(storage.getItem(KEY)!)).toEqual(paneEntry);
  });

  it("a garbled entry does not hold the workbook", async () => {
    const { storage, ribbon } = setup();
    storage.setItem(KEY, "{не JSON");
    await expect(ribbon.hold("check", async () => "ran")).resolves.toBe("ran");
    storage.setItem(KEY, JSON.stringify({ runtime: "pane" }));
    await expect(ribbon.hold("check", async () => "ran")).resolves.toBe("ran");
  });

  it("storage the page may not use leaves the work unlocked rather than refusing every click", async () => {
    const refusing: LockStorage = {
      getItem: () => {
        throw new DOMException("denied", "SecurityError");
      },
      setItem: () => {
        throw new DOMException("denied", "SecurityError");
      },
      removeItem: () => {},
    };
    const clock = new HandClock();
    await expect(storageLock(refusing, KEY, "pane", clock).hold("compute", async () => "ran")).resolves.toBe("ran");
    await expect(storageLock(null, KEY, "pane", clock).hold("compute", async () => "ran")).resolves.toBe("ran");
    // Full storage (quota): reading works, writing does not.
    const full: LockStorage = {
      ...new SharedOrigin().page().storage,
      setItem: () => {
        throw new DOMException("full", "QuotaExceededError");
      },
    };
    await expect(storageLock(full, KEY, "pane", clock).hold("compute", async () => "ran")).resolves.toBe("ran");
  });
});
