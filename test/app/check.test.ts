import * as path from "path";
import { OWN_OUTPUT_REASON, checkSheets, checkWorkbook, sortIssues } from "../../src/app/check";
import { computeFromSheets } from "../../src/app/compute";
import { withAllRows } from "../../src/report/plan";
import { XlsxWorkbook } from "../../src/workbook/xlsx/xlsx-workbook";
import { gridOf } from "../report/fixtures";
import { CellValue, SheetGrid } from "../../src/domain/grid";
import { Issue } from "../../src/domain/issues";
import { parsePeriod } from "../../src/domain/period";
import { RunStopped, WorkbookPort } from "../../src/workbook/port";

const d = (y: number, m: number, day: number) => new Date(Date.UTC(y, m - 1, day));
const grid = (sheet: string, cells: CellValue[][], extra: Partial<SheetGrid> = {}): SheetGrid => ({ file: "школа1.xlsx", sheet, cells, ...extra });

const ROSTER = grid("Сверка кадров", [
  ["Образовательная организация", "ФИО", "Дата рождения", "Возраст (полных лет)", "Должность", "Педагогический стаж (лет)", "Общий стаж (лет)", "Квалификационная категория", "Дата присвоения категории"],
  ["МБОУ СОШ № 1", "Иванова Анна Петровна", d(1980, 3, 12), 44, "учитель", 20, 22, "высшая", d(2021, 12, 20)],
  // pedagogical > total experience; высшая/первая without a date
  ["МБОУ СОШ № 1", "Петров Пётр Ильич", d(1990, 5, 5), null, "учитель", 25, 20, "первая", null],
  // stated age 30, but 39 full years on 31.08.2024
  ["МБОУ СОШ № 1", "Сидорова Мария Ивановна", d(1985, 1, 15), 30, "учитель", 10, 12, "без категории", null],
  // the first row again
  ["МБОУ СОШ № 1", "Иванова Анна Петровна", d(1980, 3, 12), 44, "учитель", 20, 22, "высшая", d(2021, 12, 20)],
  // no position, no birth date, no age
  ["МБОУ СОШ № 1", "Кузнецов Олег Николаевич", null, null, null, 5, 5, null, null],
]);

const COURSES = grid("КПК", [
  ["Образовательная организация", "ФИО", "Наименование программы (курсов)", "Вид обучения", "Объём (количество часов)", "Дата начала", "Дата окончания", "Номер удостоверения"],
  ["МБОУ СОШ № 1", "Иванова Анна Петровна", "Обновлённые ФГОС", "повышение квалификации", 36, d(2023, 10, 2), d(2023, 10, 20), "7723-000123"],
  // 8 hours of ПК, ends before it starts, the certificate of row 2
  ["МБОУ СОШ № 1", "Петров Пётр Ильич", "Функциональная грамотность", "ПК", 8, d(2023, 9, 1), d(2023, 5, 12), "7723-000123"],
  // nobody of that name in the roster
  ["МБОУ СОШ № 1", "Смирнов Иван Иванович", "Цифровая среда", "повышение квалификации", 72, d(2023, 11, 1), d(2023, 11, 30), "7723-000999"],
]);

const MENTORING = grid("Наставничество", [
  ["ФИО наставника", "ФИО наставляемого", "Дата начала", "Дата окончания"],
  ["Иванова Анна Петровна", "Петров Пётр Ильич", d(2023, 9, 1), d(2024, 5, 31)],
  // the same person on both sides (ё/е differ)
  ["Петров Пётр Ильич", "Петров Петр Ильич", d(2023, 9, 1), null],
]);

const NOTES = grid("Примечания", [["Пояснительная записка"], ["Данные собраны в мае 2024 года."]]);
/** Metodist's own output sheet: looks like a roster, must never be read as input. */
const OWN = grid("Показатели", ROSTER.cells, { ownOutput: true });

const OPTS = { period: parsePeriod("2023/2024")!, today: "2024-06-15" };
const SHEETS = [ROSTER, COURSES, MENTORING, NOTES, OWN];

