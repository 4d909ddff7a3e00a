import * as path from "node:path";
import ExcelJS from "exceljs";
import { RULES } from "../../src/domain/issues";
import { EXAMPLES, plantedErrors } from "./support";

/** examples/planted-errors.json must describe the files it sits next to, the same way in both outputs. */
const planted = plantedErrors();
const consolidated = planted.filter((p) => p.file === "municipality.xlsx");
const schools = planted.filter((p) => p.file.startsWith("schools/"));
const signature = (p: { rule: string; field: string }) => `${p.rule} @ ${p.field}`;

describe("planted-errors.json", () => {
  it("lists 40–60 problems in the consolidated workbook, each with a known rule", () => {
    expect(consolidated.length).toBeGreaterThanOrEqual(40);
    expect(consolidated.length).toBeLessThanOrEqual(60);
    for (const p of planted) expect(Object.keys(RULES)).toContain(p.rule);
    expect(new Set(planted.map((p) => `${p.file}|${p.sheet}|${p.cell}`)).size).toBe(planted.length);
  });

  it("plants the same problems in the school files (the municipal sheet exists only in the consolidated one)", () => {
    const count = (list: typeof planted) => list.map(signature).sort();
    const municipalOnly = consolidated.filter((p) => p.sheet !== "Сведения муниципалитета");
    expect(count(schools)).toEqual(count(municipalOnly));
  });

  it.each([
    ["type.date", "birthDate", /^31\.02\.\d{4}$/],
    ["cell.error", "age", /#N\/A/],
    ["type.enum", "qualificationCategory", /^вторая$/],
    ["roster.fullName.format", "fullName", /\(декрет\)$/],
  ])("%s in %s points at the planted value in every file", async (rule, field, pattern) => {
    const hits = planted.filter((p) => p.rule === rule && p.field === field);
    expect(hits.length).toBeGreaterThanOrEqual(2);
    for (const p of hits) {
      const wb = new ExcelJS.Workbook();
      await wb.xlsx.readFile(path.join(EXAMPLES, p.file));
      const v = wb.getWorksheet(p.sheet)!.getCell(p.cell).value;
      expect(typeof v === "object" && v !== null && "error" in v ? v.error : String(v)).toMatch(pattern);
    }
  });
});
