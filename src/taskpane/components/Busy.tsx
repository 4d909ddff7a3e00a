import { ProgressBar, Spinner } from "@fluentui/react-components";

/**
 * Long work (a region's workbook takes seconds): a spinner with words and a bar — filled as far as the
 * step has got when it can count (`value`, 0…1), moving on its own when it cannot.
 */
export function Busy({ label, value }: { label: string; value?: number }) {
  return (
    <div aria-live="polite" style={{ display: "grid", gap: 8, margin: "8px 0" }}>
      <Spinner size="tiny" label={label} labelPosition="after" />
      <ProgressBar aria-label={label} value={value} />
    </div>
  );
}
