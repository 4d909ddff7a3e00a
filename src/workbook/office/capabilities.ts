/**
 * ExcelApi requirement sets the adapter uses beyond its 1.4 minimum (OFFICE-NOTES.md), checked once
 * at run time. Each missing set has a degrade path and a Russian line naming what the user loses.
 */
import { IsSetSupported } from "./host";

export interface Capabilities {
  /** 1.6: conditional formats (colour scales), suspendApiCalculationUntilNextSync. */
  readonly conditionalFormats: boolean;
  /** 1.7: range.hyperlink, chart.series.add/setValues, freezePanes, tabColor, workbook.name. */
  readonly api17: boolean;
  /** 1.8: range.dataValidation. */
  readonly dataValidation: boolean;
  /** 1.9: fill.pattern (tells "no fill" from a white fill when restoring highlights), getRanges (multi-area formats), pageLayout. */
  readonly api19: boolean;
  /** 1.10: comments. */
  readonly comments: boolean;
  /** 1.13: range.getMergedAreasOrNullObject (merged data cells read as a person reads them). */
  readonly mergedAreas: boolean;
}

export function detectCapabilities(isSetSupported: IsSetSupported): Capabilities {
  const has = (v: string) => {
    try {
      return isSetSupported("ExcelApi", v);
    } catch {
      return false;
    }
  };
  return {
    conditionalFormats: has("1.6"),
    api17: has("1.7"),
    dataValidation: has("1.8"),
    api19: has("1.9"),
    comments: has("1.10"),
    mergedAreas: has("1.13"),
  };
}

export type Feature = "colorScales" | "nativeLinks" | "chartSeries" | "freeze" | "tabColor" | "dataValidation" | "printLayout" | "comments" | "mergedCells";

const LOST: Readonly<Record<Feature, string>> = {
  colorScales: "цветовые шкалы (нужен ExcelApi 1.6)",
  nativeLinks: "гиперссылки вставлены формулой ГИПЕРССЫЛКА (нужен ExcelApi 1.7)",
  chartSeries: "ряды диаграмм построены автоматически по диапазону (нужен ExcelApi 1.7)",
  freeze: "закрепление строк заголовка (нужен ExcelApi 1.7)",
  tabColor: "цвет ярлычков листов (нужен ExcelApi 1.7)",
  dataValidation: "раскрывающиеся списки в ячейках (нужен ExcelApi 1.8)",
  printLayout: "настройки печати: альбомная ориентация, заголовки на каждой странице, номера страниц (нужен ExcelApi 1.9)",
  comments: "примечания к подсвеченным ячейкам (нужен ExcelApi 1.10)",
  mergedCells:
    "объединённые ячейки в таблицах прочитаны только в верхней строке объединения — если ОО или другое поле объединено на несколько строк, " +
    "строки ниже окажутся без него: разъедините такие ячейки и заполните каждую строку (нужен ExcelApi 1.13)",
};

/** One Russian sentence for the pane, or null when nothing was lost. */
export function describeLost(features: ReadonlySet<Feature>): string | null {
  if (features.size === 0) return null;
  const items = [...features].map((f) => LOST[f]).join("; ");
  return `Эта версия Excel поддерживает не всё: ${items}. Остальное выполнено. Для полного результата используйте Microsoft 365, Excel 2021/2024 или Excel в браузере.`;
}
