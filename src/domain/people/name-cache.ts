import { PersonName, normalizePersonName } from "../normalize/person-name";

/** Event sheets repeat the same names many times; parse each spelling once. */
const cache = new Map<string, PersonName>();
const LIMIT = 100_000;

export function personName(text: string): PersonName {
  const hit = cache.get(text);
  if (hit) return hit;
  const n = normalizePersonName(text);
  if (cache.size >= LIMIT) cache.clear();
  cache.set(text, n);
  return n;
}
