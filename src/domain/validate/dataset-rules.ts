import { INDICATORS } from "../indicators/presets";
import { manualKey } from "../indicators/context";
import { percent } from "../indicators/status";
import { Issue } from "../issues";
import { ActivityRecord, Dataset, ManualRecord, RosterRecord, SourceRef } from "../records";
import { foldKey, foldWords, ruNumber } from "../text";
import { boundedMemo } from "../memo";
import { schoolKey } from "../people/school-key";
import { inner } from "../maps";
import { ordinalOfPersonId } from "../people/person-id";
import { Locate, where } from "./locate";
import { ValidationContext } from "./types";
import { likelyOtherPeriod } from "./period-hint";

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

/**
 * A certificate number as compared for duplicates, null when it carries no number: «7723 00012345»,
 * «7723-00012345» and «№ 772300012345» are one number.
 */
export function certificateKey(certificate: string): string | null {
  const plain = plainKey(certificate);
  if (plain !== undefined) return plain;
  const words = foldWords(certificate);
  if (NO_NUMBER.has(words.join(" "))) return null;
  const k = words.filter((w) => w !== "n" && w !== "no").join("");
  return k === "" ? null : k;
}

/**
 * certificateKey without regular expressions or word lists for the usual certificate: Cyrillic
 * letters, digits and ASCII punctuation or spaces only. Such text has nothing for fold to clean or
 * swap (no Latin look-alikes, so no «N»/«No» either, no other spaces): its key is its runs of letters
 * and digits, lower-cased, ё → е, run together. Words without a digit may spell «нет» or «б/н».
 * Undefined for any other character: foldWords decides. A region checks some 150 000 of these.
 */
function plainKey(s: string): string | null | undefined {
  let key = "";
  let spaced = "";
  let digits = false;
  let start = -1;
  let capitals = false;
  let yo = false;
  for (let i = 0; i <= s.length; i++) {
    const c = i < s.length ? s.charCodeAt(i) : 0x20;
    const digit = c >= 0x30 && c <= 0x39;
    const lower = (c >= 0x430 && c <= 0x44f) || c === 0x451;
    const capital = (c >= 0x410 && c <= 0x42f) || c === 0x401;
    if (digit || lower || capital) {
      if (start < 0) start = i;
      if (digit) digits = true;
      if (capital) capitals = true;
      if (c === 0x451 || c === 0x401) yo = true;
      continue;
    }
    if (c < 0x20 || c > 0x7e || (c >= 0x41 && c <= 0x5a) || (c >= 0x61 && c <= 0x7a)) return undefined;
    if (start >= 0) {
      let w = s.slice(start, i);
      if (capitals) w = w.toLowerCase();
      if (yo) w = w.replace(/ё/g, "е");
      key += w;
      if (!digits) spaced = spaced === "" ? w : `${spaced} ${w}`;
      start = -1;
      capitals = false;
      yo = false;
    }
  }
  if (key === "" || (!digits && NO_NUMBER.has(spaced))) return null;
  return key;
}

/** foldKey with a memory: names repeat on every row of a million-row roster. */
const memoFold = (): ((s: string) => string) => boundedMemo(50_000, foldKey);

/**
 * Each event row that repeats an earlier one of the same worker (title as folded, date, form, level,
 * result), with that earlier row. Rows are grouped by worker — the roster's person, or school and
 * name when unmatched — and compared field by field within the worker's few events: a key string
 * per row, built, flattened and hashed, cost a region more than the rest of the dataset's checks.
 */
function repeatedEvents(activities: readonly ActivityRecord[], people: number): [ActivityRecord, ActivityRecord][] {
  const title = memoFold();
  const who = memoFold();
  // A roster person by the number in their id, where it is one: an array slot rather than a Map entry.
  const byPerson = new Array<ActivityRecord[] | undefined>(people);
  const byWorker = new Map<string, ActivityRecord[]>();
  const out: [ActivityRecord, ActivityRecord][] = [];
  for (let i = 0; i < activities.length; i++) {
    const r = activities[i];
    if (r.eventTitle === null || r.date === null) continue;
    const k = r.personId === null ? -1 : ordinalOfPersonId(r.personId);
    const worker = k >= 0 && k < people ? null : r.personId ?? `${schoolKey(r.school)}\u0001${who(r.fullName)}`;
    const earlier = worker === null ? byPerson[k] : byWorker.get(worker);
    if (earlier === undefined) {
      if (worker === null) byPerson[k] = [r];
      else byWorker.set(worker, [r]);
      continue;
    }
    const first = earlier.find(
      (e) =>
        e.date === r.date &&
        (e.activityType ?? "") === (r.activityType ?? "") &&
        (e.level ?? "") === (r.level ?? "") &&
        (e.result ?? "") === (r.result ?? "") &&
        title(e.eventTitle!) === title(r.eventTitle!),
    );
    if (first === undefined) earlier.push(r);
    else out.push([r, first]);
  }
  return out;
}

