/**
 * The plan's named styles as Office.js range formats, the same look as the .xlsx adapter
 * (src/workbook/xlsx/styles.ts): Excel's own good/neutral/bad colours for statuses.
 */
import { StyleName } from "../../report/plan";

export interface Look {
  readonly bold?: boolean;
  readonly italic?: boolean;
  readonly underline?: boolean;
  readonly size?: number;
  readonly color?: string;
  readonly fill?: string;
  readonly border?: string;
}

export const FONT_NAME = "Calibri";

export const LOOKS: Readonly<Record<StyleName, Look>> = {
  title: { size: 14, bold: true, color: "#1F3864" },
  subtitle: { italic: true, color: "#595959" },
  header: { bold: true, color: "#1F3864", fill: "#D9E1F2", border: "#B4B4B4" },
  normal: {},
  muted: { color: "#808080" },
  statusOk: { color: "#006100", fill: "#C6EFCE" },
  statusClose: { color: "#9C5700", fill: "#FFEB9C" },
  statusFail: { color: "#9C0006", fill: "#FFC7CE" },
  statusNone: { color: "#595959", fill: "#EDEDED" },
  error: { color: "#C00000" },
  warning: { color: "#9C5700" },
  link: { color: "#0563C1", underline: true },
};

const EDGES = ["EdgeTop", "EdgeBottom", "EdgeLeft", "EdgeRight", "InsideHorizontal", "InsideVertical"] as const;

/** Queues the look on a range. */
export function applyLook(range: Excel.Range | Excel.RangeAreas, look: Look, wrap: boolean): void {
  const font = range.format.font;
  if (look.bold !== undefined) font.bold = look.bold;
  if (look.italic !== undefined) font.italic = look.italic;
  if (look.underline) font.underline = "Single";
  if (look.size !== undefined) font.size = look.size;
  if (look.color !== undefined) font.color = look.color;
  if (look.fill !== undefined) range.format.fill.color = look.fill;
  if (wrap) range.format.wrapText = true;
  if (look.border === undefined) return;
  for (const edge of EDGES) {
    const b = range.format.borders.getItem(edge);
    b.style = "Continuous";
    b.color = look.border;
  }
}

/** How many Office.js calls applyLook queues (font name included), for the request-size estimate. */
export function lookCalls(look: Look, wrap: boolean): number {
  let n = 1;
  for (const set of [look.bold !== undefined, look.italic !== undefined, !!look.underline, look.size !== undefined, look.color !== undefined, look.fill !== undefined, wrap]) if (set) n++;
  return look.border === undefined ? n : n + EDGES.length * 3;
}

/** Each look's keys, without and with wrapping: made once, so equal keys are one string (compared by reference). */
const KEYS = new Map<StyleName, readonly [string, string]>();

/** The look of a cell as one key (null: the plain look); called for every cell of a region's «Расшифровка». */
export function styleKey(style: StyleName | undefined, wrap: boolean | undefined): string | null {
  if ((style === undefined || style === "normal") && !wrap) return null;
  const name = style ?? "normal";
  let keys = KEYS.get(name);
  if (!keys) KEYS.set(name, (keys = [`${name}|0`, `${name}|1`]));
  return keys[wrap ? 1 : 0];
}
