import { cellAddress } from "../a1";
import { FormId } from "../forms/types";
import { Issue } from "../issues";
import { Period } from "../period";
import {
  ActivityRecord, CourseRecord, Dataset, DiagnosticRecord, ManualRecord, MentoringRecord, SchoolRecord, SourceRef,
} from "../records";
import { RecognizedSheet } from "../recognize/types";
import { NormalizedRow } from "../normalize/types";
import { buildPeople } from "../people/build-people";
import { ambiguousMessage, schoolMissingMessage, unmatchedMessage } from "../people/messages";
import { schoolKey } from "../people/school-key";
import { People, RosterRecordDraft } from "../people/types";
import { ageAt, isYoungSpecialist, staffCategoryOf, StaffCategory } from "./derive";
import { providerGroupOf } from "./provider-group";
import { manualValue } from "./manual-value";
import { bool, date, list, num, text } from "./row-values";

/**
 * Normalised rows → the typed, linked records indicators are computed from. Roster rows get their
 * derived fields and a person; every event row is linked to a roster person by ФИО within its school.
 * A name that matches nobody, or several people, is an issue, never silently dropped.
 */

export interface ReadSheet {
  readonly rec: RecognizedSheet;
  readonly rows: readonly NormalizedRow[];
}

function byLocation(a: SourceRef, b: SourceRef): number {
  if (a.file !== b.file) return a.file < b.file ? -1 : 1;
  if (a.sheet !== b.sheet) return a.sheet < b.sheet ? -1 : 1;
  return a.row - b.row;
}

/** Sheets in the order their records are kept: by file, then sheet name. */
export function byLocationOfSheet(a: Pick<ReadSheet, "rec">, b: Pick<ReadSheet, "rec">): number {
  return byLocation({ file: a.rec.file, sheet: a.rec.sheet, row: 0 }, { file: b.rec.file, sheet: b.rec.sheet, row: 0 });
}

/** Records are object literals with the ref spelled out, not `...ref` spreads: spread-built objects
 * change shape property by property and made building a 100 000-worker dataset several times slower. */
function rosterDraft(row: NormalizedRow, period: Period): RosterRecordDraft {
  const birthDate = date(row, "birthDate");
  const age = num(row, "age") ?? ageAt(birthDate, period.end);
  const teachingExperience = num(row, "teachingExperience");
  const position = text(row, "position") ?? "";
  const stated = text(row, "staffCategory");
  return {
    file: row.ref.file,
    sheet: row.ref.sheet,
    row: row.ref.row,
    school: text(row, "school") ?? "",
    fullName: text(row, "fullName") ?? "",
    birthDate,
    age,
    position,
    staffCategory: stated === "педагогический" || stated === "руководящий" ? (stated as StaffCategory) : staffCategoryOf(position),
    subjects: list(row, "subjects"),
    educationLevel: text(row, "educationLevel"),
    pedagogicalEducation: bool(row, "pedagogicalEducation"),
    educationMatchesSubject: bool(row, "educationMatchesSubject"),
    teachingExperience,
    totalExperience: num(row, "totalExperience"),
    qualificationCategory: text(row, "qualificationCategory"),
    categoryDate: date(row, "categoryDate"),
    employment: text(row, "employment"),
    weeklyLoad: num(row, "weeklyLoad"),
    youngSpecialist: bool(row, "youngSpecialist") ?? isYoungSpecialist(age, teachingExperience),
  };
}

/**
 * Links names to persons and records the issues; `null` people means there is no roster at all.
 * When a school is missing from the roster altogether, one issue per sheet and school says so
 * instead of one per row: the fix is to add that school's roster (or align its name), not to
 * correct hundreds of names.
 */
class Linker {
  readonly issues: Issue[] = [];
  private readonly reportedSchools = new Set<string>();
  private readonly schoolsKnown = new Map<string, boolean>();
  constructor(private readonly people: People | null) {}

  get withoutRoster(): boolean {
    return this.people === null;
  }

  /**
   * `anySchool`: when the name is not in the row's school, look it up in the whole municipality (a
   * mentee may work in another school than the mentor whose school the pair is listed under).
   */
  personId(row: NormalizedRow, nameField: string, school: string | null, anySchool = false): string | null {
    const name = text(row, nameField);
    if (name === null || this.people === null) return null;
    if (school !== null && school !== "" && !this.knowsSchool(school)) {
      const k = `${row.ref.file}\u0001${row.ref.sheet}\u0001${schoolKey(school)}`;
      if (!this.reportedSchools.has(k)) {
        this.reportedSchools.add(k);
        this.issues.push(linkIssue(row, nameField, "person.unmatched", schoolMissingMessage(school)));
      }
      return null;
    }
    let result = this.people.matchPerson(name, school === "" ? null : school);
    if (result.kind === "unmatched" && anySchool && school !== null && school !== "") result = this.people.matchPerson(name, null);
    if (result.kind === "matched") return result.personId;
    if (result.kind === "unmatched") this.issues.push(linkIssue(row, nameField, "person.unmatched", unmatchedMessage(name, school || null)));
    else this.issues.push(linkIssue(row, nameField, "person.ambiguous", ambiguousMessage(name, school || null, result.candidates.length)));
    return null;
  }