describe("checkSheets on a small school's workbook with planted problems", () => {
  const result = checkSheets(SHEETS, OPTS);
  const mine = (i: Issue) => !i.rule.startsWith("person.");

  test("recognises the three forms, lists the notes sheet, ignores its own output", () => {
    expect(result.sheets.map((s) => [s.sheet, s.form])).toEqual([["Сверка кадров", "roster"], ["КПК", "courses"], ["Наставничество", "mentoring"]]);
    expect(result.unrecognised.map((u) => u.sheet)).toEqual(["Примечания"]);
    expect(result.unrecognised[0].reason).not.toBe("");
    expect(result.issues.some((i) => i.sheet === "Показатели")).toBe(false);
    expect(result.period.label).toBe("2023/2024");
  });

  test("every planted problem is found, at its cell, in reading order", () => {
    expect(result.issues.filter(mine).map((i) => [i.sheet, i.cell, i.rule, i.severity])).toEqual([
      ["Сверка кадров", "F3", "roster.experience.order", "error"],
      ["Сверка кадров", "I3", "roster.categoryDate.missing", "warning"],
      ["Сверка кадров", "D4", "roster.age.mismatch", "error"],
      ["Сверка кадров", "B5", "roster.duplicate", "error"],
      ["Сверка кадров", "C6", "roster.birthOrAge.missing", "warning"],
      ["Сверка кадров", "E6", "field.required", "error"],
      ["КПК", "E3", "courses.hours.minimum", "error"],
      ["КПК", "G3", "courses.dates.order", "error"],
      ["КПК", "H3", "courses.certificate.duplicate", "error"],
      ["Наставничество", "B3", "mentoring.self", "error"],
    ]);
  });

  test("messages say what is wrong with the values as typed", () => {
    const msg = (cell: string, sheet: string) => result.issues.find((i) => i.cell === cell && i.sheet === sheet && mine(i))!.message;
    expect(msg("G3", "КПК")).toBe("Дата окончания 12.05.2023 раньше даты начала 01.09.2023 — проверьте порядок дат");
    expect(msg("D4", "Сверка кадров")).toContain("Возраст 30 лет не совпадает с датой рождения 15.01.1985: на 31.08.2024 полных лет — 39");
    expect(msg("F3", "Сверка кадров")).toContain("Педагогический стаж 25 лет больше общего стажа 20 лет");
    expect(msg("E6", "Сверка кадров")).toContain("«Должность»");
    expect(msg("B5", "Сверка кадров")).toContain("в строке 2");
    expect(msg("H3", "КПК")).toContain("«7723-000123» уже указан в строке 2");
  });

  test("a name missing from the roster is reported on the courses row", () => {
    const unmatched = result.issues.filter((i) => i.rule === "person.unmatched");
    expect(unmatched.map((i) => [i.sheet, i.cell.replace(/^[A-Z]+/, "")])).toEqual([["КПК", "4"]]);
  });

  test("the dataset holds the recognised rows", () => {
    expect(result.dataset.roster).toHaveLength(5);
    expect(result.dataset.courses).toHaveLength(3);
    expect(result.dataset.mentoring).toHaveLength(2);
  });

  test("the period defaults to the year containing today minus three months", () => {
    expect(checkSheets([ROSTER], { today: "2024-06-15" }).period).toEqual({ label: "2023/2024", start: "2023-09-01", end: "2024-08-31" });
  });

  test("a mapping override decides which column is which", () => {
    // Swap: tell Metodist that column G (7th) holds the start date and F the end date.
    const override = { form: "courses" as const, headerRow: 1, columns: { school: 0, fullName: 1, programTitle: 2, kind: 3, hours: 4, startDate: 6, endDate: 5, certificate: 7 } };
    const r = checkSheets([ROSTER, COURSES], { ...OPTS, overrides: { "школа1.xlsx|КПК": override } });
    const order = r.issues.filter((i) => i.rule === "courses.dates.order");
    expect(order.map((i) => i.cell)).toEqual(["F2", "F4"]);
  });
});

