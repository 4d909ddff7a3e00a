import { CellValue } from "../grid";
import { IsoDate, isoFromDate, isoFromParts, isoFromSerial, serialFromIso } from "../dates";
import { cleanSpaces, latinToCyrillic } from "../text";
import { Normalized } from "./types";
import { fail, ok, quoted } from "./results";

/**
 * Dates come as Excel serials, as Dates (ExcelJS, UTC midnight) or as text typed many ways.
 * Two-digit years: 00–40 → 20xx, 41–99 → 19xx. A fixed pivot (not "today") keeps results
 * reproducible; 40 covers the youngest birth years and the oldest category dates met in rosters.
 */
export const TWO_DIGIT_YEAR_PIVOT = 40;

/** Years outside this window are typos (01.09.0203) or not dates at all. */
const MIN_YEAR = 1900;
const MAX_YEAR = 2100;
/** Serials below 1910 are almost always a year or a count typed into a date column (1985 → 1905). */
const MIN_SERIAL = serialFromIso("1910-01-01");
const MAX_SERIAL = serialFromIso("2100-12-31");

const HOW = "введите дату в формате ДД.ММ.ГГГГ";

const ISO_TIME = /^(\d{4}-\d{1,2}-\d{1,2})t.*$/;
const TIME_TAIL = /[ ,]*\d{1,2}:\d{2}(?::\d{2}(?:[.,]\d+)?)?$/;
/**
 * What follows the year: «г.», «года», «г.р.» (a birth date: «год рождения»), or a full stop ending the
 * cell («20.01.2024.»).
 */
const YEAR_WORD_TAIL = /\s*(?:(?:г|гг|год|года|году)\.?(?:\s*р(?:ождения)?\.?)?|\.)$/;
/** Quotes round the day in the official «"01" сентября 2023 г.», straight or typographic. */
const QUOTES = /["«»„“”]/g;
const DMY = /^(\d{1,2})\s*([./-])\s*(\d{1,2})\s*\2\s*(\d{4}|\d{2})$/;
const DMY_SPACED = /^(\d{1,2}) (\d{1,2}) (\d{4})$/;
const YMD = /^(\d{4})\s*([./-])\s*(\d{1,2})\s*\2\s*(\d{1,2})$/;
/**
 * «1 сентября 2023», «01 сен. 2023», «01.сен.2023», «01-сен-23» (Excel's ДД-МММ-ГГ shown as text). Latin
 * letters are let into the month word: a look-alike («cентября» with a Latin c) is folded before its stem
 * is looked up, any other Latin word is no month.
 */
const D_MONTH_Y = /^(\d{1,2})[ ./-]{1,3}([а-яa-z]+)[ ./-]{1,3}(\d{4}|\d{2})$/;
const SERIAL_TEXT = /^\d{4,6}(?:[.,]\d+)?$/;
/** «01.09.2023 – 15.09.2023», «с 01.09.2023 по 15.09.2023»: a period typed into one date cell. */
const TWO_DATES = /\d{1,2}\s*[./-]\s*\d{1,2}\s*[./-]\s*\d{2,4}\D+\d{1,2}\s*[./-]\s*\d{1,2}\s*[./-]\s*\d{2,4}/;

/** Month words by their first three letters: «сентября», «сент.», «сен». */
const MONTH_STEMS: Readonly<Record<string, number>> = {
  янв: 1, фев: 2, мар: 3, апр: 4, мая: 5, май: 5, июн: 6, июл: 7, авг: 8, сен: 9, окт: 10, ноя: 11, дек: 12,
};

type Parsed =
  | { kind: "date"; iso: IsoDate }
  | { kind: "impossible" }
  | { kind: "badYear"; year: string }
  | { kind: "range" }
  | { kind: "none" };

function fromParts(y: number, m: number, d: number, yearText: string): Parsed {
  if (y < MIN_YEAR || y > MAX_YEAR) return { kind: "badYear", year: yearText };
  const iso = isoFromParts(y, m, d);
  return iso === null ? { kind: "impossible" } : { kind: "date", iso };
}

function expandYear(text: string): number {
  const y = Number(text);
  if (text.length !== 2) return y;
  return y <= TWO_DIGIT_YEAR_PIVOT ? 2000 + y : 1900 + y;
}

function parseDateText(text: string): Parsed {
  let t = cleanSpaces(text.replace(QUOTES, " ")).toLowerCase().replace(/ё/g, "е");
  t = t.replace(ISO_TIME, "$1").replace(TIME_TAIL, "").replace(YEAR_WORD_TAIL, "").trim();
  let m = DMY.exec(t);
  if (m) return fromParts(expandYear(m[4]), Number(m[3]), Number(m[1]), m[4]);
  m = YMD.exec(t);
  if (m) return fromParts(Number(m[1]), Number(m[3]), Number(m[4]), m[1]);
  m = DMY_SPACED.exec(t);
  if (m) return fromParts(Number(m[3]), Number(m[2]), Number(m[1]), m[3]);
  m = D_MONTH_Y.exec(t);
  if (m) {
    const month = MONTH_STEMS[latinToCyrillic(m[2].slice(0, 3))];
    if (month !== undefined) return fromParts(expandYear(m[3]), month, Number(m[1]), m[3]);
  }
  if (SERIAL_TEXT.test(t)) {
    const iso = fromSerial(Number(t.replace(",", ".")));
    if (iso !== null) return { kind: "date", iso };
  }
  return TWO_DATES.test(t) ? { kind: "range" } : { kind: "none" };
}

function fromSerial(serial: number): IsoDate | null {
  if (!Number.isFinite(serial) || serial < MIN_SERIAL || serial >= MAX_SERIAL + 1) return null;
  return isoFromSerial(serial);
}

export function normalizeDate(raw: CellValue): Normalized {
  if (typeof raw === "number") {
    const iso = fromSerial(raw);
    if (iso !== null) return ok(iso);
    return fail("type.date", `${quoted(raw)} — не дата (похоже на год или число); ${HOW}`);
  }
  if (raw instanceof Date) {
    const iso = isoFromDate(raw);
    if (iso === null) return fail("type.date", `значение ячейки — недопустимая дата; ${HOW}`);
    const year = Number(iso.slice(0, 4));
    if (year < MIN_YEAR || year > MAX_YEAR) {
      // ExcelJS turns a time-only cell («10:00») into 30.12.1899.
      return fail("type.date", `${quoted(raw)} — не похоже на дату (год ${year}); ${HOW}`);
    }
    return ok(iso);
  }
  if (typeof raw === "string") {
    const p = parseDateText(raw);
    switch (p.kind) {
      case "date":
        return ok(p.iso);
      case "impossible":
        return fail("type.date", `${quoted(raw)} — такой даты нет; ${HOW}`);
      case "badYear":
        return fail("type.date", `${quoted(raw)} — год ${p.year} похож на опечатку; ${HOW}`);
      case "range":
        return fail("type.date", `${quoted(raw)} — здесь две даты; введите одну дату в формате ДД.ММ.ГГГГ (начало и окончание — в своих столбцах)`);
      case "none":
        return fail("type.date", `${quoted(raw)} — не дата; ${HOW}`);
    }
  }
  return fail("type.date", `${quoted(raw)} — не дата; ${HOW}`);
}
