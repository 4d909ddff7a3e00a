import { summaryLine } from "../../bench/summary-line";

const measured = { workers: 100_000, rows: 584_694, totalMs: 2480.4, scanMs: 12.24, peakMb: 980, cpuMs: 2936.2, regionPeakMb: 1274, rowsAtWriteMs: 361.3 };

describe("the bench's machine-readable last line", () => {
  it("starts with the issue's fields in the issue's order, then the bench's own", () => {
    expect(summaryLine(measured)).toBe(
      "bench: workers=100000 rows=584694 total_ms=2480 scan_ms=12.2 ratio=202.6 peak_mb=980 cpu_ms=2936 region_peak_mb=1274 rows_at_write_ms=361",
    );
  });

  it("reads back as key=value pairs with numbers", () => {
    const fields = Object.fromEntries(summaryLine(measured).replace(/^bench: /, "").split(" ").map((kv) => kv.split("=")));
    expect(Object.keys(fields).slice(0, 6)).toEqual(["workers", "rows", "total_ms", "scan_ms", "ratio", "peak_mb"]);
    for (const v of Object.values(fields)) expect(Number.isFinite(Number(v))).toBe(true);
  });

  it("says no ratio rather than dividing by a scan too quick to time", () => {
    expect(summaryLine({ ...measured, scanMs: 0 })).toContain(" ratio=— ");
  });
});
