import { Events } from "./events";
import { Worker } from "./people";
import { Tables } from "./rows";
import { FORM_BY_ID, FormId } from "../../src/domain/forms";

const pct = (n: number, d: number): number => (d === 0 ? 0 : Math.round((n / d) * 1000) / 10);

/** What the generator produced, computed from the generated data (examples/summary.json). */
export function summarize(workers: readonly Worker[], ev: Events, t: Tables, planted: number) {
  const n = workers.length;
  const byOrgType: Record<string, number> = {};
  for (const w of workers) byOrgType[w.school.orgType] = (byOrgType[w.school.orgType] ?? 0) + 1;
  const count = (f: (w: Worker) => boolean) => workers.filter(f).length;
  const category = (c: string) => pct(count((w) => w.qualificationCategory === c), n);
  const teachers = workers.filter((w) => w.position === "учитель");
  const pedagogical = workers.filter((w) => !w.leader);
  const withCenterIom = new Set(ev.diagnostics.filter((x) => x.iom === "ЦНППМ (ИОМ)").map((x) => x.person));
  const withCourse = new Set(ev.courses.filter((c) => c.def.kind === "повышение квалификации" && c.end >= "2023-09-01").map((c) => c.person));
  const mentors = new Set(ev.mentoring.map((p) => p.mentor));
  const events = ev.courses.length + ev.activities.length + ev.diagnostics.length + ev.mentoring.length;
  const rowsPerSheet: Record<string, number> = {};
  for (const id of Object.keys(t) as FormId[]) rowsPerSheet[FORM_BY_ID[id].sheetName] = t[id].length;
  return {
    period: "2023/2024",
    today: "2024-06-20",
    organisations: new Set(workers.map((w) => w.school.name)).size,
    workers: n,
    byOrgType,
    rosterRows: t.roster.length,
    secondJobs: count((w) => w.second !== undefined),
    leadersPercent: pct(count((w) => w.leader), n),
    categoriesPercent: {
      "педагог-наставник": category("педагог-наставник"),
      "педагог-методист": category("педагог-методист"),
      высшая: category("высшая"),
      первая: category("первая"),
      "соответствие занимаемой должности": category("соответствие занимаемой должности"),
      "без категории": category("без категории"),
    },
    youngPercent: pct(count((w) => w.young), n),
    teachersLoad27Percent: pct(teachers.filter((w) => (w.weeklyLoad ?? 0) >= 27).length, teachers.length),
    iomCenterPercent: pct(pedagogical.filter((w) => withCenterIom.has(w)).length, pedagogical.length),
    coursesInPeriodPercent: pct(pedagogical.filter((w) => withCourse.has(w)).length, pedagogical.length),
    mentorsPercent: pct(pedagogical.filter((w) => mentors.has(w)).length, pedagogical.length),
    eventsPerWorker: Math.round((events / n) * 10) / 10,
    rowsPerSheet,
    plantedErrors: planted,
  };
}
