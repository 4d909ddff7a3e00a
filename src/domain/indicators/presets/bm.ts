import { IndicatorDef } from "../def";
import { ПР, высшаяПервая, до35, конкурс, ofOrgType } from "../blocks";

/** Большемурашкинский МР, seed 004 «дорожная карта» 2021–2023: «увеличение до N %» = the 2023 target. */
const ПР_ОО = ofOrgType(ПР, "ОО");

export const BM: readonly IndicatorDef[] = [
  { id: "BM-1", preset: "BM", unit: "%", direction: "up", target: 45, // «увеличение до 45 %»
    name: "Доля педагогических работников образовательных организаций, которым при прохождении аттестации присвоена первая или высшая квалификационная категория",
    shortName: "Первая или высшая категория",
    calc: { kind: "personShare", population: ПР, condition: высшаяПервая } },
  { id: "BM-2", preset: "BM", unit: "%", direction: "up", target: 28, // «увеличение до 28 %»
    name: "Доля педагогических работников общеобразовательных организаций, принявших участие в педагогических конкурсах профессионального мастерства",
    shortName: "ПР ОО — участники конкурсов",
    calc: { kind: "personShare", population: ПР_ОО, condition: конкурс } },
  { id: "BM-3", preset: "BM", unit: "%", direction: "up", target: 25, // «увеличение до 25 %»
    name: "Доля педагогических работников общеобразовательных организаций в возрасте до 35 лет в общей численности педагогических работников общеобразовательных организаций",
    shortName: "ПР ОО до 35 лет",
    calc: { kind: "personShare", population: ПР_ОО, condition: до35 } },
];
