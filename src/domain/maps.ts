/** Nested Maps as keys of several parts: no key string is built per row of a million-row sheet. */

/** map.get(key), creating the inner map on first use. */
export function inner<K, L, V>(map: Map<K, Map<L, V>>, key: K): Map<L, V> {
  let m = map.get(key);
  if (!m) map.set(key, (m = new Map()));
  return m;
}
