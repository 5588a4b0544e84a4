#!/usr/bin/env node
/**
 * Demo workbook «Энская область» (a made-up region) as a regional institute keeps it: a risk-profile sheet,
 * a monitoring sheet, the regional plan-graphic for 2021, and ВПР results with context data for the steps before
 * a plan (beforePlan.js) — in the ways real workbooks are written
 * (SPEC §2–§5) and with a few real-life flaws the reports must point at:
 *   - a factor cell that is no level at all («ВС»), and a Latin «H» that must be read as Cyrillic «Н»;
 *   - a curator with four schools (the cap is 2);
 *   - one login given to two different schools;
 *   - an unreadable deadline («31.02.2021») and an unknown done mark («ожидаем отчёт»).
 * A second sheet holds the profiles of the year before (2020, named by the sheet only), for «Динамика рисков»: most
 * schools had more high factors then, a few were not yet in the project, two have left it.
 * Fixed seed: the same file every time. `--schools N` scales the region (e.g. 40000 for a load test);
 * `--plan-items N` lengthens the plan to N items by repeating its items (default: the 20 items below).
 *
 *   node scripts/demo/generate.js [--out out/demo/demo-region.xlsx] [--schools 100] [--plan-items 2000]
 * Needs the compiled core (npm run build:cli) for calendar days.
 */
"use strict";
const path = require("path");
const fs = require("fs");
const ExcelJS = require("exceljs");
const { fileDateOfDay, mustDayOf } = require(path.join(__dirname, "..", "..", "build", "cli", "core", "calendar.js"));
const { addBeforePlanSheets } = require("./beforePlan");

/** «на дату» of the demo: inside the plan period 2021, so statuses mix (done, in work, overdue, not started). */
const DEMO_AS_OF = "2021-06-15";
const DEFAULT_OUT = path.join("out", "demo", "demo-region.xlsx");

/** mulberry32: a tiny seeded PRNG, enough for a demo and stable across Node versions. */
function createRandom(seed) {
  let a = seed >>> 0;
  const next = () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
  return {
    next,
    int: (min, max) => min + Math.floor(next() * (max - min + 1)),
    pick: (list) => list[Math.floor(next() * list.length)],
    chance: (p) => next() < p,
  };
}

const MUNICIPALITIES = [
  "Азовский немецкий национальный МР",
  "Большереченский МР",
  "Горьковский МР",
  "Исилькульский МР",
  "Калачинский МР",
  "Любинский МР",
  "Тарский МР",
  "г. Энск",
];
const PLACES = [
  "Александровская",
  "Березовская",
  "Верхнеомская",
  "Ивановская",
  "Красноярская",
  "Луговская",
  "Михайловская",
  "Новологиновская",
  "Окунёвская",
  "Петровская",
  "Речная",
  "Северная",
  "Соляная",
  "Троицкая",
  "Усть-Ишимская",
  "Южная",
];
const SURNAMES = [
  "Иванова",
  "Петрова",
  "Смирнова",
  "Кузнецова",
  "Соколова",
  "Попова",
  "Лебедева",
  "Козлова",
  "Новикова",
  "Морозова",
  "Волкова",
  "Алексеева",
  "Егорова",
  "Павлова",
  "Степанова",
  "Николаева",
  "Орлова",
  "Андреева",
  "Макарова",
  "Захарова",
];
const INITIALS = ["А.В.", "Е.Н.", "И.П.", "Л.М.", "Н.С.", "О.Г.", "Т.А.", "С.В."];

/** How a municipality writes levels (SPEC §2): full words, one letter, or a «+» for a high factor. */
const LEVEL_STYLES = {
  words: { high: "высокий", medium: "средний", low: "низкий", absent: "" },
  letters: { high: "В", medium: "С", low: "Н", absent: "-" },
  marks: { high: "+", medium: "", low: "", absent: "" },
};
const STYLE_OF_MUNICIPALITY = ["words", "letters", "words", "marks", "letters", "words", "marks", "words"];

