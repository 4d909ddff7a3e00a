import ExcelJS from "exceljs";
import { mkdtempSync, writeFileSync } from "fs";
import { tmpdir } from "os";
import { join } from "path";
import { buildTemplate } from "../../src/app/template";
import { columnLetter } from "../../src/domain/a1";
import { FORMS, FieldDef } from "../../src/domain/forms";
import { buildTemplatePlans, TEMPLATE_ROWS } from "../../src/report/template";
import { XlsxWorkbook } from "../../src/workbook/xlsx/xlsx-workbook";

// Every form's blank, the schools' and the municipality's.
const plans = buildTemplatePlans();
const fieldCases = FORMS.flatMap((form, i) => form.fields.map((field, c) => ({ sheet: form.sheetName, plan: plans[i], field, c })));
const letter = columnLetter;

describe("buildTemplate", () => {
  it("has one sheet per standard form, named as the form defines", () => {
    expect(plans.map((p) => p.name)).toEqual(FORMS.map((f) => f.sheetName));
    expect(buildTemplatePlans([FORMS[0]])).toHaveLength(1);
  });

  // Regression (QA, 24.11): the schools' blank had «Сведения муниципалитета»: a school that filled it set
  // the municipality's answer, and every school that rightly left it empty was asked to fill it.
  it("gives schools their forms and the methodical service «Сведения муниципалитета» apart", () => {
    const manual = FORMS.find((f) => f.id === "manual")!;
    expect(buildTemplate().map((p) => p.name)).toEqual(FORMS.filter((f) => f !== manual).map((f) => f.sheetName));
    expect(buildTemplate("municipality").map((p) => p.name)).toEqual([manual.sheetName]);
  });

  it("puts the Russian headers in row 1, frozen, nothing under them that could be read as data", () => {
    for (const [i, form] of FORMS.entries()) {
      const p = plans[i];
      expect(p.rows[0].map((c) => c.v)).toEqual(form.fields.map((f) => f.header));
      expect(p.rows[0].every((c) => c.style === "header")).toBe(true);
      expect(p.freeze).toEqual({ rows: 1, columns: 0 });
      for (const row of p.rows.slice(1)) expect(row.every((c) => c.v === null)).toBe(true);
      expect(p.columnWidths).toHaveLength(form.fields.length);
      for (const w of p.columnWidths!) expect(w).toBeGreaterThanOrEqual(12);
    }
  });

  const expectedList = (f: FieldDef) => (f.type === "bool" ? ["да", "нет"] : f.options?.map((o) => o.value));

  it.each(fieldCases.filter((x) => x.field.type === "enum" || x.field.type === "bool").map((x) => [x.sheet, x.field.header, x]))(
    "%s › «%s» has a dropdown of the canonical values",
    (_s, _h, { plan, field, c }) => {
      const dv = plan.dataValidations!.find((d) => d.range === `${letter(c)}2:${letter(c)}${TEMPLATE_ROWS + 1}`);
      expect(dv?.list).toEqual(expectedList(field));
      expect(dv?.prompt).toContain(field.hint);
    },
  );

  // Regression (QA, 24.11): «Направление (тематика)» had a single-choice dropdown while its hint asked for
  // several topics through commas — Excel called what the hint asked for «не из списка».
  it.each(fieldCases.filter((x) => x.field.type === "list" && (x.field.options?.length ?? 0) > 0).map((x) => [x.sheet, x.field.header, x]))(
    "%s › «%s» (several values through commas) has no dropdown; its prompt lists the values",
    (_s, _h, { plan, field, c }) => {
      const dv = plan.dataValidations!.find((d) => d.range.startsWith(`${letter(c)}2:`));
      expect(dv?.list).toBeUndefined();
      expect(dv?.prompt).toMatch(/^Через запятую: /);
      // As many values as Excel shows of a prompt (255 characters), never cut inside one.
      expect(dv!.prompt!.length).toBeLessThanOrEqual(255);
      const shown = dv!.prompt!.replace(/^Через запятую: /, "").replace(/(, …)?(\. Обязательное поле\.)?$/, "").split(", ");
      expect(shown.length).toBeGreaterThan(3);
      for (const v of shown) expect((field.options ?? []).map((o) => o.value)).toContain(v);
    },
  );

  it.each(fieldCases.filter((x) => x.field.type === "date").map((x) => [x.sheet, x.field.header, x]))("%s › «%s» is formatted ДД.ММ.ГГГГ", (_s, _h, { plan, c }) => {
    for (let r = 1; r <= TEMPLATE_ROWS; r++) expect(plan.rows[r][c].numFmt).toBe("dd.mm.yyyy");
  });

  it("gives every column an input prompt with its hint", () => {
    for (const { plan, field, c } of fieldCases) {
      const dv = plan.dataValidations!.find((d) => d.range.startsWith(`${letter(c)}2:`));
      if (field.type !== "list") expect(dv?.prompt).toContain(field.hint);
      expect(dv!.promptTitle!.length).toBeLessThanOrEqual(32);
    }
  });
});

