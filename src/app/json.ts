import { columnLetter } from "../domain/a1";
import { BreakdownRow, IndicatorResult } from "../domain/indicators/types";
import { CheckResult } from "./types";

/**
 * The JSON written by `--json` (CLI.md): a stable contract, additive changes only. Everything here is
 * plain data so other tools (and next year's Metodist) can read it.
 */
export interface ReportJson {
  readonly period: { readonly label: string; readonly start: string; readonly end: string };
  readonly sheets: readonly SheetJson[];
  readonly unrecognised: readonly { readonly file: string; readonly sheet: string; readonly reason: string }[];
  readonly issues: readonly IssueJson[];
  readonly indicators: readonly IndicatorJson[];
}

export interface SheetJson {
  readonly file: string;
  readonly sheet: string;
  readonly form: string;
  /** 1-based sheet row of the (lowest) header row. */
  readonly headerRow: number;
  /** field id → column letter. */
  readonly columns: Readonly<Record<string, string>>;
  readonly unmapped: readonly string[];
  readonly rows: number;
}

export interface IssueJson {
  readonly file: string;
  readonly sheet: string;
  readonly cell: string;
  readonly field: string | null;
  readonly rule: string;
  readonly severity: "error" | "warning";
  readonly message: string;
}

type Value = number | boolean | null;

export interface BreakdownJson {
  readonly numerator: number;
  readonly denominator: number;
  readonly value: number | null;
}

export interface IndicatorJson {
  readonly id: string;
  readonly name: string;
  readonly numerator: number | null;
  readonly denominator: number | null;
  readonly value: Value;
  readonly unit: string;
  readonly target: number | boolean | null;
  readonly direction: "up" | "down";
  readonly status: string | null;
  /** What the value alone does not say (no data, how many schools reach a per-school target); added after CLI.md's first version. */
  readonly note?: string;
  /**
   * A «рост/снижение к прошлому периоду» target (LK): the earlier period and value the status compares
   * with (both null when the history has none); added after CLI.md's first version.
   */
  readonly trend?: { readonly previousPeriod: string | null; readonly previousValue: number | null };
  readonly bySchool: readonly (BreakdownJson & { readonly school: string })[];
  readonly bySubject: readonly (BreakdownJson & { readonly subject: string })[];
}

/** % to 0.1; nothing to divide by → null (CLI.md). */
function percent(value: Value, denominator: number | null): Value {
  if (denominator === 0) return null;
  return typeof value === "number" ? Math.round(value * 10) / 10 : value;
}

function breakdown(row: BreakdownRow, unit: string): BreakdownJson {
  const value = unit === "%" ? percent(row.value, row.denominator) : row.value;
  return { numerator: row.numerator, denominator: row.denominator, value: typeof value === "number" ? value : null };
}

function indicatorJson(r: IndicatorResult): IndicatorJson {
  return {
    id: r.id,
    name: r.name,
    numerator: r.numerator,
    denominator: r.denominator,
    value: r.unit === "%" ? percent(r.value, r.denominator) : r.value,
    unit: r.unit,
    target: r.target,
    direction: r.direction,
    status: r.status,
    ...(r.note ? { note: r.note } : {}),
    ...(r.trend ? { trend: { previousPeriod: r.trend.previousPeriod, previousValue: r.trend.previousValue } } : {}),
    bySchool: r.bySchool.map((b) => ({ school: b.key, ...breakdown(b, r.unit) })),
    bySubject: (r.bySubject ?? []).map((b) => ({ subject: b.key, ...breakdown(b, r.unit) })),
  };
}

export function toReportJson(check: CheckResult, indicators: readonly IndicatorResult[] = []): ReportJson {
  return {
    period: { label: check.period.label, start: check.period.start, end: check.period.end },
    sheets: check.sheets.map((s) => ({
      file: s.file,
      sheet: s.sheet,
      form: s.form,
      headerRow: s.headerRow,
      columns: Object.fromEntries(
        Object.entries(s.columns)
          .sort((a, b) => a[1] - b[1])
          .map(([field, col]) => [field, columnLetter(col)]),
      ),
      unmapped: [...s.unmapped],
      rows: s.rows,
    })),
    unrecognised: check.unrecognised.map((u) => ({ file: u.file, sheet: u.sheet, reason: u.reason })),
    issues: check.issues.map((i) => ({
      file: i.file,
      sheet: i.sheet,
      cell: i.cell,
      field: i.field ?? null,
      rule: i.rule,
      severity: i.severity,
      message: i.message,
    })),
    indicators: indicators.map(indicatorJson),
  };
}
