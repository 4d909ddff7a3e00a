import * as fs from "node:fs";
import * as os from "node:os";
import * as path from "node:path";
import ExcelJS from "exceljs";
import { generateExamples } from "../../scripts/generate-examples";
import { EXAMPLES, schoolFiles } from "./support";

/** Every non-empty cell of every sheet as «sheet!A1 = value», plus the merged ranges. */
async function cellsOf(file: string): Promise<string[]> {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.readFile(file);
  const out: string[] = [];
  wb.eachSheet((ws) => {
    out.push(`sheet ${ws.name}`);
    const merges = (ws.model as { merges?: string[] }).merges ?? [];
    out.push(`merges ${[...merges].sort().join(",")}`);
    ws.eachRow({ includeEmpty: false }, (row) =>
      row.eachCell({ includeEmpty: false }, (c) => {
        const v = c.value instanceof Date ? `date:${c.value.toISOString()}` : JSON.stringify(c.value);
        out.push(`${ws.name}!${c.address} = ${v}`);
      }),
    );
  });
  return out;
}

describe("npm run examples", () => {
  let tmp: string;

  beforeAll(async () => {
    tmp = fs.mkdtempSync(path.join(os.tmpdir(), "metodist-examples-"));
    await generateExamples(tmp);
  });

  afterAll(() => fs.rmSync(tmp, { recursive: true, force: true }));

  it("writes the same files as the committed examples", () => {
    const names = (dir: string) => ["municipality.xlsx", ...schoolFiles(dir).map((f) => path.relative(dir, f))];
    expect(names(tmp)).toEqual(names(EXAMPLES));
  });

  it.each(["municipality.xlsx", ...schoolFiles().map((f) => path.relative(EXAMPLES, f))])("regenerates %s cell for cell", async (name) => {
    const [fresh, committed] = await Promise.all([cellsOf(path.join(tmp, name)), cellsOf(path.join(EXAMPLES, name))]);
    expect(fresh.length).toBeGreaterThan(100);
    expect(fresh).toEqual(committed);
  });

  it.each(["planted-errors.json", "summary.json"])("regenerates %s unchanged", (name) => {
    expect(fs.readFileSync(path.join(tmp, name), "utf8")).toEqual(fs.readFileSync(path.join(EXAMPLES, name), "utf8"));
  });
});
