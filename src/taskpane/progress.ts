/**
 * Resolves once the browser has had a chance to paint what was just set: the engine's steps then block
 * the page for seconds. A pane out of sight gets no animation frames, hence the timer beside it.
 */
export function nextPaint(): Promise<void> {
  return new Promise((resolve) => {
    const fallback = setTimeout(resolve, 100);
    if (typeof requestAnimationFrame !== "function") return;
    requestAnimationFrame(() =>
      setTimeout(() => {
        clearTimeout(fallback);
        resolve();
      }, 0),
    );
  });
}
