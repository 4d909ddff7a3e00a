import { round1, statusOf } from "../../../src/domain/indicators";

describe("status against target (INDICATORS.md)", () => {
  it.each([
    [30, 30, "up", false, "достигнуто"],
    [27, 30, "up", false, "близко"], // exactly 10 % below
    [26.9, 30, "up", false, "не достигнуто"],
    [10, 10, "down", false, "достигнуто"],
    [10, 10, "down", true, "близко"], // «менее 10 %»: 10 itself is not enough
    [11, 10, "down", false, "близко"],
    [11.1, 10, "down", false, "не достигнуто"],
    [2, 2, "up", false, "достигнуто"],
    [true, true, "up", false, "достигнуто"],
    [false, true, "up", false, "не достигнуто"],
  ] as const)("value %p, target %p, %s (strict %p) → %s", (value, target, dir, strict, status) => {
    expect(statusOf(value, target, dir, strict)).toBe(status);
  });
  it("is empty without a value or a target", () => {
    expect(statusOf(null, 10, "up")).toBeNull();
    expect(statusOf(12, null, "up")).toBeNull();
  });
  it("rounds % to 0.1 the way a person does", () => {
    expect(round1(114.2857)).toBe(114.3);
    expect(round1(12.25)).toBe(12.3);
    expect(round1(2 / 29 * 100)).toBe(6.9);
  });
});
