import { cellAddress, columnLetter } from "../domain/a1";
import { FORM_BY_ID } from "../domain/forms";
import { Issue, RuleId } from "../domain/issues";
import { RecognizedSheet } from "../domain/recognize/types";
import { DuplicateColumn } from "../domain/recognize";
import { SheetGrid } from "../domain/grid";

function headerOf(rec: RecognizedSheet, field: string): string {
  return FORM_BY_ID[rec.form].fields.find((f) => f.id === field)?.header ?? field;
}

/** The date an event sheet's rows are counted in the period by (FORMS.md, «Reporting period»). */
const EVENT_DATE: Partial<Record<RecognizedSheet["form"], { readonly field: string; readonly why: string }>> = {
  courses: { field: "endDate", why: "курсы учитываются по дате окончания" },
  activities: { field: "date", why: "мероприятия учитываются по дате" },
  diagnostics: { field: "date", why: "диагностики учитываются по дате" },
};

/** What recognition was unsure about, as issues on the header row: a person should look before trusting the numbers. */
export function recognitionIssues(rec: RecognizedSheet, dataRows: number): Issue[] {
  const form = FORM_BY_ID[rec.form];
  const at = { file: rec.file, sheet: rec.sheet };
  const firstHeaderCell = cellAddress(rec.headerRow - 1, 0);
  const out: Issue[] = [];
  if (rec.weak) {
    out.push({
      ...at,
      cell: firstHeaderCell,
      rule: "sheet.weakMatch",
      severity: "warning",
      message:
        `Лист похож на форму «${form.title}», но уверенность низкая (${Math.round(rec.confidence * 100)} %) — ` +
        `проверьте, какие столбцы к каким полям отнесены, и поправьте заголовки или сопоставление`,
    });
  }
  for (const a of rec.ambiguities) {
    const taken = Object.keys(rec.columns).find((f) => rec.columns[f] === a.column);
    const names = a.fields.map((f) => `«${headerOf(rec, f)}»`).join(", ");
    out.push({
      ...at,
      cell: cellAddress(rec.headerRow - 1, a.column),
      ...(taken ? { field: taken } : {}),
      rule: "sheet.ambiguousColumn",
      severity: "warning",
      message:
        `Столбец «${a.header}» подходит к нескольким полям (${names})` +
        (taken ? `; взят как «${headerOf(rec, taken)}»` : "") +
        ` — уточните заголовок или поправьте сопоставление`,
    });
  }
  for (const field of rec.missingRequired) {
    out.push({
      ...at,
      cell: firstHeaderCell,
      field,
      rule: "sheet.columnMissing",
      severity: "error",
      message: `В листе нет обязательного столбца «${headerOf(rec, field)}» — добавьте столбец с таким заголовком или укажите его в сопоставлении`,
    });
  }
  if (rec.form === "roster" && rec.columns["birthDate"] === undefined && rec.columns["age"] === undefined) {
    out.push({
      ...at,
      cell: firstHeaderCell,
      field: "birthDate",
      rule: "sheet.columnMissing",
      severity: "warning",
      message:
        "В сверке нет ни столбца «Дата рождения», ни столбца «Возраст (полных лет)» — без них не определить молодых специалистов " +
        "и педагогов до 35 лет; добавьте один из столбцов",
    });
  }
  const dated = EVENT_DATE[rec.form];
  if (dated && dataRows > 0 && rec.columns[dated.field] === undefined) {
    out.push({
      ...at,
      cell: firstHeaderCell,
      field: dated.field,
      rule: "sheet.columnMissing",
      severity: "warning",
      message:
        `В листе нет столбца «${headerOf(rec, dated.field)}» — ${dated.why}, поэтому ни одна строка листа не войдёт в показатели за период; ` +
        `добавьте столбец с датами`,
    });
  }
  // An empty event sheet (no courses, no contests this year) or municipal sheet is an answer, not a
  // mistake: the blank a school fills has all of them. A roster or school cards without rows is not.
  if (dataRows === 0 && (rec.form === "roster" || rec.form === "schools")) {
    out.push({
      ...at,
      cell: cellAddress(rec.headerRow, 0),
      rule: "sheet.empty",
      severity: "warning",
      message: `Под заголовком формы «${form.title}» нет ни одной строки данных — заполните лист или удалите его`,
    });
  }
  return out;
}

/**
 * A hidden sheet of a form is read like any other: a school may have hidden rows it still reports. But
 * a hidden «Сверка 2022-2023» kept for reference adds last year's people and events to this year's,
 * and the issues pointing into it lead to a sheet nobody sees: said once, where its table starts.
 */
