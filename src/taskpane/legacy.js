// ES5 on purpose: runs before the pane's bundle and the ribbon commands' bundle, which need a modern
// webview. In the IE11 webview of Excel 2016/2019 volume-licensed those bundles cannot even parse, so
// this script explains why — in place of the pane, and for a ribbon button in a dialog with the help's
// requirements (a command has no page of its own, and a click that did nothing would say nothing).
// OFFICE-NOTES.md: React 18 + Fluent UI v9 do not run there.
(function () {
  var ua = window.navigator.userAgent || "";
  // The bundles use ES2021 syntax (?. ?? ??=): webviews without Promise.any (the same engines: Chrome
  // 85, Safari 14) fail to parse them — IE11 and also Edge Legacy (EdgeHTML), which hosts add-ins in
  // Excel 2016/2019 bought outright, on Windows 10; a pane stuck at «Загрузка…» would say nothing.
  var legacy =
    /Trident\/|MSIE /.test(ua) ||
    typeof window.Promise === "undefined" ||
    typeof window.Symbol === "undefined" ||
    typeof window.Promise.any !== "function";
  if (!legacy) return;
  window.__metodistLegacyHost = true;

  function explainCommand(event) {
    var done = function () {
      if (event && event.completed) event.completed();
    };
    try {
      var here = window.location.protocol + "//" + window.location.host + window.location.pathname.replace(/[^/]*$/, "");
      Office.context.ui.displayDialogAsync(here + "help.html#requirements", { height: 40, width: 30 }, done);
    } catch (e) {
      done();
    }
  }
  if (typeof Office !== "undefined") {
    // Both ways Office finds a command's function: the association, and a global of its name.
    window.checkWorkbook = explainCommand;
    window.computeIndicators = explainCommand;
    Office.onReady(function () {
      if (Office.actions && Office.actions.associate) {
        Office.actions.associate("checkWorkbook", explainCommand);
        Office.actions.associate("computeIndicators", explainCommand);
      }
    });
  }

  var box = document.getElementById("container");
  if (!box) return;
  box.innerHTML =
    '<div role="alert" style="font-family:Segoe UI,Arial,sans-serif;padding:12px;line-height:1.4">' +
    "<h2 style=\"font-size:16px\">Эта версия Excel не поддерживает панель «Методиста»</h2>" +
    "<p>Панель работает в Excel 2021, Excel 2024, Microsoft 365 и в Excel в браузере. " +
    "Эта версия открывает надстройки во встроенном браузере старого поколения (Internet Explorer или Edge Legacy — так в Excel 2016 и 2019), " +
    "в котором панель не может работать.</p>" +
    "<p>Что сделать: откройте книгу в Excel в браузере или в более новой версии Excel, " +
    "либо проверьте файлы командой <code>npx metodist check</code> на компьютере.</p></div>";
})();
