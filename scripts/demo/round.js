/**
 * The demo's quarterly round (issue 27): `shnor forms` makes a form for every municipality of the demo region, five
 * municipalities «fill» theirs here in Node as people do — one on time, one late, one with a changed item and a date
 * typed as text, one changing a school's indicator, one never returning it — and `shnor report` consolidates the
 * returned forms with the workbook. Needs build/cli (npm run build:cli).
 */
"use strict";
const fs = require("fs");
const path = require("path");
const { spawnSync } = require("child_process");
const ExcelJS = require("exceljs");

const SHNOR = path.join(__dirname, "..", "..", "bin", "shnor.js");
const ITEMS = "Отчёт МОУО";
const SCHOOLS = "Показатели ОО";
/** The first item row under the header «№ | Мероприятие | …» of «Отчёт МОУО». */
const headerRow = (sheet) => {
  let found = 0;
  sheet.eachRow((row, n) => {
    if (!found && row.getCell(1).value === "№") found = n;
  });
  return found;
};
const utc = (y, m, d) => new Date(Date.UTC(y, m - 1, d));

/** How each of the five fills its form: rows are the item rows of «Отчёт МОУО», i from 0. */
const WAYS = [
  {
    what: "в срок",
    fill: (row) =>
      [row.getCell(5), row.getCell(6)].forEach((c, j) => (c.value = j === 0 ? "выполнено" : utc(2021, 1, 20))),
  },
  {
    what: "с опозданием",
    fill: (row) =>
      [row.getCell(5), row.getCell(6)].forEach((c, j) => (c.value = j === 0 ? "выполнено" : utc(2021, 5, 20))),
  },
  {
    what: "с изменённым пунктом и датой текстом",
    fill: (row, i) => {
      row.getCell(5).value = i === 0 ? "выполнено" : "выполняется";
      if (i === 0) {
        row.getCell(2).value = `${row.getCell(2).value} (скорректировано МОУО)`;
        row.getCell(6).value = "15.03.2021 г.";
      }
    },
  },
  {
    what: "с изменённым показателем школы",
    fill: (row) => (row.getCell(5).value = "не выполнено"),
    schools: (sheet) => {
      const header = headerRow(sheet) || 4;
      const cell = sheet.getRow(header + 1).getCell(3);
      cell.value = cell.value === "да" ? "нет" : "да";
    },
  },
  { what: "не вернул форму" },
];

async function fillForm(source, target, way, savedAt) {
  const book = new ExcelJS.Workbook();
  await book.xlsx.readFile(source);
  const items = book.getWorksheet(ITEMS);
  const top = headerRow(items);
  items.eachRow((row, n) => {
    if (n > top && row.getCell(1).value) way.fill(row, n - top - 1);
  });
  if (way.schools) way.schools(book.getWorksheet(SCHOOLS));
  book.modified = savedAt;
  await book.xlsx.writeFile(target);
}

/** Makes the forms, fills five, consolidates; returns shnor report's exit status. */
async function playRound(folder, input, asOf) {
  const formsDir = path.join(folder, "Формы");
  const returnedDir = path.join(folder, "Возвращённые формы");
  fs.rmSync(returnedDir, { recursive: true, force: true });
  fs.mkdirSync(returnedDir, { recursive: true });
  const made = spawnSync(process.execPath, [SHNOR, "forms", input, "--out-dir", formsDir, "--as-of", asOf], {
    stdio: "inherit",
  });
  if (made.status !== 0) return made.status ?? 1;
  const forms = fs
    .readdirSync(formsDir)
    .filter((f) => f.endsWith(".xlsx"))
    .sort((a, b) => a.localeCompare(b, "ru"));
  const returned = [];
  for (const [i, way] of WAYS.entries()) {
    const name = forms[i];
    if (!name || !way.fill) {
      if (name) process.stdout.write(`${name}: ${way.what}\n`);
      continue;
    }
    const target = path.join(returnedDir, name);
    await fillForm(path.join(formsDir, name), target, way, utc(2021, 4, 2 + i));
    returned.push(target);
    process.stdout.write(`${name}: заполнена ${way.what}\n`);
  }
  const out = path.join(folder, "demo-round.xlsx");
  const run = spawnSync(process.execPath, [SHNOR, "report", input, ...returned, "--out", out, "--as-of", asOf], {
    stdio: "inherit",
  });
  if (run.status === 0) process.stdout.write(`\nСвод по формам муниципалитетов: ${path.resolve(out)}\n`);
  return run.status ?? 1;
}

module.exports = { playRound };
