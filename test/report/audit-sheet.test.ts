import { buildAuditSheet, AUDIT_HEADERS } from "../../src/report/audit-sheet";
import { ALL, LK01, PERIOD, TODAY, at } from "./fixtures";

describe("«Расшифровка»", () => {
  const plan = buildAuditSheet(ALL, PERIOD, TODAY);

  it("lists who was counted, N before S, schools in alphabetical order, in one table", () => {
    expect(plan.name).toBe("Расшифровка");
    expect(plan.rows[3].map((c) => c.v)).toEqual([...AUDIT_HEADERS]);
    const body = plan.rows.slice(4).map((r) => r.slice(0, 5).map((c) => c.v));
    expect(body).toEqual([
      ["LK-01", "ПР в конкурсах", "числителе (N)", "Сидорова Ольга Ивановна", "Гимназия «Лидер»"],
      ["LK-01", "ПР в конкурсах", "числителе (N)", "Иванова Анна Петровна", "Школа № 1"],
      ["LK-01", "ПР в конкурсах", "знаменателе (S)", "Петров Пётр Петрович", "Школа № 1"],
    ]);
    expect(plan.tables).toEqual([{ name: "Metodist_Audit", range: "A4:I7" }]);
    expect(at(plan, "A3")?.v).toMatch(/^Записей: 3\./);
  });

  it("links each row to its source row", () => {
    expect([at(plan, "F6")?.v, at(plan, "G6")?.v, at(plan, "H6")?.v]).toEqual(["конкурс «Учитель года», призёр", "район.xlsx", "МАП"]);
    expect(at(plan, "I6")).toEqual({ v: 12, style: "link", numFmt: "0", link: { file: "район.xlsx", sheet: "МАП", cell: "A12" } });
    expect(at(plan, "I7")?.link).toEqual({ file: "район.xlsx", sheet: "Сверка кадров", cell: "A8" });
  });

  it("keeps user text as plain strings (a name starting with = is not a formula)", () => {
    const p = buildAuditSheet([{ ...LK01, counted: [{ ...LK01.counted[1], fullName: "=HYPERLINK(\"x\")" }] }], PERIOD, TODAY);
    expect(at(p, "D5")?.v).toBe("=HYPERLINK(\"x\")");
  });

  it("handles tens of thousands of rows quickly", () => {
    const many = Array.from({ length: 60_000 }, (_, i) => ({ ...LK01.counted[1], row: i + 2, school: `Школа № ${i % 40}` }));
    const t = Date.now();
    const p = buildAuditSheet([{ ...LK01, counted: many }], PERIOD, TODAY);
    expect(Date.now() - t).toBeLessThan(2000);
    expect(p.rows).toHaveLength(4 + 60_000);
    expect(p.tables?.[0].range).toBe("A4:I60004");
  });

  it("drops S entries first, then cuts N, when the rows would not fit on an Excel sheet", () => {
    const onlyN = buildAuditSheet(ALL, PERIOD, TODAY, 2);
    expect(onlyN.rows.slice(4).map((r) => r[2].v)).toEqual(["числителе (N)", "числителе (N)"]);
    expect(at(onlyN, "A3")).toMatchObject({ style: "warning" });
    expect(at(onlyN, "A3")?.v).toMatch(/^Записей: 3 — больше, чем помещается/);
    expect(onlyN.tables?.[0].range).toBe("A4:I6");
    const cut = buildAuditSheet(ALL, PERIOD, TODAY, 1);
    expect(cut.rows).toHaveLength(5);
    expect(at(cut, "A3")?.v).toMatch(/Показаны первые 1 записей числителей/);
    expect(cut.tables?.[0].range).toBe("A4:I5");
  });
});
