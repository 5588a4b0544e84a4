/** Per-school results and per-municipality counts on hand-built tables in three real layouts. */
import { schoolsRisk } from "../../../src/core/risk/groups";
import { mandatoryMeasures, readPlanGroups } from "../../../src/core/risk/mandatory";
import { summarizeRisk } from "../../../src/core/risk/summary";
import type { Cell } from "../../../src/core/cell";
import { planOf, schoolsOf } from "../../fixtures/risk/workbookData";

const TEN = new Set([1, 2, 3, 4, 5, 6, 7, 8, 9, 10]);
const factorCols = (first: number, count = 10) =>
  Object.fromEntries(Array.from({ length: count }, (_, k) => [k + 1, first + k]));

function perSchool(schools: ReturnType<typeof schoolsOf>) {
  const { risks, problems } = schoolsRisk(schools);
  return { rows: risks.map((r) => [r.school.name, r.groups.join(", "), r.highCount, r.priority]), risks, problems };
}

describe("two-row header «Рисковые факторы» over 1…10, mixed level styles (Sakhalin-like)", () => {
  const grid: Cell[][] = [
    ["Рисковые профили ООНОР Сахалинской области на 2021-2022 гг"],
    ["№", "Муниципальное образование", "Образовательная организация", "Логин", "Рисковые факторы"],
    [null, null, null, null, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10],
    [
      1,
      "Александровск-Сахалинский ГО",
      "МБОУ СОШ с. Хоэ",
      "sch650101",
      "В",
      "ср.",
      "Высокая значимость",
      "н",
      "-",
      "высокий уровень",
      "С",
      "выс.",
      "высокая",
      "В",
    ],
    [
      2,
      "Александровск-Сахалинский ГО",
      "МБОУ СОШ № 2 г. Александровск-Сахалинский",
      "sch650102",
      "низкая",
      null,
      "Средняя",
      null,
      null,
      null,
      "Н",
      "н.",
      null,
      "в",
    ],
    [null, null, null, null, null],
    [
      3,
      "Ногликский ГО",
      "МБОУ СОШ № 1 пгт. Ноглики",
      "sch650201",
      "высокий",
      "высокий",
      "высокий",
      "высокий",
      "высокий",
      "средний",
      "Низкий уровень",
      "-",
      "–",
      "отсутствует",
    ],
  ];
  const schools = schoolsOf({
    sheet: "Профили",
    grid,
    rows: [3, 6],
    municipality: 1,
    name: 2,
    id: 3,
    factors: factorCols(4),
  });

  test("school by school", () => {
    const { rows, problems } = perSchool(schools);
    expect(problems).toEqual([]);
    expect(rows).toEqual([
      ["МБОУ СОШ с. Хоэ", "1, 3, 6, 8, 9, 10", 6, "ежемесячный визит"],
      ["МБОУ СОШ № 2 г. Александровск-Сахалинский", "10", 1, ""],
      ["МБОУ СОШ № 1 пгт. Ноглики", "1, 2, 3, 4, 5", 5, ""],
    ]);
  });
  test("per municipality", () => {
    const { risks } = perSchool(schools);
    const { rows, total } = summarizeRisk(
      risks.map((r) => ({ municipality: r.school.municipality, levels: r.levels })),
      [...TEN],
    );
    expect(rows.map((r) => [r.municipality, r.perFactor, r.schools, r.overFive])).toEqual([
      ["Александровск-Сахалинский ГО", [1, 0, 1, 0, 0, 1, 0, 1, 1, 2], 2, 1],
      ["Ногликский ГО", [1, 1, 1, 1, 1, 0, 0, 0, 0, 0], 1, 0],
    ]);
    expect([total.municipality, total.schools, total.overFive]).toEqual(["Итого", 3, 1]);
  });
});

