/** A PaneHost over plain data: records calls, answers with hand-made results. */
import { CheckOptions, CheckResult, ComputeOptions, ComputeResult, ProgressListener, RunStopped } from "../../src/app/types";
import { Issue } from "../../src/domain/issues";
import { academicYear } from "../../src/domain/period";
import { IndicatorResult, Status } from "../../src/domain/indicators/types";
import { RecognizedSheet } from "../../src/domain/recognize/types";
import { PaneHost } from "../../src/taskpane/host";
import { CommandNews } from "../../src/taskpane/command-news";

export const PERIOD = academicYear(2023);

export const ROSTER: RecognizedSheet = {
  file: "Мониторинг.xlsx",
  sheet: "Сверка",
  form: "roster",
  headerRow: 3,
  headerRows: 1,
  columns: { fullName: 1, birthDate: 3, school: 0 },
  unmapped: ["Примечание"],
  confidence: 0.93,
  weak: false,
  ambiguities: [],
  missingRequired: [],
  rows: 35,
};

export const COURSES_WEAK: RecognizedSheet = {
  ...ROSTER,
  sheet: "КПК 2023",
  form: "courses",
  columns: { fullName: 0 },
  confidence: 0.41,
  weak: true,
  rows: 12,
};

export const ISSUES: Issue[] = [
  { file: "Мониторинг.xlsx", sheet: "Сверка", cell: "D14", field: "birthDate", rule: "type.date", severity: "error", message: "Не дата: «31.02.1980». Введите дату ДД.ММ.ГГГГ." },
  { file: "Мониторинг.xlsx", sheet: "Сверка", cell: "B20", field: "fullName", rule: "roster.fullName.format", severity: "warning", message: "ФИО не похоже на «Фамилия Имя Отчество»." },
  { file: "Мониторинг.xlsx", sheet: "КПК 2023", cell: "E5", field: "hours", rule: "courses.hours.minimum", severity: "error", message: "Объём 8 ч меньше минимума 16 ч для КПК." },
];

export function checkResult(overrides: Partial<CheckResult> = {}): CheckResult {
  return {
    period: PERIOD,
    sheets: [ROSTER, COURSES_WEAK],
    unrecognised: [{ file: "Мониторинг.xlsx", sheet: "Лист3", reason: "Нет строки заголовков стандартной формы." }],
    issues: ISSUES,
    dataset: {} as CheckResult["dataset"],
    ...overrides,
  };
}

function indicator(id: string, status: Status | null): IndicatorResult {
  return {
    id,
    preset: "LK",
    name: id,
    shortName: id,
    unit: "%",
    numerator: 1,
    denominator: 10,
    value: 10,
    target: 20,
    direction: "up",
    status,
    bySchool: [],
    counted: [],
  };
}

export function computeResult(): ComputeResult {
  return {
    check: checkResult(),
    indicators: [indicator("LK-01", "достигнуто"), indicator("LK-02", "достигнуто"), indicator("LK-03", "близко"), indicator("LK-04", "не достигнуто"), indicator("LK-05", null)],
    applied: [
      { planned: "Показатели", actual: "Показатели (2)", replaced: false },
      { planned: "Динамика", actual: "Динамика", replaced: true },
    ],
  };
}

/**
 * An answer the test holds: `answer` is what the host gives back, and until `finish` the test reports
 * steps through the pane's listener with `report`, as a long run would; `stopped` ends it as a run
 * stopped by its signal ends (`signal`: the one the pane passed).
 */
export function heldAnswer<T>(result: () => T): {
  answer: (progress?: ProgressListener, signal?: AbortSignal) => Promise<T>;
  report: ProgressListener;
  finish: () => void;
  stopped: () => void;
  signal: () => AbortSignal | undefined;
} {
  const held = { report: (() => {}) as ProgressListener, finish: () => {}, stopped: () => {}, signal: undefined as AbortSignal | undefined };
  return {
    answer: (progress, signal) =>
      new Promise<T>((resolve, reject) => {
        held.report = progress!;
        held.signal = signal;
        held.finish = () => resolve(result());
        held.stopped = () => reject(new RunStopped());
      }),
    report: (p) => held.report(p),
    finish: () => held.finish(),
    stopped: () => held.stopped(),
    signal: () => held.signal,
  };
}

export class FakeHost implements PaneHost {
  readonly calls: { name: string; args: unknown[] }[] = [];
  readonly store = new Map<string, unknown>();
  /**
   * Answers as the host would; `progress` is the pane's listener, for a test to report steps through,
   * and `signal` what its «Остановить» aborts.
   */
  checkAnswer: (progress?: ProgressListener, signal?: AbortSignal) => Promise<CheckResult> = async () => checkResult();
  computeAnswer: (progress?: ProgressListener, signal?: AbortSignal) => Promise<ComputeResult> = async () => computeResult();
  warningText: string | null = null;

  private record(name: string, ...args: unknown[]) {
    this.calls.push({ name, args });
  }
  check = (opts: CheckOptions, progress?: ProgressListener, signal?: AbortSignal) => {
    this.record("check", opts);
    return this.checkAnswer(progress, signal);
  };
  compute = (opts: ComputeOptions, progress?: ProgressListener, signal?: AbortSignal) => {
    this.record("compute", opts);
    return this.computeAnswer(progress, signal);
  };
  /** Cells «highlighted» beyond the notes' cap: left with their fill only. */
  unnoted = 0;
  highlight = async (issues: readonly Issue[]) => {
    this.record("highlight", issues);
    return { cells: issues.length, unnoted: this.unnoted };
  };
  clear = async () => {
    this.record("clear");
    return 2;
  };
  select = async (sheet: string, cell: string) => {
    this.record("select", sheet, cell);
  };
  headerRow: string[] = ["ФИО слушателя", "ОО", "Наименование программы", "Кол-во часов"];
  readRow = async (sheet: string, row: number) => {
    this.record("readRow", sheet, row);
    return this.headerRow;
  };
  settings = {
    get: <T>(key: string) => this.store.get(key) as T | undefined,
    set: async (key: string, value: unknown) => {
      this.store.set(key, value);
    },
  };
  today = () => "2024-10-15";
  warning = () => this.warningText;
  news?: CommandNews;
  named(name: string) {
    return this.calls.filter((c) => c.name === name);
  }
}
