// Lint inside `npm test`: TypeScript rules, Office.js rules, and the import rules of ARCHITECTURE.md
// (data flows one way; only taskpane/commands/cli pick a concrete host adapter).
import tseslint from "typescript-eslint";
import officeAddins from "eslint-plugin-office-addins";

const layer = (files, forbidden, message) => ({
  files,
  rules: {
    "no-restricted-imports": [
      "error",
      // "**/app/**" alone would miss an import of the folder's index ("../app"), so both are listed.
      { patterns: forbidden.map((group) => ({ group: group.endsWith("/**") ? [group, group.slice(0, -3)] : [group], message })) },
    ],
  },
});

const NODE = ["node:*", "fs", "path", "os", "child_process", "crypto", "zlib", "stream", "util"];
const HOSTS = ["exceljs", "jszip", "react", "react-dom", "@fluentui/*", "office-*"];

export default tseslint.config(
  { ignores: ["node_modules/**", "dist/**", "build/**", "out/**", "coverage/**", "**/*.js", "**/*.mjs"] },
  ...tseslint.configs.recommended,
  {
    plugins: { "office-addins": officeAddins },
    rules: {
      "@typescript-eslint/no-unused-vars": ["error", { argsIgnorePattern: "^_", varsIgnorePattern: "^_" }],
      "office-addins/no-context-sync-in-loop": "error",
      "office-addins/call-sync-before-read": "error",
      "office-addins/load-object-before-read": "error",
      "office-addins/no-navigational-load": "error",
    },
  },
  {
    files: ["src/domain/**/*.ts"],
    rules: { "@typescript-eslint/no-explicit-any": "error" },
  },
  layer(["src/domain/**/*.ts"], [...NODE, ...HOSTS, "**/report/**", "**/workbook/**", "**/app/**", "**/taskpane/**", "**/commands/**", "**/cli/**"],
    "domain/ is pure: it imports only domain/ (ARCHITECTURE.md)"),
  layer(["src/report/**/*.ts"], [...NODE, ...HOSTS, "**/workbook/**", "**/app/**", "**/taskpane/**", "**/commands/**", "**/cli/**"],
    "report/ imports only domain/ (ARCHITECTURE.md)"),
  layer(["src/workbook/**/*.ts"], ["**/app/**", "**/taskpane/**", "**/commands/**", "**/cli/**"],
    "workbook/ imports only domain types and report plans (ARCHITECTURE.md)"),
  layer(["src/app/**/*.ts"], [...NODE, ...HOSTS, "**/workbook/office/**", "**/workbook/xlsx/**", "**/taskpane/**", "**/commands/**", "**/cli/**"],
    "app/ takes a port, never a concrete host (ARCHITECTURE.md)"),
  layer(["src/taskpane/**/*.ts", "src/taskpane/**/*.tsx", "src/commands/**/*.ts"], [...NODE, "exceljs", "**/workbook/xlsx/**"],
    "the pane and commands call app/ use-cases only (ARCHITECTURE.md)"),
  {
    // The UI may name domain types, but takes values (presets, periods, forms) only through app/.
    files: ["src/taskpane/**/*.ts", "src/taskpane/**/*.tsx", "src/commands/**/*.ts"],
    rules: {
      "@typescript-eslint/no-restricted-imports": [
        "error",
        {
          patterns: [
            { group: ["**/domain/**", "**/report/**"], allowTypeImports: true, message: "the pane and commands take domain values through app/ (ARCHITECTURE.md); `import type` is fine" },
          ],
        },
      ],
    },
  },
  layer(["src/cli/**/*.ts"], ["**/workbook/office/**", "**/taskpane/**", "**/commands/**", "react", "@fluentui/*"],
    "the CLI uses the .xlsx adapter only"),
);
