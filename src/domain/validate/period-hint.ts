import { Issue } from "../issues";
import { Period, academicYear, calendarYear, inPeriod } from "../period";
import { Dataset, SourceRef } from "../records";
import { IsoDate, formatRu } from "../dates";
import { Locate } from "./locate";

/** Fewer dated events than this say nothing about the period: a small school may have few. */
const ENOUGH_DATES = 10;

interface Dated {
  readonly ref: SourceRef;
  readonly field: string;
  readonly date: IsoDate;
}

/**
 * The dates of events that count only in their own period, activities' and diagnostics', with how
 * many there are in all; only those outside the period are listed (a region's hundreds of thousands of
 * dates in the period cost a comparison each). Courses are left out: those of the two years before the
 * period count too («за три последних года»).
 */
function datesOutside(data: Dataset, period: Period): { total: number; outside: Dated[] } {
  const outside: Dated[] = [];
  let total = 0;
  for (const list of [data.activities, data.diagnostics]) {
    for (const r of list) {
      if (r.date === null) continue;
      total++;
      if (!inPeriod(r.date, period)) outside.push({ ref: r, field: "date", date: r.date });
    }
  }
  return { total, outside };
}

/** The academic year and the calendar year that hold the date. */
function periodsOf(date: IsoDate): readonly Period[] {
  const [y, m] = date.split("-").map(Number);
  return [academicYear(m >= 9 ? y : y - 1), calendarYear(y)];
}

function share(part: number, whole: number): string {
  return `${part} из ${whole}`;
}

/**
 * How much more of the events another year must hold than the period chosen, as a share of them all:
 * a quarter. Late entries from the year before (a tenth or so) are no sign of a wrong period; a school
 * year's data checked as a calendar year (58 % in it, all of it in the school year) is.
 */
const CLEARLY_MORE = 0.25;

/**
 * Another period holds clearly more of the events than the one chosen: the period chosen is likely
 * not the one the data is about (the default is the year before today's, schools send last year's
 * data, a school year is checked as a calendar year). Said once, at the first date outside of the
 * sheet with most of them, before the hundreds of per-row warnings («вне отчётного периода», ages
 * counted at the wrong year's end) it explains.
 */
export function likelyOtherPeriod(data: Dataset, locate: Locate, period: Period): Issue[] {
  const { total, outside } = datesOutside(data, period);
  // Another year holds at most the dates outside plus those it shares with the period: with fewer than
  // a quarter outside it cannot hold a quarter more (and a region's dates are not counted by year).
  if (total < ENOUGH_DATES || outside.length < CLEARLY_MORE * total) return [];
  // Either kind of year may be the one the data is about: events of Sep 2024–Aug 2025 checked as the
  // calendar year 2024 belong to 2024/2025, not to 2025. Ties go to the kind of the period chosen.
  const sameKind = (p: Period) => p.label.includes("/") === period.label.includes("/");
  const byPeriod = new Map<string, { period: Period; count: number }>();
  // Every date counts for the years holding it, those in the chosen period too: a year of the other
  // kind may hold them as well (Sep–Dec 2024 are in both 2024 and 2024/2025).
  for (const list of [data.activities, data.diagnostics]) {
    for (const r of list) {
      if (r.date === null) continue;
      for (const p of periodsOf(r.date)) {
        if (p.label === period.label) continue;
        const seen = byPeriod.get(p.label);
        if (seen) seen.count++;
        else byPeriod.set(p.label, { period: p, count: 1 });
      }
    }
  }
  const best = [...byPeriod.values()].sort(
    (a, b) => b.count - a.count || Number(sameKind(b.period)) - Number(sameKind(a.period)) || (a.period.start < b.period.start ? 1 : -1),
  )[0];
  const inPeriodCount = total - outside.length;
  // …and at least half of them: events spread over several other years name no one year.
  if (best === undefined || best.count - inPeriodCount < CLEARLY_MORE * total || best.count * 2 < total) return [];
  const bySheet = new Map<string, Dated[]>();
  for (const d of outside) {
    const key = `${d.ref.file}\u0000${d.ref.sheet}`;
    const list = bySheet.get(key);
    if (list) list.push(d);
    else bySheet.set(key, [d]);
  }
  const first = [...bySheet.values()].sort((a, b) => b.length - a.length)[0][0];
  return [
    {
      file: first.ref.file,
      sheet: first.ref.sheet,
      cell: locate(first.ref, first.field),
      field: first.field,
      rule: "period.likelyOther",
      severity: "warning",
      message:
        `Похоже, выбран не тот период: ${share(outside.length, total)} дат мероприятий и диагностик вне периода ${period.label} ` +
        `(${formatRu(period.start)}–${formatRu(period.end)}); ${share(best.count, total)} — в ${best.period.label}. ` +
        `Если данные за ${best.period.label}, выберите этот период и проверьте книгу снова: иначе события не войдут в показатели, а возраст и стаж считаются на конец другого года`,
    },
  ];
}
