/** Entry of the task pane: waits for Office, then renders <App> with the Office-backed host. */
import { createRoot } from "react-dom/client";
import { App } from "./components/App";
import { officePaneHost } from "./office-host";

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
    createRoot(container).render(<App host={officePaneHost("pane")} dark={isDarkOffice()} />);
  });
}
