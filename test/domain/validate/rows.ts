/** Builders of recognised sheets and normalised rows for validation tests (no recogniser needed). */
import { cellAddress } from "../../../src/domain/a1";
import { FORM_BY_ID } from "../../../src/domain/forms";
import { FormId } from "../../../src/domain/forms/types";
import { CellValue } from "../../../src/domain/grid";
import { NormalValue, NormalizedRow } from "../../../src/domain/normalize/types";
import { parsePeriod } from "../../../src/domain/period";
import { RecognizedSheet } from "../../../src/domain/recognize/types";

export const PERIOD = parsePeriod("2023/2024")!;
export const CTX = { period: PERIOD, today: "2024-06-15" };

/** A sheet with the header in row 1 and every field of the form in its own column, in form order (A, B, C…). */
export function sheetOf(form: FormId, only?: readonly string[], sheet = FORM_BY_ID[form].sheetName, file = "школа.xlsx"): RecognizedSheet {
  const fields = FORM_BY_ID[form].fields.map((f) => f.id).filter((id) => !only || only.includes(id));
  return {
    file,
    sheet,
    form,
    headerRow: 1,
    headerRows: 1,
    columns: Object.fromEntries(fields.map((id, i) => [id, i])),
    unmapped: [],
    confidence: 1,
    weak: false,
    ambiguities: [],
    missingRequired: [],
    rows: 0,
  };
}

/** One data row (sheet row `row`); `raw` defaults to the values (what a user typed in a simple case). */
export function rowOf(
  rec: RecognizedSheet,
  values: Record<string, NormalValue | null>,
  row = 2,
  raw: Record<string, CellValue> = {},
): NormalizedRow {
  const cells: Record<string, string> = {};
  const all: Record<string, NormalValue | null> = {};
  const rawAll: Record<string, CellValue> = {};
  for (const [field, col] of Object.entries(rec.columns)) {
    cells[field] = cellAddress(row - 1, col);
    const v = values[field] ?? null;
    all[field] = v;
    rawAll[field] = field in raw ? raw[field] : v === null ? null : Array.isArray(v) ? v.join(", ") : (v as CellValue);
  }
  return { form: rec.form, ref: { file: rec.file, sheet: rec.sheet, row }, values: all, cells, raw: rawAll };
}

/** A roster row that passes every rule; tests spoil one thing at a time. */
export const GOOD_ROSTER: Record<string, NormalValue | null> = {
  school: "МБОУ СОШ № 1",
  fullName: "Иванова Анна Петровна",
  birthDate: "1980-03-12",
  age: 44,
  position: "учитель",
  staffCategory: "педагогический",
  subjects: ["математика"],
  educationLevel: "высшее",
  pedagogicalEducation: true,
  educationMatchesSubject: true,
  teachingExperience: 20,
  totalExperience: 22,
  qualificationCategory: "высшая",
  categoryDate: "2021-12-20",
  employment: "основное",
  weeklyLoad: 24,
  youngSpecialist: false,
};

export const GOOD: Record<FormId, Record<string, NormalValue | null>> = {
  roster: GOOD_ROSTER,
  schools: { school: "МБОУ СОШ № 1", orgType: "ОО", lowResults: false, hardConditions: false, staffRates: 40, filledRates: 38.5, mentoringModel: true, internshipSite: false },
  courses: {
    school: "МБОУ СОШ № 1", fullName: "Иванова Анна Петровна", programTitle: "Функциональная грамотность", kind: "повышение квалификации",
    hours: 36, startDate: "2023-10-02", endDate: "2023-10-20", provider: "ИРО", federalRegistry: true, topics: ["функциональная грамотность"], certificate: "7723 00012345",
  },
  activities: { school: "МБОУ СОШ № 1", fullName: "Иванова Анна Петровна", activityType: "мастер-класс", eventTitle: "Методический фестиваль", level: "муниципальный", result: "участник", date: "2024-03-14" },
  diagnostics: {
    school: "МБОУ СОШ № 1", fullName: "Иванова Анна Петровна", subject: "математика", level: "региональная", date: "2023-11-10", score: 62,
    deficitsFound: true, deficits: "оценивание", iom: "ЦНППМ (ИОМ)", iomCompleted: true, support: true,
  },
  mentoring: { school: "МБОУ СОШ № 1", mentorName: "Иванова Анна Петровна", menteeName: "Петров Пётр Ильич", form: "педагог – педагог", startDate: "2023-09-01", endDate: "2024-05-31" },
  manual: { indicator: "AL-1.4.1", value: "да", numerator: null, denominator: null },
};