function schoolName(random, index) {
  const place = random.pick(PLACES);
  const kind = random.pick(["СОШ", "СОШ", "СОШ", "ООШ"]);
  const form = random.pick(["МБОУ", "МКОУ", "МБОУ"]);
  return index % 3 === 0 ? `${form} «${place} ${kind}»` : `${form} «${kind} № ${index + 1}»`;
}

function makeSchools(random, count) {
  const schools = [];
  for (let i = 0; i < count; i++) {
    const m = i % MUNICIPALITIES.length;
    const factors = [];
    const highCount = random.chance(0.15) ? random.int(6, 8) : random.int(0, 4);
    for (let f = 1; f <= 10; f++) factors.push("absent");
    const order = [...Array(10).keys()].sort(() => random.next() - 0.5);
    order.slice(0, highCount).forEach((f) => (factors[f] = "high"));
    order.slice(highCount, highCount + random.int(0, 3)).forEach((f) => (factors[f] = random.pick(["medium", "low"])));
    schools.push({
      municipality: MUNICIPALITIES[m],
      style: STYLE_OF_MUNICIPALITY[m],
      name: schoolName(random, i),
      login: `sch${String(550000 + i * 7).padStart(6, "0")}`,
      factors,
      curator: "",
    });
  }
  // Curators accompany one or two schools of their municipality …
  let next = 0;
  for (let i = 0; i < schools.length;) {
    const curator = `${SURNAMES[next % SURNAMES.length]} ${INITIALS[Math.floor(next / SURNAMES.length) % INITIALS.length]}${next >= SURNAMES.length * INITIALS.length ? ` (${Math.floor(next / (SURNAMES.length * INITIALS.length)) + 1})` : ""}`;
    const take = random.chance(0.5) ? 2 : 1;
    for (let k = 0; k < take && i < schools.length; k++, i++) schools[i].curator = curator;
    next++;
  }
  // … except one, who was given four (flaw: the cap is 2).
  if (schools.length >= 8) for (const i of [3, 4, 5, 6]) schools[i].curator = "Кравцова Е.Ю.";
  return schools;
}

function levelCell(school, f) {
  return LEVEL_STYLES[school.style][school.factors[f]];
}

function addProfileSheet(workbook, schools) {
  const sheet = workbook.addWorksheet("Рисковые профили");
  sheet.addRow([
    "Рисковые профили общеобразовательных организаций с низкими образовательными результатами (ШНОР), 2021 год",
  ]);
  sheet.mergeCells("A1:N1");
  sheet.addRow(["Муниципалитет", "Наименование ОО", "Логин ОО", "Куратор", "Рисковые факторы (уровень значимости)"]);
  sheet.addRow([null, null, null, null, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10]);
  sheet.mergeCells("E2:N2");
  for (const col of ["A", "B", "C", "D"]) sheet.mergeCells(`${col}2:${col}3`);
  schools.forEach((school, i) => {
    const levels = school.factors.map((_, f) => levelCell(school, f));
    if (i === 10) levels[2] = "ВС"; // flaw: no such level
    if (i === 17 && school.style === "letters") levels[5] = "H"; // a Latin H: read as «Н», and listed
    sheet.addRow([school.municipality, school.name, school.login, school.curator, ...levels]);
    if (i === Math.floor(schools.length / 2)) sheet.addRow([]); // a blank row inside the table
  });
  // Flaw: the same login given to another school.
  if (schools.length > 20) {
    const twin = schools[20];
    sheet.addRow([
      twin.municipality,
      "МКОУ «Степная ООШ»",
      twin.login,
      "Орлова Н.С.",
      ...twin.factors.map(() => LEVEL_STYLES.words.low),
    ]);
  }
  sheet.addRow(["Итого", `${schools.length} ОО`]);
  sheet.getColumn(2).width = 40;
}

/** Last year's level of a factor: a factor high now was mostly high then too; some that are not were high. */
function earlierLevel(random, level) {
  if (level === "high") return random.chance(0.8) ? "high" : random.pick(["medium", "low"]);
  return random.chance(0.2) ? "high" : level;
}

