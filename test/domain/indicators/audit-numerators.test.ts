import { evaluate } from "../../../src/domain/indicators";
import { entriesOf } from "../../../src/domain/indicators/numerators";
import { HAND, PERIOD } from "../../fixtures/hand/dataset";

/**
 * «Расшифровка» lists each indicator's N entries built from what the counting pass remembered, not
 * from a second pass over S. Read first (before `counted`, which would then serve them), they must
 * be exactly the numerator entries of the full audit, in the same order — for every indicator of the
 * hand fixture, which has a worker in two schools, namesakes and people outside every population.
 */
describe("numerator entries without a second pass", () => {
  const fresh = evaluate(HAND, PERIOD, ["LK", "DZ", "AL", "KL", "BM"]);
  const numerators = fresh.map((r) => ({ id: r.id, size: r.countedSize, alone: r.numerators && entriesOf(r.numerators) }));
  const full = evaluate(HAND, PERIOD, ["LK", "DZ", "AL", "KL", "BM"]);

  it.each(numerators.filter((n) => n.alone !== undefined).map((n) => [n.id, n] as const))("%s", (id, n) => {
    const all = full.find((r) => r.id === id)!.counted.filter((e) => e.part === "numerator");
    expect(n.alone).toEqual(all);
    expect(n.size?.numerators).toBe(all.length);
  });

  it("covers the person indicators and some of them count someone in N", () => {
    const person = numerators.filter((n) => n.alone !== undefined);
    expect(person.length).toBeGreaterThan(70);
    expect(person.filter((n) => n.alone!.length > 0).length).toBeGreaterThan(40);
    expect(person.some((n) => n.alone!.some((e) => e.school.includes(", ")))).toBe(true);
  });
});
