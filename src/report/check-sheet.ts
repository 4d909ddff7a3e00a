/**
 * «Проверка данных»: the validation report. Counts first (what an official checks before sending the
 * report upward), then every issue with a link to the offending cell, errors before warnings, in the
 * check's reading order (workbook, sheet, row, column) so fixing goes top to bottom.
 */
import { IsoDate } from "../domain/dates";
import { FORM_BY_ID } from "../domain/forms";
import { Issue, RULES } from "../domain/issues";
import { CheckSummary } from "./inputs";
import { cell, dateRow, periodRow, textCell, titleRow, headerCell } from "./cells";
import { PlanCell, SheetPlan } from "./plan";
import { SHEET, TITLE } from "./sheet-names";

export const CHECK_HEADERS = ["Важность", "Файл", "Лист", "Ячейка", "Поле", "Сообщение", "Вид замечания"] as const;
export const CHECK_TABLE = "Metodist_Check";

/** Per recognised sheet: what it was taken for and how many issues it has. */
export const SHEET_SUMMARY_HEADERS = ["Файл", "Лист", "Распознан как", "Строка заголовка", "Строк данных", "Ошибок", "Предупреждений"] as const;

function countBySheet(issues: readonly Issue[]): Map<string, { errors: number; warnings: number }> {
  const m = new Map<string, { errors: number; warnings: number }>();
  for (const i of issues) {
    const key = `${i.file}\u0000${i.sheet}`;
    let c = m.get(key);
    if (!c) m.set(key, (c = { errors: 0, warnings: 0 }));
    if (i.severity === "error") c.errors += 1;
    else c.warnings += 1;
  }
  return m;
}

const SEVERITY_TEXT = { error: "ошибка", warning: "предупреждение" } as const;

/** Errors before warnings; within each, the check's own reading order (workbook, row, column). */
export function sortIssues(issues: readonly Issue[]): Issue[] {
  return [...issues.filter((i) => i.severity === "error"), ...issues.filter((i) => i.severity !== "error")];
}

/** «birthDate» on a roster sheet → «Дата рождения», the header people know. */
function fieldLabels(check: CheckSummary): (issue: Issue) => string | null {
  const formOf = new Map(check.sheets.map((s) => [`${s.file}\u0000${s.sheet}`, s.form]));
  return (issue) => {
    if (!issue.field) return null;
    const form = formOf.get(`${issue.file}\u0000${issue.sheet}`);
    const def = form ? FORM_BY_ID[form].fields.find((f) => f.id === issue.field) : undefined;
    return def?.header ?? issue.field;
  };
}

/** Excel holds 1 048 576 rows; past this many issues the list is cut (errors are listed first, so warnings go first), and says so. */
export const MAX_CHECK_ROWS = 1_000_000;

function cutNote(listed: number, total: number): string {
  const n = (x: number) => x.toLocaleString("ru-RU");
  return (
    `Показаны первые ${n(listed)} замечаний из ${n(total)} (сначала ошибки): больше не помещается на лист Excel. ` +
    `Столько замечаний обычно дают несколько одинаковых ошибок во многих строках: исправьте их и запустите проверку снова.`
  );
}

/** Rows a frozen top may take: a laptop shows ≈ 25 rows of a sheet, and the list needs the rest. */
export const MAX_FROZEN_ROWS = 12;

/**
 * The table's header stays in view: frozen with everything above it while that is a few rows; under a
 * long summary of sheets (a district's 300 files) it is not frozen — a frozen top taller than the
 * window leaves nothing to scroll — and Excel shows the table's headers in place of the column letters
 * once it scrolls past them. Printed, the header row starts every page either way.
 */
function headerKeptInView(headerRow: number): Pick<SheetPlan, "freeze" | "print"> {
  return headerRow <= MAX_FROZEN_ROWS ? { freeze: { rows: headerRow, columns: 0 } } : { print: { headerRow } };
}

export function buildCheckSheet(check: CheckSummary, generatedOn: IsoDate, limit: number = MAX_CHECK_ROWS): SheetPlan {
  const errors = check.issues.filter((i) => i.severity === "error").length;
  const warnings = check.issues.length - errors;
  const listed = Math.min(check.issues.length, limit);
  const rows: PlanCell[][] = [
    titleRow(TITLE.check),
    periodRow(check.period),
    dateRow(generatedOn),
    [cell("Ошибок", errors > 0 ? "error" : "normal"), cell(errors, errors > 0 ? "error" : "normal", "0")],
    [cell("Предупреждений", warnings > 0 ? "warning" : "normal"), cell(warnings, warnings > 0 ? "warning" : "normal", "0")],
    [cell("Распознано листов"), cell(check.sheets.length, undefined, "0")],
    [cell("Не распознано листов"), cell(check.unrecognised.length, undefined, "0")],
  ];
  if (listed < check.issues.length) rows.push([cell(cutNote(listed, check.issues.length), "warning")]);
  if (check.sheets.length > 0) {
    rows.push([]);
    rows.push(SHEET_SUMMARY_HEADERS.map((h): PlanCell => ({ v: h, style: "subtitle", wrap: true })));
    const counts = countBySheet(check.issues);
    for (const s of check.sheets) {
      const c = counts.get(`${s.file}\u0000${s.sheet}`) ?? { errors: 0, warnings: 0 };
      rows.push([
        textCell(s.file),
        { v: s.sheet, style: "link", link: { file: s.file, sheet: s.sheet, cell: `A${s.headerRow}` } },
        cell(FORM_BY_ID[s.form].title),
        cell(s.headerRow, undefined, "0"),
        cell(s.rows, undefined, "0"),
        cell(c.errors, c.errors > 0 ? "error" : undefined, "0"),
        cell(c.warnings, c.warnings > 0 ? "warning" : undefined, "0"),
      ]);
    }
  }
  for (const u of check.unrecognised) {
    rows.push([textCell(`Лист «${u.sheet}» (${u.file}) не распознан: ${u.reason}`, "muted")]);
  }
  rows.push([]);
  const headerRow = rows.length + 1;
  rows.push(CHECK_HEADERS.map(headerCell));
  if (check.issues.length === 0) {
    rows.push([cell("Замечаний нет: все распознанные листы заполнены без ошибок.", "statusOk")]);
    return { name: SHEET.check, rows, columnWidths: [22, 24, 24, 9, 26, 80, 28], ...headerKeptInView(headerRow), tabColor: "C00000" };
  }
  const label = fieldLabels(check);
  const severity = { error: cell(SEVERITY_TEXT.error, "error"), warning: cell(SEVERITY_TEXT.warning, "warning") };
  for (const i of sortIssues(check.issues).slice(0, listed)) {
    rows.push([
      severity[i.severity],
      textCell(i.file),
      textCell(i.sheet),
      i.cell ? { v: i.cell, style: "link", link: { file: i.file, sheet: i.sheet, cell: i.cell } } : cell(null),
      textCell(label(i)),
      { v: i.message, wrap: true },
      // The rule's Russian name, not its id: the column filters the table by kind («Не дата», «Дата в будущем»).
      cell(RULES[i.rule], "muted"),
    ]);
  }
  return {
    name: SHEET.check,
    rows,
    columnWidths: [22, 24, 24, 9, 26, 80, 28],
    ...headerKeptInView(headerRow),
    tables: [{ name: CHECK_TABLE, range: `A${headerRow}:G${headerRow + listed}` }],
    tabColor: "C00000",
  };
}
