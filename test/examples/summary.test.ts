import * as fs from "node:fs";
import * as path from "node:path";
import ExcelJS from "exceljs";
import { EXAMPLES } from "./support";

/** The example is shaped like seed 001 (Алапаевск, 01.01.2024): these are the seed's figures. */
const summary = JSON.parse(fs.readFileSync(path.join(EXAMPLES, "summary.json"), "utf8"));

describe("summary of the example municipality", () => {
  it.each([
    ["workers", summary.workers, 757, 10],
    ["ДОО", summary.byOrgType["ДОО"], 337, 5],
    ["ОО", summary.byOrgType["ОО"], 374, 5],
    ["ДО", summary.byOrgType["ДО"], 46, 3],
    ["ВКК, %", summary.categoriesPercent["высшая"], 17.8, 1.5],
    ["1КК, %", summary.categoriesPercent["первая"], 40.0, 1.5],
    ["СЗД, %", summary.categoriesPercent["соответствие занимаемой должности"], 20.3, 1.5],
    ["молодые специалисты, %", summary.youngPercent, 5.6, 1],
    ["руководящие, %", summary.leadersPercent, 8, 1.5],
    ["учителя с нагрузкой ≥ 27 ч, %", summary.teachersLoad27Percent, 33, 3],
    ["ИОМ ЦНППМ, %", summary.iomCenterPercent, 26, 3],
    ["КПК за период, %", summary.coursesInPeriodPercent, 70, 8],
    ["наставники среди ПР, %", summary.mentorsPercent, 10, 2],
    ["событий на работника", summary.eventsPerWorker, 5, 0.6],
  ])("%s is near the seed's figure", (_label, actual: number, target: number, tolerance: number) => {
    expect(Math.abs(actual - target)).toBeLessThanOrEqual(tolerance);
  });

  it("has a dozen organisations, a few people working in two of them, and the new categories after 01.09.2023", () => {
    expect(summary.organisations).toBe(12);
    expect(summary.secondJobs).toBeGreaterThanOrEqual(3);
    expect(summary.secondJobs).toBeLessThanOrEqual(10);
    expect(summary.categoriesPercent["педагог-наставник"] + summary.categoriesPercent["педагог-методист"]).toBeGreaterThan(0);
  });

  it("counts the rows the consolidated workbook really has", async () => {
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.readFile(path.join(EXAMPLES, "municipality.xlsx"));
    const rows: Record<string, number> = {};
    for (const sheet of Object.keys(summary.rowsPerSheet)) rows[sheet] = wb.getWorksheet(sheet)!.actualRowCount - 1;
    expect(rows).toEqual(summary.rowsPerSheet);
    expect(summary.rowsPerSheet["Сверка кадров"]).toBe(summary.rosterRows);
  });
});
