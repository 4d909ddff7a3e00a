import { IsoDate } from "./dates";

/**
 * Typed records of each standard form after recognition and normalisation. Every record knows where
 * it came from (file, sheet, 1-based row) so each result and each issue can point back at the cell.
 * Enum fields hold the canonical vocabulary value (forms/vocabularies.ts) or null when empty/invalid.
 */
export interface SourceRef {
  readonly file: string;
  readonly sheet: string;
  /** 1-based sheet row. */
  readonly row: number;
}

export interface RosterRecord extends SourceRef {
  readonly school: string;
  readonly fullName: string;
  readonly birthDate: IsoDate | null;
  /** Stated age, or derived from birthDate at period end. */
  readonly age: number | null;
  readonly position: string;
  /** Stated, or derived from position (FORMS.md). */
  readonly staffCategory: "педагогический" | "руководящий";
  readonly subjects: readonly string[];
  readonly educationLevel: string | null;
  readonly pedagogicalEducation: boolean | null;
  readonly educationMatchesSubject: boolean | null;
  readonly teachingExperience: number | null;
  readonly totalExperience: number | null;
  readonly qualificationCategory: string | null;
  readonly categoryDate: IsoDate | null;
  readonly employment: string | null;
  readonly weeklyLoad: number | null;
  /** Stated, or derived: age < 35 and teachingExperience ≤ 3 (seed 001, 8.12). */
  readonly youngSpecialist: boolean;
  /** Identity across sheets and schools (people/). */
  readonly personId: string;
}

export interface SchoolRecord extends SourceRef {
  readonly school: string;
  readonly orgType: string | null;
  readonly lowResults: boolean | null;
  readonly hardConditions: boolean | null;
  readonly staffRates: number | null;
  readonly filledRates: number | null;
  readonly mentoringModel: boolean | null;
  readonly internshipSite: boolean | null;
}

/** Event rows name a person; personId is null when the name matched no roster row (an issue says so). */
export interface CourseRecord extends SourceRef {
  readonly school: string;
  readonly fullName: string;
  readonly personId: string | null;
  readonly programTitle: string;
  readonly kind: string | null;
  readonly hours: number | null;
  readonly startDate: IsoDate | null;
  readonly endDate: IsoDate | null;
  readonly provider: string | null;
  /** Provider normalised to a group of PROVIDER_GROUP. */
  readonly providerGroup: string | null;
  readonly federalRegistry: boolean | null;
  readonly topics: readonly string[];
  readonly certificate: string | null;
}

export interface ActivityRecord extends SourceRef {
  readonly school: string;
  readonly fullName: string;
  readonly personId: string | null;
  readonly activityType: string | null;
  readonly eventTitle: string | null;
  readonly level: string | null;
  readonly result: string | null;
  readonly date: IsoDate | null;
}

export interface DiagnosticRecord extends SourceRef {
  readonly school: string;
  readonly fullName: string;
  readonly personId: string | null;
  readonly subject: string | null;
  readonly level: string | null;
  readonly date: IsoDate | null;
  readonly score: number | null;
  readonly deficitsFound: boolean | null;
  readonly deficits: string | null;
  readonly iom: string | null;
  readonly iomCompleted: boolean | null;
  readonly support: boolean | null;
}

export interface MentoringRecord extends SourceRef {
  readonly school: string | null;
  readonly mentorName: string;
  readonly menteeName: string;
  readonly mentorId: string | null;
  readonly menteeId: string | null;
  readonly form: string | null;
  readonly startDate: IsoDate | null;
  readonly endDate: IsoDate | null;
}

/** «Сведения муниципалитета»: one row per indicator id. */
export interface ManualRecord extends SourceRef {
  readonly indicator: string;
  /** да/нет → boolean; a number → number; empty → null. */
  readonly value: boolean | number | null;
  readonly numerator: number | null;
  readonly denominator: number | null;
}

/** A person: one worker, counted once however many roster rows (schools) they appear in. */
export interface Person {
  readonly id: string;
  readonly fullName: string;
  readonly birthDate: IsoDate | null;
  /** Every roster row of this person (several when they work in several schools). */
  readonly rosterRows: readonly RosterRecord[];
}

/** Everything recognised in the inputs, normalised and linked: what indicators are computed from. */
export interface Dataset {
  readonly roster: readonly RosterRecord[];
  readonly schools: readonly SchoolRecord[];
  readonly courses: readonly CourseRecord[];
  readonly activities: readonly ActivityRecord[];
  readonly diagnostics: readonly DiagnosticRecord[];
  readonly mentoring: readonly MentoringRecord[];
  readonly manual: readonly ManualRecord[];
  readonly persons: readonly Person[];
}