function addEarlierProfileSheet(workbook, schools, random) {
  const sheet = workbook.addWorksheet("Рисковые профили 2020");
  sheet.addRow(["Рисковые профили ООНОР по данным ФИОКО"]);
  sheet.addRow(["Муниципалитет", "Наименование ОО", "Логин ОО", ...Array.from({ length: 10 }, (_, f) => `РФ${f + 1}`)]);
  const words = LEVEL_STYLES.words;
  schools.forEach((school, i) => {
    if (i % 23 === 7) return; // joined the project this year
    sheet.addRow([
      school.municipality,
      school.name,
      school.login,
      ...school.factors.map((level) => words[earlierLevel(random, level)]),
    ]);
  });
  // Left the project since: found in this year only.
  sheet.addRow([
    MUNICIPALITIES[1],
    "МКОУ «Заречная ООШ»",
    "sch999001",
    "высокий",
    "высокий",
    "",
    "",
    "средний",
    "",
    "",
    "",
    "",
    "",
  ]);
  sheet.addRow([MUNICIPALITIES[6], "МБОУ «Лесная СОШ»", "sch999002", "", "высокий", "", "", "", "", "", "", "", ""]);
  sheet.getColumn(2).width = 40;
}

function addMonitoringSheet(workbook, schools, random) {
  const sheet = workbook.addWorksheet("Мониторинг");
  sheet.addRow(["Мониторинг реализации проекта «500+» (входной и итоговый)"]);
  sheet.addRow([
    "Муниципалитет",
    "Наименование ОО",
    "Логин ОО",
    "Размещено в ИС МЭДК",
    "Программа перехода в эффективный режим утверждена",
    "Доля «2» ВПР, % (вход)",
    "Доля «2» ВПР, % (итог)",
    "Дата визита куратора",
  ]);
  const yesNo = ["да", "да", "да", "нет", null];
  const plusMinus = ["+", "+", "-", null];
  schools.forEach((school, i) => {
    const entry = random.int(8, 45);
    const final = random.chance(0.1) ? null : Math.max(0, entry + random.int(-15, 6));
    const visit = random.chance(0.7) ? fileDateOfDay(mustDayOf(2021, random.int(2, 5), random.int(1, 28))) : null;
    sheet.addRow([
      school.municipality,
      school.name,
      school.login,
      random.pick(yesNo),
      random.pick(plusMinus),
      entry,
      final,
      visit,
    ]);
    if (visit) sheet.getCell(i + 3, 8).numFmt = "dd.mm.yyyy";
  });
  sheet.getColumn(2).width = 40;
}

/**
 * Indicators of the plan, Omsk-style (SPEC §9): «Региональный показатель реализации» and a second, «Целевой
 * показатель», for some items; two of them are measured by the «Мониторинг» sheet's columns, one by no column.
 */
const MEDK = "Доля ОО, в которых размещены актуальные материалы в ИС МЭДК";
const PROGRAMME = "Доля ООНОР, в которых утверждена программа перехода в эффективный режим работы";
const RESULTS = "Доля ООНОР с положительной динамикой доли «2» ВПР";
const TRAINED = "Доля педагогов ООНОР, прошедших повышение квалификации с учётом выявленных дефицитов";

