import { ПР, УЧ, notOfOrgType, ofOrgType, teachingAnyOf } from "../../../src/domain/indicators/blocks";

// Derived populations are remembered by their definition, so presets that each write «ПР (ОО)» share
// one sweep (performance-log п. 55). Two definitions must never share one: review, 24.11.
describe("derived populations: one object per definition, never one for two", () => {
  test("the same definition twice is the same population", () => {
    expect(ofOrgType(ПР, "ОО")).toBe(ofOrgType(ПР, "ОО"));
    expect(notOfOrgType(ПР, "ДОО")).toBe(notOfOrgType(ПР, "ДОО"));
    expect(teachingAnyOf(УЧ, ["математика", "физика"])).toBe(teachingAnyOf(УЧ, ["математика", "физика"]));
  });

  test.each<[string, () => unknown, () => unknown]>([
    ["no type and an empty type", () => ofOrgType(ПР), () => ofOrgType(ПР, "")],
    ["one type holding the separator and two types", () => ofOrgType(ПР, "А\u0001Б"), () => ofOrgType(ПР, "А", "Б")],
    ["no subjects and an empty subject", () => teachingAnyOf(УЧ, []), () => teachingAnyOf(УЧ, [""])],
    ["another base", () => ofOrgType(ПР, "ОО"), () => ofOrgType(УЧ, "ОО")],
  ])("%s are two populations", (_what, a, b) => {
    expect(a()).not.toBe(b());
  });
});