describe("factor columns named by factor, levels В/С/Н with Latin lookalikes (Omsk-like)", () => {
  const grid: Cell[][] = [
    [
      "Муниципалитет",
      "ООНОР",
      "ФИО куратора",
      "Низкий уровень оснащения школы",
      "Дефицит педагогических кадров",
      "Недостаточная предметная и методическая компетентность",
      "Высокая доля обучающихся с ОВЗ",
    ],
    ["Тарский район", "МБОУ «Большетуралинская СОШ»", "Иванова И.И.", "В", "С", "H", "В"],
    ["Тарский район", "МБОУ «Атирская СОШ»", "Иванова И.И.", "C", "B", "Н", ""],
    ["Калачинский район", "МБОУ «Куликовская СОШ»", "Петров П.П.", "Н", "Н", "В", "очень высокий"],
  ];
  const schools = schoolsOf({
    sheet: "Риски",
    grid,
    rows: [1, 3],
    municipality: 0,
    name: 1,
    curator: 2,
    factors: factorCols(3, 4),
  });

  test("Latin H/C/B read as Cyrillic and listed as warnings; «очень высокий» an error naming the cell", () => {
    const { rows, problems } = perSchool(schools);
    expect(rows).toEqual([
      ["МБОУ «Большетуралинская СОШ»", "1, 4", 2, ""],
      ["МБОУ «Атирская СОШ»", "2", 1, ""],
      ["МБОУ «Куликовская СОШ»", "3", 1, ""],
    ]);
    expect(problems.map((p) => [p.sheet, p.row, p.col, p.severity])).toEqual([
      ["Риски", 1, 5, "warning"],
      ["Риски", 2, 3, "warning"],
      ["Риски", 2, 4, "warning"],
      ["Риски", 3, 6, "error"],
    ]);
    expect(problems[0].message).toBe(
      "ОО «МБОУ «Большетуралинская СОШ»», РФ3: латинская буква в значении «H» прочитана как кириллическая",
    );
    expect(problems[3].message).toMatch(
      /^ОО «МБОУ «Куликовская СОШ»», РФ4: «очень высокий» не является уровнем значимости/,
    );
  });
});

describe("«РФ1…РФ10» with «+» marks and an Omsk plan with «Группы»", () => {
  const grid: Cell[][] = [
    ["№", "Район", "Школа", "РФ1", "РФ2", "РФ3", "РФ4", "РФ5", "РФ6", "РФ7", "РФ8", "РФ9", "РФ10"],
    [1, "Горьковский район", "МБОУ «Горьковская СОШ № 1»", "+", "+", null, "+", "+", "+", "+", null, null, null],
    [2, "Горьковский район", "МБОУ «Алексеевская СОШ»", null, null, "+", null, null, null, null, null, "+", null],
    [3, "Горьковский район", "МБОУ «Октябрьская СОШ»", "да", "1", "✓", "+", "х", "есть", null, null, null, null],
    [4, "Любинский район", "МБОУ «Любинская СОШ № 3»", null, null, null, null, null, null, null, null, null, null],
    [null, "Итого", null, 2, 2, 2, 2, 2, 2, 1, 0, 1, 0],
  ];
  const schools = schoolsOf({ sheet: "Лист1", grid, rows: [1, 4], municipality: 1, name: 2, factors: factorCols(3) });
  const planGrid: Cell[][] = [
    ["№ п/п", "Мероприятие", "Исполнитель", "Срок", "Обязательно для групп"],
    ["2. Действия, направленные на преодоление рисков"],
    ["2.1", "Обеспечение оснащения", "Министерство", "2021", "1"],
    ["2.2", "Курсы повышения квалификации", "ИРО", "2021", "2-4"],
    ["2.3", "Работа с обучающимися группы риска", "ОО", "2021", "9"],
    ["2.4", "Мониторинг", "ИРО", "ежеквартально", "все группы"],
    ["2.5", "Мероприятие без групп", "ИРО", "2021", null],
  ];
  const plan = planOf({
    sheet: "План",
    grid: planGrid,
    rows: [1, 6],
    number: 0,
    measure: 1,
    executor: 2,
    deadline: 3,
    groups: 4,
  });

  test("presence marks count as high; groups, count, priority and mandatory measures", () => {
    const { rows, risks, problems } = perSchool(schools);
    expect(problems).toEqual([]); // «х» in this table is the Cyrillic letter
    const { measures } = readPlanGroups(plan, TEN);
    expect(rows).toEqual([
      ["МБОУ «Горьковская СОШ № 1»", "1, 2, 4, 5, 6, 7", 6, "ежемесячный визит"],
      ["МБОУ «Алексеевская СОШ»", "3, 9", 2, ""],
      ["МБОУ «Октябрьская СОШ»", "1, 2, 3, 4, 5, 6", 6, "ежемесячный визит"],
      ["МБОУ «Любинская СОШ № 3»", "", 0, ""],
    ]);
    expect(risks.map((r) => mandatoryMeasures(measures, r.groups))).toEqual([
      "2.1, 2.2, 2.4",
      "2.2, 2.3, 2.4",
      "2.1, 2.2, 2.4",
      "2.4",
    ]);
  });
});
