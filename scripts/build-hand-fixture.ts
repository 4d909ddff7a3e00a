/**
 * Writes the hand-checked fixture (test/fixtures/hand/dataset.ts) as a workbook a school could have
 * sent: one sheet per standard form with the template's Russian headers (src/domain/forms), real date
 * cells, «да»/«нет» for yes/no, lists joined with commas, and the manual sheet «Сведения
 * муниципалитета». Each record's `row` is its sheet row (header in row 1), so the workbook route and
 * the in-memory dataset point at the same cells. Bytes are stable (fixed zip dates), so rerunning it
 * leaves git with nothing to commit.
 *
 *   node -r ts-node/register/transpile-only scripts/build-hand-fixture.ts [OUT.xlsx]
 */
import * as fs from "node:fs";
import * as path from "node:path";
import ExcelJS from "exceljs";
import { FORM_BY_ID, FormId } from "../src/domain/forms";
import { FieldDef } from "../src/domain/forms/types";
import { HAND } from "../test/fixtures/hand/dataset";
import { newWorkbook, stableBytes } from "./examples/write";

export const HAND_WORKBOOK = path.join(__dirname, "..", "test", "fixtures", "hand", "fixture.xlsx");

type Rec = { readonly row: number } & object;

/** Records of each form as dataset.ts types them (persons are derived, not a sheet). */
const TABLES: readonly (readonly [FormId, readonly Rec[]])[] = [
  ["roster", HAND.roster],
  ["schools", HAND.schools],
  ["courses", HAND.courses],
  ["activities", HAND.activities],
  ["diagnostics", HAND.diagnostics],
  ["mentoring", HAND.mentoring],
  ["manual", HAND.manual],
];

const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;

/** A record value as a person types it into the form's column. */
export function cellOf(field: FieldDef, v: unknown): ExcelJS.CellValue {
  if (v === null || v === undefined) return null;
  if (typeof v === "boolean") return v ? "да" : "нет";
  if (typeof v === "number") return v;
  if (Array.isArray(v)) return v.length === 0 ? null : v.join(", ");
  if (typeof v === "string") {
    const m = field.type === "date" ? ISO_DATE.exec(v) : null;
    return m ? new Date(Date.UTC(Number(m[1]), Number(m[2]) - 1, Number(m[3]))) : v;
  }
  throw new Error(`${field.id}: unexpected value ${JSON.stringify(v)}`);
}

const HEADER_FILL: ExcelJS.Fill = { type: "pattern", pattern: "solid", fgColor: { argb: "FFD9E1F2" } };

export function handWorkbook(): ExcelJS.Workbook {
  const wb = newWorkbook();
  wb.creator = "Методист: ручная выверка показателей";
  for (const [form, records] of TABLES) {
    const def = FORM_BY_ID[form];
    const ws = wb.addWorksheet(def.sheetName);
    def.fields.forEach((f, i) => {
      const c = ws.getCell(1, i + 1);
      c.value = f.header;
      c.font = { bold: true };
      c.fill = HEADER_FILL;
      c.alignment = { wrapText: true, vertical: "middle" };
      ws.getColumn(i + 1).width = f.id === "fullName" || f.id.endsWith("Title") || f.id.endsWith("Name") ? 34 : 16;
    });
    for (const rec of records) {
      const values = rec as unknown as Readonly<Record<string, unknown>>;
      def.fields.forEach((f, i) => {
        const value = cellOf(f, values[f.id]);
        if (value === null) return;
        const c = ws.getCell(rec.row, i + 1);
        c.value = value;
        if (value instanceof Date) c.numFmt = "dd.mm.yyyy";
      });
    }
  }
  return wb;
}

export async function writeHandWorkbook(out: string = HAND_WORKBOOK): Promise<void> {
  fs.mkdirSync(path.dirname(out), { recursive: true });
  fs.writeFileSync(out, await stableBytes(handWorkbook()));
}

if (require.main === module) {
  const out = process.argv[2] ?? HAND_WORKBOOK;
  writeHandWorkbook(out).then(
    () => console.log(`Выверочная книга записана: ${out}`),
    (e: unknown) => {
      console.error(e);
      process.exitCode = 1;
    },
  );
}
