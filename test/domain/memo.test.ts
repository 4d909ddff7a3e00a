import { boundedMemo, memoPerOwner } from "../../src/domain/memo";

describe("boundedMemo", () => {
  it("computes each key once while it is remembered", () => {
    const calls: string[] = [];
    const upper = boundedMemo(10, (s: string) => (calls.push(s), s.toUpperCase()));
    expect([upper("а"), upper("б"), upper("а")]).toEqual(["А", "Б", "А"]);
    expect(calls).toEqual(["а", "б"]);
  });

  it("forgets everything once the limit is reached, and still answers right", () => {
    const calls: number[] = [];
    const double = boundedMemo(2, (n: number) => (calls.push(n), n * 2));
    expect([double(1), double(2), double(3), double(1), double(3)]).toEqual([2, 4, 6, 2, 6]);
    // 3 arrived when two were kept: the memo was emptied, so 1 is computed again and 3 is not.
    expect(calls).toEqual([1, 2, 3, 1]);
  });

  it("keeps a separate memo for each owner", () => {
    const calls: string[] = [];
    const of = memoPerOwner(10, (owner: { prefix: string }, key: string) => (calls.push(owner.prefix + key), owner.prefix + key));
    const a = { prefix: "a:" };
    const b = { prefix: "b:" };
    expect([of(a)("x"), of(b)("x"), of(a)("x")]).toEqual(["a:x", "b:x", "a:x"]);
    expect(of(a)).toBe(of(a));
    expect(calls).toEqual(["a:x", "b:x"]);
  });
});
