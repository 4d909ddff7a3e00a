import { ProgressBar, Spinner } from "@fluentui/react-components";

/** Long work (a region's workbook takes seconds): a spinner with words and an indeterminate bar. */
export function Busy({ label }: { label: string }) {
  return (
    <div aria-live="polite" style={{ display: "grid", gap: 8, margin: "8px 0" }}>
      <Spinner size="tiny" label={label} labelPosition="after" />
      <ProgressBar aria-label={label} />
    </div>
  );
}
