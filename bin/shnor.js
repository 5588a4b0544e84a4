#!/usr/bin/env node
// Launcher of the command line; the TypeScript is compiled by `npm run build:cli` (run by `prepare`).
"use strict";
const path = require("path");
let cli;
try {
  cli = require(path.join(__dirname, "..", "build", "cli", "cli", "main.js"));
} catch (error) {
  process.stderr.write("shnor не собран: выполните `npm run build:cli`.\n" + (error && error.message ? error.message + "\n" : ""));
  process.exit(1);
}
cli.main(process.argv.slice(2)).then(
  (code) => {
    process.exitCode = code;
  },
  (error) => {
    process.stderr.write(`Внутренняя ошибка: ${error && error.stack ? error.stack : error}\n`);
    process.exitCode = 1;
  },
);
