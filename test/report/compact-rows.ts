import { PlanCell, RowBlocks } from "../../src/report/plan";

/** The same rows kept compact: made `size` at a time, as «Расшифровка» keeps its rows. */
export function compact(rows: readonly (readonly PlanCell[])[], size: number): RowBlocks {
  return {
    count: rows.length,
    *blocks() {
      for (let i = 0; i < rows.length; i += size) yield rows.slice(i, i + size);
    },
  };
}