/** Items of the plan-graphic: deadline styles of deadlines.tsv, groups written as regions do; indicators last. */
const PLAN = [
  { section: "1. Действия, направляемые на координацию и поддержку участников проекта" },
  [
    "Корректировка программ перехода ООНОР в эффективный режим работы",
    "Руководители ООНОР, МОУО (по согласованию)",
    "До 15 марта 2021 года",
    "все",
    "выполнено",
    day(2021, 3, 12),
    PROGRAMME,
    MEDK,
  ],
  [
    "Участие в вебинарах ФИОКО, семинары-совещания для муниципальных кураторов",
    "БОУ ДПО «ИРООО»",
    "В течение года каждый четверг",
    "все",
    null,
    null,
    TRAINED,
  ],
  ["Размещение материалов ООНОР в ИС МЭДК", "Кураторы ООНОР", "ежемесячно", "1, 3", null, null, MEDK],
  [
    "Мониторинг заполнения кураторами сведений в ИС МЭДК",
    "БОУ ДПО «ИРООО»",
    "ежеквартально, до 5 числа месяца, следующего за отчетным кварталом",
    "",
    null,
    null,
    `${MEDK}.`,
  ],
  ["Входной мониторинг ООНОР", "БОУ ДПО «ИРООО»", "январь-февраль 2021", "все", "проведено 26.02.2021", null],
  [
    "Рассмотрение хода реализации проекта на заседании Совета по качеству образования",
    "Министерство образования",
    "апрель 2021",
    "",
    "нет",
    null,
  ],
  {
    section:
      "2. Действия, направленные на преодоление дефицита базовой инфраструктуры и дефицита педагогических кадров",
  },
  [
    "Создание центров «Точка роста» на базе ООНОР",
    "Министерство образования",
    "Март – декабрь 2021 года",
    "1",
    "частично",
    null,
  ],
  [
    "Внедрение практик сетевого взаимодействия в ООНОР",
    "МОУО (по согласованию), руководители ООНОР",
    "I квартал 2021 года",
    "2-4, 9",
    null,
    null,
    RESULTS,
    TRAINED,
  ],
  [
    "Дополнительное обеспечение ООНОР специалистами (психолог, дефектолог, логопед)",
    "Министерство образования",
    "II полугодие 2021 г.",
    "4 и 9",
    null,
    null,
  ],
  [
    "Оценка предметной компетентности педагогических работников",
    "БОУ ДПО «ИРООО»",
    "с 01.02.2021 по 15.04.2021",
    "3",
    "+",
    day(2021, 4, 20),
    TRAINED,
  ],
  ["Курсы повышения квалификации для учителей ООНОР", "БОУ ДПО «ИРООО»", "31.02.2021", "3", null, null, TRAINED],
  // page break in the original: the header repeats
  { header: true },
  { section: "3. Действия, направленные на преодоление низкой эффективности управления образовательной организацией" },
  [
    "Собеседования с руководителями ООНОР",
    "Министерство образования, БОУ ДПО «ИРООО»",
    "В течение года 1 раз в месяц",
    "все",
    null,
    null,
    PROGRAMME,
  ],
  [
    "Мониторинговые визиты в школы, имеющие более 5 факторов риска высокой значимости",
    "Министерство образования, МОУО (по согласованию)",
    "1 раз в квартал",
    "все группы",
    null,
    null,
    RESULTS,
    PROGRAMME,
  ],
  [
    "Семинар для руководителей по управлению качеством",
    "БОУ ДПО «ИРООО»",
    day(2021, 5, 20),
    "7",
    day(2021, 5, 20),
    null,
  ],
  ["Знакомство с практикой наставнических команд", "МОУО Калачинского МР", "май 2021", "6, 7", "ожидаем отчёт", null],
  ["Методические дни в ООНОР", "МОУО (по согласованию)", "по мере необходимости", "", null, null],
  { section: "4. Действия, направленные на преодоление низкой учебной мотивации обучающихся" },
  ["Олимпиады и конкурсы для обучающихся ООНОР", "Руководители ООНОР", "ноябрь-декабрь", "6", null, null, RESULTS],
  [
    "Наставничество «ученик – ученик», «студент – ученик»",
    "Руководители ООНОР",
    "не позднее 10 декабря 2021 г.",
    "6, 9",
    null,
    null,
  ],
  ["Итоговый мониторинг ООНОР", "БОУ ДПО «ИРООО»", "до конца 2021 года", "все", null, null, `${RESULTS}\n${MEDK}`],
  [
    "Программы внеурочной деятельности по функциональной грамотности",
    "Руководители ООНОР",
    "В течение года по отдельному плану",
    "5, 6",
    "в работе",
    null,
  ],
];

function day(year, month, d) {
  return fileDateOfDay(mustDayOf(year, month, d));
}

