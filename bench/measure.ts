/** Median-of-runs timing after a warm-up: one number per stage that does not depend on a lucky run. */
export function median(xs: readonly number[]): number {
  const s = [...xs].sort((a, b) => a - b);
  const m = Math.floor(s.length / 2);
  return s.length % 2 ? s[m] : (s[m - 1] + s[m]) / 2;
}

export function timeMedian(runs: number, fn: () => unknown): number {
  fn(); // warm-up: JIT and caches, as in a second click in the pane
  const times: number[] = [];
  for (let i = 0; i < runs; i++) {
    const t = process.hrtime.bigint();
    fn();
    times.push(Number(process.hrtime.bigint() - t) / 1e6);
  }
  return median(times);
}

/**
 * Median of `runs` timings of `fn` alone, each over a fresh input that `prepare` makes untimed: for a
 * stage whose input it may change or cache into (planning keeps what it read from the results).
 */
export function timeMedianPrepared<T>(runs: number, prepare: () => T, fn: (input: T) => unknown): number {
  fn(prepare()); // warm-up
  const times: number[] = [];
  for (let i = 0; i < runs; i++) {
    const input = prepare();
    const t = process.hrtime.bigint();
    fn(input);
    times.push(Number(process.hrtime.bigint() - t) / 1e6);
  }
  return median(times);
}

/**
 * Median wall time and median CPU time (user + system) of the same runs. On a shared machine the
 * wall clock also counts time spent waiting for a core; CPU time shows what the work itself cost.
 */
export function timeMedianWithCpu(runs: number, fn: () => unknown, warmUp = true): { wall: number; cpu: number } {
  if (warmUp) fn();
  const wall: number[] = [];
  const cpu: number[] = [];
  for (let i = 0; i < runs; i++) {
    const c = process.cpuUsage();
    const t = process.hrtime.bigint();
    fn();
    wall.push(Number(process.hrtime.bigint() - t) / 1e6);
    const d = process.cpuUsage(c);
    cpu.push((d.user + d.system) / 1000);
  }
  return { wall: median(wall), cpu: median(cpu) };
}
