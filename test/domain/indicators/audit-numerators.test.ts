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

/**
 * Regression (11th session): every result had getter closures of its own for `counted` and
 * `numerators`. V8 keeps an accessor's function in the object's hidden class, which outlives the
 * object: in the pane (Chromium, 100 000 workers) the last compute's closure held its whole evaluation
 * context — every person, event and pass — after the result was shown: 232 MB of live heap instead
 * of 57. The getters are now the same two functions for every result, the audit kept beside it.
 */
describe("a result's lazy audit holds nothing through its getters", () => {
  const results = evaluate(HAND, PERIOD, ["LK", "AL"]);
  const getter = (r: object, p: string) => Object.getOwnPropertyDescriptor(r, p)?.get;

  it.each(["counted", "numerators"])("«%s» is one function for every result, closing over nothing of any", (p) => {
    const withIt = results.filter((r) => getter(r, p) !== undefined);
    expect(withIt.length).toBeGreaterThan(30);
    expect(new Set(withIt.map((r) => getter(r, p))).size).toBe(1);
  });

  it("still builds each result's own audit, once", () => {
    const [a, b] = results.filter((r) => r.counted.length > 0);
    expect(a.counted).not.toEqual(b.counted);
    expect(a.counted).toBe(a.counted);
  });
});
