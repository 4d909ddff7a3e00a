/**
 * A sheet's merged areas from Excel (ExcelApi 1.13), so a merged data block is read as the CLI reads
 * it from the file: the value belongs to every cell of the block (domain/dataset/merged-cells.ts).
 */
import { MergedRange, SheetGrid, spanning } from "../../domain/grid";
import { Issue } from "../../domain/issues";
import { stopIfAsked } from "../port";
import { cellAddress, columnIndex, isPlainCell, parseAddress } from "../../domain/a1";
import { sheetLookup } from "./meta";

const LAST_ROW = 1_048_575;
const LAST_COLUMN = 16_383;

/** A corner of an area: a cell («B5»), or of whole rows («5») or columns («B») as Excel writes them. */
function corner(ref: string, end: boolean): { row: number; col: number } | null {
  if (/^[A-Za-z]+\d+$/.test(ref)) return parseAddress(ref);
  if (/^\d+$/.test(ref)) return { row: Number(ref) - 1, col: end ? LAST_COLUMN : 0 };
  if (/^[A-Za-z]+$/.test(ref)) return { row: end ? LAST_ROW : 0, col: columnIndex(ref) };
  return null;
}

/** A sheet's merged areas as asked for: null when not asked (no ExcelApi 1.13), "unread" when Excel would not list them. */
export type MergedAreas = Excel.RangeAreas | null | "unread";

/** Every merged area of a sheet: asked of the whole sheet, as Excel lists only those whose top-left cell is in the range. */
export function mergedAreasOf(ws: Excel.Worksheet): Excel.RangeAreas {
  const merged = ws.getRange().getMergedAreasOrNullObject();
  merged.load("address");
  return merged;
}

/**
 * Each sheet's merged areas in a request of their own, after a shared request failed (Excel lists at
 * most 512 areas a query): a sheet whose list Excel refuses is marked "unread". Sheets without cells
 * are not asked.
 */
export async function mergedAreasOneByOne(
  context: Excel.RequestContext,
  sheets: readonly { readonly ws: Excel.Worksheet; readonly used: Excel.Range; merged: MergedAreas }[],
  signal?: AbortSignal,
): Promise<void> {
  for (const s of sheets) {
    if (s.used.isNullObject) continue;
    stopIfAsked(signal);
    s.merged = mergedAreasOf(s.ws);
    try {
      // eslint-disable-next-line office-addins/no-context-sync-in-loop -- only after a sheet of over 512 merged areas failed the shared request
      await context.sync();
    } catch {
      s.merged = "unread";
    }
  }
}

/** What the grid says of a sheet's merged cells. */
export function mergesOf(merged: MergedAreas): Pick<SheetGrid, "merges" | "mergesUnread"> {
  if (merged === null) return {};
  if (merged === "unread") return { mergesUnread: true };
  if (merged.isNullObject) return {};
  const merges = mergedRangesOf(merged.address);
  return merges.length > 0 ? { merges } : {};
}

/**
 * Merged areas as Excel lists them (`RangeAreas.address`: "Сверка!A2:A9,Сверка!B5:C5", each area with
 * its sheet, quoted when the name needs it: "'Сверка, 2024'!A2:A9"), as the grid's 0-based blocks.
 */
export function mergedRangesOf(address: string): MergedRange[] {
  const out: MergedRange[] = [];
  let i = 0;
  while (i < address.length) {
    // The sheet: quoted ('' inside is a quote) or bare, up to its «!».
    while (address[i] === " " || address[i] === ",") i++;
    if (i >= address.length) break;
    if (address[i] === "'") {
      i++;
      while (i < address.length && !(address[i] === "'" && address[i + 1] !== "'")) i += address[i] === "'" ? 2 : 1;
      i++;
    }
    const bang = address.indexOf("!", i);
    if (bang < 0) break;
    const end = address.indexOf(",", bang);
    const ref = address.slice(bang + 1, end < 0 ? address.length : end).replace(/\$/g, "").trim();
    i = end < 0 ? address.length : end + 1;
    const [from, to = from] = ref.split(":");
    const a = corner(from, false);
    const b = corner(to, true);
    if (!a || !b || (a.row === b.row && a.col === b.col)) continue;
    out.push(spanning(a, b));
  }
  return out;
}

/**
 * Issues inside a merged block, moved to the block's top-left cell: Excel shows a merged block with
 * that cell's fill and note, so a mark on any other of its cells would not be seen (and Excel gives a
 * note only to that cell). A merged date of three rows wrong in each is one mark. Sheets whose merged
 * areas Excel will not list (over 512) keep their issues where they are.
 */
export async function issuesAtMergeAnchors(context: Excel.RequestContext, issues: readonly Issue[], sheetNames: readonly string[]): Promise<readonly Issue[]> {
  const named = new Map<string, string>();
  const sheetOf = sheetLookup(sheetNames, (s) => s);
  for (const i of issues) {
    const sheet = sheetOf(i.sheet);
    if (sheet) named.set(i.sheet, sheet);
  }
  if (named.size === 0) return issues;
  const asked = [...new Set(named.values())].map((sheet) => ({ sheet, areas: mergedAreasOf(context.workbook.worksheets.getItem(sheet)) }));
  try {
    await context.sync();
  } catch {
    return issues;
  }
  const bySheet = new Map<string, MergedRange[]>();
  for (const { sheet, areas } of asked) if (!areas.isNullObject) bySheet.set(sheet, mergedRangesOf(areas.address));
  if (bySheet.size === 0) return issues;
  return issues.map((i) => {
    const merges = bySheet.get(named.get(i.sheet) ?? "");
    if (!merges || !isPlainCell(i.cell)) return i;
    const { row, col } = parseAddress(i.cell);
    const m = merges.find((b) => row >= b.top && row <= b.bottom && col >= b.left && col <= b.right);
    return m && (m.top !== row || m.left !== col) ? { ...i, cell: cellAddress(m.top, m.left) } : i;
  });
}
