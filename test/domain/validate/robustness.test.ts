import fc from "fast-check";
import { FORMS } from "../../../src/domain/forms";
import { NormalValue } from "../../../src/domain/normalize/types";
import { validateRows } from "../../../src/domain/validate";
import { CTX, rowOf, sheetOf } from "./rows";

/** Whatever a row holds (wrong types included: normalisation may leave anything), validation answers with issues on that row's cells. */
const value: fc.Arbitrary<NormalValue | null> = fc.oneof(
  fc.constant(null),
  fc.string({ maxLength: 12 }),
  fc.integer({ min: -5, max: 3000 }),
  fc.double({ noNaN: true, min: -1e6, max: 1e6 }),
  fc.boolean(),
  fc.date({ min: new Date("1900-01-01"), max: new Date("2100-12-31"), noInvalidDate: true }).map((d) => d.toISOString().slice(0, 10)),
  fc.array(fc.string({ maxLength: 5 }), { maxLength: 3 }),
);

describe("validateRows on arbitrary rows", () => {
  test.each(FORMS.map((f) => [f.id] as const))("%s: never throws; issues point at the row's own cells, one per cell", (form) => {
    const rec = sheetOf(form);
    const fields = Object.keys(rec.columns);
    fc.assert(
      fc.property(fc.tuple(...fields.map(() => value)), (vals) => {
        const row = rowOf(rec, Object.fromEntries(fields.map((f, i) => [f, vals[i]])), 7);
        const issues = validateRows(rec, [row], CTX);
        const cells = new Set(Object.values(row.cells));
        for (const i of issues) {
          expect(cells.has(i.cell)).toBe(true);
          expect(i.message.length).toBeGreaterThan(20);
        }
        expect(new Set(issues.map((i) => i.cell)).size).toBe(issues.length);
      }),
      { numRuns: 300 },
    );
  });
});
