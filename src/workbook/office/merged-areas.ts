/**
 * Merged areas as Excel lists them (`RangeAreas.address`: "Сверка!A2:A9,Сверка!B5:C5", each area with
 * its sheet, quoted when the name needs it: "'Сверка, 2024'!A2:A9"), as the grid's 0-based blocks.
 */
import { MergedRange } from "../../domain/grid";
import { columnIndex, parseAddress } from "../../domain/a1";

const LAST_ROW = 1_048_575;
const LAST_COLUMN = 16_383;

/** A corner of an area: a cell («B5»), or of whole rows («5») or columns («B») as Excel writes them. */
function corner(ref: string, end: boolean): { row: number; col: number } | null {
  if (/^[A-Za-z]+\d+$/.test(ref)) return parseAddress(ref);
  if (/^\d+$/.test(ref)) return { row: Number(ref) - 1, col: end ? LAST_COLUMN : 0 };
  if (/^[A-Za-z]+$/.test(ref)) return { row: end ? LAST_ROW : 0, col: columnIndex(ref) };
  return null;
}

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
    out.push({ top: Math.min(a.row, b.row), left: Math.min(a.col, b.col), bottom: Math.max(a.row, b.row), right: Math.max(a.col, b.col) });
  }
  return out;
}
