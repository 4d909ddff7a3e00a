import fc from "fast-check";
import { normalizeCell } from "../../../src/domain/normalize/normalize-cell";
import { normalizePersonName } from "../../../src/domain/normalize/person-name";
import { FORMS } from "../../../src/domain/forms";
import { CellValue } from "../../../src/domain/grid";
import { formatRu } from "../../../src/domain/dates";
import { cleanSpaces } from "../../../src/domain/text";
import { normalizeText } from "../../../src/domain/normalize/text";

const ALL_FIELDS = FORMS.flatMap((f) => f.fields);

const cellValue: fc.Arbitrary<CellValue> = fc.oneof(
  fc.string(),
  fc.string({ unit: "grapheme" }),
  fc.constantFrom("31.02.2023", "01.09.23", "1 234,5", "да", "#Н/Д", "ФГОС/ОВЗ", " ", "\u00A0", "=SUM(A1)", "1,2,3", "высш."),
  fc.double(),
  fc.integer(),
  fc.constantFrom(Number.NaN, Number.POSITIVE_INFINITY, Number.NEGATIVE_INFINITY, -0),
  fc.boolean(),
  fc.date(),
  fc.constant(new Date(Number.NaN)),
  fc.string().map((error) => ({ error })),
  fc.constant(null),
);

describe("normalisation properties", () => {
  test("never throws and always answers with a value or a reason, for every field of every form", () => {
    fc.assert(
      fc.property(cellValue, fc.constantFrom(...ALL_FIELDS), (raw, field) => {
        const r = normalizeCell(raw, field);
        if (r.ok) return r.value === null || ["string", "number", "boolean", "object"].includes(typeof r.value);
        return r.reason.length > 0;
      }),
      { numRuns: 3000 },
    );
  });

  test("dates are stable: a normalised date, read again as ISO or as ДД.ММ.ГГГГ, is the same date", () => {
    const dateFields = ALL_FIELDS.filter((f) => f.type === "date");
    fc.assert(
      fc.property(cellValue, fc.constantFrom(...dateFields), (raw, field) => {
        const r = normalizeCell(raw, field);
        if (!r.ok || r.value === null) return true;
        const iso = r.value as string;
        const again = normalizeCell(iso, field);
        const ru = normalizeCell(formatRu(iso), field);
        return again.ok && again.value === iso && ru.ok && ru.value === iso;
      }),
      { numRuns: 3000 },
    );
  });

  test("vocabulary values are stable: a canonical value normalises to itself, lists too", () => {
    const coded = ALL_FIELDS.filter((f) => f.options && (f.type === "enum" || f.type === "list"));
    fc.assert(
      fc.property(fc.constantFrom(...coded), fc.nat(), fc.string(), (field, pick, noise) => {
        const options = field.options!;
        const opt = options[pick % options.length];
        for (const spelling of [opt.value, ...opt.aliases, noise]) {
          const r = normalizeCell(spelling, field);
          if (!r.ok || r.value === null) continue;
          const again = normalizeCell(Array.isArray(r.value) ? r.value.join(", ") : (r.value as string), field);
          if (!again.ok || JSON.stringify(again.value) !== JSON.stringify(r.value)) return false;
        }
        const canon = normalizeCell(opt.value, field);
        return canon.ok && JSON.stringify(canon.value) === JSON.stringify(field.type === "list" ? [opt.value] : opt.value);
      }),
      { numRuns: 2000 },
    );
  });

  test("person names never throw and re-normalising the display keeps the key", () => {
    fc.assert(
      fc.property(fc.oneof(fc.string(), fc.constantFrom("Иванова А.П.", "иванова анна петровна", "A.П. Иванова", "ИВАНОВА АП")), (text) => {
        const n = normalizePersonName(text);
        return normalizePersonName(n.display).key === n.key;
      }),
      { numRuns: 3000 },
    );
  });

  test("the fast path for clean text gives exactly what cleaning spaces gives", () => {
    const spacey = fc.stringOf(fc.constantFrom("а", "б", " ", "\u00A0", "\n", "\t", "\u200B", "\u2007", "\u202F", "x"));
    fc.assert(
      fc.property(fc.oneof(spacey, fc.string()), (s) => {
        const r = normalizeText(s);
        const cleaned = cleanSpaces(s);
        return r.ok && r.value === (cleaned === "" ? null : cleaned);
      }),
      { numRuns: 3000 },
    );
  });
});