describe("the template written as .xlsx", () => {
  let path: string;
  beforeAll(async () => {
    const wb = XlsxWorkbook.blank({ registerOutput: false });
    const applied = await wb.applyPlans(buildTemplate());
    expect(applied.every((a) => a.actual === a.planned)).toBe(true);
    path = join(mkdtempSync(join(tmpdir(), "metodist-template-")), "бланк.xlsx");
    writeFileSync(path, await wb.toBuffer());
  });

  it("is not marked as Metodist's own output, so filled-in copies are read as input", async () => {
    const grids = await (await XlsxWorkbook.open([path])).readSheets();
    const forms = grids.filter((g) => !g.hidden);
    expect(forms.map((g) => g.sheet)).toEqual(FORMS.filter((f) => f.id !== "manual").map((f) => f.sheetName));
    for (const g of forms) {
      expect(g.ownOutput).toBeUndefined();
      expect(g.cells).toHaveLength(1);
    }
    expect(grids.some((g) => g.sheet === "metodist_meta")).toBe(false);
  });

  it("has working dropdowns in Excel's terms: short lists inline, long ones from a hidden sheet", async () => {
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.readFile(path);
    const roster = wb.getWorksheet(FORMS[0].sheetName)!;
    const catCol = FORMS[0].fields.findIndex((f) => f.id === "qualificationCategory");
    const dv = (roster as unknown as { dataValidations: { find(a: string): ExcelJS.DataValidation | undefined } }).dataValidations.find(`${letter(catCol)}2`);
    expect(dv).toMatchObject({ type: "list", formulae: ['"педагог-наставник,педагог-методист,высшая,первая,соответствие занимаемой должности,без категории"'] });
    expect(roster.getCell(`${letter(FORMS[0].fields.findIndex((f) => f.type === "date"))}2`).numFmt).toBe("dd.mm.yyyy");

    const activities = FORMS.find((f) => f.id === "activities")!;
    const typeCol = activities.fields.findIndex((f) => f.id === "activityType");
    const adv = (wb.getWorksheet(activities.sheetName) as unknown as { dataValidations: { find(a: string): ExcelJS.DataValidation | undefined } }).dataValidations.find(`${letter(typeCol)}2`);
    expect(adv?.formulae[0]).toMatch(/^metodist_lists!\$[A-Z]+\$1:\$[A-Z]+\$\d+$/);
    const lists = wb.getWorksheet("metodist_lists")!;
    expect(lists.state).toBe("veryHidden");
    const col = /\$([A-Z]+)\$1/.exec(adv!.formulae[0])![1];
    const values = (lists.getColumn(col).values as unknown[]).filter((v) => v !== undefined && v !== null);
    expect(values).toEqual(activities.fields[typeCol].options!.map((o) => o.value));
  });
});