describe("checkSheets: sheet-level problems", () => {
  test("a roster without a position column: one sheet.columnMissing error on the header row", () => {
    const noPosition = grid("Сверка кадров", ROSTER.cells.map((row) => [row[0], row[1], row[2], row[3]]));
    const r = checkSheets([noPosition], OPTS);
    const missing = r.issues.filter((i) => i.rule === "sheet.columnMissing");
    expect(missing).toEqual([expect.objectContaining({ cell: "A1", field: "position", severity: "error" })]);
    expect(missing[0].message).toContain("нет обязательного столбца «Должность»");
    expect(r.issues.filter((i) => i.rule === "field.required" && i.field === "position")).toEqual([]);
  });

  test("a roster with neither birth dates nor ages: one sheet warning, not one per row", () => {
    const noAge = grid("Сверка кадров", ROSTER.cells.map((row) => [row[0], row[1], row[4], row[5], row[6]]));
    const r = checkSheets([noAge], OPTS);
    expect(r.issues.filter((i) => i.rule === "sheet.columnMissing")).toEqual([
      expect.objectContaining({ cell: "A1", field: "birthDate", severity: "warning", message: expect.stringContaining("нет ни столбца «Дата рождения», ни столбца «Возраст (полных лет)»") }),
    ]);
    expect(r.issues.filter((i) => i.rule === "roster.birthOrAge.missing")).toEqual([]);
  });

  // Regression (QA, 24.11): a МАП sheet without a «Дата» column counted in no indicator, silently.
  test("an event sheet without its date column: one sheet warning saying no row will count", () => {
    const undatedCourses = grid("КПК", COURSES.cells.map((row) => [row[0], row[1], row[2], row[3], row[4], row[7]]));
    const r = checkSheets([ROSTER, undatedCourses], OPTS);
    expect(r.issues.filter((i) => i.sheet === "КПК" && i.rule === "sheet.columnMissing")).toEqual([
      expect.objectContaining({ cell: "A1", field: "endDate", severity: "warning", message: expect.stringContaining("нет столбца «Дата окончания» — курсы учитываются по дате окончания, поэтому ни одна строка листа не войдёт в показатели") }),
    ]);
    expect(r.issues.filter((i) => i.rule === "courses.endDate.missing")).toEqual([]);
    const empty = checkSheets([ROSTER, grid("КПК", [undatedCourses.cells[0]])], OPTS);
    expect(empty.issues.filter((i) => i.sheet === "КПК")).toEqual([]);
  });

  // Regression (QA, 24.11, second): a hidden «Сверка 2022-2023» kept for reference was read as this
  // year's roster without a word; its duplicates pointed into a sheet nobody could see.
  test("a hidden sheet of a form is read, and said once to be hidden", () => {
    // Last year's roster: the same people, a year's less стаж (the same sheet twice would be read once).
    const hidden = grid("Сверка 2022-2023", ROSTER.cells.map((r, i) => (i === 0 || typeof r[5] !== "number" ? r : [...r.slice(0, 5), r[5] - 1, ...r.slice(6)])), { hidden: true });
    const r = checkSheets([ROSTER, hidden], OPTS);
    expect(r.sheets.map((s) => s.sheet)).toEqual(["Сверка кадров", "Сверка 2022-2023"]);
    expect(r.issues.filter((i) => i.rule === "sheet.hidden")).toEqual([
      expect.objectContaining({ sheet: "Сверка 2022-2023", cell: "A1", severity: "warning", message: expect.stringContaining("Лист скрыт в книге, но прочитан как данные формы «Сверка педагогических кадров» (строк: 5)") }),
    ]);
    expect(checkSheets([ROSTER], OPTS).issues.filter((i) => i.rule === "sheet.hidden")).toEqual([]);
    expect(checkSheets([grid("Сверка кадров", [ROSTER.cells[0]], { hidden: true })], OPTS).issues.filter((i) => i.rule === "sheet.hidden")).toEqual([]);
  });

  // Regression (10th session): a stray value at XFD1048576 made the Office adapter read the whole
  // sheet; it now reads only A–IV, or nothing of a sheet still too large, and the grid says so.
  test("cells the host left unread past column IV: a warning at the sheet's last cell, the table still read", () => {
    const r = checkSheets([{ ...ROSTER, unread: { lastCell: "XFD1048576", fromColumn: 256 } }], OPTS);
    expect(r.sheets.map((s) => [s.sheet, s.form])).toEqual([["Сверка кадров", "roster"]]);
    expect(r.issues.filter((i) => i.rule === "sheet.farCells")).toEqual([
      {
        file: "школа1.xlsx",
        sheet: "Сверка кадров",
        cell: "XFD1048576",
        rule: "sheet.farCells",
        severity: "warning",
        message: expect.stringMatching(/^Лист занят до ячейки XFD1048576: правее столбца IV есть значения.*читает только столбцы A–IV.*Ctrl\+End/),
      },
    ]);
    // The rest of the check is the same as without them.
    const without = checkSheets([ROSTER], OPTS).issues;
    expect(r.issues.filter((i) => i.rule !== "sheet.farCells")).toEqual(without);
  });

  test("a sheet the host did not read at all: an error at its last cell, and it is no form", () => {
    const tooLarge = grid("Сверка кадров", [], { unread: { lastCell: "IV1048576", fromColumn: null, cells: 1_048_576 * 256 } });
    const r = checkSheets([tooLarge, COURSES], OPTS);
    expect(r.sheets.map((s) => s.sheet)).toEqual(["КПК"]);
    expect(r.unrecognised).toEqual([{ file: "школа1.xlsx", sheet: "Сверка кадров", reason: expect.stringContaining("не прочитан: лист занят до ячейки IV1048576") }]);
    expect(r.issues.filter((i) => i.rule === "sheet.tooLarge")).toEqual([
      expect.objectContaining({ sheet: "Сверка кадров", cell: "IV1048576", severity: "error", message: expect.stringContaining("Лист занят до ячейки IV1048576 (268,4 млн ячеек) — прочитать столько из Excel нельзя") }),
    ]);
  });

  test("a roster with a header and no rows: a warning, not an error", () => {
    const r = checkSheets([grid("Сверка кадров", [ROSTER.cells[0]])], OPTS);
    expect(r.issues.map((i) => [i.rule, i.severity])).toEqual([["sheet.empty", "warning"]]);
  });

  // Regression (QA, 24.11): every school without courses, contests or mentoring this year got «…заполните
  // лист или удалите его» for each such sheet of the blank — 14 of 22 messages for four schools.
  test("an event sheet with a header and no rows is an answer (nothing this year): no message, 0 rows in the summary", () => {
    const r = checkSheets([ROSTER, grid("КПК", [COURSES.cells[0]])], OPTS);
    expect(r.issues.filter((i) => i.rule === "sheet.empty")).toEqual([]);
    expect(r.sheets.find((s) => s.form === "courses")!.rows).toBe(0);
  });

  test("a totals row is not counted as a data row", () => {
    const withTotal = grid("КПК", [...COURSES.cells.slice(0, 2), ["Итого", null, null, null, 36, null, null, null]]);
    expect(checkSheets([withTotal], OPTS).sheets[0].rows).toBe(1);
  });

  test("nothing recognisable: no sheets, no issues", () => {
    const r = checkSheets([NOTES], OPTS);
    expect(r.sheets).toEqual([]);
    expect(r.issues).toEqual([]);
  });
});

