/**
 * The layer rules of ARCHITECTURE.md are enforced by ESLint inside `npm test`; these cases prove the
 * rules bite (a forbidden import is an error) and do not over-reach (an allowed one passes).
 */
import path from "node:path";
import { spawnSync } from "node:child_process";

const ROOT = path.resolve(__dirname, "..");

/**
 * Lints virtual files with the project's own eslint.config.mjs. ESLint loads that ES-module config
 * by dynamic import, which Jest's VM refuses, so all cases go to one plain Node process.
 */
function lintAll(cases: readonly (readonly [string, string])[]): string[][] {
  const script = `
    const { ESLint } = require("eslint");
    const path = require("node:path");
    const cases = JSON.parse(require("node:fs").readFileSync(0, "utf8"));
    const eslint = new ESLint({ cwd: ${JSON.stringify(ROOT)} });
    Promise.all(cases.map(([file, code]) => eslint.lintText(code, { filePath: path.resolve(${JSON.stringify(ROOT)}, file) })))
      .then((rs) => process.stdout.write(JSON.stringify(rs.map(([r]) =>
        r.messages.filter((m) => /no-restricted-imports/.test(m.ruleId || "")).map((m) => m.message)))));
  `;
  const r = spawnSync(process.execPath, ["-e", script], { cwd: ROOT, input: JSON.stringify(cases), encoding: "utf8" });
  if (r.status !== 0) throw new Error(r.stderr);
  return JSON.parse(r.stdout) as string[][];
}

const FORBIDDEN: readonly (readonly [string, string])[] = [
    ["src/domain/x.ts", 'import ExcelJS from "exceljs";\nexport const a = ExcelJS;'],
    ["src/domain/x.ts", 'import { readFileSync } from "node:fs";\nexport const a = readFileSync;'],
    ["src/domain/x.ts", 'import { SheetPlan } from "../report/plan";\nexport type A = SheetPlan;'],
    ["src/report/x.ts", 'import { XlsxWorkbook } from "../workbook/xlsx/xlsx-workbook";\nexport const a = XlsxWorkbook;'],
    ["src/app/x.ts", 'import { XlsxWorkbook } from "../workbook/xlsx/xlsx-workbook";\nexport const a = XlsxWorkbook;'],
    ["src/app/x.ts", 'import React from "react";\nexport const a = React;'],
    ["src/workbook/x.ts", 'import { checkSheets } from "../app/check";\nexport const a = checkSheets;'],
    ["src/taskpane/x.ts", 'import { PRESETS } from "../domain/indicators/presets";\nexport const a = PRESETS;'],
    ["src/cli/x.ts", 'import { OfficeWorkbook } from "../workbook/office";\nexport const a = OfficeWorkbook;'],
];

const ALLOWED: readonly (readonly [string, string])[] = [
    ["src/domain/x.ts", 'import { fold } from "./text";\nexport const a = fold;'],
    ["src/report/x.ts", 'import { formatRu } from "../domain/dates";\nexport const a = formatRu;'],
    ["src/app/x.ts", 'import { WorkbookPort } from "../workbook/port";\nexport type A = WorkbookPort;'],
    ["src/taskpane/x.ts", 'import type { Issue } from "../domain/issues";\nimport { parsePeriod } from "../app/catalog";\nexport type A = Issue;\nexport const b = parsePeriod;'],
    ["src/cli/x.ts", 'import { XlsxWorkbook } from "../workbook/xlsx/xlsx-workbook";\nexport const a = XlsxWorkbook;'],
];

describe("architecture import rules", () => {
  const results = lintAll([...FORBIDDEN, ...ALLOWED]);
  test.each(FORBIDDEN.map((c, i) => [...c, results[i]] as const))("%s may not: %s", (_file, _code, errors) => {
    expect(errors).not.toEqual([]);
  });
  test.each(ALLOWED.map((c, i) => [...c, results[FORBIDDEN.length + i]] as const))("%s may: %s", (_file, _code, errors) => {
    expect(errors).toEqual([]);
  });
});
