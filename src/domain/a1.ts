/** A1 references: column letters and cell addresses from 0-based coordinates. */

export function columnLetter(col: number): string {
  let n = col + 1;
  let s = "";
  while (n > 0) {
    const rem = (n - 1) % 26;
    s = String.fromCharCode(65 + rem) + s;
    n = Math.floor((n - 1) / 26);
  }
  return s;
}

export function columnIndex(letters: string): number {
  let n = 0;
  for (const ch of letters.toUpperCase()) n = n * 26 + (ch.charCodeAt(0) - 64);
  return n - 1;
}

/** 0-based row/col → "B14". */
export function cellAddress(row: number, col: number): string {
  return `${columnLetter(col)}${row + 1}`;
}

/** One cell written plainly, «B14» (no sheet, no $, no range): what an issue points at. */
export function isPlainCell(a1: string): boolean {
  return /^[A-Z]+\d+$/.test(a1);
}

export function parseAddress(a1: string): { row: number; col: number } {
  const m = /^([A-Za-z]+)(\d+)$/.exec(a1);
  if (!m) throw new Error(`bad A1 address ${a1}`);
  return { row: Number(m[2]) - 1, col: columnIndex(m[1]) };
}
