import { evaluateSteps } from "../../../src/domain/indicators";
import { PresetId } from "../../../src/domain/indicators/types";
import { StepCount } from "../../../src/domain/steps";
import { HAND, PERIOD } from "../../fixtures/hand/dataset";

const ALL: readonly PresetId[] = ["LK", "DZ", "AL", "KL", "BM"];

/** Every pause of evaluateSteps, and what it ends with. */
function pausesOf(presets: readonly PresetId[]) {
  const steps = evaluateSteps(HAND, PERIOD, presets);
  const counts: StepCount[] = [];
  for (;;) {
    const r = steps.next();
    if (r.done) return { counts, results: r.value };
    counts.push(r.value);
  }
}

// A region's indicators take seconds: the pane paints a bar and hears «Остановить» at each pause.
describe("the indicators, pausing to say how far they have got", () => {
  it("count up, never past the whole, with one total: the context, each sweep over people, every 25 indicators", () => {
    const { counts, results } = pausesOf(ALL);
    const total = counts[0].total;
    expect(counts.every((c) => c.total === total)).toBe(true);
    const done = counts.map((c) => c.done);
    expect(done).toEqual([...done].sort((a, b) => a - b));
    expect(new Set(done).size).toBe(done.length);
    expect(done[done.length - 1]).toBeLessThan(total);
    // All five presets: more pauses than sweeps alone, at 25, 50, 75, 100 indicators after the sweeps.
    expect(results.length).toBeGreaterThan(100);
    const afterSweeps = done.filter((d) => d > done[0] && total - d < results.length);
    expect(afterSweeps.map((d) => total - d)).toEqual([results.length - 25, results.length - 50, results.length - 75, results.length - 100]);
  });

  it("one preset: the first pause after the context, before any indicator", () => {
    const { counts } = pausesOf(["BM"]);
    expect(counts.length).toBeGreaterThanOrEqual(1);
    expect(counts[0].done).toBeGreaterThan(0);
    expect(counts[0].done).toBeLessThan(counts[0].total);
  });
});