  /** Remembered per spelling: every event row asks about its school. */
  private knowsSchool(school: string): boolean {
    let known = this.schoolsKnown.get(school);
    if (known === undefined) {
      known = this.people!.knowsSchool(school);
      this.schoolsKnown.set(school, known);
    }
    return known;
  }
}

/** Built only for an issue: reading row.cells spells an address, which a matched row never needs. */
function linkIssue(row: NormalizedRow, nameField: string, rule: "person.unmatched" | "person.ambiguous", message: string): Issue {
  return { file: row.ref.file, sheet: row.ref.sheet, cell: row.cells[nameField] ?? "A1", field: nameField, severity: "error", rule, message };
}

const EVENT_FORMS: readonly { form: FormId; nameField: string }[] = [
  { form: "courses", nameField: "fullName" },
  { form: "activities", nameField: "fullName" },
  { form: "diagnostics", nameField: "fullName" },
  { form: "mentoring", nameField: "mentorName" },
];

/** Without a roster no name can be checked: one issue per event sheet says so, not one per row. */
function missingRosterIssue(s: ReadSheet): Issue | null {
  const ev = EVENT_FORMS.find((e) => e.form === s.rec.form);
  if (!ev || s.rows.length === 0) return null;
  const col = s.rec.columns[ev.nameField] ?? 0;
  return {
    file: s.rec.file,
    sheet: s.rec.sheet,
    cell: cellAddress(Math.max(0, s.rec.headerRow - 1), col),
    field: ev.nameField,
    rule: "person.unmatched",
    severity: "error",
    message: "Не найден лист «Сверка кадров»: ФИО из этого листа не с кем сверить, и показатели по работникам не посчитать — добавьте сверку педагогических кадров в файлы",
  };
}


// ── One record per normalised row ────────────────────────────────────────────────────────────────

function schoolRecord(r: NormalizedRow): SchoolRecord {
  return {
    file: r.ref.file,
    sheet: r.ref.sheet,
    row: r.ref.row,
    school: text(r, "school") ?? "",
    orgType: text(r, "orgType"),
    lowResults: bool(r, "lowResults"),
    hardConditions: bool(r, "hardConditions"),
    staffRates: num(r, "staffRates"),
    filledRates: num(r, "filledRates"),
    mentoringModel: bool(r, "mentoringModel"),
    internshipSite: bool(r, "internshipSite"),
  };
}

function courseRecord(r: NormalizedRow, linker: Linker): CourseRecord {
  const school = text(r, "school") ?? "";
  const provider = text(r, "provider");
  return {
    file: r.ref.file,
    sheet: r.ref.sheet,
    row: r.ref.row,
    school,
    fullName: text(r, "fullName") ?? "",
    personId: linker.personId(r, "fullName", school),
    programTitle: text(r, "programTitle") ?? "",
    kind: text(r, "kind"),
    hours: num(r, "hours"),
    startDate: date(r, "startDate"),
    endDate: date(r, "endDate"),
    provider,
    providerGroup: providerGroupOf(provider),
    federalRegistry: bool(r, "federalRegistry"),
    topics: list(r, "topics"),
    certificate: text(r, "certificate"),
  };
}

function activityRecord(r: NormalizedRow, linker: Linker): ActivityRecord {
  const school = text(r, "school") ?? "";
  return {
    file: r.ref.file,
    sheet: r.ref.sheet,
    row: r.ref.row,
    school,
    fullName: text(r, "fullName") ?? "",
    personId: linker.personId(r, "fullName", school),
    activityType: text(r, "activityType"),
    eventTitle: text(r, "eventTitle"),
    level: text(r, "level"),
    result: text(r, "result"),
    date: date(r, "date"),
  };
}

function diagnosticRecord(r: NormalizedRow, linker: Linker): DiagnosticRecord {
  const school = text(r, "school") ?? "";
  return {
    file: r.ref.file,
    sheet: r.ref.sheet,
    row: r.ref.row,
    school,
    fullName: text(r, "fullName") ?? "",
    personId: linker.personId(r, "fullName", school),
    subject: text(r, "subject"),
    level: text(r, "level"),
    date: date(r, "date"),
    score: num(r, "score"),
    deficitsFound: bool(r, "deficitsFound"),
    deficits: text(r, "deficits"),
    iom: text(r, "iom"),
    iomCompleted: bool(r, "iomCompleted"),
    support: bool(r, "support"),
  };
}

function mentoringRecord(r: NormalizedRow, linker: Linker): MentoringRecord {
  const school = text(r, "school");
  return {
    file: r.ref.file,
    sheet: r.ref.sheet,
    row: r.ref.row,
    school,
    mentorName: text(r, "mentorName") ?? "",
    menteeName: text(r, "menteeName") ?? "",
    mentorId: linker.personId(r, "mentorName", school),
    menteeId: linker.personId(r, "menteeName", school, true),
    form: text(r, "form"),
    startDate: date(r, "startDate"),
    endDate: date(r, "endDate"),
  };
}

