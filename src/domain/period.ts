import { IsoDate, addYears, isoFromParts } from "./dates";

/** A reporting period: an academic year 01.09–31.08 or a calendar year (FORMS.md «Reporting period»). */
export interface Period {
  readonly label: string;
  readonly start: IsoDate;
  readonly end: IsoDate;
}

export function academicYear(startYear: number): Period {
  return {
    label: `${startYear}/${startYear + 1}`,
    start: isoFromParts(startYear, 9, 1)!,
    end: isoFromParts(startYear + 1, 8, 31)!,
  };
}

export function calendarYear(year: number): Period {
  return { label: String(year), start: isoFromParts(year, 1, 1)!, end: isoFromParts(year, 12, 31)! };
}

/** "2023/2024", "2023-2024", "2023/24" or "2024"; null when it is none of these. */
/** Years a report can be about: a typo such as 3000 or 1023 would make every date fall outside it. */
const FIRST_YEAR = 1990;
const LAST_YEAR = 2100;

function plausible(year: number): boolean {
  return year >= FIRST_YEAR && year <= LAST_YEAR;
}

export function parsePeriod(text: string): Period | null {
  const t = text.trim();
  let m = /^(\d{4})\s*[/\-–]\s*(\d{2}|\d{4})$/.exec(t);
  if (m) {
    const a = Number(m[1]);
    const b = m[2].length === 2 ? Math.floor(a / 100) * 100 + Number(m[2]) : Number(m[2]);
    return b === a + 1 && plausible(a) ? academicYear(a) : null;
  }
  m = /^(\d{4})$/.exec(t);
  if (m && plausible(Number(m[1]))) return calendarYear(Number(m[1]));
  return null;
}

/** The default: the academic year that contains today minus three months. */
export function defaultPeriod(today: IsoDate): Period {
  const [y, mo, d] = today.split("-").map(Number);
  const shifted = new Date(Date.UTC(y, mo - 1 - 3, d));
  const sy = shifted.getUTCFullYear();
  const sm = shifted.getUTCMonth() + 1;
  return academicYear(sm >= 9 ? sy : sy - 1);
}

export function inPeriod(date: IsoDate | null, p: Period): boolean {
  return date !== null && date >= p.start && date <= p.end;
}

/** «за три последних года»: the three years ending at the period's end. */
export function lastThreeYears(p: Period): Period {
  const start = addYears(p.end, -3);
  const [y, m, d] = start.split("-").map(Number);
  const next = new Date(Date.UTC(y, m - 1, d + 1));
  return {
    label: `3 года до ${p.end}`,
    start: isoFromParts(next.getUTCFullYear(), next.getUTCMonth() + 1, next.getUTCDate())!,
    end: p.end,
  };
}
