import ExcelJS from "exceljs";
import JSZip from "jszip";
import { cellAddress } from "../../src/domain/a1";
import { formatRu } from "../../src/domain/dates";
import { FORM_BY_ID, FormId } from "../../src/domain/forms";
import { SheetLayout, SchoolStyle } from "./layouts";
import { PlantedError, Row, TODAY, Val } from "./model";
import { initialsOf } from "./names";

/** How one output writes values: the consolidated file is plain; school files follow their habits. */
export interface Habits {
  readonly textDates: boolean;
  readonly commaNumbers: boolean;
  readonly initials: boolean;
  readonly abbreviations: boolean;
  readonly capitalBool: boolean;
}

export const PLAIN: Habits = { textDates: false, commaNumbers: false, initials: false, abbreviations: false, capitalBool: false };

/** Abbreviations schools use for vocabulary values (all listed as aliases in forms/vocabularies.ts). */
const ABBREVIATIONS: Readonly<Record<string, Readonly<Record<string, string>>>> = {
  qualificationCategory: { высшая: "ВКК", первая: "1КК", "соответствие занимаемой должности": "СЗД", "без категории": "б/к" },
  educationLevel: { высшее: "ВО", "среднее профессиональное": "СПО" },
  kind: { "повышение квалификации": "КПК", "профессиональная переподготовка": "ПП" },
  iom: { "ЦНППМ (ИОМ)": "ИОМ ЦНППМ", "ОО (ИППР)": "ИППР" },
  level: { региональный: "областной", федеральный: "всероссийский", ОО: "школьный", самодиагностика: "самодиагностика (в ОО)" },
  result: { призёр: "призер" },
  form: { "педагог – педагог": "учитель – учитель" },
};

const EXCEL_ERRORS: Readonly<Record<string, ExcelJS.CellErrorValue["error"]>> = { "#N/A": "#N/A", "#VALUE!": "#VALUE!" };

function render(v: Val, field: string, h: Habits): ExcelJS.CellValue {
  if (v === null) return null;
  if (typeof v === "boolean") return h.capitalBool ? (v ? "Да" : "Нет") : v ? "да" : "нет";
  if (typeof v === "number") return h.commaNumbers ? String(v).replace(".", ",") : v;
  if (typeof v === "string") return h.abbreviations ? ABBREVIATIONS[field]?.[v] ?? v : v;
  if ("date" in v) {
    if (h.textDates) return formatRu(v.date);
    const [y, m, d] = v.date.split("-").map(Number);
    return new Date(Date.UTC(y, m - 1, d));
  }
  if ("name" in v) return h.initials ? initialsOf(v.name) : v.name;
  if ("text" in v) return v.text;
  return { error: EXCEL_ERRORS[v.error] };
}

const HEADER_FILL: ExcelJS.Fill = { type: "pattern", pattern: "solid", fgColor: { argb: "FFD9E1F2" } };
const FIXED_DATE = new Date(Date.UTC(2024, 5, 20, 9, 0, 0));

export function newWorkbook(): ExcelJS.Workbook {
  const wb = new ExcelJS.Workbook();
  wb.creator = "Методист: пример муниципалитета";
  wb.lastModifiedBy = "Методист";
  wb.created = FIXED_DATE;
  wb.modified = FIXED_DATE;
  return wb;
}

/**
 * Writes one sheet and returns where its planted errors landed. Event sheets of an organisation
 * write the rows in the same order as the consolidated file, so both point at the same mistakes.
 */
