import { paneCheck, paneCompute } from "../../src/taskpane/host";
import { statusCounts } from "../../src/taskpane/components/ComputeView";
import { checkResult, computeResult } from "./fake-host";

// A region's dataset and the indicators' audit (which holds every person) are hundreds of megabytes:
// the pane keeps only what it shows, or they would stay alive until the next run and through it
// (measured by `npm run bench`, the pane in Chromium: 1 107 → 725 MB after two computes).
describe("what the pane keeps of a result", () => {
  test("a check: what the «Проверка» tab shows, not the dataset", () => {
    const r = checkResult();
    const kept = paneCheck(r);
    expect(Object.keys(kept).sort()).toEqual(["issues", "period", "sheets", "unrecognised"]);
    expect(kept.issues).toBe(r.issues);
    expect("dataset" in kept).toBe(false);
  });

  test("a compute: the check as above, each indicator's id and status, the sheets written", () => {
    const r = computeResult();
    const kept = paneCompute(r);
    expect(Object.keys(kept.check)).not.toContain("dataset");
    expect(kept.indicators.map((i) => Object.keys(i).sort())).toEqual(r.indicators.map(() => ["id", "status"]));
    expect(kept.indicators.map((i) => i.id)).toEqual(["LK-01", "LK-02", "LK-03", "LK-04", "LK-05"]);
    expect(kept.applied).toBe(r.applied);
    expect(statusCounts(kept)).toEqual({ достигнуто: 2, близко: 1, "не достигнуто": 1, "без оценки": 1 });
  });
});
