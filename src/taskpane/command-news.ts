/**
 * What a ribbon command did, told to the pane while it is open. Commands show no dialogs; their outcome
 * is kept in the workbook's settings, which the pane reads when it opens — but a click refused because
 * the pane itself is computing would then say nothing until the pane is reopened. The two runtimes
 * share one origin's localStorage, whose `storage` event reaches every other page of the origin: the
 * command writes its line there, the open pane hears it at once.
 */
import type { LockStorage, StorageChange, StorageEvents } from "./workbook-lock";

export interface CommandNews {
  /** The ribbon's side: one line about the command just finished. */
  tell(message: string): void;
  /** The pane's side: `heard` gets each line told from now on; the returned function stops listening. */
  listen(heard: (message: string) => void): () => void;
}

export function storageNews(storage: LockStorage | null, key: string, events: StorageEvents | null, now: () => number = Date.now): CommandNews {
  return {
    tell(message) {
      try {
        // The time makes a repeated line a change too: the event fires only when the value differs.
        storage?.setItem(key, JSON.stringify({ message, at: now() }));
      } catch {
        // No shared storage: the pane still finds the line in the settings when it opens.
      }
    },
    listen(heard) {
      if (events === null) return () => {};
      const onChange = (e: StorageChange) => {
        if (e.key !== key || e.newValue === null) return;
        try {
          const { message } = JSON.parse(e.newValue) as { message?: unknown };
          if (typeof message === "string") heard(message);
        } catch {
          // Not ours to read.
        }
      };
      events.addEventListener("storage", onChange);
      return () => events.removeEventListener("storage", onChange);
    },
  };
}
