#!/usr/bin/env node
/** `npm run demo` (after build:cli): writes the demo region, runs `shnor report` on it and says where the reports are. */
"use strict";
const path = require("path");
const { spawnSync } = require("child_process");
const { generate, DEMO_AS_OF, DEFAULT_OUT } = require("./generate");

const REPORTS = path.join(path.dirname(DEFAULT_OUT), "demo-reports.xlsx");

generate(DEFAULT_OUT).then((input) => {
  process.stdout.write(`Демонстрационная книга: ${input}\n`);
  const shnor = path.join(__dirname, "..", "..", "bin", "shnor.js");
  const run = spawnSync(process.execPath, [shnor, "report", input, "--out", REPORTS, "--as-of", DEMO_AS_OF], { stdio: "inherit" });
  if (run.status === 0) process.stdout.write(`\nОтчёты на ${DEMO_AS_OF}: ${path.resolve(REPORTS)}\n`);
  process.exitCode = run.status ?? 1;
});
