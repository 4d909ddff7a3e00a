"use strict";
/**
 * The engine's stderr as the user sees it: passed through as it comes (the status line included),
 * except V8's English dump when the heap runs out, which is held back and dropped so that the
 * launcher can say it in one Russian line. The dump begins with its «Last few GCs» banner and names
 * the heap a few lines later; what follows the banner waits until one or the other is clear.
 */
const BANNER = "\n<--- Last few GCs --->";
const OUT_OF_MEMORY = /JavaScript heap out of memory|Allocation failed - process out of memory/;
/** A banner that is not followed by a heap failure this soon was not V8's dump: let it through. */
const HOLD_AT_MOST = 64 * 1024;

/** How many characters at the end of `text` could begin the banner (held back until the next piece says). */
function bannerStart(text) {
  for (let k = Math.min(BANNER.length - 1, text.length); k > 0; k--) if (text.endsWith(BANNER.slice(0, k))) return k;
  return 0;
}

/** @param {(text: string) => void} write where the user's stderr goes */
function engineStderr(write) {
  /** The end of the stream that may be the beginning of the banner. */
  let pending = "";
  /** From the banner on, while it is not yet clear that it is V8's dump. */
  let held = null;
  /** The last characters that went by, for a failure named without the banner or across two pieces. */
  let recent = "";
  /** The heap's failure was named (the launcher trusts it only if the engine also ended abnormally). */
  let outOfMemory = false;
  /** V8's dump was recognised: it and whatever follows it are not shown. */
  let dumped = false;
  return {
    /** @param {string} text the next piece of the engine's stderr, decoded */
    push(text) {
      if (dumped) return;
      recent = (recent + text).slice(-256);
      if (OUT_OF_MEMORY.test(recent)) outOfMemory = true;
      if (held === null) {
        const seen = pending + text;
        const at = seen.indexOf(BANNER);
        if (at >= 0) {
          write(seen.slice(0, at));
          held = seen.slice(at);
          pending = "";
        } else {
          const keep = bannerStart(seen);
          write(seen.slice(0, seen.length - keep));
          pending = seen.slice(seen.length - keep);
        }
      } else {
        held += text;
      }
      if (held !== null && OUT_OF_MEMORY.test(held)) {
        outOfMemory = true;
        dumped = true;
        held = null;
      } else if (held !== null && held.length > HOLD_AT_MOST) {
        write(held);
        held = null;
      }
    },
    /** The engine has ended: whatever is still held goes out. Returns whether its heap ran out. */
    end() {
      const rest = pending + (held ?? "");
      if (!dumped && rest !== "") write(rest);
      pending = "";
      held = null;
      return outOfMemory;
    },
  };
}

module.exports = { engineStderr };
