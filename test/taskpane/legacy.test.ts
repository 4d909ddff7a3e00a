/** @jest-environment jsdom */
/**
 * legacy.js: where the pane's bundle cannot even parse, the pane says why instead of «Загрузка…»
 * forever. Regression (QA, 24.11): only IE11 was told; Edge Legacy (EdgeHTML — Excel 2016/2019
 * bought outright, on Windows 10) parses no «?.» either and showed nothing.
 */
import * as fs from "fs";
import * as path from "path";

const SOURCE = fs.readFileSync(path.join(__dirname, "..", "..", "src", "taskpane", "legacy.js"), "utf8");
const EDGE_LEGACY_UA = "Mozilla/5.0 (Windows NT 10.0; Win64; x64; WebView/3.0) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/70.0.3538.102 Safari/537.36 Edge/18.19041";
const IE11_UA = "Mozilla/5.0 (Windows NT 10.0; WOW64; Trident/7.0; rv:11.0) like Gecko";
const WEBVIEW2_UA = "Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/120.0.0.0 Safari/537.36 Edg/120.0.0.0";

type Host = Window & { __metodistLegacyHost?: boolean };

function openPane(userAgent: string, promiseAny: boolean): { text: string; legacy: boolean } {
  document.body.innerHTML = '<div id="container">Загрузка «Методиста»…</div>';
  delete (window as Host).__metodistLegacyHost;
  Object.defineProperty(window.navigator, "userAgent", { value: userAgent, configurable: true });
  const any = Promise.any;
  if (!promiseAny) delete (Promise as { any?: unknown }).any;
  try {
    // The script as the page runs it: a classic script in the page's global scope.
    new Function(SOURCE)();
  } finally {
    Promise.any = any;
  }
  return { text: document.getElementById("container")!.textContent ?? "", legacy: (window as Host).__metodistLegacyHost === true };
}

describe("the notice for webviews that cannot run the pane", () => {
  test.each([
    ["IE11 (Excel 2016/2019 volume-licensed)", IE11_UA, false],
    ["Edge Legacy (Excel 2016/2019 retail on Windows 10)", EDGE_LEGACY_UA, false],
    ["any engine without ES2021 (no Promise.any)", WEBVIEW2_UA, false],
  ])("%s: says the pane cannot work here and what to do", (_what, ua, promiseAny) => {
    const { text, legacy } = openPane(ua, promiseAny);
    expect(legacy).toBe(true);
    expect(text).toContain("Эта версия Excel не поддерживает панель «Методиста»");
    expect(text).toContain("Internet Explorer или Edge Legacy");
    expect(text).toContain("npx metodist check");
  });

  test("WebView2, Excel on the web: the pane loads as usual", () => {
    expect(openPane(WEBVIEW2_UA, true)).toEqual({ text: "Загрузка «Методиста»…", legacy: false });
  });
});
