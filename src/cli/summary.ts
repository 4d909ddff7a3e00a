import { CheckResult } from "../app/types";
import { formatRu } from "../domain/dates";
import { FORM_BY_ID } from "../domain/forms";
import { IndicatorResult } from "../domain/indicators/types";
import { Issue } from "../domain/issues";
import { NO_DATA, trendTargetText, valueText } from "../report/cells";

/** More than this per sheet goes to --json only: a screen of messages is read, ten thousand are not. */
export const ISSUES_SHOWN_PER_SHEET = 50;

const SEVERITY = { error: "ошибка", warning: "предупреждение" } as const;

function place(file: string, sheet: string): string {
  return `${file} › «${sheet}»`;
}

export function countIssues(issues: readonly Issue[]): { errors: number; warnings: number } {
  let errors = 0;
  for (const i of issues) if (i.severity === "error") errors++;
  return { errors, warnings: issues.length - errors };
}

/** Where the run wrote every issue: its JSON report, the «Проверка данных» sheet of its result. */
export interface FullList {
  readonly json?: string;
  readonly sheet?: { readonly file: string; readonly name: string };
  /** The command can also write a result (compute): then --out is a way to the full list too. */
  readonly canWriteResult?: boolean;
}

/** Where the console's cut list of a sheet's issues sends the reader for the rest. */
function restOf(full: FullList): string {
  const at = [
    ...(full.json ? [`в ${full.json}`] : []),
    ...(full.sheet ? [`на листе «${full.sheet.name}» в ${full.sheet.file}`] : []),
  ];
  if (at.length > 0) return ` — полный список ${at.join(" и ")}`;
  return full.canWriteResult ? " — полный список: --json ОТЧЁТ.json или --out РЕЗУЛЬТАТ.xlsx" : " — полный список: --json ОТЧЁТ.json";
}

/** The Russian summary `check` prints: what was recognised, what was not, issues by sheet, totals. */
export function checkSummary(check: CheckResult, full: FullList = {}): string {
  const lines: string[] = [];
  const p = check.period;
  lines.push(`Период: ${p.label} (${formatRu(p.start)}–${formatRu(p.end)})`);
  // Said first: it explains the hundreds of warnings below it.
  const hint = check.issues.find((i) => i.rule === "period.likelyOther");
  if (hint) lines.push(`Внимание: ${hint.message} (период задаёт ключ --period).`);
  lines.push("");
  lines.push(`Распознано листов: ${check.sheets.length}`);
  for (const s of check.sheets) {
    lines.push(
      `  ${place(s.file, s.sheet)} — ${FORM_BY_ID[s.form].title}; строк: ${s.rows}; уверенность ${Math.round(s.confidence * 100)} %` +
        (s.weak ? " (неуверенно — проверьте столбцы)" : ""),
    );
  }
  if (check.unrecognised.length > 0) {
    lines.push("", `Не распознано листов: ${check.unrecognised.length}`);
    for (const u of check.unrecognised) lines.push(`  ${place(u.file, u.sheet)} — ${u.reason}`);
  }
  const groups = new Map<string, Issue[]>();
  for (const i of check.issues) {
    const key = place(i.file, i.sheet);
    const g = groups.get(key);
    if (g) g.push(i);
    else groups.set(key, [i]);
  }
  if (groups.size > 0) lines.push("", "Замечания:");
  for (const [key, issues] of groups) {
    const { errors, warnings } = countIssues(issues);
    lines.push(`  ${key}: ошибок ${errors}, предупреждений ${warnings}`);
    for (const i of issues.slice(0, ISSUES_SHOWN_PER_SHEET)) lines.push(`    ${i.cell} ${SEVERITY[i.severity]}: ${i.message}`);
    if (issues.length > ISSUES_SHOWN_PER_SHEET) {
      lines.push(`    … и ещё ${issues.length - ISSUES_SHOWN_PER_SHEET}${restOf(full)}`);
    }
  }
  const { errors, warnings } = countIssues(check.issues);
  lines.push("", `Ошибок: ${errors}, предупреждений: ${warnings}`);
  return lines.join("\n") + "\n";
}

/** As the report's text cells show a value (valueText), so the console and the workbook agree. */
function show(v: number | boolean | null, unit: string): string {
  if (v === null) return NO_DATA;
  if (typeof v === "boolean") return v ? "да" : "нет";
  return valueText(v, unit);
}

/** One line per indicator: value, target and status. */
export function indicatorSummary(indicators: readonly IndicatorResult[]): string {
  const lines = [`Показатели: ${indicators.length}`];
  for (const r of indicators) {
    const target = r.trend
      ? `; цель — ${trendTargetText(r.direction, r.trend, r.unit)}`
      : r.target === null
        ? ""
        : `; цель ${show(r.target, r.unit)}`;
    const status = r.status ? ` — ${r.status}` : "";
    lines.push(`  ${r.id} ${r.shortName}: ${show(r.value, r.unit)}${target}${status}`);
  }
  return lines.join("\n") + "\n";
}
