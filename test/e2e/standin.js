// Test-only stand-in for Office.js: loaded by the e2e test in place of
// https://appsforoffice.microsoft.com/lib/1/hosted/office.js. It serves the pane an in-memory
// workbook (the FakeExcel of test/workbook/office, filled from examples/municipality.xlsx).
(function () {
  var seed = window.__metodistSeed;
  var excel = new window.__FakeExcel({ apiVersion: "1.13", workbookName: seed.file });
  seed.sheets.forEach(function (s) {
    var sheet = excel.addSheet(s.name, s.rows);
    (s.merges || []).forEach(function (m) {
      sheet.merges.push(m);
    });
    s.formats.forEach(function (f) {
      var cell = sheet.rows[f[0]] && sheet.rows[f[0]][f[1]];
      if (cell) cell.format = f[2];
    });
  });
  var settings = {};
  window.__excel = excel;
  window.__settings = settings;
  window.Excel = { run: excel.run };
  window.Office = {
    HostType: { Excel: "Excel" },
    AsyncResultStatus: { Succeeded: "succeeded", Failed: "failed" },
    onReady: function (cb) {
      var info = { host: "Excel", platform: "OfficeOnline" };
      return Promise.resolve().then(function () {
        if (cb) cb(info);
        return info;
      });
    },
    // The ribbon's commands (commands.html) register here; a test runs one as a click on the ribbon would.
    actions: {
      associate: function (name, fn) {
        (window.__actions = window.__actions || {})[name] = fn;
      },
    },
    context: {
      requirements: { isSetSupported: excel.isSetSupported },
      // Dialogs opened are only recorded (the old-Excel ribbon buttons open the help in one).
      ui: {
        displayDialogAsync: function (url, options, cb) {
          (window.__dialogs = window.__dialogs || []).push({ url: url, options: options });
          if (cb) cb({ status: "succeeded" });
        },
      },
      document: {
        settings: {
          get: function (k) {
            return k in settings ? settings[k] : null;
          },
          set: function (k, v) {
            settings[k] = v;
          },
          saveAsync: function (cb) {
            if (cb) cb({ status: "succeeded" });
          },
          // One page's copy is the document here; a real host re-reads what another runtime saved.
          refreshAsync: function (cb) {
            if (cb) cb({ status: "succeeded" });
          },
        },
      },
    },
  };
})();