export function hiddenSheetIssue(rec: RecognizedSheet, dataRows: number): Issue {
  return warningOnHeader(
    rec,
    "sheet.hidden",
    `Лист скрыт в книге, но прочитан как данные формы «${FORM_BY_ID[rec.form].title}» (строк: ${dataRows}) — если это старая или черновая копия, ` +
      `удалите лист из книги; если нет, покажите его (правой кнопкой по ярлыку листа → «Показать»), чтобы видеть замечания по нему`,
  );
}

/**
 * Excel lists at most 512 merged areas a query; a sheet whose list it refused has its merged cells
 * unknown, and a block's value stays in its top row (the rows below may lack their school). Said on
 * the form's header.
 */
export function mergesUnreadIssue(rec: RecognizedSheet): Issue {
  return warningOnHeader(
    rec,
    "sheet.mergesUnread",
    "Excel не отдал список объединённых ячеек этого листа (так бывает, когда их больше 512): значение объединённых ячеек прочитано только в верхней строке объединения. " +
      "Если ниже строки остались без ОО или другого поля, разъедините ячейки (Главная → «Объединить и поместить в центре» → «Отменить объединение ячеек») и заполните каждую строку",
  );
}

/** A warning about a whole form's sheet, where its table starts (the header's first cell). */
function warningOnHeader(rec: RecognizedSheet, rule: RuleId, message: string): Issue {
  return { file: rec.file, sheet: rec.sheet, cell: cellAddress(rec.headerRow - 1, 0), rule, severity: "warning", message };
}

/** Columns whose data is not read because another column with the same meaning already is. */
export function duplicateColumnIssues(rec: RecognizedSheet, duplicates: readonly DuplicateColumn[]): Issue[] {
  return duplicates.map((d) => ({
    file: rec.file,
    sheet: rec.sheet,
    cell: cellAddress(rec.headerRow - 1, d.column),
    field: d.field,
    rule: "sheet.duplicateColumn" as const,
    severity: "warning" as const,
    message:
      `Столбец «${d.header}» (${columnLetter(d.column)}) повторяет столбец ${columnLetter(d.mappedColumn)} ` +
      `«${headerOf(rec, d.field)}»; данные берутся только из ${columnLetter(d.mappedColumn)} — удалите лишний столбец ` +
      `или переименуйте его, если в нём другие сведения`,
  }));
}

function placeOf(s: SheetGrid, from: SheetGrid): string {
  return s.file === from.file ? `«${s.sheet}»` : `«${s.sheet}» файла «${s.file}»`;
}

/** Why a repeated sheet is not read, as the list of sheets says it. */
export function repeatReason(sheet: SheetGrid, original: SheetGrid): string {
  return `повторяет данные листа ${placeOf(original, sheet)} — не читается второй раз, чтобы данные не учитывались дважды`;
}

/** Why a result's sheet that repeats nothing is not read beside the schools' files (staleCopies). */
export const STALE_REASON =
  "копия из прошлого расчёта Методиста, которая уже не совпадает с листами школ (их исправили после расчёта) — не читается: файл указан вместе с исходными файлами, и данные учитывались бы дважды";

/**
 * Repeated sheets, and a result's stale copies beside them, said once per file that holds them, at
 * the first one: a result of Metodist given with the schools' files repeats every school's sheet, and
 * one line says what to do about all of them.
 */
export function repeatIssues(repeats: ReadonlyMap<SheetGrid, SheetGrid>, stale: ReadonlySet<SheetGrid>, results: ReadonlySet<string>): Issue[] {
  const byFile = new Map<string, [SheetGrid, SheetGrid][]>();
  for (const pair of repeats) {
    const list = byFile.get(pair[0].file);
    if (list) list.push(pair);
    else byFile.set(pair[0].file, [pair]);
  }
  const out: Issue[] = [];
  for (const [file, pairs] of byFile) {
    const [first, original] = pairs[0];
    const what =
      pairs.length === 1
        ? `Лист ${repeatReason(first, original)}`
        : `Листов этого файла, повторяющих данные других листов: ${pairs.length} (этот повторяет лист ${placeOf(original, first)}) — они не читаются второй раз, чтобы данные не учитывались дважды`;
    const staleHere = [...stale].filter((s) => s.file === file);
    const old = staleHere.length > 0 ? `; ещё ${staleHere.length} (${staleHere.map((s) => `«${s.sheet}»`).join(", ")}) — копии, которые с тех пор исправили в файлах школ, они не читаются тоже` : "";
    const why = results.has(file) && pairs.some(([, o]) => o.file !== file) ? `. Файл «${file}» — результат Методиста с копиями листов школ: вместе с исходными файлами его указывать не нужно` : "";
    out.push({ file, sheet: first.sheet, cell: "A1", rule: "sheet.repeated", severity: "warning", message: what + old + why });
  }
  return out;
}
