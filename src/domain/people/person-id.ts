/**
 * A person's id: «p» and their number in the order the roster first names them (p1, p2…). The
 * indicators find a person by it for each of a region's half a million event rows; reading the
 * number back is cheaper than looking the id up in a Map of a hundred thousand.
 */
export function personIdOf(ordinal: number): string {
  return `p${ordinal + 1}`;
}

/**
 * The ordinal `personIdOf` would make `id` from, or -1 when `id` is not spelled that way (so two ids
 * never give one ordinal: «p01» is not «p1»).
 */
export function ordinalOfPersonId(id: string): number {
  if (id.length < 2 || id.length > 10 || id.charCodeAt(0) !== 0x70 || (id.charCodeAt(1) === 0x30 && id.length > 2)) return -1;
  let n = 0;
  for (let i = 1; i < id.length; i++) {
    const d = id.charCodeAt(i) - 0x30;
    if (d < 0 || d > 9) return -1;
    n = n * 10 + d;
  }
  return n - 1;
}
