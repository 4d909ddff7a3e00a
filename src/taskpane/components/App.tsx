/** The task pane: two tabs over one host; React state only, all workbook work goes through `host`. */
import { FluentProvider, Tab, TabList, Text, webDarkTheme, webLightTheme } from "@fluentui/react-components";
import { useEffect, useState } from "react";
import { PaneCheck, PaneHost } from "../host";
import { LAST_COMMAND } from "../settings";
import { Holder, describeWork } from "../workbook-lock";
import { CheckView } from "./CheckView";
import { ComputeView } from "./ComputeView";

type TabId = "check" | "compute";

export function App({ host, dark = false, initialTab = "check" }: { host: PaneHost; dark?: boolean; initialTab?: TabId }) {
  const [tab, setTab] = useState<TabId>(initialTab);
  const [check, setCheck] = useState<PaneCheck | null>(null);
  // One workbook operation at a time: highlighting while a compute writes would race it on the meta
  // sheet (which sheets are Metodist's, which fills to restore) and lose one of the two records.
  const [running, setRunning] = useState<TabId | null>(null);
  // What the last ribbon command did (commands cannot show dialogs; the pane tells it later).
  const [lastCommand, setLastCommand] = useState(() => host.settings.get<string>(LAST_COMMAND) ?? null);
  // …and, while the pane is open, as soon as a command ends (one refused because the pane is busy, too).
  useEffect(() => host.news?.listen(setLastCommand), [host]);
  // The same rule across runtimes: while a ribbon command works with the workbook, the pane waits and says so.
  const [elsewhere, setElsewhere] = useState<Holder | null>(null);
  useEffect(() => host.watchOthers?.(setElsewhere), [host]);
  const waitElsewhere = elsewhere && `${describeWork(elsewhere)}: кнопки станут доступны, когда эта работа закончится.`;
  return (
    <FluentProvider theme={dark ? webDarkTheme : webLightTheme} style={{ minHeight: "100vh" }}>
      <main style={{ padding: "8px 12px", maxWidth: 640, boxSizing: "border-box", overflowWrap: "anywhere" }}>
        <h1 style={{ fontSize: 18, margin: "4px 0 8px" }}>Методист</h1>
        {lastCommand && (
          <Text block size={200} style={{ marginBottom: 6 }}>
            Последняя команда на ленте: {lastCommand}
          </Text>
        )}
        <TabList selectedValue={tab} onTabSelect={(_, d) => setTab(d.value as TabId)} size="small">
          <Tab value="check">Проверка</Tab>
          <Tab value="compute">Показатели</Tab>
        </TabList>
        {/* Both panels stay mounted so a result survives switching tabs. */}
        <div role="tabpanel" aria-label="Проверка" hidden={tab !== "check"} style={{ paddingTop: 10 }}>
          <CheckView
            host={host}
            result={check}
            onResult={setCheck}
            blockedBy={running === "compute" ? "Идёт расчёт показателей (вкладка «Показатели»): проверка и подсветка станут доступны, когда он закончится." : waitElsewhere}
            onRunning={(on) => setRunning(on ? "check" : null)}
          />
        </div>
        <div role="tabpanel" aria-label="Показатели" hidden={tab !== "compute"} style={{ paddingTop: 10 }}>
          <ComputeView
            host={host}
            onResult={(r) => setCheck(r.check)}
            blockedBy={running === "check" ? "Идёт работа на вкладке «Проверка»: расчёт станет доступен, когда она закончится." : waitElsewhere}
            onRunning={(on) => setRunning(on ? "compute" : null)}
          />
        </div>
      </main>
    </FluentProvider>
  );
}
