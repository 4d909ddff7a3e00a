/** Entry of the task pane: waits for Office, then renders <App> with the Office-backed host. */
import { FluentProvider, webDarkTheme, webLightTheme } from "@fluentui/react-components";
import { createRoot } from "react-dom/client";
import { App } from "./components/App";
import { ProblemBar } from "./components/ProblemBar";
import { oldExcel, officePaneHost } from "./office-host";

declare global {
  interface Window {
    __metodistLegacyHost?: boolean;
  }
}

function isDarkOffice(): boolean {
  const bg = Office.context.officeTheme?.bodyBackgroundColor;
  if (!bg || !/^#[0-9a-f]{6}$/i.test(bg)) return false;
  const n = parseInt(bg.slice(1), 16);
  return ((n >> 16) & 255) * 0.299 + ((n >> 8) & 255) * 0.587 + (n & 255) * 0.114 < 128;
}

if (!window.__metodistLegacyHost) {
  void Office.onReady((info) => {
    const container = document.getElementById("container")!;
    if (info.host !== Office.HostType.Excel) {
      container.textContent = "«Методист» работает только в Excel: откройте книгу в Excel и запустите надстройку с вкладки «Главная».";
      return;
    }
    const dark = isDarkOffice();
    // On an Excel without ExcelApi 1.7 every button would fail: the pane says what is needed instead.
    const old = oldExcel();
    if (old) {
      createRoot(container).render(
        <FluentProvider theme={dark ? webDarkTheme : webLightTheme} style={{ minHeight: "100vh" }}>
          <main style={{ padding: "8px 12px", maxWidth: 640, boxSizing: "border-box", overflowWrap: "anywhere" }}>
            <h1 style={{ fontSize: 18, margin: "4px 0 8px" }}>Методист</h1>
            <ProblemBar problem={old} intent="warning" />
          </main>
        </FluentProvider>,
      );
      return;
    }
    createRoot(container).render(<App host={officePaneHost("pane")} dark={dark} />);
  });
}
