/**
 * The quarterly round at a nation's scale (issue 27), printed, never asserted: forms made for 85 municipalities from a
 * 40-item plan and a 40 000-school list, then all 85 returned (as made) and consolidated with the workbook in one
 * run. `node build/bench/bench/forms.bench.js [--quick]` (--quick: 10 municipalities, 4 000 schools).
 */
import type { Cell, SheetGrid } from "../src/core/cell";
import { parseIsoDay } from "../src/core/calendar";
import { makeForms } from "../src/files/formsRun";
import { readInputs } from "../src/files/inputs";
import { runEngine } from "../src/reports/engine";

const quick = process.argv.includes("--quick");
const MUNICIPALITIES = quick ? 10 : 85;
const ITEMS = 40;
const SCHOOLS = quick ? 4_000 : 40_000;
const AS_OF = parseIsoDay("2021-10-06")!;
const DEADLINES = [
  "январь 2021",
  "1 раз в квартал",
  "до 30.09.2021",
  "в течение года",
  "II квартал 2021 года",
  "до 15.12.2021",
  "ежемесячно",
];
const EXECUTORS = [
  "МОУО",
  "Министерство образования",
  "органы местного самоуправления",
  "муниципальные координаторы",
  "ИРО",
];

function grid(name: string, cells: Cell[][]): SheetGrid {
  return { name, file: "Регион.xlsx", cells, origin: { row: 0, col: 0 }, merges: [] };
}

function region(): SheetGrid[] {
  const plan: Cell[][] = [
    ["План мероприятий по поддержке школ с низкими результатами обучения на 2021 год"],
    [],
    ["№", "Мероприятие", "Срок исполнения", "Ответственный исполнитель", "Отметка о выполнении", "Дата выполнения"],
    ...Array.from({ length: ITEMS }, (_, i): Cell[] => [
      String(i + 1),
      `Мероприятие ${i + 1}: методическая поддержка школ, этап ${i % 7}`,
      DEADLINES[i % DEADLINES.length],
      EXECUTORS[i % EXECUTORS.length],
      null,
      null,
    ]),
  ];
  const schools: Cell[][] = [
    [
      "Муниципалитет",
      "Наименование ОО",
      "Логин",
      "Разработана программа перехода",
      "Неуспевающих, % (вход)",
      "Неуспевающих, % (итог)",
    ],
    ...Array.from({ length: SCHOOLS }, (_, i): Cell[] => [
      `Муниципальный район № ${(i % MUNICIPALITIES) + 1}`,
      `МБОУ «СОШ № ${i + 1}»`,
      `sch${100000 + i}`,
      i % 3 === 0 ? "да" : "нет",
      10 + (i % 20),
      8 + (i % 23),
    ]),
  ];
  return [grid("План", plan), grid("Школы", schools)];
}

async function main(): Promise<void> {
  const grids = region();
  let started = process.hrtime.bigint();
  const seconds = (): string => `${(Number(process.hrtime.bigint() - started) / 1e9).toFixed(1)} с`;
  const made = await makeForms(grids, new Set(), { asOf: AS_OF, quarter: "2021-3" });
  if (made.kind !== "built") throw new Error(made.message);
  const size = made.files.reduce((sum, f) => sum + f.bytes.length, 0);
  console.log(
    `формы: ${made.files.length} × ${ITEMS} пунктов, ${SCHOOLS.toLocaleString("ru-RU")} школ — ${seconds()}, ${(size / 1024 / 1024).toFixed(1)} МБ`,
  );
  started = process.hrtime.bigint();
  const returned = await readInputs(made.files.map((f) => ({ label: f.name, name: f.name, bytes: f.bytes })));
  const result = runEngine([...grids, ...returned.grids], returned.reportSheets, { asOf: AS_OF });
  const round = result.sheets.filter((s) => s.reportId === "round").map((s) => s.sheetName);
  console.log(
    `свод ${made.files.length} форм с книгой (чтение форм и все отчёты): ${seconds()}; листы круга: ${round.join(", ")}`,
  );
  console.log(`пик памяти: ${Math.round(process.resourceUsage().maxRSS / 1024)} МБ`);
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.stack : error);
  process.exitCode = 1;
});
