/**
 * The hand-checked fixture through the whole workbook route: the committed fixture.xlsx (written by
 * scripts/build-hand-fixture.ts from dataset.ts) is opened with the .xlsx adapter, recognised,
 * normalised, linked into persons and evaluated — and every indicator must give exactly the N, S,
 * value and status counted by hand in expected.ts, as the in-memory dataset does.
 */
import * as fs from "node:fs";
import * as os from "node:os";
import * as path from "node:path";
import { checkSheets } from "../../src/app/check";
import { ComputedSheets, computeFromSheets } from "../../src/app/compute";
import { SheetGrid } from "../../src/domain/grid";
import { INDICATORS } from "../../src/domain/indicators";
import { PresetId } from "../../src/domain/indicators/types";
import { FORMS } from "../../src/domain/forms";
import { XlsxWorkbook } from "../../src/workbook/xlsx/xlsx-workbook";
import { HAND, PERIOD } from "../fixtures/hand/dataset";
import { EXPECTED } from "../fixtures/hand/expected";
import { handWorkbook } from "../../scripts/build-hand-fixture";

const FIXTURE = path.join(__dirname, "..", "fixtures", "hand", "fixture.xlsx");
/**
 * The report is made after the period closed: the fixture has events on 31.08.2024 and 01.09.2024 (the
 * period's edges), which an earlier «today» would rightly flag as dates in the future.
 */
const TODAY = "2024-09-20";
const ALL: readonly PresetId[] = ["LK", "DZ", "AL", "KL", "BM"];

let sheets: SheetGrid[];
let computed: ComputedSheets;
beforeAll(async () => {
  sheets = await (await XlsxWorkbook.open([FIXTURE])).readSheets();
  computed = computeFromSheets(sheets, { today: TODAY, period: PERIOD, presets: ALL });
});

describe("hand fixture as a workbook", () => {
  it("is what the builder writes from dataset.ts (rerun scripts/build-hand-fixture.ts after editing dataset.ts)", async () => {
    const fresh = handWorkbook();
    const committed = await (await XlsxWorkbook.open([FIXTURE])).readSheets();
    const tmp = path.join(os.tmpdir(), `hand-${process.pid}.xlsx`);
    fs.writeFileSync(tmp, Buffer.from(await fresh.xlsx.writeBuffer()));
    const rebuilt = await (await XlsxWorkbook.open([tmp])).readSheets();
    fs.unlinkSync(tmp);
    expect(rebuilt.map((g) => [g.sheet, g.cells])).toEqual(committed.map((g) => [g.sheet, g.cells]));
  });

  it("is recognised sheet by sheet as the seven standard forms, every data row read, no errors", () => {
    const check = checkSheets(sheets, { today: TODAY, period: PERIOD });
    expect(check.unrecognised).toEqual([]);
    expect(check.sheets.map((s) => [s.sheet, s.form, s.rows])).toEqual(
      FORMS.map((f) => [f.sheetName, f.id, (HAND as unknown as Record<string, unknown[]>)[DATASET_KEY[f.id]].length]),
    );
    // The only errors are the names planted as nobody's: a course, an activity and a diagnostic of
    // «Неизвестная Н.Н.» and a student mentee; every other cell is clean.
    expect(check.issues.filter((i) => i.severity === "error").map((i) => [i.sheet, i.cell, i.rule])).toEqual([
      ["КПК", "B19", "person.unmatched"],
      ["МАП", "B31", "person.unmatched"],
      ["Диагностика", "B16", "person.unmatched"],
      ["Наставничество", "C10", "person.unmatched"],
    ]);
  });

  it("links the roster into the same persons (Новиков Н.Н. works in two organisations)", () => {
    const { dataset } = checkSheets(sheets, { today: TODAY, period: PERIOD });
    expect(dataset.persons).toHaveLength(HAND.persons.length);
    expect(dataset.persons.filter((p) => p.rosterRows.length === 2).map((p) => p.rosterRows.map((r) => r.school))).toEqual([
      ["МБОУ СОШ № 1", "МБУ ДО Дом детского творчества"],
    ]);
  });

  it("links a mentee who works in another school than the mentor (М8: Харитонова, СОШ № 2 → Морозова, СОШ № 1)", () => {
    const { dataset } = computed.check;
    const pair = dataset.mentoring.find((m) => m.row === 9);
    const morozova = dataset.persons.find((p) => p.fullName.startsWith("Морозова"));
    expect(pair?.school).toBe("МБОУ СОШ № 2");
    expect(pair?.menteeId).toBe(morozova?.id);
  });

  it("evaluates every indicator of the five presets", () => {
    expect(computed.indicators.map((r) => r.id)).toEqual(INDICATORS.map((d) => d.id));
  });

  it.each(EXPECTED.map((x) => [x.id, x] as const))("%s: N, S, value and status as counted by hand", (id, x) => {
    const r = computed.indicators.find((i) => i.id === id);
    expect(r).toBeDefined();
    expect({ N: r!.numerator, S: r!.denominator, value: r!.value, status: r!.status }).toEqual({ N: x.N, S: x.S, value: x.value, status: x.status });
  });
});

const DATASET_KEY = {
  roster: "roster", schools: "schools", courses: "courses", activities: "activities",
  diagnostics: "diagnostics", mentoring: "mentoring", manual: "manual",
} as const;