/** A manual value that is neither да/нет nor a number is an issue (pushed to `issues`); the row stays. */
function manualRecord(r: NormalizedRow, issues: Issue[]): ManualRecord {
  const value = manualValue(r.raw["value"] ?? null, text(r, "value"));
  if (value === undefined) {
    issues.push({
      file: r.ref.file, sheet: r.ref.sheet, cell: r.cells["value"] ?? "A1", field: "value", rule: "type.number", severity: "error",
      message: `Столбец «Значение»: „${text(r, "value") ?? ""}“ — введите да, нет или число`,
    });
  }
  return {
    file: r.ref.file,
    sheet: r.ref.sheet,
    row: r.ref.row,
    indicator: text(r, "indicator") ?? "",
    value: value ?? null,
    numerator: num(r, "numerator"),
    denominator: num(r, "denominator"),
  };
}

/**
 * Builds the dataset from the roster sheets first (people need every roster row), then takes the
 * other sheets one at a time in file/sheet order, so a caller can read a sheet, hand it over and let
 * its rows go: a region's million normalised rows need not be alive together.
 */
export class DatasetBuilder {
  private readonly people: People;
  private readonly linker: Linker;
  private readonly missingRoster: { form: FormId; issue: Issue }[] = [];
  private readonly issues: Issue[] = [];
  private readonly schools: SchoolRecord[] = [];
  private readonly courses: CourseRecord[] = [];
  private readonly activities: ActivityRecord[] = [];
  private readonly diagnostics: DiagnosticRecord[] = [];
  private readonly mentoring: MentoringRecord[] = [];
  private readonly manual: ManualRecord[] = [];
  private last: ReadSheet | null = null;

  /** `rosterSheets`: every roster sheet; none means there is no roster at all. */
  constructor(rosterSheets: readonly ReadSheet[], period: Period) {
    const drafts: RosterRecordDraft[] = [];
    for (const s of [...rosterSheets].sort(byLocationOfSheet)) for (const r of s.rows) drafts.push(rosterDraft(r, period));
    this.people = buildPeople(drafts);
    this.linker = new Linker(rosterSheets.length > 0 ? this.people : null);
  }

  /** A sheet of any form but the roster; sheets must come in file/sheet order (records keep it). */
  add(sheet: ReadSheet): void {
    if (this.last !== null && byLocationOfSheet(this.last, sheet) > 0) throw new Error("DatasetBuilder.add: sheets out of file/sheet order");
    this.last = sheet;
    if (this.linker.withoutRoster) {
      const issue = missingRosterIssue(sheet);
      if (issue) this.missingRoster.push({ form: sheet.rec.form, issue });
    }
    const rows = sheet.rows;
    const n = rows.length;
    // Indexed loops: this switch is not optimised as a whole, and for…of here made an iterator
    // result object for every row of a region.
    switch (sheet.rec.form) {
      case "roster": throw new Error("DatasetBuilder.add: roster sheets go to the constructor");
      case "schools": for (let i = 0; i < n; i++) this.schools.push(schoolRecord(rows[i])); break;
      case "courses": for (let i = 0; i < n; i++) this.courses.push(courseRecord(rows[i], this.linker)); break;
      case "activities": for (let i = 0; i < n; i++) this.activities.push(activityRecord(rows[i], this.linker)); break;
      case "diagnostics": for (let i = 0; i < n; i++) this.diagnostics.push(diagnosticRecord(rows[i], this.linker)); break;
      case "mentoring": for (let i = 0; i < n; i++) this.mentoring.push(mentoringRecord(rows[i], this.linker)); break;
      case "manual": for (let i = 0; i < n; i++) this.manual.push(manualRecord(rows[i], this.issues)); break;
    }
  }

  finish(): { dataset: Dataset; issues: Issue[] } {
    const issues: Issue[] = [];
    // Missing-roster issues by form (courses, activities, diagnostics, mentoring), then the rest.
    for (const { form } of EVENT_FORMS) for (const m of this.missingRoster) if (m.form === form) issues.push(m.issue);
    for (const i of this.issues) issues.push(i);
    for (const i of this.linker.issues) issues.push(i);
    const { people } = this;
    return {
      dataset: {
        roster: people.roster, schools: this.schools, courses: this.courses, activities: this.activities,
        diagnostics: this.diagnostics, mentoring: this.mentoring, manual: this.manual, persons: people.persons,
      },
      issues,
    };
  }
}

export function buildDataset(sheets: readonly ReadSheet[], period: Period): { dataset: Dataset; issues: Issue[] } {
  const builder = new DatasetBuilder(sheets.filter((s) => s.rec.form === "roster"), period);
  for (const s of sheets.filter((x) => x.rec.form !== "roster").sort(byLocationOfSheet)) builder.add(s);
  return builder.finish();
}