const PLAN_HEADER = [
  "№ п/п",
  "Описание действий",
  "Ответственный исполнитель",
  "Сроки реализации",
  "Группы",
  "Отметка о выполнении",
  "Дата выполнения",
  "Региональный показатель реализации",
  "Целевой показатель",
];

/** Items beyond the plan's own: its items again, in order, under a section of their own (load tests only). */
function addRepeatedItems(sheet, firstNumber, count) {
  const items = PLAN.filter(Array.isArray);
  const row = sheet.addRow(["5. Дополнительные мероприятия"]);
  sheet.mergeCells(`A${row.number}:I${row.number}`);
  for (let k = 0; k < count; k++) {
    const added = sheet.addRow([firstNumber + k, ...items[k % items.length]]);
    for (const col of [4, 6, 7]) if (added.getCell(col).value instanceof Date) added.getCell(col).numFmt = "dd.mm.yyyy";
  }
}

function addPlanSheet(workbook, planItems) {
  const sheet = workbook.addWorksheet("План-график");
  sheet.addRow([
    "РЕГИОНАЛЬНЫЙ ПЛАН-ГРАФИК по реализации проекта адресной помощи и методической поддержки ООНОР на 2021 год",
  ]);
  sheet.mergeCells("A1:I1");
  sheet.addRow(PLAN_HEADER);
  let number = 0;
  for (const item of PLAN) {
    if (item.header) sheet.addRow(PLAN_HEADER);
    else if (item.section) {
      const row = sheet.addRow([item.section]);
      sheet.mergeCells(`A${row.number}:I${row.number}`);
    } else {
      number++;
      const row = sheet.addRow([number, ...item]);
      for (const col of [4, 6, 7]) if (row.getCell(col).value instanceof Date) row.getCell(col).numFmt = "dd.mm.yyyy";
    }
  }
  if (planItems > number) addRepeatedItems(sheet, number + 1, planItems - number);
  sheet.getColumn(2).width = 60;
  sheet.getColumn(4).width = 30;
  sheet.getColumn(8).width = 40;
  sheet.getColumn(9).width = 40;
}

function buildDemoWorkbook(schoolCount = 100, seed = 500, planItems = 0) {
  const random = createRandom(seed);
  const schools = makeSchools(random, schoolCount);
  const workbook = new ExcelJS.Workbook();
  workbook.creator = "ШНОР демо";
  addProfileSheet(workbook, schools);
  addMonitoringSheet(workbook, schools, random);
  addPlanSheet(workbook, planItems);
  // The steps before a plan draw from their own generator: the sheets above stay as they were.
  addBeforePlanSheets(workbook, schools, createRandom(seed + 1));
  addEarlierProfileSheet(workbook, schools, createRandom(seed + 2));
  return workbook;
}

async function generate(out = DEFAULT_OUT, schoolCount = 100, planItems = 0) {
  fs.mkdirSync(path.dirname(out), { recursive: true });
  await buildDemoWorkbook(schoolCount, 500, planItems).xlsx.writeFile(out);
  return out;
}

module.exports = { buildDemoWorkbook, generate, createRandom, DEMO_AS_OF, DEFAULT_OUT };

if (require.main === module) {
  const args = process.argv.slice(2);
  const option = (name, fallback) => {
    const i = args.indexOf(name);
    return i >= 0 && args[i + 1] ? args[i + 1] : fallback;
  };
  const count = Number(option("--schools", "100"));
  if (!Number.isInteger(count) || count < 1) {
    process.stderr.write("--schools: укажите целое число школ (например, 100 или 40000)\n");
    process.exit(2);
  }
  const planItems = Number(option("--plan-items", "0"));
  if (!Number.isInteger(planItems) || planItems < 0) {
    process.stderr.write("--plan-items: укажите целое число пунктов плана (например, 2000)\n");
    process.exit(2);
  }
  generate(option("--out", DEFAULT_OUT), count, planItems).then((out) =>
    process.stdout.write(`Демонстрационная книга: ${out}\n`),
  );
}
