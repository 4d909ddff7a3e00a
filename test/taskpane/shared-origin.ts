/**
 * One origin's localStorage as the pane and the ribbon's runtime see it: one map for both pages, and
 * each page hears the other's writes as a `storage` event (never its own, as in a browser).
 */
import type { LockStorage, StorageChange, StorageEvents } from "../../src/taskpane/workbook-lock";

export interface Page {
  readonly storage: LockStorage & { setItem(key: string, value: string): void };
  readonly events: StorageEvents;
}

export class SharedOrigin {
  readonly map = new Map<string, string>();
  private readonly listeners = new Map<Page, Set<(e: StorageChange) => void>>();

  page(): Page {
    const heard = new Set<(e: StorageChange) => void>();
    const notifyOthers = (e: StorageChange) => {
      for (const [other, ls] of this.listeners) if (other !== page) for (const l of ls) l(e);
    };
    const page: Page = {
      storage: {
        getItem: (k) => this.map.get(k) ?? null,
        setItem: (k, v) => {
          const changed = this.map.get(k) !== v;
          this.map.set(k, v);
          if (changed) notifyOthers({ key: k, newValue: v });
        },
        removeItem: (k) => {
          if (this.map.delete(k)) notifyOthers({ key: k, newValue: null });
        },
      },
      events: {
        addEventListener: (_type, l) => void heard.add(l),
        removeEventListener: (_type, l) => void heard.delete(l),
      },
    };
    this.listeners.set(page, heard);
    return page;
  }
}
