import { FieldDef } from "../../../src/domain/forms/types";
import { FORMS } from "../../../src/domain/forms";
import { CellValue } from "../../../src/domain/grid";
import { columnNormalizer, normalizeCell } from "../../../src/domain/normalize/normalize-cell";
import { isEmptyCell } from "../../../src/domain/skipped-rows";
import { isSpaceLike, needsCleaning } from "../../../src/domain/text";

/**
 * The character tests that stand in for regular expressions and trim() on hot paths must agree with
 * them on every UTF-16 unit, not just on the cells we thought of.
 */
const CLEANED_AWAY = /[\s\u200B-\u200D\u2060\uFEFF\u00AD]/;
const NEEDS_CLEANING = /^\s|\s$|[^\S ]| {2}|[\u200B-\u200D\u2060\uFEFF\u00AD]/;

describe("character tests agree with the regular expressions they replace, for every UTF-16 unit", () => {
  test("isSpaceLike ≡ \\s or an invisible character", () => {
    const wrong: number[] = [];
    for (let c = 0; c <= 0xffff; c++) if (isSpaceLike(c) !== CLEANED_AWAY.test(String.fromCharCode(c))) wrong.push(c);
    expect(wrong).toEqual([]);
  });

  test("needsCleaning ≡ the regular expression, the unit at the start, inside, at the end, doubled", () => {
    const wrong: string[] = [];
    for (let c = 0; c <= 0xffff; c++) {
      const ch = String.fromCharCode(c);
      for (const s of [ch, `${ch}аб`, `а${ch}б`, `аб${ch}`, `а${ch}${ch}б`, `а ${ch}б`, `а${ch} б`]) {
        if (needsCleaning(s) !== NEEDS_CLEANING.test(s)) wrong.push(JSON.stringify(s));
      }
    }
    expect(wrong).toEqual([]);
  });

  test("isEmptyCell ≡ trim() leaves nothing, for every unit alone, before and after a letter", () => {
    const wrong: string[] = [];
    for (let c = 0; c <= 0xffff; c++) {
      const ch = String.fromCharCode(c);
      for (const s of [ch, `${ch}${ch}`, `${ch}а`, `а${ch}`]) if (isEmptyCell(s) !== (s.trim() === "")) wrong.push(JSON.stringify(s));
    }
    expect(wrong).toEqual([]);
  });
});

const CELLS: CellValue[] = [
  null, "", " ", "\u00A0", "\u200B", "\t", "учитель", " учитель", "учитель ", "учитель  физики", "учитель\nфизики",
  "учитель\u00A0физики", "\u200Bучитель", "уч\u00ADитель", "#Н/Д", " #N/A", "#", "#1", "#не ошибка", "=A1", "да", "нет", "Да.",
  "01.09.2023", "1 сентября 2023 г.", "45200", "высш.", "внешн. совм.", "BKK", "ФГОС, воспитание", "инклюзивное образование/ОВЗ",
  "ЦНППМ (ИОМ)", "72 часа", "6 мес.", "1,5 ставки", "20 лет", "85%", "1 234,5", "-", "x", 45200, 0, 1, -1, 1.5, 1985, Number.NaN, Number.POSITIVE_INFINITY, true, false,
  new Date(Date.UTC(2023, 8, 1)), new Date(Date.UTC(1899, 11, 30)), new Date(Number.NaN), { error: "#DIV/0!" },
];

describe("columnNormalizer answers as normalizeCell does, for every field of every form", () => {
  const fields: FieldDef[] = FORMS.flatMap((f) => f.fields);
  test.each(fields.map((f) => [f.id, f.type, f] as const))("%s (%s)", (_id, _type, field) => {
    const column = columnNormalizer(field);
    // Twice: the second round is answered from the column's memory.
    for (let round = 0; round < 2; round++) {
      for (const raw of CELLS) {
        const got = column(raw);
        expect(typeof got === "string" ? { ok: true, value: got } : got).toEqual(normalizeCell(raw, field));
      }
    }
  });
});
