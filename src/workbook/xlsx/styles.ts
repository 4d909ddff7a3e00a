/**
 * The plan's named styles as ExcelJS fonts/fills. Every style names its font: without a font name
 * LibreOffice falls back to a serif bold (TOOLCHAIN.md).
 */
import type ExcelJS from "exceljs";
import { StyleName } from "../../report/plan";

export const FONT_NAME = "Calibri";

interface CellLook {
  readonly font: Partial<ExcelJS.Font>;
  readonly fill?: ExcelJS.Fill;
  readonly border?: Partial<ExcelJS.Borders>;
}

const solid = (hex: string): ExcelJS.Fill => ({ type: "pattern", pattern: "solid", fgColor: { argb: `FF${hex}` } });
const thin: Partial<ExcelJS.Border> = { style: "thin", color: { argb: "FFB4B4B4" } };
const box: Partial<ExcelJS.Borders> = { top: thin, left: thin, bottom: thin, right: thin };
const font = (extra: Partial<ExcelJS.Font> = {}): Partial<ExcelJS.Font> => ({ name: FONT_NAME, size: 11, ...extra });
const colour = (hex: string) => ({ argb: `FF${hex}` });

// Status colours are Excel's own "good / neutral / bad" cell styles, which users already read.
const LOOKS: Readonly<Record<StyleName, CellLook>> = {
  title: { font: font({ size: 14, bold: true, color: colour("1F3864") }) },
  subtitle: { font: font({ italic: true, color: colour("595959") }) },
  header: { font: font({ bold: true, color: colour("1F3864") }), fill: solid("D9E1F2"), border: box },
  normal: { font: font() },
  muted: { font: font({ color: colour("808080") }) },
  statusOk: { font: font({ color: colour("006100") }), fill: solid("C6EFCE") },
  statusClose: { font: font({ color: colour("9C5700") }), fill: solid("FFEB9C") },
  statusFail: { font: font({ color: colour("9C0006") }), fill: solid("FFC7CE") },
  statusNone: { font: font({ color: colour("595959") }), fill: solid("EDEDED") },
  error: { font: font({ color: colour("C00000") }) },
  warning: { font: font({ color: colour("9C5700") }) },
  link: { font: font({ color: colour("0563C1"), underline: true }) },
};

export interface CellStyleKey {
  readonly name: StyleName;
  readonly numFmt?: string;
  readonly alignment?: Partial<ExcelJS.Alignment>;
}

const shared = new Map<string, Partial<ExcelJS.Style>>();

/**
 * One style object per distinct look, shared by every cell that has it: ExcelJS recognises a style
 * object it has already written (a WeakMap) and skips serialising it again, which it otherwise does
 * for each of the million cells of a «Расшифровка». Callers must never mutate the result.
 */
export function sharedStyle(key: CellStyleKey): Partial<ExcelJS.Style> {
  const id = `${key.name}|${key.numFmt ?? ""}|${key.alignment ? JSON.stringify(key.alignment) : ""}`;
  let style = shared.get(id);
  if (!style) {
    const look = LOOKS[key.name];
    style = {
      font: look.font,
      ...(look.fill ? { fill: look.fill } : {}),
      ...(look.border ? { border: look.border } : {}),
      ...(key.numFmt ? { numFmt: key.numFmt } : {}),
      ...(key.alignment ? { alignment: key.alignment } : {}),
    };
    shared.set(id, style);
  }
  return style;
}

/** A look as styles.xml parts (CT_Font child order: b, i, u, sz, color, name). */
export interface LookXml {
  readonly font: string;
  readonly fill?: string;
  readonly border?: string;
}

function fontXml(f: Partial<ExcelJS.Font>): string {
  const color = f.color && "argb" in f.color && f.color.argb ? `<color rgb="${f.color.argb}"/>` : "";
  return `<font>${f.bold ? "<b/>" : ""}${f.italic ? "<i/>" : ""}${f.underline ? "<u/>" : ""}<sz val="${f.size ?? 11}"/>${color}<name val="${f.name ?? FONT_NAME}"/></font>`;
}

function fillXml(f: ExcelJS.Fill): string {
  const fg = f.type === "pattern" && f.fgColor?.argb ? f.fgColor.argb : "FFFFFFFF";
  return `<fill><patternFill patternType="solid"><fgColor rgb="${fg}"/></patternFill></fill>`;
}

function borderXml(b: Partial<ExcelJS.Borders>): string {
  const side = (tag: string, s: Partial<ExcelJS.Border> | undefined) =>
    s?.style ? `<${tag} style="${s.style}">${s.color?.argb ? `<color rgb="${s.color.argb}"/>` : ""}</${tag}>` : `<${tag}/>`;
  return `<border>${side("left", b.left)}${side("right", b.right)}${side("top", b.top)}${side("bottom", b.bottom)}<diagonal/></border>`;
}

const lookXmls = new Map<StyleName, LookXml>();

export function lookXml(name: StyleName): LookXml {
  let x = lookXmls.get(name);
  if (!x) {
    const look = LOOKS[name];
    x = { font: fontXml(look.font), ...(look.fill ? { fill: fillXml(look.fill) } : {}), ...(look.border ? { border: borderXml(look.border) } : {}) };
    lookXmls.set(name, x);
  }
  return x;
}
