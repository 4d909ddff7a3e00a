/** Hand-made results for the plan tests; every number is checked by hand in the comments. */
import { parseAddress } from "../../src/domain/a1";
import { isPercentFormat, shownPercent } from "../../src/workbook/percent-format";
import { Grid, SheetGrid } from "../../src/domain/grid";
import { CountedEntry, IndicatorResult } from "../../src/domain/indicators/types";
import { Issue } from "../../src/domain/issues";
import { academicYear } from "../../src/domain/period";
import { PlanCell, SheetPlan, allRows } from "../../src/report/plan";
import { CheckSummary } from "../../src/report/inputs";

export const PERIOD = academicYear(2023);
export const TODAY = "2024-06-20";

const counted = (part: CountedEntry["part"], fullName: string, school: string, sheet: string, row: number, reason: string): CountedEntry => ({
  part, fullName, school, sheet, row, reason, file: "район.xlsx",
});

/** 12 of 100 teachers took part in contests: 12,0 % against a 28 % target → «не достигнуто». */
export const LK01: IndicatorResult = {
  id: "LK-01",
  preset: "LK",
  name: "Доля ПР, принимающих участие в конкурсах профессионального мастерства",
  shortName: "ПР в конкурсах",
  unit: "%",
  numerator: 12,
  denominator: 100,
  value: 12,
  target: 28,
  direction: "up",
  status: "не достигнуто",
  bySchool: [
    { key: "Школа № 1", numerator: 3, denominator: 20, value: 15 }, // 3/20 = 15 %
    { key: "Гимназия «Лидер»", numerator: 9, denominator: 80, value: 11.3 }, // 9/80 = 11,25 → 11,3 %
  ],
  bySubject: [{ key: "математика", numerator: 1, denominator: 9, value: 11.1 }], // 1/9 = 11,1 %
  counted: [
    counted("denominator", "Петров Пётр Петрович", "Школа № 1", "Сверка кадров", 8, "педагогический работник"),
    counted("numerator", "Иванова Анна Петровна", "Школа № 1", "МАП", 12, "конкурс «Учитель года», призёр"),
    counted("numerator", "Сидорова Ольга Ивановна", "Гимназия «Лидер»", "МАП", 5, "конкурс «Педагогический дебют», участник"),
  ],
};

/** 5 of 100 with deficits: 5 % where ↓ 10 % is the target → «достигнуто». */
export const LK12: IndicatorResult = {
  id: "LK-12",
  preset: "LK",
  name: "Доля РК и ПР, испытывающих профессиональные дефициты",
  shortName: "С дефицитами",
  unit: "%",
  numerator: 5,
  denominator: 100,
  value: 5,
  target: 10,
  direction: "down",
  status: "достигнуто",
  bySchool: [
    { key: "Школа № 1", numerator: 4, denominator: 20, value: 20 },
    { key: "Гимназия «Лидер»", numerator: 1, denominator: 80, value: 1.3 },
  ],
  counted: [],
};

/** A count: 2 internship sites, no target. */
export const AL157: IndicatorResult = {
  id: "AL-1.5.7",
  preset: "AL",
  name: "Количество стажировочных площадок",
  shortName: "Стажировочные площадки",
  unit: "ед.",
  numerator: 2,
  denominator: null,
  value: 2,
  target: null,
  direction: "up",
  status: null,
  bySchool: [],
  counted: [],
};

/** A manual yes/no criterion answered «да». */
export const AL141: IndicatorResult = {
  id: "AL-1.4.1",
  preset: "AL",
  name: "Наличие кураторов ИОМ",
  shortName: "Кураторы ИОМ",
  unit: "да/нет",
  numerator: null,
  denominator: null,
  value: true,
  target: true,
  direction: "up",
  status: "достигнуто",
  bySchool: [],
  counted: [],
};

/** S = 0: «нет данных». */
export const KL1: IndicatorResult = {
  id: "KL-1",
  preset: "KL",
  name: "Доля ПР и УК с ИОМ на основе диагностики",
  shortName: "ИОМ",
  unit: "%",
  numerator: 0,
  denominator: 0,
  value: null,
  target: 10,
  direction: "up",
  status: null,
  bySchool: [],
  counted: [],
  note: "нет данных: лист «Диагностика» не найден",
};

export const ALL = [LK01, LK12, AL157, AL141, KL1];

const issue = (severity: Issue["severity"], sheet: string, cell: string, field: string | undefined, rule: Issue["rule"], message: string): Issue => ({
  file: "район.xlsx", sheet, cell, field, rule, severity, message,
});

export const CHECK: CheckSummary = {
  period: PERIOD,
  sheets: [
    { file: "район.xlsx", sheet: "Сверка кадров", form: "roster", headerRow: 1, headerRows: 1, columns: { school: 0 }, unmapped: [], confidence: 1, weak: false, ambiguities: [], missingRequired: [], rows: 3 },
  ],
  unrecognised: [{ file: "район.xlsx", sheet: "Лист3", reason: "нет строки заголовков" }],
  issues: [
    issue("warning", "Сверка кадров", "E7", "age", "roster.birthOrAge.missing", "Нет ни даты рождения, ни возраста: заполните одно из полей"),
    issue("error", "Сверка кадров", "D9", "birthDate", "date.range", "Дата рождения 01.01.1900 вне допустимого диапазона"),
    issue("error", "МАП", "B3", undefined, "person.unmatched", "Человек не найден в сверке кадров"),
  ],
};

/** The cell a user sees at an A1 address of a plan. */
export function at(plan: SheetPlan, a1: string): PlanCell | undefined {
  const { row, col } = parseAddress(a1);
  return allRows(plan)[row]?.[col];
}

export function sheet(plans: readonly SheetPlan[], name: string): SheetPlan {
  const p = plans.find((x) => x.name === name);
  if (!p) throw new Error(`no sheet ${name}`);
  return p;
}

/**
 * What a host would read back from an applied plan: formulas as their cached results, dates as
 * ISO text, everything else as written (a % cell holds the fraction, as Excel stores it).
 */
/** A plan as a host reads the written sheet back: formula results, dates, a number under a % format as shown. */
export function gridOf(plan: SheetPlan, file = "out.xlsx", ownOutput = true): SheetGrid {
  const cells: Grid = plan.rows.map((row) =>
    row.map((c) => {
      const v = c.v;
      if (typeof v === "number") return isPercentFormat(c.numFmt) ? shownPercent(v) : v;
      if (v === null || typeof v !== "object") return v;
      if ("formula" in v) return v.result;
      return v.date;
    }),
  );
  return { file, sheet: plan.name, cells, ownOutput };
}
