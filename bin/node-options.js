"use strict";
/**
 * The Node options `metodist` starts its engine with: the ones a process cannot give itself once it
 * runs (`v8.setFlagsFromString` no longer changes the heap's sizes then), and none the user set.
 *
 * - More heap on machines with less than 16 GB. V8 gives a process a quarter of the machine's memory
 *   (at most 4 GB); a region's book of 1 000 000 rows needs ≈ 1,2–1,5 GB, so on a 4 GB office PC the
 *   engine ran out of memory and crashed. The engine may use up to half of the memory, at most 4 GB —
 *   what V8 itself gives on a machine of 16 GB.
 * - A larger young generation (semi-spaces up to 64 MB instead of 16): nearly all the engine allocates
 *   lives until its step ends, and a small nursery copies each object twice; ≈ 4 % of a large run
 *   (docs/performance-log.md). It grows only as it is used: a small book never reaches it.
 */
const MB = 1024 * 1024;
const SEMI_SPACE_MB = 64;
const HEAP_CAP_MB = 4096;

/** Whether the user already chose `name` (with dashes or underscores), in NODE_OPTIONS or on node's command line. */
function chosen(name, nodeOptions, execArgv) {
  const spelled = name.replace(/-/g, "[-_]");
  const option = new RegExp(`^--${spelled}(=|$)`);
  return [...nodeOptions.split(/\s+/), ...execArgv].some((a) => option.test(a));
}

/**
 * @param {{ nodeOptions?: string, execArgv?: readonly string[], totalMemoryBytes: number, heapLimitBytes: number }} machine
 *   NODE_OPTIONS, the launcher's own node options, the machine's memory and V8's default heap limit here.
 * @returns {string[]} options to put before the engine's script
 */
function engineNodeOptions({ nodeOptions = "", execArgv = [], totalMemoryBytes, heapLimitBytes }) {
  const options = [];
  if (!chosen("max-semi-space-size", nodeOptions, execArgv)) options.push(`--max-semi-space-size=${SEMI_SPACE_MB}`);
  if (!chosen("max-old-space-size", nodeOptions, execArgv)) {
    const half = Math.floor(Math.min(HEAP_CAP_MB, totalMemoryBytes / 2 / MB));
    if (half > heapLimitBytes / MB) options.push(`--max-old-space-size=${half}`);
  }
  return options;
}

module.exports = { engineNodeOptions };