export function writeSheet(wb: ExcelJS.Workbook, layout: SheetLayout, form: FormId, rows: readonly Row[], h: Habits, file: string): PlantedError[] {
  const ws = wb.addWorksheet(layout.sheet);
  const width = layout.columns.length;
  layout.titles.forEach((t, i) => {
    if (t === "") return;
    const c = ws.getCell(i + 1, 1);
    c.value = t;
    c.font = { bold: i === 0, size: i === 0 ? 12 : 11 };
  });
  const top = layout.twoRowHeader ? layout.headerRow - 1 : layout.headerRow;
  layout.columns.forEach((col, i) => {
    const x = i + 1;
    if (layout.twoRowHeader) {
      if (col.parent !== undefined) {
        ws.getCell(top, x).value = col.parent;
        ws.getCell(layout.headerRow, x).value = col.header;
      } else {
        ws.getCell(top, x).value = col.header;
        ws.mergeCells(top, x, layout.headerRow, x);
      }
    } else {
      ws.getCell(top, x).value = col.header;
    }
  });
  if (layout.twoRowHeader) {
    // Merge each run of columns that share a parent.
    let i = 0;
    while (i < width) {
      const p = layout.columns[i].parent;
      let j = i;
      while (p !== undefined && j + 1 < width && layout.columns[j + 1].parent === p) j++;
      if (p !== undefined && j > i) ws.mergeCells(top, i + 1, top, j + 1);
      i = j + 1;
    }
  }
  for (let r = top; r <= layout.headerRow; r++) {
    for (let x = 1; x <= width; x++) {
      const c = ws.getCell(r, x);
      c.font = { bold: true };
      c.fill = HEADER_FILL;
      c.alignment = { wrapText: true, vertical: "middle", horizontal: "center" };
    }
  }
  const planted: PlantedError[] = [];
  rows.forEach((row, k) => {
    const r = layout.headerRow + 1 + k;
    layout.columns.forEach((col, i) => {
      let value: ExcelJS.CellValue = null;
      if (col.field === "npp") value = k + 1;
      else if (col.field === "note") value = k % 23 === 5 ? "уточнить" : null;
      else value = render(row.values[col.field] ?? null, col.field, h);
      if (value === null) return;
      const c = ws.getCell(r, i + 1);
      c.value = value;
      if (value instanceof Date) c.numFmt = "dd.mm.yyyy";
    });
    for (const p of row.plants) {
      const i = layout.columns.findIndex((c) => c.field === p.field);
      if (i < 0) throw new Error(`planted field ${p.field} is not a column of ${file} / ${layout.sheet}`);
      planted.push({ file, sheet: layout.sheet, cell: cellAddress(r - 1, i), rule: p.rule, field: p.field });
    }
  });
  layout.columns.forEach((col, i) => {
    const f = FORM_BY_ID[form].fields.find((x) => x.id === col.field);
    ws.getColumn(i + 1).width = col.field === "npp" ? 6 : f?.id === "fullName" || f?.id === "programTitle" || f?.id === "eventTitle" ? 38 : 16;
  });
  return planted;
}

export function writeMemo(wb: ExcelJS.Workbook, lines: readonly string[]): void {
  const ws = wb.addWorksheet("Пояснения");
  lines.forEach((l, i) => (ws.getCell(i + 1, 1).value = l));
  ws.getColumn(1).width = 110;
}

export function habitsOf(s: SchoolStyle): Habits {
  return { textDates: s.textDates, commaNumbers: s.commaNumbers, initials: s.initials, abbreviations: s.abbreviations, capitalBool: s.capitalBool };
}

export { TODAY };

/**
 * The workbook as bytes that do not change from run to run: zip entries get a fixed timestamp, so
 * regenerating the examples leaves git with nothing to commit when nothing changed.
 */
export async function stableBytes(wb: ExcelJS.Workbook): Promise<Buffer> {
  const raw = Buffer.from(await wb.xlsx.writeBuffer());
  const zip = await JSZip.loadAsync(raw);
  const out = new JSZip();
  const names = Object.keys(zip.files).sort();
  for (const name of names) {
    const entry = zip.files[name];
    if (entry.dir) continue;
    out.file(name, await entry.async("nodebuffer"), { date: FIXED_DATE, createFolders: false });
  }
  return out.generateAsync({ type: "nodebuffer", compression: "DEFLATE", compressionOptions: { level: 6 } });
}
