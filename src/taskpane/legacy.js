// ES5 on purpose: runs before the pane's bundle, which needs a modern webview. In the IE11 webview
// of Excel 2016/2019 volume-licensed the bundle cannot even parse, so this script explains why in
// place of the pane (OFFICE-NOTES.md: React 18 + Fluent UI v9 do not run there).
(function () {
  var ua = window.navigator.userAgent || "";
  var legacy = /Trident\/|MSIE /.test(ua) || typeof window.Promise === "undefined" || typeof window.Symbol === "undefined";
  if (!legacy) return;
  window.__metodistLegacyHost = true;
  var box = document.getElementById("container");
  if (!box) return;
  box.innerHTML =
    '<div role="alert" style="font-family:Segoe UI,Arial,sans-serif;padding:12px;line-height:1.4">' +
    "<h2 style=\"font-size:16px\">Эта версия Excel не поддерживает панель «Методиста»</h2>" +
    "<p>Панель работает в Excel 2021, Excel 2024, Microsoft 365 и в Excel в браузере. " +
    "В Excel 2016/2019 с корпоративной лицензией встроен устаревший браузер Internet Explorer.</p>" +
    "<p>Что сделать: откройте книгу в Excel в браузере или в более новой версии Excel, " +
    "либо проверьте файлы командой <code>npx metodist check</code> на компьютере.</p></div>";
})();
