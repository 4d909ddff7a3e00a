/** Data-safety invariants over every readable file of the bad-input corpus. */
import { promises as fs } from "fs";
import * as path from "path";
import ExcelJS from "exceljs";
import { CORPUS_PRESETS, READABLE_CORPUS, assertDataSafety, computeTo, outputDirs } from "./data-safety";
import { badFile } from "./support";

let dir: string;
beforeAll(async () => {
  dir = await outputDirs("safety-corpus");
});
afterAll(async () => {
  await fs.rm(dir, { recursive: true, force: true });
});

test.each(READABLE_CORPUS.map((f) => [path.basename(f), f] as const))("%s: input unchanged, own sheets only, idempotent, no formula injection", async (_name, input) => {
  await assertDataSafety(input, dir, CORPUS_PRESETS);
});
test("user strings that look like formulas are written into own sheets as text cells", async () => {
  const input = badFile("in-school-starts-eq.xlsx");
  const out = path.join(dir, "injection-text.xlsx");
  await computeTo(input, out);
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.readFile(out);
  let asText = 0;
  for (const ws of wb.worksheets) {
    if (ws.name === "Сверка кадров" || ws.name === "КПК") continue;
    ws.eachRow((row) =>
      row.eachCell((cell) => {
        const shown = typeof cell.value === "string" ? cell.value : cell.formula ?? "";
        if (!shown.includes("МБОУ СОШ № 1")) return;
        expect(cell.type).toBe(ExcelJS.ValueType.String);
        if (shown.trim().startsWith("=")) asText++;
      }),
    );
  }
  // The school name «=МБОУ СОШ № 1» reaches the by-school sheets, always as a string.
  expect(asText).toBeGreaterThan(0);
});

