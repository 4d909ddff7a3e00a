/**
 * Data-safety invariants over the example municipality (all five presets) and every school file of
 * examples/ (LK, DZ, KL: the same invariants at a third of the cost; the municipality holds all the
 * schools' data anyway).
 */
import { promises as fs } from "fs";
import * as path from "path";
import { ALL_PRESETS, CORPUS_PRESETS, EXAMPLE_FILES, assertDataSafety, outputDirs } from "./data-safety";

let dir: string;
beforeAll(async () => {
  dir = await outputDirs("safety-examples");
});
afterAll(async () => {
  await fs.rm(dir, { recursive: true, force: true });
});

test.each(EXAMPLE_FILES.map((f) => [path.basename(f), f] as const))("%s: input unchanged, own sheets only, idempotent, no formula injection", async (name, input) => {
  await assertDataSafety(input, dir, name === "municipality.xlsx" ? ALL_PRESETS : CORPUS_PRESETS);
}, 240_000);
