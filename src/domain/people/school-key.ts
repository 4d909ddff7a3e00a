import { foldKey } from "../text";

/**
 * School names compare without case, quotes, «№» and spacing: «МБОУ СОШ №1» ≡ «мбоу сош № 1» ≡
 * «МБОУ "СОШ № 1"». Memoised: a region repeats a few hundred names a million times.
 */
const cache = new Map<string, string>();
const LIMIT = 20_000;

export function schoolKey(name: string | null | undefined): string {
  if (!name) return "";
  const hit = cache.get(name);
  if (hit !== undefined) return hit;
  const k = foldKey(name);
  if (cache.size >= LIMIT) cache.clear();
  cache.set(name, k);
  return k;
}
