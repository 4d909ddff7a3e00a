import { buildAuditSheet, auditSheetSteps, AUDIT_HEADERS, AUDIT_HEADER_ROW } from "../../src/report/audit-sheet";
import { evaluate } from "../../src/domain/indicators";
import { compareRu } from "../../src/report/cells";
import { HAND, PERIOD as HAND_PERIOD } from "../fixtures/hand/dataset";
import { StepCount } from "../../src/domain/steps";
import { allRows, planRowCount } from "../../src/report/plan";
import { ALL, LK01, PERIOD, TODAY, at } from "./fixtures";

describe("«Расшифровка»", () => {
  const plan = buildAuditSheet(ALL, PERIOD, TODAY);

  it("lists who was counted in N, schools in alphabetical order, in one table; S is named, not listed", () => {
    expect(plan.name).toBe("Расшифровка");
    expect(allRows(plan)[3].map((c) => c.v)).toEqual([...AUDIT_HEADERS]);
    const body = allRows(plan).slice(4).map((r) => r.slice(0, 4).map((c) => c.v));
    expect(body).toEqual([
      ["LK-01", "ПР в конкурсах", "Сидорова Ольга Ивановна", "Гимназия «Лидер»"],
      ["LK-01", "ПР в конкурсах", "Иванова Анна Петровна", "Школа № 1"],
    ]);
    expect(plan.tables).toEqual([{ name: "Metodist_Audit", range: "A4:H6" }]);
    expect(at(plan, "A3")?.v).toMatch(/^Учтено в числителях \(N\): 2\. .*Знаменатель \(S\)/);
  });

  it("links each row to its source row", () => {
    expect([at(plan, "E6")?.v, at(plan, "F6")?.v, at(plan, "G6")?.v]).toEqual(["конкурс «Учитель года», призёр", "район.xlsx", "МАП"]);
    expect(at(plan, "H6")).toEqual({ v: 12, style: "link", numFmt: "0", link: { file: "район.xlsx", sheet: "МАП", cell: "A12" } });
  });

  it("keeps user text as plain strings (a name starting with = is not a formula)", () => {
    const p = buildAuditSheet([{ ...LK01, counted: [{ ...LK01.counted[1], fullName: "=HYPERLINK(\"x\")" }] }], PERIOD, TODAY);
    expect(at(p, "C5")?.v).toBe("=HYPERLINK(\"x\")");
  });

  // Regression (QA, 24.11): a worker counted from a roster row without ФИО was a blank line.
  it("a counted worker whose roster row has no ФИО says so instead of a blank", () => {
    const p = buildAuditSheet([{ ...LK01, counted: [{ ...LK01.counted[1], fullName: "" }] }], PERIOD, TODAY);
    expect(at(p, "C5")).toEqual({ v: "(ФИО не указано — см. строку в сверке)", style: "muted" });
  });

  it("cuts a reason longer than an Excel cell holds (32 767 characters) instead of failing the write", () => {
    const title = "Программа ".repeat(4_000);
    const p = buildAuditSheet([{ ...LK01, counted: [{ ...LK01.counted[1], reason: `курсы «${title}»` }] }], PERIOD, TODAY);
    const reason = String(at(p, "E5")?.v);
    expect(reason).toHaveLength(32_767);
    expect(reason.startsWith("курсы «Программа Программа")).toBe(true);
    expect(reason.endsWith("…")).toBe(true);
  });

  it("lists tens of thousands of rows in one table", () => {
    const many = Array.from({ length: 60_000 }, (_, i) => ({ ...LK01.counted[1], row: i + 2, school: `Школа № ${i % 40}` }));
    const p = buildAuditSheet([{ ...LK01, counted: many }], PERIOD, TODAY);
    expect(allRows(p)).toHaveLength(4 + 60_000);
    expect(planRowCount(p)).toBe(4 + 60_000);
    expect(p.tables?.[0].range).toBe("A4:H60004");
  });

  it("says where its links turn into HYPERLINK formulas: Excel keeps 65 530 hyperlinks on a sheet", () => {
    const rows = (n: number) => Array.from({ length: n }, (_, i) => ({ ...LK01.counted[1], row: i + 2 }));
    const within = buildAuditSheet([{ ...LK01, counted: rows(65_530) }], PERIOD, TODAY);
    expect(at(within, "A3")?.v).not.toMatch(/ГИПЕРССЫЛКА/);
    const past = buildAuditSheet([{ ...LK01, counted: rows(65_531) }], PERIOD, TODAY);
    expect(at(past, "A3")?.v).toMatch(/не больше 65\s530 гиперссылок, поэтому дальше ссылки — формулы ГИПЕРССЫЛКА \(в Excel в браузере они к строке не переходят\)/);
  });

  it("cuts the list when it would not fit on an Excel sheet, and says so", () => {
    const cut = buildAuditSheet(ALL, PERIOD, TODAY, 1);
    expect(allRows(cut)).toHaveLength(5);
    expect(at(cut, "A3")).toMatchObject({ style: "warning" });
    expect(at(cut, "A3")?.v).toMatch(/Показаны первые 1: больше не помещается/);
    expect(cut.tables?.[0].range).toBe("A4:H5");
  });

  it("orders each indicator's rows by school as a reader sorts them, whichever indicator first brought the school", () => {
    const at = (school: string, row: number) => ({ ...LK01.counted[1], school, row });
    const first = { ...LK01, counted: [at("Школа № 10", 2), at("школа № 2", 3)] };
    // The second brings schools that sort before, between and (as equals, case aside) beside the known ones.
    const second = { ...LK01, id: "LK-02", counted: [at("Школа № 10", 4), at("Школа № 3", 5), at("Школа № 2", 6), at("Гимназия", 7), at("школа № 2", 8)] };
    const body = allRows(buildAuditSheet([first, second], PERIOD, TODAY)).slice(4).map((r) => [r[0].v, r[3].v, r[7].v]);
    expect(body).toEqual([
      ["LK-01", "школа № 2", 3],
      ["LK-01", "Школа № 10", 2],
      ["LK-02", "Гимназия", 7],
      // Equal but for case: the school seen first comes first.
      ["LK-02", "школа № 2", 8],
      ["LK-02", "Школа № 2", 6],
      ["LK-02", "Школа № 3", 5],
      ["LK-02", "Школа № 10", 4],
    ]);
  });

  // Regression (25.11): entries were sorted over every (school, source sheet) pair, so the cost grew with
  // schools × sheets (a region read from a thousand schools' files spent most of its run here), and
  // past 46 341 schools and sheets the pair numbers overflowed and the rows came out of order.
  it("orders a region read from tens of thousands of files: every entry from a school and a file of its own", () => {
    const n = 50_000;
    // Listed last school first, as no reader sorts them.
    const counted = Array.from({ length: n }, (_, i) => ({ ...LK01.counted[1], school: `ОО № ${n - i}`, file: `ОО ${n - i}.xlsx`, row: 2 + (i % 7) }));
    const body = allRows(buildAuditSheet([{ ...LK01, counted }], PERIOD, TODAY)).slice(4);
    expect(body).toHaveLength(n);
    expect(body.slice(0, 3).map((r) => [r[3].v, r[5].v])).toEqual([
      ["ОО № 1", "ОО 1.xlsx"],
      ["ОО № 2", "ОО 2.xlsx"],
      ["ОО № 3", "ОО 3.xlsx"],
    ]);
    expect([3, 5, 6, 7].map((c) => body[n - 1][c].v)).toEqual([`ОО № ${n}`, `ОО ${n}.xlsx`, "МАП", 2]);
    expect(body.every((r, i) => i === 0 || compareRu(String(body[i - 1][3].v), String(r[3].v)) < 0)).toBe(true);
  });

  // A region's «Расшифровка» is a million entries: the pane paints a bar and hears «Остановить» between indicators.
  it("pauses after each indicator that lists someone, counting the entries listed of the sheet's", () => {
    const people = (n: number, school: string) => Array.from({ length: n }, (_, i) => ({ ...LK01.counted[1], row: i + 2, school }));
    const steps = auditSheetSteps([{ ...LK01, counted: people(3, "Школа № 1") }, ...ALL.slice(1), { ...LK01, id: "LK-01b", counted: people(2, "Школа № 2") }], PERIOD, TODAY);
    const counts: StepCount[] = [];
    let r = steps.next();
    for (; !r.done; r = steps.next()) counts.push(r.value);
    // The indicators between list no one: no pause for them.
    expect(counts).toEqual([
      { done: 3, total: 5 },
      { done: 5, total: 5 },
    ]);
    expect(allRows(r.value)).toHaveLength(4 + 5);
  });
});

