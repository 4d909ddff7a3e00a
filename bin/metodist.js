#!/usr/bin/env node
"use strict";
// The `metodist` command. It starts the engine (run-cli.js) in a second Node process, with the Node
// options a process cannot give itself once it runs (node-options.js: enough heap for a region's
// books on a small office PC), and passes its output, status line and exit status through. Should the
// engine still run out of memory, the user gets one Russian line and status 2 (CLI.md), not V8's dump.
const { spawn } = require("node:child_process");
const os = require("node:os");
const path = require("node:path");
const v8 = require("node:v8");
const { engineNodeOptions } = require("./node-options");
const { engineStderr } = require("./engine-stderr");

// This process's own heap limit: V8's default here, or what the user's NODE_OPTIONS set for both.
const heapLimitBytes = v8.getHeapStatistics().heap_size_limit;
const options = engineNodeOptions({
  nodeOptions: process.env.NODE_OPTIONS ?? "",
  execArgv: process.execArgv,
  totalMemoryBytes: os.totalmem(),
  heapLimitBytes,
});
const engine = spawn(process.execPath, [...process.execArgv, ...options, path.join(__dirname, "run-cli.js"), ...process.argv.slice(2)], {
  stdio: ["inherit", "inherit", "pipe"],
  // The engine's stderr is a pipe to here: it shows its status line when the user's stderr is a terminal.
  env: process.stderr.isTTY ? { ...process.env, METODIST_STATUS_LINE: "1" } : process.env,
});

const stderr = engineStderr((text) => process.stderr.write(text));
engine.stderr.setEncoding("utf8");
engine.stderr.on("data", (text) => stderr.push(text));

// Ctrl+C reaches both processes; this one waits for the engine to end and reports how it ended.
for (const signal of ["SIGINT", "SIGTERM", "SIGHUP"]) {
  process.on(signal, () => {
    if (engine.exitCode === null && engine.signalCode === null) engine.kill(signal);
  });
}

engine.on("error", (err) => {
  process.stderr.write(`metodist: не удалось запустить Node.js: ${err.message}\n`);
  process.exitCode = 2;
});

// exitCode rather than exit(): the last lines written to stderr are not cut off where it is a pipe.
engine.on("close", (code, signal) => {
  const outOfMemory = stderr.end();
  const normal = code === 0 || code === 1 || code === 2;
  if (outOfMemory && !normal) {
    // Ours, or else this process's own limit: the user's NODE_OPTIONS and the machine set both alike.
    const heap = /--max-old-space-size=(\d+)/.exec(options.join(" "));
    const limit = heap ? Number(heap[1]) : Math.round(heapLimitBytes / 1024 / 1024);
    process.stderr.write(
      `metodist: не хватило памяти (Node.js может занять ${limit} МБ) — книги слишком велики для этого компьютера. ` +
        `Закройте другие программы и запустите снова или обработайте книги частями; на компьютере, где памяти больше, ` +
        `её можно дать явно: NODE_OPTIONS=--max-old-space-size=8192\n`,
    );
    process.exitCode = 2;
  } else {
    process.exitCode = signal ? 128 + (os.constants.signals[signal] ?? 0) : code ?? 2;
  }
});
