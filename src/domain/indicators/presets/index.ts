import { codeLookup } from "../codes";
import { IndicatorDef } from "../def";
import { PresetId } from "../types";
import { AL } from "./al";
import { BM } from "./bm";
import { DZ } from "./dz";
import { KL } from "./kl";
import { LK } from "./lk";

export interface PresetInfo {
  readonly id: PresetId;
  /** The municipality whose regulation (seed) defines the preset. */
  readonly title: string;
  readonly source: string;
  readonly indicators: readonly IndicatorDef[];
}

export const PRESETS: readonly PresetInfo[] = [
  { id: "LK", title: "Ленинск-Кузнецкий муниципальный округ", source: "Программа муниципальной методической службы, «Методика расчета показателей»", indicators: LK },
  { id: "DZ", title: "г. Дзержинск", source: "Положение о муниципальной системе обеспечения профессионального развития, «Показатели»", indicators: DZ },
  { id: "AL", title: "МО город Алапаевск", source: "«Показатели и критерии мониторинга» (приложение 2) и Программа 2024–2026, п. 38", indicators: AL },
  { id: "KL", title: "Казачинско-Ленский муниципальный район", source: "План работы, Таблица 1 «Целевые результаты и планируемые показатели»", indicators: KL },
  { id: "BM", title: "Большемурашкинский муниципальный район", source: "План мероприятий («дорожная карта») 2021–2023", indicators: BM },
];

/** Every indicator of every preset, in preset order. */
export const INDICATORS: readonly IndicatorDef[] = PRESETS.flatMap((p) => p.indicators);

/**
 * The preset id a typed code stands for («LК-01» with a Cyrillic К, «LK–02», «lk 04», «LK-3» → «LK-03»),
 * or null: see codes.ts.
 */
export const presetIdOf = codeLookup(INDICATORS.map((d) => d.id));
