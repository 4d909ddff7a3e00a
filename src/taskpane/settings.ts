/**
 * The user's last choices, kept in the workbook's document settings so the ribbon's one-click
 * «Рассчитать показатели» and the next pane session use them.
 */
import type { MappingOverride } from "../domain/recognize/types";
import type { PresetId } from "../domain/indicators/types";
import type { Period } from "../domain/period";
import { parsePeriod } from "../app/catalog";

export const KEYS = {
  presets: "metodist.presets",
  period: "metodist.period",
  overrides: "metodist.overrides",
} as const;

/** The outcome of the last ribbon command, in Russian (written by src/commands). */
export const LAST_COMMAND = "metodist.lastCommand";

export const ALL_PRESETS: readonly PresetId[] = ["LK", "DZ", "AL", "KL", "BM"];

export interface SettingsReader {
  get<T>(key: string): T | undefined;
}

export function savedPresets(s: SettingsReader): PresetId[] {
  const raw = s.get<unknown>(KEYS.presets);
  if (!Array.isArray(raw)) return ["LK"];
  const ids = raw.filter((x): x is PresetId => ALL_PRESETS.includes(x as PresetId));
  return ids.length > 0 ? ids : ["LK"];
}

/** The saved period, or undefined for the default (FORMS.md: the academic year of today − 3 months). */
export function savedPeriod(s: SettingsReader): Period | undefined {
  const raw = s.get<unknown>(KEYS.period);
  return typeof raw === "string" ? (parsePeriod(raw) ?? undefined) : undefined;
}

export function savedOverrides(s: SettingsReader): Record<string, MappingOverride> {
  const raw = s.get<unknown>(KEYS.overrides);
  return raw && typeof raw === "object" && !Array.isArray(raw) ? (raw as Record<string, MappingOverride>) : {};
}
