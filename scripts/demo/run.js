#!/usr/bin/env node
/**
 * `npm run demo` (after build:cli): writes the demo region, runs `shnor report` on it and says where the reports are;
 * then the quarterly round (round.js): forms made, five filled as municipalities would, consolidated.
 * `node scripts/demo/run.js [папка]` writes both files into that folder instead of out/demo.
 */
"use strict";
const path = require("path");
const { spawnSync } = require("child_process");
const { generate, DEMO_AS_OF, DEFAULT_OUT } = require("./generate");
const { playRound } = require("./round");

const folder = process.argv[2] ?? path.dirname(DEFAULT_OUT);
const INPUT = path.join(folder, path.basename(DEFAULT_OUT));
const REPORTS = path.join(folder, "demo-reports.xlsx");
/** The demo book carries real-life flaws on purpose (generate.js): shnor's «ошибка: …» lines about them are expected. */
const PLANTED =
  "Замечания «ошибка: …» и «предупреждение: …» ожидаемы — ошибки в данных заложены в демонстрационную книгу намеренно, чтобы показать, как отчёты указывают на ячейки, которые надо исправить.";

generate(INPUT).then((input) => {
  process.stdout.write(`Демонстрационная книга: ${input}\n${PLANTED}\n`);
  const shnor = path.join(__dirname, "..", "..", "bin", "shnor.js");
  const run = spawnSync(process.execPath, [shnor, "report", input, "--out", REPORTS, "--as-of", DEMO_AS_OF], {
    stdio: "inherit",
  });
  if (run.status === 0)
    process.stdout.write(
      `\nОтчёты на ${DEMO_AS_OF}: ${path.resolve(REPORTS)}\n(${PLANTED.charAt(0).toLowerCase()}${PLANTED.slice(1)})\n`,
    );
  if (run.status !== 0) {
    process.exitCode = run.status ?? 1;
    return undefined;
  }
  process.stdout.write("\nКвартальный круг: формы для муниципалитетов, пять из них заполнены, сводка\n");
  return playRound(folder, input, DEMO_AS_OF).then((status) => {
    process.exitCode = status;
  });
});
