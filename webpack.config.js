/* eslint-disable no-undef */
// Builds the task pane and the ribbon-command page into dist/ (the layout of the `yo office` React
// template). ExcelJS is never bundled: the pane reaches the workbook through src/workbook/office only.
const path = require("node:path");
const HtmlWebpackPlugin = require("html-webpack-plugin");
const CopyWebpackPlugin = require("copy-webpack-plugin");

const DEV_HOST = "https://localhost:3000/";

/** The public URL dist/ is served from, with a trailing slash; manifest URLs are rewritten to it. */
function addinHost(production) {
  const raw = process.env.ADDIN_HOST;
  if (!production || !raw) return DEV_HOST;
  return raw.endsWith("/") ? raw : `${raw}/`;
}

module.exports = (env = {}, argv = {}) => {
  const production = argv.mode === "production";
  const host = addinHost(production);
  return {
    mode: production ? "production" : "development",
    devtool: production ? "source-map" : "eval-source-map",
    // The webpack runtime itself stays ES5 so that legacy.js can still tell an IE11 webview
    // (Excel 2016/2019 volume-licensed) why the pane cannot run there.
    target: ["web", "es5"],
    entry: {
      legacy: "./src/taskpane/legacy.js",
      taskpane: "./src/taskpane/index.tsx",
      commands: "./src/commands/commands.ts",
    },
    output: {
      path: path.resolve(__dirname, "dist"),
      filename: "[name].[contenthash:8].js",
      clean: true,
    },
    resolve: { extensions: [".ts", ".tsx", ".js"] },
    module: {
      rules: [
        {
          test: /\.tsx?$/,
          exclude: /node_modules/,
          use: { loader: "ts-loader", options: { transpileOnly: true, compilerOptions: { module: "es2020", moduleResolution: "node", sourceMap: true } } },
        },
      ],
    },
    performance: { hints: false },
    plugins: [
      new HtmlWebpackPlugin({
        filename: "taskpane.html",
        template: "./src/taskpane/taskpane.html",
        chunks: ["legacy", "taskpane"],
        chunksSortMode: "manual",
      }),
      new HtmlWebpackPlugin({
        filename: "commands.html",
        template: "./src/commands/commands.html",
        chunks: ["legacy", "commands"],
        chunksSortMode: "manual",
      }),
      new HtmlWebpackPlugin({
        filename: "help.html",
        template: "./src/taskpane/help.html",
        chunks: [],
      }),
      new CopyWebpackPlugin({
        patterns: [
          { from: "assets/*.png", to: "assets/[name][ext]" },
          {
            from: "manifest.xml",
            to: "manifest.xml",
            transform(content) {
              if (!production) return content;
              // AppDomain takes an origin without a path; every other URL takes the full prefix.
              return content
                .toString()
                .split(DEV_HOST)
                .join(host)
                .split(DEV_HOST.slice(0, -1))
                .join(new URL(host).origin);
            },
          },
        ],
      }),
    ],
    devServer: {
      // Everything (pages, bundles, icons, manifest) is served from memory; a stale dist/ never leaks in.
      static: false,
      headers: { "Access-Control-Allow-Origin": "*" },
      port: 3000,
      hot: false,
      client: { overlay: false },
    },
  };
};
