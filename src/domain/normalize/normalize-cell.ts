import { CellValue, isCellError } from "../grid";
import { FieldDef } from "../forms/types";
import { Normalized } from "./types";
import { EMPTY, fail, quoted } from "./results";
import { cellError, isErrorLiteral } from "./cell-error";
import { normalizeDate } from "./date";
import { normalizeNumber } from "./number";
import { unitOfField } from "./units";
import { normalizeBool } from "./bool";
import { normalizeEnum } from "./enum";
import { normalizeList } from "./list";
import { normalizeText } from "./text";
import { isSpaceLike, needsCleaning } from "../text";
import { memoPerOwner } from "../memo";

const BLANK = /^[\s\u00A0\u2007\u202F\u200B-\u200D\u2060\uFEFF\u00AD]*$/;

/**
 * A region sends about a million rows but only a few thousand distinct spellings per coded column,
 * so text results are remembered per field. Free-text fields are not (names would fill memory for
 * nothing: cleaning spaces is cheaper than a lookup). The cap keeps a pathological column bounded.
 */
const MEMO_LIMIT = 50_000;
const memoOf = memoPerOwner(MEMO_LIMIT, (field: FieldDef, raw: string) => dispatch(raw, field));

function dispatch(raw: CellValue, field: FieldDef): Normalized {
  switch (field.type) {
    case "date":
      return normalizeDate(raw);
    case "number":
      return normalizeNumber(raw, false, unitOfField(field.id));
    case "int":
      return normalizeNumber(raw, true, unitOfField(field.id));
    case "bool":
      return normalizeBool(raw);
    case "enum":
      return normalizeEnum(raw, field.options);
    case "list":
      return normalizeList(raw, field.options);
    case "text":
      return normalizeText(raw);
  }
}

/**
 * Date serials repeat as much as coded text: a period has a few hundred days, a staff a few thousand
 * birthdays. Remembered per field like text, under the same cap.
 */
const serialMemoOf = memoPerOwner(MEMO_LIMIT, (_field: FieldDef, raw: number) => normalizeDate(raw));

/**
 * One cell → its typed value for the field, or the reason it cannot be read. Never throws: any
 * cell content a host can produce ends up as a value, an empty cell or a failure.
 */
export function normalizeCell(raw: CellValue, field: FieldDef): Normalized {
  if (raw === null || raw === undefined) return EMPTY;
  if (typeof raw === "string") {
    if (BLANK.test(raw)) return EMPTY;
    if (isErrorLiteral(raw)) return cellError(raw);
    return field.type === "text" ? normalizeText(raw) : memoOf(field)(raw);
  }
  if (typeof raw === "number" && field.type === "date") return serialMemoOf(field)(raw);
  if (isCellError(raw)) return cellError(raw.error);
  if (typeof raw === "number" || typeof raw === "boolean" || raw instanceof Date) return dispatch(raw, field);
  return fail("cell.error", `${quoted(raw)} — непонятное содержимое ячейки; введите значение заново`);
}

const HASH = 0x23;

/**
 * normalizeCell for one column, with the column's memory looked up once instead of per cell, and a
 * readable text cell that needs no cleaning given back as the string itself: no result object for
 * each of a region's millions of cells. A cell whose first character is a space or «#» (blank, an
 * Excel error literal) takes normalizeCell's own path; any other start rules both out.
 */
export function columnNormalizer(field: FieldDef): (raw: CellValue) => Normalized | string {
  const isText = field.type === "text";
  const cache = isText ? null : memoOf(field);
  const serials = field.type === "date" ? serialMemoOf(field) : null;
  return (raw) => {
    if (typeof raw === "string") {
      if (raw.length === 0) return EMPTY;
      const c = raw.charCodeAt(0);
      if (c === HASH || isSpaceLike(c)) return normalizeCell(raw, field);
      if (cache === null) return needsCleaning(raw) ? normalizeText(raw) : raw;
      return cache(raw);
    }
    if (raw === null || raw === undefined) return EMPTY;
    if (serials !== null && typeof raw === "number") return serials(raw);
    return normalizeCell(raw, field);
  };
}
