/** «Показатели»: choose presets and period, compute, see the summary and open the inserted sheets. */
import { Button, Checkbox, Dropdown, Field, Link, Option, Text } from "@fluentui/react-components";
import { useMemo, useState } from "react";
import type { PresetId, Status } from "../../domain/indicators/types";
import { PRESET_CHOICES, defaultPeriod, parsePeriod } from "../../app/catalog";
import { PaneCompute, PaneHost } from "../host";
import { explain, Problem } from "../messages";
import { periodChoices } from "../periods";
import { ALL_PRESETS, KEYS, savedOverrides, savedPeriod, savedPresets } from "../settings";
import { COMPUTE_STEPS } from "../../app/steps";
import { Busy } from "./Busy";
import { useOperation } from "./useOperation";
import { ProblemBar } from "./ProblemBar";

const STATUSES: readonly Status[] = ["достигнуто", "близко", "не достигнуто"];

export function statusCounts(result: PaneCompute): Record<Status | "без оценки", number> {
  const counts = { достигнуто: 0, близко: 0, "не достигнуто": 0, "без оценки": 0 };
  for (const r of result.indicators) counts[r.status ?? "без оценки"]++;
  return counts;
}

/**
 * `blockedBy`: why this tab waits — another operation holds the workbook (the other tab's, or a ribbon
 * command's; one at a time); `onRunning` tells when this tab's starts and ends.
 */
export function ComputeView({
  host,
  onResult,
  blockedBy = null,
  onRunning,
}: {
  host: PaneHost;
  onResult: (r: PaneCompute) => void;
  blockedBy?: string | null;
  onRunning?: (on: boolean) => void;
}) {
  const blocked = blockedBy !== null;
  const today = host.today();
  const [presets, setPresets] = useState<PresetId[]>(() => savedPresets(host.settings));
  const [period, setPeriod] = useState<string>(() => (savedPeriod(host.settings) ?? defaultPeriod(today)).label);
  // A saved period outside the usual list (an old year, a calendar year) stays selectable.
  const choices = useMemo(() => {
    const list = periodChoices(today);
    const saved = savedPeriod(host.settings);
    return saved && !list.some((p) => p.label === saved.label) ? [saved, ...list] : list;
  }, [today, host.settings]);
  const op = useOperation(COMPUTE_STEPS, onRunning);
  const busy = op.busy !== null;
  const [stopped, setStopped] = useState(false);
  const [problem, setProblem] = useState<Problem | null>(null);
  const [warning, setWarning] = useState<string | null>(null);
  const [result, setResult] = useState<PaneCompute | null>(null);

  const toggle = (id: PresetId, on: boolean) => setPresets((p) => ALL_PRESETS.filter((x) => (x === id ? on : p.includes(x))));

  async function compute() {
    if (blocked || op.isRunning()) return;
    setProblem(null);
    setWarning(null);
    setStopped(false);
    const ending = await op.run(
      "Чтение листов и расчёт показателей…",
      "рассчитать показатели",
      async (signal) => {
        await host.settings.set(KEYS.presets, presets);
        await host.settings.set(KEYS.period, period);
        const chosen = choices.find((c) => c.label === period) ?? parsePeriod(period) ?? undefined;
        const r = await host.compute({ today, presets, period: chosen, overrides: savedOverrides(host.settings) }, op.listen, signal);
        setResult(r);
        onResult(r);
      },
      true,
    );
    if (!ending) return;
    if (ending.kind === "done") setWarning(host.warning());
    else if (ending.kind === "stopped") setStopped(true);
    else setProblem(ending.problem);
  }

  async function open(sheet: string) {
    try {
      await host.select(sheet, "A1");
    } catch (e) {
      setProblem(explain(e, `открыть лист «${sheet}»`));
    }
  }

  const counts = result ? statusCounts(result) : null;
  return (
    <div style={{ display: "grid", gap: 10 }}>
      <fieldset style={{ border: "none", margin: 0, padding: 0, minWidth: 0 }}>
        <legend style={{ fontWeight: 600, marginBottom: 4 }}>Наборы показателей</legend>
        {PRESET_CHOICES.map((p) => (
          <Checkbox key={p.id} checked={presets.includes(p.id)} onChange={(_, d) => toggle(p.id, d.checked === true)} label={`${p.id} — ${p.title}`} />
        ))}
      </fieldset>
      <Field label="Отчётный период (учебный год)">
        <Dropdown value={period} selectedOptions={[period]} style={{ minWidth: 0 }} onOptionSelect={(_, d) => d.optionValue && setPeriod(d.optionValue)}>
          {choices.map((c) => (
            <Option key={c.label} value={c.label}>
              {c.label}
            </Option>
          ))}
        </Dropdown>
      </Field>
      <div>
        <Button appearance="primary" disabled={busy || blocked || presets.length === 0} onClick={() => void compute()}>
          Рассчитать
        </Button>
        {presets.length === 0 && <Text size={200}> Отметьте хотя бы один набор.</Text>}
      </div>
      {blockedBy && <Text size={200}>{blockedBy}</Text>}
      {op.busy && <Busy label={op.progress?.label ?? op.busy} value={op.progress?.value} onStop={op.canStop ? op.stop : undefined} stopping={op.stopping} />}
      {stopped && <ProblemBar intent="info" problem={{ title: "Расчёт остановлен.", action: "Листы книги не изменены; нажмите «Рассчитать», чтобы начать заново." }} />}
      {problem && <ProblemBar problem={problem} />}
      {warning && <ProblemBar intent="warning" problem={{ title: "Выполнено не полностью.", action: warning }} />}
      {result && counts && (
        <section aria-label="Итоги расчёта" role="status">
          <Text block weight="semibold">
            Показателей: {result.indicators.length} (период {result.check.period.label})
          </Text>
          <ul style={{ margin: "4px 0", paddingLeft: 18 }}>
            {STATUSES.map((s) => (
              <li key={s}>
                {s}: {counts[s]}
              </li>
            ))}
            {counts["без оценки"] > 0 && <li>без оценки (нет цели или данных): {counts["без оценки"]}</li>}
          </ul>
          {result.check.issues.some((i) => i.severity === "error") && (
            <Text block size={200}>В данных есть ошибки — они учтены на листе «Проверка данных»; посмотрите вкладку «Проверка».</Text>
          )}
          <Text block weight="semibold" style={{ marginTop: 8 }}>
            Вставленные листы
          </Text>
          <ul style={{ margin: "4px 0", paddingLeft: 18 }}>
            {result.applied.map((a) => (
              <li key={a.actual}>
                <Link as="button" disabled={busy || blocked} onClick={() => void open(a.actual)}>
                  {a.actual}
                </Link>
                {a.actual !== a.planned && <Text size={200}> (лист «{a.planned}» уже есть в книге и не изменён)</Text>}
              </li>
            ))}
          </ul>
        </section>
      )}
    </div>
  );
}
