/**
 * What the task pane and the ribbon commands may know of the domain besides use-cases: the forms'
 * names for the mapping editor, the presets to pick from, reporting periods and A1 letters. The UI
 * imports these from here (and domain types with `import type`), so app/ stays its only door.
 */
import { PRESETS } from "../domain/indicators/presets";
import { PresetId } from "../domain/indicators/types";

export { columnLetter } from "../domain/a1";
export { isoFromParts } from "../domain/dates";
export { academicYear, defaultPeriod, parsePeriod } from "../domain/period";
export { FORM_BY_ID } from "../domain/forms";
export { overrideKey } from "./types";

export interface PresetChoice {
  readonly id: PresetId;
  readonly title: string;
}

export const PRESET_CHOICES: readonly PresetChoice[] = PRESETS.map((p) => ({ id: p.id, title: p.title }));
