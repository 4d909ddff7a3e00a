import { INDICATORS, PRESETS, evaluate } from "../../../src/domain/indicators";
import { IndicatorResult, PresetId } from "../../../src/domain/indicators/types";
import { HAND, PERIOD } from "../../fixtures/hand/dataset";
import { EXPECTED } from "../../fixtures/hand/expected";

const ALL: readonly PresetId[] = ["LK", "DZ", "AL", "KL", "BM"];
const results = evaluate(HAND, PERIOD, ALL);
const byId = new Map(results.map((r) => [r.id, r]));
const get = (id: string): IndicatorResult => {
  const r = byId.get(id);
  if (!r) throw new Error(`no result for ${id}`);
  return r;
};

describe("hand-checked fixture, period 2023/2024", () => {
  it("has an expectation for every indicator of all five presets, and nothing else", () => {
    expect(EXPECTED.map((x) => x.id).sort()).toEqual(INDICATORS.map((d) => d.id).sort());
    expect(results.map((r) => r.id)).toEqual(INDICATORS.map((d) => d.id));
  });

  it.each(EXPECTED.map((x) => [x.id, x] as const))("%s: N, S, value and status as counted by hand", (id, x) => {
    const r = get(id);
    expect({ N: r.numerator, S: r.denominator, value: r.value, status: r.status }).toEqual({ N: x.N, S: x.S, value: x.value, status: x.status });
  });

  it("evaluates only the presets asked for", () => {
    const bm = evaluate(HAND, PERIOD, ["BM"]);
    expect(bm.map((r) => r.id)).toEqual(["BM-1", "BM-2", "BM-3"]);
    expect(PRESETS.map((p) => p.id)).toEqual(ALL);
  });
});
