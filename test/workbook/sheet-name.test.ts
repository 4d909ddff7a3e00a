import { MAX_SHEET_NAME, cleanSheetName, firstFreeName, withSuffix } from "../../src/workbook/sheet-name";

/** What Excel accepts as a sheet name: 1–31 characters, none of []:*?/\, not starting or ending with '. */
function excelAccepts(name: string): boolean {
  return name.length >= 1 && name.length <= MAX_SHEET_NAME && !/[[\]:*?/\\]/.test(name) && !/^'|'$/.test(name);
}

describe("withSuffix: a copy's name that Excel accepts and that still says which sheet it is", () => {
  // Regression: a second school's file named «Мониторинг проф. развития МОУ СОШ № 2 за 2023-2024.xlsx»
  // gave «С (Мониторинг … 2023-2024)», 54 characters, and «Ш[1].xlsx» gave «Сверка кадров (Ш[1])»:
  // Excel refuses both names, and ExcelJS would not read the written workbook.
  test.each([
    ["Сверка кадров", "школа2", "Сверка кадров (школа2)"],
    ["Сверка кадров", "Мониторинг проф. развития МОУ СОШ № 2 за 2023-2024", "Сверка кадров (Мониторинг про…)"],
    ["Сверка кадров", "Ш[1]", "Сверка кадров (Ш_1_)"],
    ["КПК", "a:b*c?d/e\\f", "КПК (a_b_c_d_e_f)"],
    ["Сведения о курсах повышения квалификации", "2", "Сведения о курсах повышения (2)"],
    ["Сведения о курсах повышения квалификации", "школа № 12 города", "Сведения о курсах (школа № 12…)"],
    ["С", "Мониторинг проф. развития МОУ СОШ № 2 за 2023-2024", "С (Мониторинг проф. развития…)"],
  ])("%s + %s → %s", (base, suffix, expected) => {
    const name = withSuffix(base, suffix);
    expect(name).toBe(expected);
    expect(excelAccepts(name)).toBe(true);
  });

  test("names cut alike are told apart by a number, each still acceptable", () => {
    const taken = new Set<string>();
    const names = ["2", "3", "4"].map((n) => {
      const name = firstFreeName(withSuffix("Сверка кадров", `Мониторинг проф. развития МОУ СОШ № ${n}`), (c) => taken.has(c.toLowerCase()));
      taken.add(name.toLowerCase());
      return name;
    });
    expect(new Set(names).size).toBe(3);
    expect(names.every(excelAccepts)).toBe(true);
  });

  test("cleanSheetName keeps what Excel allows and makes the rest acceptable", () => {
    expect(cleanSheetName("'Итоги [2024]: школа?'")).toBe("Итоги _2024__ школа_");
    expect(cleanSheetName("   ")).toBe("Лист");
    expect(excelAccepts(cleanSheetName("x".repeat(40)))).toBe(true);
  });
});