describe("checkWorkbook", () => {
  test("reads the sheets through the port and checks them", async () => {
    const port: WorkbookPort = { readSheets: async () => [ROSTER, NOTES], applyPlans: async () => [] };
    const r = await checkWorkbook(port, OPTS);
    expect(r.sheets.map((s) => s.sheet)).toEqual(["Сверка кадров"]);
    expect(r.issues.some((i) => i.rule === "roster.duplicate")).toBe(true);
  });
});

describe("checkWorkbook progress", () => {
  test("reading, then checking once the listener is done with it; the port's transfers are passed on", async () => {
    const events: string[] = [];
    const port: WorkbookPort = {
      readSheets: async (opts) => {
        events.push("port reads");
        opts?.progress?.({ step: "read", done: 3, total: 3 });
        return [ROSTER, NOTES];
      },
      applyPlans: async () => [],
    };
    const r = await checkWorkbook(port, OPTS, async (p) => {
      events.push("done" in p ? `${p.step} ${p.done}/${p.total}` : p.step);
      if (p.step === "check") {
        await new Promise((resolve) => setTimeout(resolve, 5));
        events.push("check shown");
      }
    });
    // …and after each sheet, how many of the recognised sheets' rows are checked (a waited-for paint too),
    // then once the people are linked: the dataset-wide rules after that keep the last share of the bar.
    expect(events).toEqual(["read 0/0", "port reads", "read 3/3", "check", "check shown", "check 6/8", "check shown", "check 7/8", "check shown"]);
    expect(r.sheets.map((s) => s.form)).toContain("roster");
  });

  test("reads none of Metodist's own output sheets' cells: they are never checked", async () => {
    let ownCells: ((sheet: string) => boolean) | undefined;
    const port: WorkbookPort = {
      readSheets: async (opts) => {
        ownCells = opts?.ownCells;
        return [ROSTER];
      },
      applyPlans: async () => [],
    };
    await checkWorkbook(port, OPTS);
    expect(ownCells).toBeDefined();
    expect(["Показатели", "Расшифровка", "История показателей"].some((n) => ownCells!(n))).toBe(false);
  });
});

