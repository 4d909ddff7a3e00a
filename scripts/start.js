#!/usr/bin/env node
// `npm start`: the HTTPS dev server on https://localhost:3000 (Office loads add-ins only over HTTPS)
// and, in Russian, how to sideload the add-in into Excel. No Microsoft 365 admin or account needed.
const path = require("node:path");
const webpack = require("webpack");
const WebpackDevServer = require("webpack-dev-server");
const makeConfig = require("../webpack.config.js");

const ROOT = path.resolve(__dirname, "..");
const PORT = 3000;

const fs = require("node:fs");
const os = require("node:os");

/** Certificates generated but not trusted (no admin rights): still HTTPS, the browser will warn. */
function untrustedCerts() {
  const dir = path.join(os.homedir(), ".office-addin-dev-certs");
  const files = ["localhost.crt", "localhost.key", "ca.crt"].map((f) => path.join(dir, f));
  if (!files.every((f) => fs.existsSync(f))) return null;
  const [cert, key, ca] = files.map((f) => fs.readFileSync(f));
  return { cert, key, ca };
}

async function httpsOptions() {
  try {
    const certs = require("office-addin-dev-certs");
    return { ok: true, options: await certs.getHttpsServerOptions() };
  } catch (e) {
    return { ok: false, reason: e && e.message ? e.message : String(e), untrusted: untrustedCerts() };
  }
}

function sideloadHelp(protocol) {
  const manifest = path.join(ROOT, "manifest.xml");
  return [
    "",
    `«Методист» запущен: ${protocol}://localhost:${PORT}/taskpane.html`,
    "",
    "Как подключить надстройку в Excel в браузере:",
    "  1. Откройте книгу в Excel в браузере (Microsoft 365).",
    "  2. Главная › Надстройки › Дополнительные параметры › Загрузить мою надстройку",
    `     (Home › Add-ins › Upload My Add-in) и выберите файл ${manifest}.`,
    "  3. На вкладке «Главная» появится группа «Методист» с кнопками",
    "     «Проверить», «Рассчитать показатели» и «Открыть панель».",
    "",
    "Как подключить в Excel для Windows (через общую папку, без администратора Microsoft 365):",
    "  1. Положите manifest.xml в папку с общим доступом, например \\\\сервер\\addins.",
    "  2. Файл › Параметры › Центр управления безопасностью › Параметры центра управления",
    "     безопасностью › Каталоги надёжных надстроек: добавьте путь \\\\сервер\\addins,",
    "     отметьте «Показывать в меню» и перезапустите Excel.",
    "  3. Вставка › Мои надстройки › ОБЩАЯ ПАПКА › «Методист» › Добавить.",
    "",
    "Для постоянной работы соберите npm run build с ADDIN_HOST=https://ваш-сервер/путь/ и выложите",
    "папку dist/ на любой HTTPS-сервер: адреса в dist/manifest.xml будут указывать на него.",
    "Остановить сервер: Ctrl+C.",
    "",
  ].join("\n");
}

async function main() {
  const https = await httpsOptions();
  const config = makeConfig({}, { mode: "development" });
  if (https.ok) {
    config.devServer.server = { type: "https", options: https.options };
  } else if (https.untrusted) {
    console.warn(
      [
        "",
        "Внимание: сертификат для https://localhost создан, но не добавлен в доверенные",
        `(${https.reason}).`,
        "Сервер работает по HTTPS, но Excel и браузер не будут доверять ему, пока вы не выполните",
        "npx office-addin-dev-certs install  с правами администратора (на Windows — подтвердите",
        "установку корневого сертификата «Developer CA for Microsoft Office Add-ins»).",
        "",
      ].join("\n"),
    );
    config.devServer.server = { type: "https", options: https.untrusted };
    https.ok = true;
  } else {
    console.warn(
      [
        "",
        "Внимание: не удалось подготовить сертификат для https://localhost (office-addin-dev-certs).",
        `Причина: ${https.reason}`,
        "Excel загружает надстройки только по HTTPS, поэтому сейчас сервер запущен по HTTP —",
        "панель можно открыть в браузере для просмотра, но Excel её не загрузит.",
        "Что сделать: выполните  npx office-addin-dev-certs install  (нужны права администратора,",
        "на Windows подтвердите установку корневого сертификата), затем снова  npm start.",
        "",
      ].join("\n"),
    );
    config.devServer.server = "http";
  }
  const compiler = webpack(config);
  const server = new WebpackDevServer(config.devServer, compiler);
  await server.start();
  console.log(sideloadHelp(https.ok ? "https" : "http"));
}

main().catch((e) => {
  console.error(`Не удалось запустить сервер разработки: ${e && e.message ? e.message : e}`);
  console.error(`Проверьте, что порт ${PORT} свободен, и повторите npm start.`);
  process.exit(1);
});
