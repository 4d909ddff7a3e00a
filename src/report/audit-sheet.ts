/**
 * «Расшифровка»: the audit trail. For every indicator, every person or row counted in N and in S, with
 * the school, why it counted and a link to the source row, so an official can defend each number.
 * One block of rows under one header (tens of thousands of rows in a large municipality): cells that
 * repeat (codes, names, part labels) are shared objects, and sorting compares precomputed ranks.
 */
import { IsoDate, formatRu } from "../domain/dates";
import { CountedEntry, IndicatorResult } from "../domain/indicators/types";
import { Period } from "../domain/period";
import { cell, compareRu, dateRow, periodRow, textCell, titleRow } from "./cells";
import { PlanCell, SheetPlan } from "./plan";
import { SHEET } from "./sheet-names";

export const AUDIT_HEADERS = ["Код", "Показатель", "Учтён в", "ФИО", "ОО", "Основание", "Файл", "Лист", "Строка"] as const;
export const AUDIT_HEADER_ROW = 4;
export const AUDIT_TABLE = "Metodist_Audit";

const PART_LABEL = { numerator: "числителе (N)", denominator: "знаменателе (S)" } as const;

/** Counted entries of one indicator: N before S, then by school name, then in source order. */
function ordered(entries: readonly CountedEntry[], schoolRank: ReadonlyMap<string, number>): CountedEntry[] {
  return [...entries].sort(
    (a, b) =>
      (a.part === b.part ? 0 : a.part === "numerator" ? -1 : 1) ||
      (schoolRank.get(a.school) ?? 0) - (schoolRank.get(b.school) ?? 0) ||
      (a.file < b.file ? -1 : a.file > b.file ? 1 : 0) ||
      (a.sheet < b.sheet ? -1 : a.sheet > b.sheet ? 1 : 0) ||
      a.row - b.row,
  );
}

export function buildAuditSheet(indicators: readonly IndicatorResult[], period: Period, generatedOn: IsoDate): SheetPlan {
  const schools = new Set<string>();
  let total = 0;
  for (const r of indicators) {
    total += r.counted.length;
    for (const e of r.counted) schools.add(e.school);
  }
  const schoolRank = new Map([...schools].sort(compareRu).map((s, i) => [s, i]));

  const rows: PlanCell[][] = [
    titleRow("Расшифровка показателей: кто учтён в числителе и знаменателе"),
    periodRow(period),
    total > 0
      ? [cell(`Записей: ${total}. Ссылка в столбце «Строка» открывает исходную строку листа. Дата расчёта: ${formatRu(generatedOn)}.`, "muted")]
      : dateRow(generatedOn),
    AUDIT_HEADERS.map((h) => cell(h, "header")),
  ];
  if (total === 0) {
    rows.push([cell("Ни один работник не учтён: нет распознанных данных для выбранных показателей.", "muted")]);
    return { name: SHEET.audit, rows, columnWidths: [11, 40, 17, 34, 40, 50, 24, 24, 9], tabColor: "7F7F7F" };
  }

  const part = { numerator: cell(PART_LABEL.numerator), denominator: cell(PART_LABEL.denominator) };
  const texts = new Map<string, PlanCell>();
  const shared = (s: string): PlanCell => {
    let c = texts.get(s);
    if (!c) texts.set(s, (c = textCell(s)));
    return c;
  };
  for (const r of indicators) {
    const id = cell(r.id);
    const name = textCell(r.shortName);
    for (const e of ordered(r.counted, schoolRank)) {
      rows.push([
        id,
        name,
        part[e.part],
        textCell(e.fullName),
        shared(e.school),
        shared(e.reason),
        shared(e.file),
        shared(e.sheet),
        { v: e.row, style: "link", numFmt: "0", link: { sheet: e.sheet, cell: `A${e.row}` } },
      ]);
    }
  }
  return {
    name: SHEET.audit,
    rows,
    columnWidths: [11, 40, 17, 34, 40, 50, 24, 24, 9],
    freeze: { rows: AUDIT_HEADER_ROW, columns: 0 },
    tables: [{ name: AUDIT_TABLE, range: `A${AUDIT_HEADER_ROW}:I${AUDIT_HEADER_ROW + total}` }],
    tabColor: "7F7F7F",
  };
}
