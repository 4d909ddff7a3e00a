import { CheckResult } from "../../src/app/types";
import { checkSummary, indicatorSummary, ISSUES_SHOWN_PER_SHEET } from "../../src/cli/summary";
import { IndicatorResult } from "../../src/domain/indicators/types";
import { Issue } from "../../src/domain/issues";
import { parsePeriod } from "../../src/domain/period";

const issue = (cell: string, severity: "error" | "warning", message: string, sheet = "Сверка"): Issue => ({ file: "a.xlsx", sheet, cell, rule: "field.required", severity, message });

function result(issues: Issue[]): CheckResult {
  return {
    period: parsePeriod("2023/2024")!,
    sheets: [{ file: "a.xlsx", sheet: "Сверка", form: "roster", headerRow: 1, headerRows: 1, columns: {}, unmapped: [], confidence: 0.914, weak: false, ambiguities: [], missingRequired: [], rows: 12 }],
    unrecognised: [{ file: "a.xlsx", sheet: "Лист3", reason: "нет строки заголовков с полями стандартных форм" }],
    issues,
    dataset: { roster: [], schools: [], courses: [], activities: [], diagnostics: [], mentoring: [], manual: [], persons: [] },
  };
}

describe("checkSummary", () => {
  test("recognised and unrecognised sheets, issues by sheet with counts, totals", () => {
    const text = checkSummary(result([issue("E6", "error", "Не заполнено обязательное поле «Должность»"), issue("C6", "warning", "Нет ни даты рождения, ни возраста"), issue("G3", "error", "Дата окончания раньше", "КПК")]));
    expect(text).toContain("Период: 2023/2024 (01.09.2023–31.08.2024)");
    expect(text).toContain("a.xlsx › «Сверка» — Сверка педагогических кадров; строк: 12; уверенность 91 %");
    expect(text).toContain("a.xlsx › «Лист3» — нет строки заголовков с полями стандартных форм");
    expect(text).toContain("a.xlsx › «Сверка»: ошибок 1, предупреждений 1\n    E6 ошибка: Не заполнено обязательное поле «Должность»\n    C6 предупреждение:");
    expect(text).toContain("a.xlsx › «КПК»: ошибок 1, предупреждений 0");
    expect(text.trimEnd().split("\n").pop()).toBe("Ошибок: 2, предупреждений: 1");
  });

  test("a long list is cut per sheet and points at the JSON", () => {
    const many = Array.from({ length: ISSUES_SHOWN_PER_SHEET + 7 }, (_, i) => issue(`A${i + 2}`, "warning", "x"));
    const text = checkSummary(result(many), { json: "отчёт.json" });
    expect(text).toContain("… и ещё 7 — полный список в отчёт.json");
    expect(text).toContain(`Ошибок: 0, предупреждений: ${ISSUES_SHOWN_PER_SHEET + 7}`);
  });

  test("a likely wrong period is said first, under the period, before the warnings it explains", () => {
    const hint: Issue = { ...issue("G2", "warning", "Похоже, выбран не тот период: 12 из 12 дат … в 2022/2023", "МАП"), rule: "period.likelyOther" };
    const lines = checkSummary(result([issue("E6", "error", "x"), hint])).split("\n");
    expect(lines[0]).toBe("Период: 2023/2024 (01.09.2023–31.08.2024)");
    expect(lines[1]).toBe("Внимание: Похоже, выбран не тот период: 12 из 12 дат … в 2022/2023 (период задаёт ключ --period).");
  });

  // Regression (QA, 24.11, second): with --out the full list was already in the result, yet the
  // console told the user to run again with --json.
  test("a cut list points at the result's «Проверка данных» when one was written, and says how to get one when not", () => {
    const many = Array.from({ length: ISSUES_SHOWN_PER_SHEET + 7 }, (_, i) => issue(`A${i + 2}`, "warning", "x"));
    expect(checkSummary(result(many), { sheet: { file: "итог.xlsx", name: "Проверка данных" } })).toContain("… и ещё 7 — полный список на листе «Проверка данных» в итог.xlsx");
    expect(checkSummary(result(many), { json: "о.json", sheet: { file: "итог.xlsx", name: "Проверка данных (2)" } })).toContain(
      "— полный список в о.json и на листе «Проверка данных (2)» в итог.xlsx",
    );
    expect(checkSummary(result(many), { canWriteResult: true })).toContain("… и ещё 7 — полный список: --json ОТЧЁТ.json или --out РЕЗУЛЬТАТ.xlsx");
    // check writes no result: it is not sent to an option it refuses.
    expect(checkSummary(result(many))).toMatch(/… и ещё 7 — полный список: --json ОТЧЁТ\.json\n/);
  });
});

describe("indicatorSummary", () => {
  test("value, target and status per indicator, in Russian number format", () => {
    const r: IndicatorResult = {
      id: "LK-01", preset: "LK", name: "Доля", shortName: "КПК за 3 года", unit: "%", numerator: 1, denominator: 9, value: 11.11,
      target: 28, direction: "up", status: "не достигнуто", bySchool: [], counted: [],
    };
    expect(indicatorSummary([r, { ...r, id: "LK-02", value: null, status: null, target: null }, { ...r, id: "LK-03", value: 18, status: "достигнуто", target: 15 }])).toBe(
      "Показатели: 3\n  LK-01 КПК за 3 года: 11,1 %; цель 28,0 % — не достигнуто\n  LK-02 КПК за 3 года: нет данных\n  LK-03 КПК за 3 года: 18,0 %; цель 15,0 % — достигнуто\n",
    );
  });

  test("a year-over-year target says which period it compares with and the earlier value", () => {
    const r: IndicatorResult = {
      id: "LK-12", preset: "LK", name: "Доля", shortName: "С дефицитами", unit: "%", numerator: 5, denominator: 10, value: 50,
      target: null, direction: "down", status: "достигнуто", trend: { previousPeriod: "2022/2023", previousValue: 55.5 }, bySchool: [], counted: [],
    };
    expect(indicatorSummary([r])).toBe("Показатели: 1\n  LK-12 С дефицитами: 50,0 %; цель — снижение к 2022/2023 (было 55,5 %) — достигнуто\n");
  });
});
