/**
 * fast-check generators for the property tests: arbitrary grids (anything a host could hand over)
 * and plausible monitoring workbooks built from the form tables themselves (FORMS.md), with a small
 * shared pool of people and schools so sheets link up.
 */
import fc from "fast-check";
import { FORMS, FORM_BY_ID } from "../../src/domain/forms";
import { FieldDef, FormId } from "../../src/domain/forms/types";
import { CellValue, SheetGrid } from "../../src/domain/grid";

const HEADER_WORDS: readonly string[] = FORMS.flatMap((f) => f.fields.flatMap((d) => [d.header, ...d.aliases]));
const VOCABULARY: readonly string[] = FORMS.flatMap((f) => f.fields.flatMap((d) => (d.options ?? []).flatMap((o) => [o.value, ...o.aliases])));

/** Any cell a host adapter could produce, biased towards header words and vocabulary so recognition goes deep. */
export const anyCell: fc.Arbitrary<CellValue> = fc.oneof(
  { weight: 3, arbitrary: fc.constantFrom(...HEADER_WORDS) },
  { weight: 2, arbitrary: fc.constantFrom(...VOCABULARY) },
  { weight: 2, arbitrary: fc.string({ maxLength: 12 }) },
  { weight: 1, arbitrary: fc.string({ unit: "grapheme", maxLength: 12 }) },
  { weight: 1, arbitrary: fc.constantFrom("", " ", "\u00a0", "\u200b", "=1+1", "@A1", "-", "+", "31.02.2023", "12.03.80", "1e309", "Итого", "1", "2", "3") },
  { weight: 2, arbitrary: fc.double() },
  { weight: 2, arbitrary: fc.integer({ min: -100000, max: 3000000 }) },
  { weight: 1, arbitrary: fc.boolean() },
  { weight: 1, arbitrary: fc.date({ min: new Date(Date.UTC(1800, 0, 1)), max: new Date(Date.UTC(2200, 0, 1)), noInvalidDate: true }) },
  { weight: 1, arbitrary: fc.constantFrom("#N/A", "#DIV/0!", "#VALUE!", "#REF!", "#ИМЯ?").map((error) => ({ error })) },
  { weight: 3, arbitrary: fc.constant(null) },
);

export const anyGrid = (file = "f.xlsx", sheet = "Лист1"): fc.Arbitrary<SheetGrid> =>
  fc.record({
    cells: fc.array(fc.array(anyCell, { maxLength: 14 }), { maxLength: 40 }),
    merges: fc.array(
      fc.record({ top: fc.nat(40), left: fc.nat(14), h: fc.nat(3), w: fc.nat(3) }).map(({ top, left, h, w }) => ({ top, left, bottom: top + h, right: left + w })),
      { maxLength: 3 },
    ),
  }).map(({ cells, merges }) => ({ file, sheet, cells, ...(merges.length > 0 ? { merges } : {}) }));

export const SCHOOLS = ["МБОУ СОШ № 1", "МАОУ СОШ № 4", "МАДОУ Детский сад № 5"] as const;
export const NAMES = [
  "Иванова Анна Петровна", "Петров Пётр Ильич", "Сидорова Мария Ивановна", "Кузнецов Олег Сергеевич", "Смирнова Елена Викторовна",
  "Попов Андрей Николаевич", "Волкова Ирина Алексеевна", "Соколов Дмитрий Юрьевич", "Морозова Ольга Павловна", "Лебедев Игорь Васильевич",
] as const;
const TITLES = ["Обновлённые ФГОС", "Учитель года", "Функциональная грамотность", "Цифровая среда", "Наставничество в школе"] as const;
const SUBJECTS = ["математика", "физика", "русский язык", "история", "начальные классы"] as const;

const day = (min: [number, number], max: [number, number]) =>
  fc.date({ min: new Date(Date.UTC(min[0], min[1] - 1, 1)), max: new Date(Date.UTC(max[0], max[1] - 1, 28)), noInvalidDate: true });