describe("checkWorkbook stopped («Остановить»)", () => {
  test("a click heard while the read goes on: the read gets the signal, and the check does not start", async () => {
    const stop = new AbortController();
    let signalOfRead: AbortSignal | undefined;
    const port: WorkbookPort = {
      readSheets: async (opts) => {
        signalOfRead = opts?.signal;
        stop.abort(); // the user clicks while the sheets arrive
        return [ROSTER, NOTES];
      },
      applyPlans: async () => [],
    };
    const steps: string[] = [];
    await expect(checkWorkbook(port, OPTS, (p) => void steps.push(p.step), stop.signal)).rejects.toBeInstanceOf(RunStopped);
    expect(signalOfRead).toBe(stop.signal);
    expect(steps).toEqual(["read", "check"]);
  });

  test("a read the host ends with its own error after the click still ends as stopped (a read changes nothing)", async () => {
    const stop = new AbortController();
    const port: WorkbookPort = {
      readSheets: async () => {
        stop.abort();
        throw new Error("RichApi.Error: the batch was cancelled"); // how a host might hand back RunStopped
      },
      applyPlans: async () => [],
    };
    await expect(checkWorkbook(port, OPTS, undefined, stop.signal)).rejects.toBeInstanceOf(RunStopped);
    // Without a click the host's error is the user's to see.
    const failing: WorkbookPort = { ...port, readSheets: async () => Promise.reject(new Error("RichApi.Error: GeneralException")) };
    await expect(checkWorkbook(failing, OPTS, undefined, new AbortController().signal)).rejects.toThrow("GeneralException");
  });

  test("a signal never aborted changes nothing", async () => {
    const port: WorkbookPort = { readSheets: async () => [ROSTER, NOTES], applyPlans: async () => [] };
    const r = await checkWorkbook(port, OPTS, undefined, new AbortController().signal);
    expect(r.sheets.map((s) => s.sheet)).toEqual(["Сверка кадров"]);
  });
});

describe("sortIssues", () => {
  const at = (sheet: string, cell: string): Issue => ({ file: "школа1.xlsx", sheet, cell, rule: "field.required", severity: "error", message: "" });
  test("workbook order of sheets, then row, then column (AA after Z)", () => {
    const sorted = sortIssues([at("КПК", "A2"), at("Сверка кадров", "AA3"), at("Сверка кадров", "Z3"), at("Сверка кадров", "B10"), at("Сверка кадров", "C2")], [ROSTER, COURSES]);
    expect(sorted.map((i) => `${i.sheet}!${i.cell}`)).toEqual(["Сверка кадров!C2", "Сверка кадров!Z3", "Сверка кадров!AA3", "Сверка кадров!B10", "КПК!A2"]);
  });
});

