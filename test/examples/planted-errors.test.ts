import * as path from "node:path";
import { checkSheets } from "../../src/app/check";
import { SheetGrid } from "../../src/domain/grid";
import { Issue } from "../../src/domain/issues";
import { parsePeriod } from "../../src/domain/period";
import { XlsxWorkbook } from "../../src/workbook/xlsx/xlsx-workbook";
import { PlantedError } from "../../scripts/examples/model";
import { EXAMPLES, TODAY, plantedErrors, schoolFiles } from "./support";

/**
 * `check` on the example municipality must report every planted error at its cell and nothing else:
 * the clean rows are clean. The consolidated workbook and the per-school files hold the same data,
 * so each is checked on its own (together every worker would be a duplicate).
 */
const period = parsePeriod("2023/2024")!;

/** Sheets nobody should be told about: the memo is listed as unrecognised, never checked. */
const ALLOWED_SHEETS = new Set(["Пояснения"]);

async function sheetsOf(files: readonly string[]): Promise<SheetGrid[]> {
  // One file at a time: opened together, same-named sheets («Лист1», «КПК») would be renamed.
  const out: SheetGrid[] = [];
  for (const f of files) out.push(...(await (await XlsxWorkbook.open([f])).readSheets()));
  return out;
}

const key = (file: string, sheet: string, cell: string, rule: string) => `${path.basename(file)}|${sheet}|${cell}|${rule}`;
const show = (i: Issue) => `${path.basename(i.file)} «${i.sheet}» ${i.cell} ${i.rule}: ${i.message}`;

function compare(planted: readonly PlantedError[], issues: readonly Issue[]) {
  const reported = new Set(issues.map((i) => key(i.file, i.sheet, i.cell, i.rule)));
  const expected = new Set(planted.map((p) => key(p.file, p.sheet, p.cell, p.rule)));
  const missed = planted.filter((p) => !reported.has(key(p.file, p.sheet, p.cell, p.rule)));
  const unexpected = issues.filter((i) => !expected.has(key(i.file, i.sheet, i.cell, i.rule)) && !ALLOWED_SHEETS.has(i.sheet));
  return { missed, unexpected: unexpected.map(show) };
}

describe("check on the example municipality", () => {
  const all = plantedErrors();

  it("finds every planted error in the consolidated workbook and nothing on clean rows", async () => {
    const file = path.join(EXAMPLES, "municipality.xlsx");
    const result = checkSheets(await sheetsOf([file]), { today: TODAY, period });
    expect(result.unrecognised.map((u) => u.sheet)).toEqual(["Пояснения"]);
    expect(result.sheets.map((s) => s.form).sort()).toEqual(["activities", "courses", "diagnostics", "manual", "mentoring", "roster", "schools"]);
    const { missed, unexpected } = compare(all.filter((p) => p.file === "municipality.xlsx"), result.issues);
    expect(missed).toEqual([]);
    expect(unexpected).toEqual([]);
  });

  it("finds the same errors in the schools' own files, whatever their wording", async () => {
    const files = schoolFiles();
    const result = checkSheets(await sheetsOf(files), { today: TODAY, period });
    expect(result.unrecognised).toEqual([]);
    // Every school file holds six forms: roster, card, courses, activities, diagnostics, mentoring.
    expect(result.sheets).toHaveLength(files.length * 6);
    const { missed, unexpected } = compare(all.filter((p) => p.file.startsWith("schools/")), result.issues);
    expect(missed).toEqual([]);
    expect(unexpected).toEqual([]);
  });
});
