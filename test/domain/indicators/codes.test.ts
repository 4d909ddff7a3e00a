import { foldIndicatorCode, indicatorKey, looksLikeCode } from "../../../src/domain/indicators/codes";
import { INDICATORS, presetIdOf } from "../../../src/domain/indicators/presets";

describe("indicator codes as people type them", () => {
  test.each<[string, string, string]>([
    ["the preset's own spelling", "LK-01", "LK-01"],
    ["lower case and spaces round it", " lk-01 ", "LK-01"],
    ["a Cyrillic К (Russian keyboard layout)", "LК-01", "LK-01"],
    ["all in Cyrillic look-alikes", "ВМ-1", "BM-1"],
    ["Word's en dash", "LK–02", "LK-02"],
    ["an em dash", "LK—02", "LK-02"],
    ["a minus sign", "AL−2.8.10", "AL-2.8.10"],
    ["a space for the hyphen", "LK 04", "LK-04"],
    ["spaces round the hyphen", "LK - 04", "LK-04"],
    ["no hyphen at all", "LK04", "LK-04"],
    ["no leading zero", "LK-3", "LK-03"],
    ["a leading zero the preset does not write", "KL-03", "KL-3"],
    ["a Cyrillic К in «Сведения муниципалитета»'s KL", "КL-3", "KL-3"],
    ["a small Cyrillic а after the number", "kl-7а", "KL-7a"],
    ["Cyrillic Р and а in AL-P.38a", "AL-Р.38а", "AL-P.38a"],
    ["AL's three-part number with a space", "al 1.2.3", "AL-1.2.3"],
    ["AL's three-part number as written", "AL-1.2.3", "AL-1.2.3"],
  ])("%s: %p → %s", (_what, typed, id) => {
    expect(presetIdOf(typed)).toBe(id);
  });

  test.each<[string, string]>([
    ["a number no preset has", "LK-14"],
    ["a sub-number LK does not have", "LK-3.1"],
    ["AL with a part missing", "AL-1.2"],
    ["AL with a part too many", "AL-1.2.3.1"],
    ["a zero inside AL's number is no leading zero", "AL-1.2.03"],
    ["AL-1.2.30 is not AL-1.2.3", "AL-1.2.30"],
    ["ДЗ in Cyrillic letters that look like no Latin ones", "ДЗ-01"],
    ["AL-P.38 without its letter", "AL-P.38"],
    ["a prefix alone", "LK"],
    ["a header word", "Период"],
    ["empty", ""],
  ])("%s: %p matches no indicator", (_what, typed) => {
    expect(presetIdOf(typed)).toBeNull();
  });

  it("every preset id is its own code, and no two share a key (a leading zero cannot make one another)", () => {
    for (const d of INDICATORS) expect(presetIdOf(d.id)).toBe(d.id);
    const keys = INDICATORS.map((d) => indicatorKey(d.id));
    expect(new Set(keys).size).toBe(keys.length);
  });

  test.each<[string, string]>([
    ["вм", "BM"],
    [" ВМ ", "BM"],
    ["lk", "LK"],
    ["Кl", "KL"],
  ])("a preset name folds in case and look-alikes: %p → %s", (typed, folded) => {
    expect(foldIndicatorCode(typed)).toBe(folded);
  });

  test.each<[string, boolean]>([
    ["LK-14", true],
    ["XX–05", true],
    ["ДЗ-01", true],
    ["AL-9.9.9", true],
    ["Период", false],
    ["ИТОГ ЗА ГОД", false],
    ["Примечание", false],
    ["ФИО", false],
    ["2023", false],
    ["Ед.", false],
  ])("%p has the shape of a code: %s", (typed, shaped) => {
    expect(looksLikeCode(foldIndicatorCode(typed))).toBe(shaped);
  });
});