describe("checkSheets on a long sheet", () => {
  // 4 500 course rows, a few of them spoiled far apart.
  const longCourses = (spoiled: (i: number) => boolean): SheetGrid =>
    grid("КПК", [
      COURSES.cells[0],
      ...Array.from({ length: 4_500 }, (_, i): CellValue[] => [
        "МБОУ СОШ № 1",
        spoiled(i) ? "Смирнов Иван Иванович" : "Иванова Анна Петровна",
        `Программа ${i + 1}`,
        "повышение квалификации",
        36,
        d(2023, 10, 2),
        spoiled(i) ? "31.02.2024" : d(2023, 10, 20),
        `7723-${100000 + i}`,
      ]),
    ]);

  test("every row is read once, in order, and problems far apart are reported at their rows", () => {
    const spoiled = new Set([9, 2_499, 4_399]);
    const r = checkSheets([ROSTER, longCourses((i) => spoiled.has(i))], OPTS);
    expect(r.sheets.find((s) => s.form === "courses")?.rows).toBe(4_500);
    expect(r.dataset.courses.map((c) => c.row)).toEqual(Array.from({ length: 4_500 }, (_, i) => i + 2));
    const onCourses = r.issues.filter((i) => i.sheet === "КПК" && (i.rule === "person.unmatched" || i.field === "endDate"));
    expect(onCourses.map((i) => [i.cell, i.rule])).toEqual([
      ["B11", "person.unmatched"], ["G11", "type.date"],
      ["B2501", "person.unmatched"], ["G2501", "type.date"],
      ["B4401", "person.unmatched"], ["G4401", "type.date"],
    ]);
  });

  test("without a roster, a long sheet gets one «no roster» message, not one per row", () => {
    const r = checkSheets([longCourses(() => false)], OPTS);
    expect(r.issues.filter((i) => i.message.startsWith("Не найден лист «Сверка кадров»"))).toHaveLength(1);
  });

  test("regression: a roster sheet with a header and no rows is still a roster (names are checked against it)", () => {
    const r = checkSheets([grid("Сверка кадров", [ROSTER.cells[0]]), COURSES], OPTS);
    expect(r.issues.filter((i) => i.message.startsWith("Не найден лист «Сверка кадров»"))).toEqual([]);
    expect(r.issues.some((i) => i.sheet === "КПК" && i.rule === "person.unmatched")).toBe(true);
  });
});

// Regression (QA, 24.11): the registry knows output sheets by name. «Показатели» renamed to keep last
// year's figures, or output sheets copied into another workbook, were read as schools' data:
// «Расшифровка» as a roster of thousands — 6 of 13 LK indicators changed.
describe("Metodist's own output sheets under other names are not data", () => {
  const TODAY = "2024-06-20";
  const period = parsePeriod("2023/2024")!;
  const data = async () => (await XlsxWorkbook.open([path.join(__dirname, "..", "..", "examples", "municipality.xlsx")])).readSheets();

  it("every output sheet, renamed and unregistered, is listed as an output sheet and changes nothing", async () => {
    const sheets = await data();
    const before = computeFromSheets(sheets, { today: TODAY, period, presets: ["LK"] });
    const renamed = before.plans.map((p) => ({ ...gridOf(withAllRows(p), "municipality.xlsx", false), sheet: `${p.name.slice(0, 20)} 2023` }));
    const after = computeFromSheets([...sheets, ...renamed], { today: TODAY, period, presets: ["LK"] });
    expect(after.check.unrecognised.filter((u) => u.reason === OWN_OUTPUT_REASON).map((u) => u.sheet)).toEqual(renamed.map((r) => r.sheet));
    expect(after.check.issues).toEqual(before.check.issues);
    expect(after.indicators.map((r) => [r.id, r.numerator, r.denominator, r.value])).toEqual(before.indicators.map((r) => [r.id, r.numerator, r.denominator, r.value]));
  });

  it("a school's sheet whose title merely matches is still read", () => {
    const sheet: SheetGrid = {
      file: "школа.xlsx",
      sheet: "Лист1",
      cells: [["Проверка данных"], ["ОО", "ФИО", "Дата рождения", "Должность"], ["МБОУ СОШ № 1", "Иванова Анна Петровна", new Date(Date.UTC(1980, 4, 10)), "учитель"]],
    };
    const r = checkSheets([sheet], { today: TODAY, period });
    expect(r.sheets.map((s) => s.form)).toEqual(["roster"]);
  });
});
