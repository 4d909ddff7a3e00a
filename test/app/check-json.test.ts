import { toReportJson } from "../../src/app/json";
import { CheckResult } from "../../src/app/types";
import { IndicatorResult } from "../../src/domain/indicators/types";
import { parsePeriod } from "../../src/domain/period";

const EMPTY_DATASET = { roster: [], schools: [], courses: [], activities: [], diagnostics: [], mentoring: [], manual: [], persons: [] };

const CHECK: CheckResult = {
  period: parsePeriod("2023/2024")!,
  sheets: [
    {
      file: "a.xlsx", sheet: "Сверка", form: "roster", headerRow: 3, headerRows: 1,
      columns: { birthDate: 3, fullName: 1, school: 0, position: 27 }, unmapped: ["Примечание"],
      confidence: 0.93, weak: false, ambiguities: [], missingRequired: [], rows: 123,
    },
  ],
  unrecognised: [{ file: "a.xlsx", sheet: "Лист3", reason: "нет строки заголовков" }],
  issues: [
    { file: "a.xlsx", sheet: "Сверка", cell: "D14", field: "birthDate", rule: "date.range", severity: "error", message: "Дата рождения 01.01.2010 вне допустимого диапазона" },
    { file: "a.xlsx", sheet: "Сверка", cell: "A3", rule: "sheet.weakMatch", severity: "warning", message: "Лист похож" },
  ],
  dataset: EMPTY_DATASET,
};

function indicator(over: Partial<IndicatorResult>): IndicatorResult {
  return {
    id: "LK-01", preset: "LK", name: "Доля педагогов, прошедших КПК", shortName: "КПК", unit: "%",
    numerator: 12, denominator: 100, value: 12, target: 28, direction: "up", status: "не достигнуто",
    bySchool: [{ key: "МБОУ СОШ № 1", numerator: 3, denominator: 20, value: 15 }],
    bySubject: [{ key: "математика", numerator: 1, denominator: 9, value: 11.11111 }],
    counted: [{ file: "a.xlsx", sheet: "КПК", row: 5, part: "numerator", fullName: "Иванова Анна Петровна", school: "МБОУ СОШ № 1", reason: "КПК" }],
    ...over,
  };
}

describe("toReportJson: the CLI.md contract", () => {
  const json = toReportJson(CHECK, [
    indicator({}),
    indicator({ id: "LK-02", numerator: 0, denominator: 0, value: 0, bySchool: [{ key: "МБОУ СОШ № 2", numerator: 0, denominator: 0, value: 0 }], bySubject: undefined }),
    indicator({ id: "AL-1.4.1", unit: "да/нет", numerator: null, denominator: null, value: true, target: true, bySchool: [], bySubject: undefined }),
    indicator({ id: "KL-3", unit: "чел.", numerator: null, denominator: null, value: 7, target: null, status: null, bySchool: [], bySubject: undefined }),
  ]);

  test("top-level keys, in order", () => {
    expect(Object.keys(json)).toEqual(["period", "sheets", "unrecognised", "issues", "indicators"]);
    expect(json.period).toEqual({ label: "2023/2024", start: "2023-09-01", end: "2024-08-31" });
  });

  test("sheets: columns as letters in sheet order, 1-based header row, row count", () => {
    expect(json.sheets).toEqual([
      { file: "a.xlsx", sheet: "Сверка", form: "roster", headerRow: 3, columns: { school: "A", fullName: "B", birthDate: "D", position: "AB" }, unmapped: ["Примечание"], rows: 123 },
    ]);
  });

  test("unrecognised sheets and issues keep exactly the documented keys", () => {
    expect(json.unrecognised).toEqual([{ file: "a.xlsx", sheet: "Лист3", reason: "нет строки заголовков" }]);
    expect(Object.keys(json.issues[0])).toEqual(["file", "sheet", "cell", "field", "rule", "severity", "message"]);
    expect(json.issues[1].field).toBeNull();
  });

  test("indicators: documented keys, breakdowns keyed by school and subject, no personal data", () => {
    const lk = json.indicators[0];
    expect(Object.keys(lk)).toEqual(["id", "name", "numerator", "denominator", "value", "unit", "target", "direction", "status", "bySchool", "bySubject"]);
    expect(lk.bySchool).toEqual([{ school: "МБОУ СОШ № 1", numerator: 3, denominator: 20, value: 15 }]);
    expect(lk.bySubject).toEqual([{ subject: "математика", numerator: 1, denominator: 9, value: 11.1 }]);
    expect(JSON.stringify(json)).not.toContain("Иванова");
  });

  test("a % with nothing to divide by is null, not 0", () => {
    expect(json.indicators[1].value).toBeNull();
    expect(json.indicators[1].bySchool[0].value).toBeNull();
    expect(json.indicators[1].bySubject).toEqual([]);
  });

  test("да/нет criteria keep true/false; counts keep their unit", () => {
    expect(json.indicators[2]).toMatchObject({ unit: "да/нет", value: true, target: true });
    expect(json.indicators[3]).toMatchObject({ unit: "чел.", value: 7, status: null });
  });

  test("a note (how many schools reach a per-school target, why there is no value) is added after status, only where there is one", () => {
    const [withNote] = toReportJson(CHECK, [indicator({ id: "AL-P.38b", note: "организаций, где доля не менее 50 %: 5 из 12" })]).indicators;
    expect(Object.keys(withNote)).toEqual(["id", "name", "numerator", "denominator", "value", "unit", "target", "direction", "status", "note", "bySchool", "bySubject"]);
    expect(withNote.note).toBe("организаций, где доля не менее 50 %: 5 из 12");
  });

  test("check alone writes an empty indicator list", () => {
    expect(toReportJson(CHECK).indicators).toEqual([]);
  });
});
