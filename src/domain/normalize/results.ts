import { CellValue, isCellError } from "../grid";
import { formatRu, isoFromDate } from "../dates";
import { RuleId } from "../issues";
import { NormalValue, Normalized } from "./types";
import { ruNumber } from "../text";

/** Shared shapes of normalisation results and the way a typed value is quoted back to people. */

export const EMPTY: Normalized = Object.freeze({ ok: true, value: null });

export function ok(value: NormalValue): Normalized {
  return { ok: true, value };
}

export function fail(rule: RuleId, reason: string): Normalized {
  return { ok: false, rule, reason };
}

const MAX_QUOTED = 60;

/** What the person sees in the cell, for messages: dates as ДД.ММ.ГГГГ, decimals with a comma, ИСТИНА/ЛОЖЬ. */
export function shown(raw: CellValue): string {
  if (raw === null) return "";
  if (typeof raw === "string") return raw.length > MAX_QUOTED ? `${raw.slice(0, MAX_QUOTED)}…` : raw;
  if (typeof raw === "number") return Number.isFinite(raw) ? ruNumber(raw) : String(raw);
  if (typeof raw === "boolean") return raw ? "ИСТИНА" : "ЛОЖЬ";
  if (raw instanceof Date) {
    const iso = isoFromDate(raw);
    return iso === null ? "недопустимая дата" : formatRu(iso);
  }
  if (isCellError(raw)) return raw.error;
  return String(raw);
}

/** „value“ in Russian quotes, the way every reason cites what was typed. */
export function quoted(raw: CellValue): string {
  return `„${shown(raw).trim()}“`;
}
