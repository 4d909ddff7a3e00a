/**
 * The bench's last line, for scripts: the fields first and in its order
 * (`bench: workers=… rows=… total_ms=… scan_ms=… ratio=… peak_mb=…`), then what the bench measures
 * beyond them, so a reader that matches the sequence keeps working.
 */
export interface Summary {
  readonly workers: number;
  readonly rows: number;
  /** check+compute, median wall time. */
  readonly totalMs: number;
  readonly scanMs: number;
  readonly peakMb: number;
  /** The same runs' median CPU time (the machine is shared: wall time includes waiting for a core). */
  readonly cpuMs: number;
  readonly regionPeakMb: number;
  readonly rowsAtWriteMs: number;
}

export function summaryLine(s: Summary): string {
  const ratio = s.scanMs > 0 ? (s.totalMs / s.scanMs).toFixed(1) : "—";
  return (
    `bench: workers=${s.workers} rows=${s.rows} total_ms=${s.totalMs.toFixed(0)} scan_ms=${s.scanMs.toFixed(1)} ratio=${ratio} peak_mb=${s.peakMb}` +
    ` cpu_ms=${s.cpuMs.toFixed(0)} region_peak_mb=${s.regionPeakMb} rows_at_write_ms=${s.rowsAtWriteMs.toFixed(0)}`
  );
}
