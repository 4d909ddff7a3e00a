/**
 * An Excel that accepts every call and does nothing: every property and call gives the same stand-in
 * back, every sync resolves at once, the workbook has no sheets. What the Office adapter costs the
 * pane by itself — making ranges, values, formats and requests — without any host's time in it.
 */
export function doNothingExcel(): { run: (batch: (context: unknown) => Promise<unknown>) => Promise<unknown>; syncs: () => number } {
  let syncs = 0;
  const stand = function () {};
  const proxy: unknown = new Proxy(stand, {
    get(_t, prop) {
      if (prop === "items") return [];
      if (prop === "isNullObject") return true;
      // Sheet ids and names are text the adapter records (meta.ts): a stand-in would not be one.
      if (prop === "id" || prop === "name") return "";
      // Not a promise: `await proxy` must not wait for it.
      if (prop === "then") return undefined;
      if (prop === "sync") return () => Promise.resolve(syncs++);
      return proxy;
    },
    set: () => true,
    apply: () => proxy,
  });
  return { run: (batch) => batch(proxy), syncs: () => syncs };
}
