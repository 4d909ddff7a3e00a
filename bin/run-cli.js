// The engine of the `metodist` command, started by bin/metodist.js in its own Node process. `npm ci`
// compiles the CLI into build/ (the "prepare" script); when build/ is missing or older than the
// sources (a developer edited src/ since), the TypeScript sources run through ts-node instead, so the
// command never runs stale code.
const path = require("node:path");
const fs = require("node:fs");
const root = path.join(__dirname, "..");
const built = path.join(root, "build", "cli", "main.js");

function newestSource(dir) {
  let newest = 0;
  for (const entry of fs.readdirSync(dir, { withFileTypes: true })) {
    const p = path.join(dir, entry.name);
    if (entry.isDirectory()) newest = Math.max(newest, newestSource(p));
    else if (entry.name.endsWith(".ts")) newest = Math.max(newest, fs.statSync(p).mtimeMs);
  }
  return newest;
}

function builtIsFresh() {
  if (!fs.existsSync(built)) return false;
  const src = path.join(root, "src");
  return !fs.existsSync(src) || fs.statSync(built).mtimeMs >= newestSource(src);
}

let cli;
if (builtIsFresh()) {
  cli = require(built);
} else {
  require("ts-node").register({ transpileOnly: true, project: path.join(root, "tsconfig.json") });
  cli = require(path.join(root, "src", "cli", "main.ts"));
}
cli.run(process.argv.slice(2)).then(
  (code) => process.exit(code),
  (err) => {
    console.error(`metodist: внутренняя ошибка: ${err && err.message ? err.message : String(err)}`);
    process.exit(2);
  },
);
