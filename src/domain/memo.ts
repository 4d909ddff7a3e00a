/**
 * A function remembered per argument, for the texts and numbers a region repeats a million times
 * (school names, spellings of coded values, date serials, header words). Everything is forgotten once
 * `limit` results are kept, so a column of unique values cannot grow it without bound.
 */
export function boundedMemo<K, V>(limit: number, compute: (key: K) => V): (key: K) => V {
  const seen = new Map<K, V>();
  return (key) => {
    const hit = seen.get(key);
    if (hit !== undefined) return hit;
    const value = compute(key);
    if (seen.size >= limit) seen.clear();
    seen.set(key, value);
    return value;
  };
}

/** One bounded memo per owner object (a field, a form), made on first use. */
export function memoPerOwner<O extends object, K, V>(limit: number, compute: (owner: O, key: K) => V): (owner: O) => (key: K) => V {
  const byOwner = new WeakMap<O, (key: K) => V>();
  return (owner) => {
    let memo = byOwner.get(owner);
    if (!memo) byOwner.set(owner, (memo = boundedMemo(limit, (key: K) => compute(owner, key))));
    return memo;
  };
}
