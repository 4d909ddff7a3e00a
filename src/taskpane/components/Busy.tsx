import { Button, ProgressBar, Spinner } from "@fluentui/react-components";

/**
 * Long work (a region's workbook takes seconds): a spinner with words and a bar — filled as far as the
 * step has got when it can count (`value`, 0…1), moving on its own when it cannot — and «Остановить»
 * while the run can still stop (`onStop`; not once output sheets are being written).
 */
export function Busy({ label, value, onStop, stopping = false }: { label: string; value?: number; onStop?: () => void; stopping?: boolean }) {
  return (
    <div aria-live="polite" style={{ display: "grid", gap: 8, margin: "8px 0" }}>
      <Spinner size="tiny" label={label} labelPosition="after" />
      <ProgressBar aria-label={label} value={value} />
      {onStop && (
        <div>
          <Button size="small" disabled={stopping} onClick={onStop}>
            {stopping ? "Останавливается…" : "Остановить"}
          </Button>
        </div>
      )}
    </div>
  );
}
