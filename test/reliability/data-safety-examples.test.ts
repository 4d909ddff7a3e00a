/** Data-safety invariants over the example municipality and every school file of examples/. */
import { promises as fs } from "fs";
import * as path from "path";
import { EXAMPLE_FILES, assertDataSafety, outputDirs } from "./data-safety";

let dir: string;
beforeAll(async () => {
  dir = await outputDirs("safety-examples");
});
afterAll(async () => {
  await fs.rm(dir, { recursive: true, force: true });
});

test.each(EXAMPLE_FILES.map((f) => [path.basename(f), f] as const))("%s: input unchanged, own sheets only, idempotent, no formula injection", async (_name, input) => {
  await assertDataSafety(input, dir);
}, 240_000);
