/**
 * A number shown with a % format is read as it is shown: Excel stores «25 %» as 0.25, but the user
 * typed and sees 25, and every form field and history cell that holds a share means percent points
 * («Результат, %», «Значение» of a share, a history share). Both hosts' readers give such a cell as
 * its shown number, so the domain never has to guess whether 1 is 1 % or 100 %.
 */
import { bareFormatCode } from "./format-code";

const verdicts = new Map<string, boolean>();

/** Whether the number format code shows its number as a percentage («0%», «0,0%», «0.00 %»). */
export function isPercentFormat(code: string | null | undefined): boolean {
  if (!code) return false;
  let v = verdicts.get(code);
  if (v === undefined) {
    // A «%» quoted, escaped or in a [$-…] block shows no percentage.
    v = bareFormatCode(code).includes("%");
    verdicts.set(code, v);
  }
  return v;
}

/** Built-in number formats that are percentages (ECMA-376 §18.8.30: 9 «0%», 10 «0.00%»). */
export const BUILTIN_PERCENT_IDS: ReadonlySet<number> = new Set([9, 10]);

/** The number as a % format shows it: 0.691 → 69.1, without 69.10000000000001. */
export function shownPercent(v: number): number {
  return Number((v * 100).toPrecision(15));
}
