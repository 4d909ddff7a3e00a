/** «Проверка»: run the check, see recognised sheets and issues, jump to cells, highlight them. */
import { Button, Text } from "@fluentui/react-components";
import { useState } from "react";
import type { MappingOverride } from "../../domain/recognize/types";
import { PaneCheck, PaneHost } from "../host";
import { highlightNote, Problem } from "../messages";
import { KEYS, savedOverrides, savedPeriod } from "../settings";
import { CHECK_STEPS } from "../../app/steps";
import { Busy } from "./Busy";
import { useOperation } from "./useOperation";
import { IssueList } from "./IssueList";
import { ProblemBar } from "./ProblemBar";
import { SheetList } from "./SheetList";

/**
 * `blockedBy`: why this tab waits — another operation holds the workbook (the other tab's, or a ribbon
 * command's; one at a time); `onRunning` tells when this tab's starts and ends.
 */
export function CheckView({
  host,
  result,
  onResult,
  blockedBy = null,
  onRunning,
}: {
  host: PaneHost;
  result: PaneCheck | null;
  onResult: (r: PaneCheck) => void;
  blockedBy?: string | null;
  onRunning?: (on: boolean) => void;
}) {
  const blocked = blockedBy !== null;
  const [problem, setProblem] = useState<Problem | null>(null);
  const [note, setNote] = useState<string | null>(null);
  const op = useOperation(CHECK_STEPS, onRunning);
  const busy = op.busy;
  // Controls that start work (the issue list, «Сохранить сопоставление…») wait like the buttons above.
  const idle = busy === null && !blocked;

  /** Runs `work` with the pane busy; only a check can be stopped (highlighting is short, and stopping it would leave half the marks). */
  async function attempt(label: string, doing: string, work: (signal?: AbortSignal) => Promise<void>, canStop = false) {
    // One operation at a time: a click while this tab's own run is on starts nothing and ends nothing.
    if (blocked || op.isRunning()) return;
    setProblem(null);
    setNote(null);
    const ending = await op.run(label, doing, work, canStop);
    if (!ending) return;
    if (ending.kind === "done") {
      // An old Excel's warning replaces the note the work left (how many cells were marked).
      const w = host.warning();
      if (w) setNote(w);
    } else if (ending.kind === "stopped") setNote("Проверка остановлена.");
    else setProblem(ending.problem);
  }

  const check = (overrides: Record<string, MappingOverride>, signal?: AbortSignal) =>
    host.check({ today: host.today(), period: savedPeriod(host.settings), overrides }, op.listen, signal);

  const runCheck = (overrides = savedOverrides(host.settings)) =>
    attempt("Проверка листов…", "проверить книгу", async (signal) => onResult(await check(overrides, signal)), true);

  const saveOverride = (key: string, o: MappingOverride) => {
    const overrides = { ...savedOverrides(host.settings), [key]: o };
    void attempt(
      "Сохранение сопоставления…",
      "сохранить сопоставление столбцов",
      async (signal) => {
        await host.settings.set(KEYS.overrides, overrides);
        onResult(await check(overrides, signal));
      },
      true,
    );
  };

  // Said above the list it explains: hundreds of «вне периода» warnings follow from a wrong period.
  const periodHint = result?.issues.find((i) => i.rule === "period.likelyOther");
  const errors = result?.issues.filter((i) => i.severity === "error").length ?? 0;
  const warnings = (result?.issues.length ?? 0) - errors;

  return (
    <div style={{ display: "grid", gap: 10 }}>
      <div style={{ display: "flex", flexWrap: "wrap", gap: 8 }}>
        <Button appearance="primary" disabled={busy !== null || blocked} onClick={() => void runCheck()}>
          Проверить книгу
        </Button>
        <Button
          disabled={busy !== null || blocked || !result || result.issues.length === 0}
          onClick={() => void attempt("Подсветка…", "подсветить ошибки", async () => setNote(highlightNote(await host.highlight(result!.issues))))}
        >
          Подсветить ошибки
        </Button>
        <Button disabled={busy !== null || blocked} onClick={() => void attempt("Снятие подсветки…", "снять подсветку", async () => setNote(`Восстановлено ячеек: ${(await host.clear()).toLocaleString("ru-RU")}.`))}>
          Снять подсветку
        </Button>
      </div>
      {blockedBy && <Text size={200}>{blockedBy}</Text>}
      {busy && <Busy label={op.progress?.label ?? busy} value={op.progress?.value} onStop={op.canStop ? op.stop : undefined} stopping={op.stopping} />}
      {problem && <ProblemBar problem={problem} />}
      {note && <Text role="status">{note}</Text>}
      {result && (
        <>
          <Text>
            Период {result.period.label}. Распознано листов: {result.sheets.length}. Ошибок: {errors}, предупреждений: {warnings}.
          </Text>
          {periodHint && (
            <ProblemBar intent="warning" problem={{ title: "Проверьте период.", action: `${periodHint.message}. Период выбирается на вкладке «Показатели».` }} />
          )}
          <h3 style={{ margin: "4px 0" }}>Листы</h3>
          {result.sheets.length === 0 ? (
            <ProblemBar
              intent="warning"
              problem={{ title: "Ни один лист не распознан как стандартная форма.", action: "Проверьте, что в листах есть строка заголовков (ФИО, ОО, дата…), или сопоставьте столбцы вручную." }}
            />
          ) : (
            <SheetList sheets={result.sheets} unrecognised={result.unrecognised} onOverride={saveOverride} readRow={host.readRow} disabled={!idle} />
          )}
          <h3 style={{ margin: "4px 0" }}>Замечания</h3>
          <IssueList issues={result.issues} disabled={!idle} onSelect={(i) => void attempt("Переход к ячейке…", `перейти к ячейке ${i.cell}`, () => host.select(i.sheet, i.cell))} />
        </>
      )}
    </div>
  );
}