export const DATASET_RULES: readonly DatasetRule[] = [
  { id: "period.likelyOther", run: (data, locate, ctx) => likelyOtherPeriod(data, locate, ctx.period) },
  {
    id: "roster.duplicate",
    run: (data, locate) => {
      // Same school (as people are matched: «СОШ №1» is «МБОУ СОШ № 1») and name, and the same birth
      // date — or no birth date on either (FORMS.md person matching). Nested Maps rather than one
      // concatenated key string per row, and each spelling of a name folded once: names repeat
      // across a region's roster (schoolKey keeps its own memory).
      // A name's rows by birth date are a short list, not a Map: a region has a hundred thousand names.
      const nameKey = memoFold();
      const seen = new Map<string, Map<string, RosterRecord[]>>();
      const out: Issue[] = [];
      for (const r of data.roster) {
        const name = nameKey(r.fullName);
        if (name === "") continue;
        const bySchool = inner(seen, schoolKey(r.school));
        const namesakes = bySchool.get(name);
        const first = namesakes?.find((e) => (e.birthDate ?? "") === (r.birthDate ?? ""));
        if (first === undefined) {
          if (namesakes) namesakes.push(r);
          else bySchool.set(name, [r]);
          continue;
        }
        out.push({
          file: r.file,
          sheet: r.sheet,
          cell: locate(r, "fullName"),
          field: "fullName",
          rule: "roster.duplicate",
          severity: "error",
          message:
            `Работник уже есть в сверке ОО «${first.school}» в ${where(first, r)} (те же ФИО${r.birthDate ? " и дата рождения" : ""}) — ` +
            `удалите повтор; работу на нескольких ставках указывайте в одной строке`,
        });
      }
      return out;
    },
  },
  {
    id: "schools.duplicate",
    run: (data, locate) =>
      duplicates(
        data.schools,
        // The same identity as the roster's and the indicators': two cards of one school by any spelling.
        (r) => schoolKey(r.school) || null,
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
        (r) => (r.certificate === null ? null : certificateKey(r.certificate)),
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
    id: "activities.duplicate",
    // The same worker's same event twice — one line typed again, or the same data under columns in
    // another order pasted below — counts its participation and prize place twice (LK-04 counts rows).
    // Only rows that name their event and date are compared: two «выступление» rows without a title
    // may be two talks.
    run: (data, locate) => {
      const out: Issue[] = [];
      for (const [r, first] of repeatedEvents(data.activities, data.roster.length)) {
        out.push({
          file: r.file,
          sheet: r.sheet,
          cell: locate(r, "eventTitle"),
          field: "eventTitle",
          rule: "activities.duplicate",
          severity: "warning",
          message:
            `Это мероприятие работника ${r.fullName} уже указано в ${where(first, r)} (то же название, дата, форма участия, уровень и результат) — ` +
            `строка посчитается дважды, с участием и призовым местом; удалите повтор`,
        });
      }
      return out;
    },
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
          message: "Наставник и наставляемый — один и тот же человек: такая пара не учитывается в показателях наставничества — укажите в паре двух разных работников",
        });
      }
      return out;
    },
  },
  {
    id: "manual.rows",
    run: (data, locate) => (data.manual.length === 0 ? [] : manualRowIssues(data.manual, locate)),
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

const MANUAL_KIND = new Map(INDICATORS.map((d) => [manualKey(d.id), d.calc.kind]));

function filled(m: ManualRecord): boolean {
  return m.value !== null || m.numerator !== null || m.denominator !== null;
}

/**
 * «Сведения муниципалитета» as the indicators read it (context.ts `manual`, evaluate.ts `manual`):
 * the first filled row of a code counts, a share is N / S when both are given, else the value.
 * What would be taken silently otherwise is said: a second filled row, a share over 100 %, a share
 * given twice that disagrees with itself.
 */
function manualRowIssues(rows: readonly ManualRecord[], locate: Locate): Issue[] {
  const out: Issue[] = [];
  const firstFilled = new Map<string, ManualRecord>();
  const issue = (m: ManualRecord, field: string, rule: "manual.duplicate" | "manual.share.over100" | "manual.share.zeroDenominator" | "manual.share.conflict", severity: "error" | "warning", message: string): Issue => ({
    file: m.file, sheet: m.sheet, cell: locate(m, field), field, rule, severity, message,
  });
  for (const m of rows) {
    if (!filled(m)) continue;
    const key = manualKey(m.indicator);
    if (key === "") continue;
    const first = firstFilled.get(key);
    if (first) {
      out.push(issue(m, "indicator", "manual.duplicate", "warning", `Показатель ${m.indicator.trim()} уже указан в ${where(first, m)} — в расчёт взята та строка, эта не учитывается; оставьте одну`));
      continue;
    }
    firstFilled.set(key, m);
    if (MANUAL_KIND.get(key) !== "manualShare") continue;
    const { numerator: n, denominator: s, value } = m;
    if (n !== null && s === 0) {
      out.push(issue(m, "denominator", "manual.share.zeroDenominator", "warning", "Знаменатель равен 0 — долю не посчитать, показатель останется без значения; укажите знаменатель"));
    } else if (n !== null && s !== null && n > s) {
      out.push(issue(m, "numerator", "manual.share.over100", "error", `Числитель ${ruNumber(n)} больше знаменателя ${ruNumber(s)} — доля не может быть больше 100 %; проверьте, не перепутаны ли они местами`));
    } else if (n === null && s === null && typeof value === "number" && value > 100) {
      out.push(issue(m, "value", "manual.share.over100", "error", `Доля ${ruNumber(value)} % больше 100 % — укажите долю в процентах (от 0 до 100) или числитель и знаменатель`));
    } else if (n !== null && s !== null && s > 0 && typeof value === "number") {
      // The share as the indicator computes it from N and S (evaluate.ts `manual`), rounding included.
      const share = percent(n, s);
      if (share !== null && Math.abs(share - value) >= 0.1) {
        out.push(issue(m, "value", "manual.share.conflict", "warning", `Указаны и доля ${ruNumber(value)} %, и числитель со знаменателем (${ruNumber(n)} из ${ruNumber(s)} — ${ruNumber(share)} %) — в расчёт взяты числитель и знаменатель; оставьте что-то одно или исправьте`));
      }
    }
  }
  return out;
}
