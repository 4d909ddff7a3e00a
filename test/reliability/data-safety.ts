/**
 * Data-safety invariants (used by data-safety-*.test.ts): inputs are never modified, compute writes
 * only its own sheets (user sheets survive cell for cell), compute over its own output is idempotent,
 * and no user text ever becomes a formula.
 */
import { promises as fs } from "fs";
import * as path from "path";
import JSZip from "jszip";
import { computeWorkbook } from "../../src/app/compute";
import { ComputeResult } from "../../src/app/types";
import { SheetGrid } from "../../src/domain/grid";
import { PresetId } from "../../src/domain/indicators/types";
import { parsePeriod } from "../../src/domain/period";
import { XlsxWorkbook } from "../../src/workbook/xlsx/xlsx-workbook";
import { badFile, corpus, exampleFiles, sha256, tempDir, TODAY } from "./support";

export const PERIOD = parsePeriod("2023/2024")!;
export const ALL_PRESETS: readonly PresetId[] = ["LK", "DZ", "AL", "KL", "BM"];
/** Enough for the small corpus files (people, diagnostics, school shares) at a third of the cost of all five. */
export const CORPUS_PRESETS: readonly PresetId[] = ["LK", "DZ", "KL"];
/** Sheets the xlsx adapter adds besides the planned ones: its registry and its drop-down lists. */
const ADAPTER_SHEETS = new Set(["metodist_meta", "metodist_lists"]);

/** Every corpus file that opens and holds a standard form. */
export const READABLE_CORPUS: readonly string[] = corpus().filter((c) => c.expected.outcome === "checked").map((c) => badFile(c.file));
export const EXAMPLE_FILES: readonly string[] = exampleFiles();

export async function outputDirs(prefix: string): Promise<string> {
  const dir = await tempDir(prefix);
  await fs.mkdir(path.join(dir, "1"));
  await fs.mkdir(path.join(dir, "2"));
  return dir;
}

export async function sheetsOf(file: string): Promise<SheetGrid[]> {
  return (await XlsxWorkbook.open([file])).readSheets();
}

export async function computeTo(input: string, out: string): Promise<ComputeResult> {
  const port = await XlsxWorkbook.open([input]);
  const result = await computeWorkbook(port, { today: TODAY, period: PERIOD, presets: ALL_PRESETS });
  await port.save(out);
  return result;
}

/** Cell values comparable with toEqual (Dates as ISO strings). */
function plainCells(g: SheetGrid): unknown[][] {
  return g.cells.map((row) => (row ?? []).map((v) => (v instanceof Date ? v.toISOString() : v)));
}

/** Indicator values without the audit trail (jest would spend minutes diffing thousands of entries). */
const digest = (r: ComputeResult) =>
  r.indicators.map((i) => ({ id: i.id, n: i.numerator, s: i.denominator, v: i.value, bySchool: i.bySchool, counted: i.counted.length }));

/** Cell-for-cell equality as a boolean, with the first difference logged-free (grids can be large). */
function sameCells(a: SheetGrid, b: SheetGrid): boolean {
  return JSON.stringify(plainCells(a)) === JSON.stringify(plainCells(b));
}

const byName = (sheets: readonly SheetGrid[]) => new Map(sheets.map((s) => [s.sheet, s]));

/** Strings a spreadsheet program would treat as the start of a formula. */
const looksLikeFormula = (s: string) => /^[=+\-@]/.test(s.trim());

function userStrings(sheets: readonly SheetGrid[]): string[] {
  const out = new Set<string>();
  for (const s of sheets) {
    if (s.ownOutput) continue;
    for (const row of s.cells) for (const v of row ?? []) if (typeof v === "string" && looksLikeFormula(v) && v.trim().length > 1) out.add(v.trim());
  }
  return [...out];
}

const decodeXml = (s: string) =>
  s.replace(/&lt;/g, "<").replace(/&gt;/g, ">").replace(/&quot;/g, '"').replace(/&apos;/g, "'").replace(/&amp;/g, "&");

/** Every <f> element of every worksheet part of the package, decoded. */
async function formulasIn(file: string): Promise<string[]> {
  const zip = await JSZip.loadAsync(await fs.readFile(file));
  const formulas: string[] = [];
  for (const name of Object.keys(zip.files).filter((n) => /^xl\/worksheets\/sheet\d+\.xml$/.test(n))) {
    const xml = await zip.files[name].async("string");
    for (const m of xml.matchAll(/<f(?:\s[^>]*)?>([^<]*)<\/f>/g)) formulas.push(decodeXml(m[1]));
  }
  return formulas;
}

/** Opens a file, reads its sheets, computes every preset into it and saves the result. */
async function readAndCompute(input: string, out: string, presets: readonly PresetId[]): Promise<{ sheets: SheetGrid[]; result: ComputeResult }> {
  const port = await XlsxWorkbook.open([input]);
  // The grids as they were before compute touched the workbook in memory.
  const sheets = await port.readSheets();
  const result = await computeWorkbook(port, { today: TODAY, period: PERIOD, presets });
  await port.save(out);
  return { sheets, result };
}

/**
 * The data-safety invariants for one input: compute writes a result next to it, then computes again
 * over that result (each file is opened once: large examples take seconds to parse).
 */
export async function assertDataSafety(input: string, dir: string, presets: readonly PresetId[]): Promise<void> {
  const name = path.basename(input);
  const before = await sha256(input);

  // Outputs keep the input's file name (in their own folders): sources in the audit trail name it.
  const out1 = path.join(dir, "1", name);
  const { sheets: original, result: first } = await readAndCompute(input, out1, presets);
  expect(await sha256(input)).toBe(before);

  // Idempotence: compute over its own output gives the same own sheets with the same values.
  const out2 = path.join(dir, "2", name);
  const { sheets: written, result: second } = await readAndCompute(out1, out2, presets);
  expect(await sha256(input)).toBe(before);

  // Only own sheets were added or replaced; every user sheet is there with the same values.
  const writtenByName = byName(written);
  for (const s of original) {
    if (s.ownOutput) continue;
    const after = writtenByName.get(s.sheet);
    expect(after).toBeDefined();
    expect(after?.ownOutput ?? false).toBe(false);
    expect({ sheet: s.sheet, same: sameCells(after!, s) }).toEqual({ sheet: s.sheet, same: true });
  }
  const planned = new Set(first.applied.map((a) => a.actual));
  const userNames = new Set(original.filter((s) => !s.ownOutput).map((s) => s.sheet));
  for (const s of written) {
    if (!userNames.has(s.sheet)) expect({ sheet: s.sheet, planned: planned.has(s.sheet) || ADAPTER_SHEETS.has(s.sheet) }).toEqual({ sheet: s.sheet, planned: true });
  }
  // A user sheet named like an output sheet is never replaced: the output goes elsewhere.
  for (const a of first.applied) if (userNames.has(a.planned)) expect(a.actual).not.toBe(a.planned);

  // Formula injection: no formula Metodist wrote contains user text starting with = + - @.
  const injected = userStrings(original);
  const formulas = await formulasIn(out1);
  for (const text of injected) for (const f of formulas) expect(f).not.toContain(text.slice(1));

  expect(second.applied.map((a) => a.actual)).toEqual(first.applied.map((a) => a.actual));
  expect(digest(second)).toEqual(digest(first));
  const rewritten = byName(await sheetsOf(out2));
  for (const s of written) {
    if (s.sheet === "metodist_meta") continue; // holds write timestamps
    expect({ sheet: s.sheet, same: sameCells(rewritten.get(s.sheet)!, s) }).toEqual({ sheet: s.sheet, same: true });
  }
}
