import { Progress, Step } from "../../src/app/types";
import { CHECK_STEPS, COMPUTE_STEPS, describeProgress } from "../../src/app/steps";

describe("what the pane says about a running operation", () => {
  const cases: [string, Progress, readonly Step[], string, number | undefined][] = [
    ["reading before anything has come", { step: "read", done: 0, total: 0 }, COMPUTE_STEPS, "Шаг 1 из 5. Чтение листов книги…", undefined],
    ["reading, rounded down: never 100 % before the end", { step: "read", done: 99_999, total: 100_000 }, COMPUTE_STEPS, "Шаг 1 из 5. Чтение листов книги: 99 %…", 0.99999],
    ["number formats: still the first step", { step: "readFormats", done: 1, total: 4 }, CHECK_STEPS, "Шаг 1 из 2. Чтение форматов чисел (какие числа — даты): 25 %…", 0.25],
    ["checking, nothing to count", { step: "check" }, CHECK_STEPS, "Шаг 2 из 2. Проверка записей…", undefined],
    ["checking, sheet by sheet: the rows checked", { step: "check", done: 100_001, total: 584_571 }, COMPUTE_STEPS, "Шаг 2 из 5. Проверка записей: 17 %…", 100_001 / 584_571],
    ["indicators", { step: "indicators" }, COMPUTE_STEPS, "Шаг 3 из 5. Расчёт показателей…", undefined],
    ["report sheets", { step: "plans" }, COMPUTE_STEPS, "Шаг 4 из 5. Подготовка листов отчёта…", undefined],
    ["writing, in rows", { step: "write", done: 1_500, total: 237_089 }, COMPUTE_STEPS, "Шаг 5 из 5. Запись листов отчёта: 1\u00a0500 из 237\u00a0089 строк…", 1_500 / 237_089],
    ["a count past its total is shown as the total", { step: "write", done: 12, total: 10 }, COMPUTE_STEPS, "Шаг 5 из 5. Запись листов отчёта: 10 из 10 строк…", 1],
    ["a step the operation does not number", { step: "write", done: 0, total: 0 }, CHECK_STEPS, "Запись листов отчёта…", undefined],
  ];
  test.each(cases)("%s", (_what, p, steps, label, value) => {
    const view = describeProgress(p, steps);
    expect(view.label).toBe(label);
    if (value === undefined) expect(view.value).toBeUndefined();
    else expect(view.value).toBeCloseTo(value, 6);
  });
});