/**
 * Indicators counting the same people for the same reason (LK-01, DZ-07, AL-1.3.2) share one pass;
 * «Расшифровка» builds and orders their entries once. Each still lists its own block, in full.
 */
describe("«Расшифровка» of indicators sharing a pass", () => {
  const results = evaluate(HAND, HAND_PERIOD, ["LK", "DZ", "AL", "KL", "BM"]);
  const sheet = buildAuditSheet(results, HAND_PERIOD, "2024-06-20");
  const body = allRows(sheet).slice(AUDIT_HEADER_ROW);
  const listed = (id: string) => body.filter((r) => r[0].v === id).map((r) => [r[2].v, r[3].v, r[7].v]);
  const fromCounted = (id: string) => {
    const entries = results.find((r) => r.id === id)!.counted.filter((e) => e.part === "numerator");
    return [...entries].sort((a, b) => compareRu(a.school, b.school) || a.row - b.row).map((e) => [e.fullName, e.school, e.row]);
  };

  it("share one key, which other indicators do not have", () => {
    const key = (id: string) => results.find((r) => r.id === id)!.numeratorsKey;
    expect(key("LK-01")).toBeDefined();
    expect(key("DZ-07")).toBe(key("LK-01"));
    expect(key("AL-1.3.2")).toBe(key("LK-01"));
    expect(key("LK-02")).not.toBe(key("LK-01"));
  });

  it.each(["LK-01", "DZ-07", "AL-1.3.2", "LK-08", "AL-2.8.3", "AL-2.8.14"])("%s lists its own counted people in full", (id) => {
    const rows = listed(id);
    expect(rows.length).toBeGreaterThan(0);
    expect(rows).toEqual(fromCounted(id));
  });
});
