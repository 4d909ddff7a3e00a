/**
 * Every issue check reports, over the readable corpus and the examples, points at the cell it talks
 * about: a cell of its field's column, below the header, in a row with data, holding the quoted value.
 */
import * as path from "path";
import { checkSheets } from "../../src/app/check";
import { parseAddress } from "../../src/domain/a1";
import { CellValue, isCellError } from "../../src/domain/grid";
import { EXAMPLE_FILES, PERIOD, READABLE_CORPUS, sheetsOf } from "./data-safety";
import { TODAY } from "./support";

const INPUTS = [...READABLE_CORPUS, ...EXAMPLE_FILES];


function shown(v: CellValue): string {
  if (v === null) return "";
  if (v instanceof Date) return `${String(v.getUTCDate()).padStart(2, "0")}.${String(v.getUTCMonth() + 1).padStart(2, "0")}.${v.getUTCFullYear()}`;
  if (isCellError(v)) return v.error;
  if (typeof v === "boolean") return v ? "ИСТИНА" : "ЛОЖЬ";
  return String(v);
}

/** Invisible characters and space variants away, case folded: how a person compares two texts. */
const squash = (s: string) => s.replace(/[\u200b-\u200d\ufeff]/g, "").replace(/\s+/g, " ").trim().toLowerCase();

const QUOTE = /„([^“]*)“/;

describe.each(INPUTS.map((f) => [path.basename(f), f] as const))("issue cells of %s", (_name, input) => {
  test("each issue names a cell of its field's column in a row with data, quoting what the cell holds", async () => {
    const sheets = await sheetsOf(input);
    const result = checkSheets(sheets, { today: TODAY, period: PERIOD });
    const grid = new Map(sheets.map((s) => [`${s.file}|${s.sheet}`, s]));
    const rec = new Map(result.sheets.map((s) => [`${s.file}|${s.sheet}`, s]));
    for (const issue of result.issues) {
      const key = `${issue.file}|${issue.sheet}`;
      const sheet = grid.get(key);
      const r = rec.get(key);
      expect(sheet).toBeDefined();
      expect(r).toBeDefined();
      const { row, col } = parseAddress(issue.cell);
      if (issue.rule.startsWith("sheet.")) {
        expect(row + 1).toBeLessThanOrEqual(r!.headerRow + 1);
        continue;
      }
      expect(row + 1).toBeGreaterThan(r!.headerRow);
      const cells = sheet!.cells[row] ?? [];
      expect(cells.some((v) => v !== null && shown(v).trim() !== "")).toBe(true);
      if (issue.field !== undefined && r!.columns[issue.field] !== undefined) {
        expect({ issue: issue.rule, col }).toEqual({ issue: issue.rule, col: r!.columns[issue.field] });
      }
      const value = cells[col] ?? null;
      if (issue.rule === "field.required") expect(shown(value).trim()).toBe("");
      const quoted = QUOTE.exec(issue.message)?.[1];
      if (quoted !== undefined && issue.rule.startsWith("type.")) {
        expect(squash(shown(value))).toContain(squash(quoted).replace(/…$/, ""));
      }
    }
  });
});
