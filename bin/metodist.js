#!/usr/bin/env node
// The `metodist` command. `npm ci` compiles the CLI into build/ (the "prepare" script); a checkout
// without build/ runs the TypeScript sources through ts-node instead.
const path = require("node:path");
const fs = require("node:fs");
const built = path.join(__dirname, "..", "build", "cli", "main.js");
let cli;
if (fs.existsSync(built)) {
  cli = require(built);
} else {
  require("ts-node").register({ transpileOnly: true, project: path.join(__dirname, "..", "tsconfig.json") });
  cli = require(path.join(__dirname, "..", "src", "cli", "main.ts"));
}
cli.run(process.argv.slice(2)).then(
  (code) => process.exit(code),
  (err) => {
    console.error(`metodist: внутренняя ошибка: ${err && err.message ? err.message : String(err)}`);
    process.exit(2);
  },
);
