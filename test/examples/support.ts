import * as fs from "node:fs";
import * as path from "node:path";
import { PlantedError } from "../../scripts/examples/model";

export const EXAMPLES = path.join(__dirname, "..", "..", "examples");
export const TODAY = "2024-06-20";

export function plantedErrors(): PlantedError[] {
  return JSON.parse(fs.readFileSync(path.join(EXAMPLES, "planted-errors.json"), "utf8")) as PlantedError[];
}

export function schoolFiles(dir = EXAMPLES): string[] {
  return fs
    .readdirSync(path.join(dir, "schools"))
    .filter((f) => f.endsWith(".xlsx"))
    .sort()
    .map((f) => path.join(dir, "schools", f));
}
