/**
 * `npm run examples`: writes the example municipality into examples/ — one consolidated workbook,
 * one file per organisation worded its own way, the list of planted errors and a summary. Seeded,
 * with a fixed «today» (20.06.2024): running it again gives the same cells.
 *
 *   npm run examples                     # into examples/
 *   npm run examples -- --out /tmp/ex    # anywhere else (tests do this)
 */
import * as fs from "node:fs";
import * as path from "node:path";
import { FORMS } from "../src/domain/forms";
import { MEMO_LINES, SCHOOLS } from "./examples/catalog";
import { generateEvents } from "./examples/events";
import { consolidatedLayouts, schoolStyles } from "./examples/layouts";
import { PlantedError } from "./examples/model";
import { generateWorkers } from "./examples/people";
import { applyPlants, chooseRosterTargets } from "./examples/plants";
import { Rng } from "./examples/prng";
import { buildTables } from "./examples/rows";
import { summarize } from "./examples/summary";
import { PLAIN, habitsOf, newWorkbook, stableBytes, writeMemo, writeSheet } from "./examples/write";

export const SEED = 20240620;
export const CONSOLIDATED = "municipality.xlsx";
export const SCHOOLS_DIR = "schools";

export interface Generated {
  readonly files: string[];
  readonly planted: PlantedError[];
}

export async function generateExamples(outDir: string): Promise<Generated> {
  const rng = new Rng(SEED);
  const workers = generateWorkers(rng);
  const targets = chooseRosterTargets(rng, workers);
  const events = generateEvents(rng, workers);
  const tables = buildTables(rng, workers, events);
  applyPlants(rng, tables, targets);

  fs.mkdirSync(path.join(outDir, SCHOOLS_DIR), { recursive: true });
  const planted: PlantedError[] = [];
  const files: string[] = [];

  const wb = newWorkbook();
  const layouts = consolidatedLayouts();
  for (const form of FORMS) planted.push(...writeSheet(wb, layouts[form.id], form.id, tables[form.id], PLAIN, CONSOLIDATED));
  writeMemo(wb, MEMO_LINES);
  fs.writeFileSync(path.join(outDir, CONSOLIDATED), await stableBytes(wb));
  files.push(CONSOLIDATED);

  const styles = schoolStyles(new Rng(SEED + 1));
  for (const school of SCHOOLS) {
    const style = styles.get(school.name)!;
    const file = `${SCHOOLS_DIR}/${style.file}`;
    const swb = newWorkbook();
    for (const form of FORMS) {
      const layout = style.sheets[form.id];
      if (layout === undefined) continue;
      const rows = tables[form.id].filter((r) => r.school === school.name);
      planted.push(...writeSheet(swb, layout, form.id, rows, habitsOf(style), file));
    }
    fs.writeFileSync(path.join(outDir, file), await stableBytes(swb));
    files.push(file);
  }

  const summary = summarize(workers, events, tables, planted.length);
  fs.writeFileSync(path.join(outDir, "planted-errors.json"), JSON.stringify(planted, null, 2) + "\n");
  fs.writeFileSync(path.join(outDir, "summary.json"), JSON.stringify(summary, null, 2) + "\n");
  return { files, planted };
}

function outArg(argv: readonly string[]): string {
  const i = argv.indexOf("--out");
  return i >= 0 && argv[i + 1] !== undefined ? argv[i + 1] : path.join(__dirname, "..", "examples");
}

if (require.main === module) {
  const out = outArg(process.argv.slice(2));
  generateExamples(out).then(
    (g) => console.log(`Примеры записаны в ${out}: файлов ${g.files.length}, заложенных ошибок ${g.planted.length}`),
    (e: unknown) => {
      console.error(`Не удалось записать примеры: ${e instanceof Error ? e.message : String(e)}`);
      process.exit(1);
    },
  );
}
