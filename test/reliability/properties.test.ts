/**
 * Property-based tests (fast-check) for recognition, normalisation, checking and the evaluator:
 * nothing throws on arbitrary grids; shares stay within 0 ≤ N ≤ S; indicator values do not depend on
 * the order of rows or columns.
 */
import fc from "fast-check";
import { checkSheets } from "../../src/app/check";
import { FORMS } from "../../src/domain/forms";
import { SheetGrid } from "../../src/domain/grid";
import { evaluate } from "../../src/domain/indicators";
import { IndicatorResult, PresetId } from "../../src/domain/indicators/types";
import { normalizeCell } from "../../src/domain/normalize";
import { parsePeriod } from "../../src/domain/period";
import { recognizeSheet } from "../../src/domain/recognize";
import { anyCell, anyGrid, monitoringWorkbook, shuffled } from "./arbitraries";

const PERIOD = parsePeriod("2023/2024")!;
const TODAY = "2024-06-15";
const PRESETS: readonly PresetId[] = ["LK", "DZ", "AL", "KL", "BM"];
const ALL_FIELDS = FORMS.flatMap((f) => f.fields);

function indicatorsOf(sheets: readonly SheetGrid[]): IndicatorResult[] {
  const check = checkSheets(sheets, { today: TODAY, period: PERIOD });
  return evaluate(check.dataset, check.period, PRESETS);
}

/** What a person reads off an indicator: N, S, value and the per-school rows (in any order). */
function reading(results: readonly IndicatorResult[]) {
  return results.map((r) => ({
    id: r.id,
    n: r.numerator,
    s: r.denominator,
    value: r.value,
    bySchool: [...r.bySchool].sort((a, b) => a.key.localeCompare(b.key)),
  }));
}

describe("no throws on arbitrary input", () => {
  test("normalizeCell accepts any cell for any field", () => {
    fc.assert(
      fc.property(anyCell, fc.constantFrom(...ALL_FIELDS), (cell, field) => {
        normalizeCell(cell, field);
      }),
      { numRuns: 3000 },
    );
  });

  test("recognition, check and every preset accept any grid", () => {
    fc.assert(
      fc.property(fc.array(anyGrid(), { minLength: 1, maxLength: 3 }), (grids) => {
        const sheets = grids.map((g, i) => ({ ...g, sheet: `Лист${i + 1}` }));
        for (const s of sheets) recognizeSheet(s);
        const check = checkSheets(sheets, { today: TODAY, period: PERIOD });
        for (const issue of check.issues) expect(issue.message.length).toBeGreaterThan(0);
        evaluate(check.dataset, check.period, PRESETS);
      }),
      { numRuns: 150 },
    );
  });
});

describe("indicators over generated monitoring workbooks", () => {
  test("every generated sheet is recognised as the form it was built from", () => {
    fc.assert(
      fc.property(monitoringWorkbook, (wb) => {
        const check = checkSheets(wb.sheets, { today: TODAY, period: PERIOD });
        expect(check.sheets.map((s) => s.sheet)).toEqual(wb.sheets.map((s) => s.sheet));
      }),
      { numRuns: 40 },
    );
  });

  // LK-04/05/06 count prize places (events), not people: several places per person can exceed S.
  const EVENT_COUNTS = new Set(["LK-04", "LK-05", "LK-06"]);

  test("0 ≤ N ≤ S for every share indicator (prize-place counts aside), by school too", () => {
    const seen = new Set<string>();
    fc.assert(
      fc.property(monitoringWorkbook, (wb) => {
        for (const r of indicatorsOf(wb.sheets)) {
          if (r.unit !== "%" || EVENT_COUNTS.has(r.id) || r.numerator === null || r.denominator === null) continue;
          if (r.numerator > 0) seen.add(r.id);
          expect({ id: r.id, ok: r.numerator >= 0 && r.numerator <= r.denominator }).toEqual({ id: r.id, ok: true });
          for (const b of r.bySchool) expect({ id: r.id, school: b.key, ok: b.numerator >= 0 && b.numerator <= b.denominator }).toEqual({ id: r.id, school: b.key, ok: true });
        }
      }),
      { numRuns: 60 },
    );
    // Not vacuous: the generated workbooks give a non-zero N to shares of every preset.
    for (const preset of ["LK", "DZ", "AL", "KL", "BM"]) expect({ preset, some: [...seen].some((id) => id.startsWith(`${preset}-`)) }).toEqual({ preset, some: true });
  });

  test("values do not depend on the order of rows or columns", () => {
    fc.assert(
      fc.property(monitoringWorkbook, fc.integer({ min: 1, max: 2 ** 31 - 1 }), (wb, seed) => {
        expect(reading(indicatorsOf(shuffled(wb, seed).sheets))).toEqual(reading(indicatorsOf(wb.sheets)));
      }),
      { numRuns: 40 },
    );
  });
});
