/** @jest-environment jsdom */
import { act, renderHook } from "@testing-library/react";
import { COMPUTE_STEPS } from "../../src/app/steps";
import { useProgress } from "../../src/taskpane/components/useProgress";

describe("useProgress: when the engine waits for the pane to paint", () => {
  let now = 0;
  beforeEach(() => {
    now = 1_000_000;
    jest.spyOn(performance, "now").mockImplementation(() => now);
  });
  afterEach(() => jest.restoreAllMocks());

  /** The pane's listener: `waits(p)` — whether hearing `p` waits for a paint. */
  function listener() {
    const { result } = renderHook(() => useProgress(COMPUTE_STEPS));
    const waits = (p: Parameters<typeof result.current.listen>[0]): boolean => {
      let answer: unknown;
      act(() => void (answer = result.current.listen(p)));
      return answer instanceof Promise;
    };
    return { result, waits };
  }

  test("each new step waits; reads and writes never do; the engine's counts at most every 100 ms", () => {
    const { result, waits } = listener();

    expect(waits({ step: "read", done: 0, total: 0 })).toBe(true);
    expect(waits({ step: "read", done: 10, total: 100 })).toBe(false);
    expect(waits({ step: "check" })).toBe(true);
    // A consolidated workbook has hundreds of sheets: a paint (≈ 16 ms) after each would add seconds.
    now += 40;
    expect(waits({ step: "check", done: 1, total: 9 })).toBe(false);
    now += 40;
    expect(waits({ step: "check", done: 2, total: 9 })).toBe(false);
    now += 40;
    expect(waits({ step: "check", done: 3, total: 9 })).toBe(true);
    now += 10;
    expect(waits({ step: "check", done: 4, total: 9 })).toBe(false);
    expect(waits({ step: "indicators" })).toBe(true);
    now += 150;
    expect(waits({ step: "indicators", done: 50, total: 163 })).toBe(true);
    now += 20;
    expect(waits({ step: "indicators", done: 70, total: 163 })).toBe(false);
    expect(waits({ step: "plans" })).toBe(true);
    now += 120;
    expect(waits({ step: "plans", done: 10, total: 20 })).toBe(true);
    expect(waits({ step: "write", done: 0, total: 9 })).toBe(true);
    now += 1_000;
    expect(waits({ step: "write", done: 5, total: 9 })).toBe(false);
    expect(result.current.step).toBe("write");
  });

  test("counts are painted by the monotonic clock: a frozen wall clock (a test harness's) does not stop them", () => {
    jest.spyOn(Date, "now").mockImplementation(() => 0);
    const { waits } = listener();
    expect(waits({ step: "check" })).toBe(true);
    now += 500;
    expect(waits({ step: "check", done: 1, total: 2 })).toBe(true);
  });
});