/** A plausible value for one field: mostly valid, sometimes a vocabulary alias, sometimes empty. */
function fieldValue(form: FormId, f: FieldDef): fc.Arbitrary<CellValue> {
  const value = ((): fc.Arbitrary<CellValue> => {
    if (f.id === "school") return fc.constantFrom(...SCHOOLS);
    if (f.id === "fullName" || f.id === "mentorName" || f.id === "menteeName") return fc.constantFrom(...NAMES);
    if (f.id === "birthDate") return day([1960, 1], [1999, 12]);
    if (f.id === "position") return fc.constantFrom("учитель", "воспитатель", "заместитель директора", "педагог дополнительного образования", "директор");
    switch (f.type) {
      case "text":
        return fc.constantFrom(...TITLES);
      case "date":
        return day([2019, 1], [2024, 6]);
      case "int":
      case "number":
        return fc.integer({ min: f.min ?? 0, max: Math.min(f.max ?? 100, 100) });
      case "bool":
        return fc.constantFrom("да", "нет", "+", "-", 1, 0);
      case "enum":
        return fc.constantFrom(...(f.options ?? []).flatMap((o) => [o.value, o.value, ...o.aliases.slice(0, 1)]));
      case "list":
        return f.options
          ? fc.subarray(f.options.map((o) => o.value), { minLength: 1, maxLength: 2 }).map((xs) => xs.join(", "))
          : fc.subarray([...SUBJECTS], { minLength: 1, maxLength: 2 }).map((xs) => xs.join(", "));
    }
  })();
  return f.required ? value : fc.option(value, { nil: null, freq: 4 });
}

/** Cross-field rules a valid sheet keeps (FORMS.md): filled rates never exceed the staff rates. */
function consistent(form: FormId, row: CellValue[]): CellValue[] {
  if (form !== "schools") return row;
  const fields = FORM_BY_ID.schools.fields.map((f) => f.id);
  const staff = fields.indexOf("staffRates");
  const filled = fields.indexOf("filledRates");
  const a = row[staff];
  const b = row[filled];
  if (typeof a === "number" && typeof b === "number" && b > a) [row[staff], row[filled]] = [b, a];
  return row;
}

export interface Workbook {
  readonly sheets: SheetGrid[];
}

const DATA_FORMS: readonly FormId[] = ["roster", "schools", "courses", "activities", "diagnostics", "mentoring"];

function formSheet(form: FormId, maxRows: number): fc.Arbitrary<SheetGrid> {
  const def = FORM_BY_ID[form];
  const row = fc.tuple(...def.fields.map((f) => fieldValue(form, f)));
  const rows = form === "schools" ? fc.constant(SCHOOLS.map((s) => s)).chain((ss) => fc.tuple(...ss.map((s) => row.map((r) => [s, ...r.slice(1)])))) : fc.array(row, { minLength: 1, maxLength: maxRows });
  return rows.map((data) => ({ file: "m.xlsx", sheet: def.sheetName, cells: [def.fields.map((f) => f.header), ...data.map((r) => consistent(form, [...r]))] }));
}

/** A municipality's workbook: a roster plus any of the other data forms. */
export const monitoringWorkbook: fc.Arbitrary<Workbook> = fc
  .tuple(formSheet("roster", 25), fc.subarray(DATA_FORMS.slice(1) as FormId[]))
  .chain(([rosterSheet, others]) => fc.tuple(fc.constant(rosterSheet), ...others.map((f) => formSheet(f, 20))))
  .map((sheets) => ({ sheets }));

/** The same sheets with data rows shuffled and columns permuted (header and data together). */
export function shuffled(wb: Workbook, seed: number): Workbook {
  let a = seed >>> 0 || 1;
  const rnd = () => ((a = (Math.imul(a, 1103515245) + 12345) >>> 0) / 4294967296);
  const shuffle = <T>(xs: T[]): T[] => {
    for (let i = xs.length - 1; i > 0; i--) {
      const j = Math.floor(rnd() * (i + 1));
      [xs[i], xs[j]] = [xs[j], xs[i]];
    }
    return xs;
  };
  return {
    sheets: wb.sheets.map((s) => {
      const width = Math.max(...s.cells.map((r) => r.length));
      const order = shuffle(Array.from({ length: width }, (_, i) => i));
      const permute = (r: CellValue[]) => order.map((c) => r[c] ?? null);
      const [header, ...data] = s.cells;
      return { ...s, cells: [permute(header), ...shuffle(data.map((r) => [...r])).map(permute)] };
    }),
  };
}
