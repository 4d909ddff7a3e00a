import { Direction, Status } from "./types";

/** % values are shown and compared rounded to 0.1 (CLI.md). */
export function round1(x: number): number {
  // The tiny nudge keeps 12.25 (stored as 12.2499…) rounding the way a person would.
  return Math.round(x * 10 + 1e-9) / 10;
}

export function percent(n: number, s: number): number | null {
  return s === 0 ? null : round1((n / s) * 100);
}

/** «Близко»: within 10 % of the target, relative (INDICATORS.md «Status against target»). */
const NEAR = 0.1;

/**
 * Status of a value against the seed's target in the indicator's direction; null when there is no
 * target or no value. A да/нет criterion is achieved by «да».
 */
export function statusOf(
  value: number | boolean | null,
  target: number | boolean | null,
  direction: Direction,
  strict = false,
): Status | null {
  if (value === null || target === null) return null;
  if (typeof target === "boolean" || typeof value === "boolean") return value === true ? "достигнуто" : "не достигнуто";
  if (direction === "up") {
    if (strict ? value > target : value >= target) return "достигнуто";
    return value >= target * (1 - NEAR) ? "близко" : "не достигнуто";
  }
  if (strict ? value < target : value <= target) return "достигнуто";
  return value <= target * (1 + NEAR) ? "близко" : "не достигнуто";
}
