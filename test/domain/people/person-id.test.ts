import { ordinalOfPersonId, personIdOf } from "../../../src/domain/people/person-id";

describe("person ids read back to their ordinal", () => {
  test.each([0, 1, 9, 10, 99_999, 1_000_000])("p%#: ordinal %p round-trips", (k) => {
    expect(ordinalOfPersonId(personIdOf(k))).toBe(k);
  });

  test.each(["", "p", "q1", "P1", "p1a", "p-1", "p 1", "1", "пp1", "p12345678901", "p01", "p00"])("%p is not such an id", (id) => {
    expect(ordinalOfPersonId(id)).toBe(-1);
  });
});
