import { INDICATORS } from "../indicators/presets";
import { manualKey } from "../indicators/context";
import { Issue } from "../issues";
import { Dataset, SourceRef } from "../records";
import { foldKey, foldWords } from "../text";
import { Locate, where } from "./locate";
import { ValidationContext } from "./types";

/** A rule over many rows (duplicates) or several sheets (mentor ↔ roster): returns its issues. */
export interface DatasetRule {
  readonly id: string;
  readonly run: (data: Dataset, locate: Locate, ctx: ValidationContext) => Issue[];
}

/** Certificates written as «-», «нет», «б/н» carry no number. */
const NO_NUMBER = new Set(["", "нет", "б н", "бн", "отсутствует", "не выдано", "не выдавалось"]);

/** Reports every record whose key was already seen, pointing back at the first one. */
function duplicates<T extends SourceRef>(
  records: readonly T[],
  key: (r: T) => string | null,
  issue: (r: T, first: T) => Issue,
): Issue[] {
  const seen = new Map<string, T>();
  const out: Issue[] = [];
  for (const r of records) {
    const k = key(r);
    if (k === null) continue;
    const first = seen.get(k);
    if (first === undefined) seen.set(k, r);
    else out.push(issue(r, first));
  }
  return out;
}

/** foldKey with a memory: school names repeat on every row of a million-row roster. */
function memoFold(): (s: string) => string {
  const seen = new Map<string, string>();
  return (s) => {
    let k = seen.get(s);
    if (k === undefined) {
      k = foldKey(s);
      seen.set(s, k);
    }
    return k;
  };
}

export const DATASET_RULES: readonly DatasetRule[] = [
  {
    id: "roster.duplicate",
    run: (data, locate) => {
      const schoolKey = memoFold();
      return duplicates(
        data.roster,
        // Same school and name, and the same birth date — or no birth date on either (FORMS.md person matching).
        (r) => {
          const name = foldKey(r.fullName);
          return name === "" ? null : `${schoolKey(r.school)}\u0000${name}\u0000${r.birthDate ?? ""}`;
        },
        (r, first) => ({
          file: r.file,
          sheet: r.sheet,
          cell: locate(r, "fullName"),
          field: "fullName",
          rule: "roster.duplicate",
          severity: "error",
          message:
            `Работник уже есть в сверке ОО «${r.school}» в ${where(first, r)} (те же ФИО${r.birthDate ? " и дата рождения" : ""}) — ` +
            `удалите повтор; работу на нескольких ставках указывайте в одной строке`,
        }),
      );
    },
  },
  {
    id: "schools.duplicate",
    run: (data, locate) =>
      duplicates(
        data.schools,
        (r) => foldKey(r.school) || null,
        (r, first) => ({
          file: r.file,
          sheet: r.sheet,
          cell: locate(r, "school"),
          field: "school",
          rule: "schools.duplicate",
          severity: "error",
          message: `ОО «${r.school}» уже есть в информационных картах в ${where(first, r)} — оставьте одну строку на организацию`,
        }),
      ),
  },
  {
    id: "courses.certificate.duplicate",
    run: (data, locate) =>
      duplicates(
        data.courses,
        (r) => {
          if (r.certificate === null) return null;
          // «7723 00012345», «7723-00012345» and «№ 772300012345» are one number.
          const words = foldWords(r.certificate);
          if (NO_NUMBER.has(words.join(" "))) return null;
          const k = words.filter((w) => w !== "n" && w !== "no").join("");
          return k === "" ? null : k;
        },
        (r, first) => ({
          file: r.file,
          sheet: r.sheet,
          cell: locate(r, "certificate"),
          field: "certificate",
          rule: "courses.certificate.duplicate",
          severity: "error",
          message: `Номер удостоверения «${r.certificate}» уже указан в ${where(first, r)} — у каждого удостоверения свой номер; уберите повтор или исправьте номер`,
        }),
      ),
  },
  {
    id: "mentoring.self",
    run: (data, locate) => {
      const out: Issue[] = [];
      for (const r of data.mentoring) {
        const same =
          r.mentorId !== null && r.menteeId !== null
            ? r.mentorId === r.menteeId
            : foldKey(r.mentorName) !== "" && foldKey(r.mentorName) === foldKey(r.menteeName);
        if (!same) continue;
        out.push({
          file: r.file,
          sheet: r.sheet,
          cell: locate(r, "menteeName"),
          field: "menteeName",
          rule: "mentoring.self",
          severity: "error",
          message: "Наставник и наставляемый — один и тот же человек — укажите в паре двух разных работников",
        });
      }
      return out;
    },
  },
  {
    id: "manual.unknownIndicator",
    run: (data, locate) => {
      if (data.manual.length === 0) return [];
      const known = new Set(INDICATORS.map((d) => manualKey(d.id)));
      const out: Issue[] = [];
      for (const r of data.manual) {
        if (r.indicator.trim() === "" || known.has(manualKey(r.indicator))) continue;
        out.push({
          file: r.file,
          sheet: r.sheet,
          cell: locate(r, "indicator"),
          field: "indicator",
          rule: "manual.unknownIndicator",
          severity: "error",
          message: `Код показателя «${r.indicator}» не найден ни в одном наборе (LK, DZ, AL, KL, BM) — значение не будет учтено; проверьте код, например AL-1.4.1`,
        });
      }
      return out;
    },
  },
];
