/**
 * Plans as they are published (issue 24): transcribed tables of five sources (test/fixtures/plans/published.ts and
 * the seeds' plans, test/fixtures/plans/seeds), and tables laid out as such plans lay them out. Every expected status
 * and window below was written from the table before the test was first run.
 */
import type { Cell, CellRange, SheetGrid } from "../../../src/core/cell";
import { dayOf, isoDay } from "../../../src/core/calendar";
import { DEFAULT_SETTINGS } from "../../../src/core/settings";
import { readWorkbook } from "../../../src/core/tables/readWorkbook";
import type { WorkbookData } from "../../../src/core/tables/records";
import { describeRecognition } from "../../../src/reports/describeRecognition";
import { evaluatePlan } from "../../../src/core/plan/evaluate";
import { buildPlanStatusReport, planSummaryLines } from "../../../src/reports/planStatusReport";
import { ESSAY, LIVNY, VPR } from "../../fixtures/plans/published";
import { seedSheet } from "../../fixtures/plans/seedPlans";

const D = (d: number, m: number, y: number) => dayOf(y, m, d)!;
const cellOfIndicator = (record: WorkbookData["plan"][number]) => String(record.indicators?.[0]?.value ?? "");

function read(...grids: SheetGrid[]): WorkbookData {
  return readWorkbook(grids, DEFAULT_SETTINGS, new Set());
}

/** Main rows of «Исполнение плана»: № · Сроки (как в плане) · начало · окончание · статус · просрочка · ближайший срок. */
function items(data: WorkbookData, asOf: number) {
  return buildPlanStatusReport(data, {
    asOf,
    settings: DEFAULT_SETTINGS,
  })[0].main.rows.map((r) => ({
    n: r[0],
    written: r[2],
    start: typeof r[4] === "number" ? isoDay(r[4]) : null,
    end: typeof r[5] === "number" ? isoDay(r[5]) : null,
    status: r[6],
    overdue: r[7],
    next: typeof r[8] === "number" ? isoDay(r[8]) : null,
  }));
}

function grid(name: string, rows: Cell[][], merges: CellRange[] = []): SheetGrid {
  const width = Math.max(...rows.map((r) => r.length));
  return {
    name,
    cells: rows.map((r) => [...r, ...new Array<Cell>(width - r.length).fill(null)]),
    origin: { row: 0, col: 0 },
    merges,
  };
}

describe("an essay schedule: three columns headed «Дата», one per session (rcoko.ru)", () => {
  const data = read(ESSAY);

  it("is a plan whose three «Дата» columns are deadlines, one window each", () => {
    expect(data.plans).toHaveLength(1);
    expect(data.tables[0].columns.filter((c) => c.meaning === "deadline").map((c) => c.col)).toEqual([2, 3, 4]);
    expect(data.plan).toHaveLength(4);
    // «Что найдено» says the meaning came from the values, not from the header.
    expect(describeRecognition(data).tables[0].columns.map((c) => c.meaning)).toEqual([
      "Мероприятие → мероприятие",
      "Место → прочие данные",
      "Дата → срок (по значениям колонки)",
      "Дата → срок (по значениям колонки)",
      "Дата → срок (по значениям колонки)",
    ]);
  });

  it("on 01.03.2022 the essay is in progress until its May session, not overdue at its first date", () => {
    const rows = items(data, D(1, 3, 2022));
    expect(rows[0]).toEqual({
      n: "",
      written: "Дата: 1 декабря 2021; Дата: 2 февраля 2022; Дата: 19 мая 2022",
      start: "2021-12-01",
      end: "2022-05-19",
      status: "В работе",
      overdue: 0,
      next: "2022-05-19",
    });
    // «до 17 ноября 2021 | до 19 января 2022 | до 20 апреля 2022»: from the plan's start (the span of its years) to 20.04.2022.
    expect(rows[1]).toMatchObject({
      start: "2021-01-01",
      end: "2022-04-20",
      status: "В работе",
      next: "2022-04-20",
    });
    expect(rows[2]).toMatchObject({
      start: "2021-01-01",
      end: "2022-04-20",
      status: "В работе",
    });
    expect(rows[3]).toMatchObject({
      end: "2022-05-28",
      status: "В работе",
      next: "2022-05-28",
    });
  });

  it("on 01.06.2022 each item is overdue from its last session", () => {
    expect(items(data, D(1, 6, 2022)).map((r) => [r.status, r.overdue])).toEqual([
      ["Просрочено", 13],
      ["Просрочено", 42],
      ["Просрочено", 42],
      ["Просрочено", 4],
    ]);
  });
});

describe("the ВПР 2023 plan-graphic (consultant.ru)", () => {
  const data = read(VPR);

  it("reads six items with their statuses on 01.03.2023", () => {
    expect(items(data, D(1, 3, 2023)).map((r) => [r.n, r.status, r.overdue, r.end])).toEqual([
      ["1", "Просрочено", 26, "2023-02-03"],
      ["2", "Просрочено", 20, "2023-02-09"],
      ["3", "Просрочено", 20, "2023-02-09"],
      ["4", "В работе", 0, "2023-05-30"],
      ["5", "В работе", 0, "2023-05-26"],
      ["6", "Просрочено", 8, "2023-02-21"],
    ]);
  });

  it("keeps «Органы исполнительной власти …, осуществляющие …» one executor in «Просрочено по исполнителям»", () => {
    const byExecutor = buildPlanStatusReport(data, {
      asOf: D(1, 3, 2023),
      settings: DEFAULT_SETTINGS,
    })[0].above[1].rows.map((r) => [r[0], r[1]]);
    expect(byExecutor).toEqual([
      ["Федеральный организатор", 2],
      ["ОО", 1],
      [
        "Органы исполнительной власти субъектов Российской Федерации, осуществляющие государственное управление в сфере образования (ОИВ)",
        1,
      ],
      ["Региональные координаторы", 1],
    ]);
  });
});

describe("a programme's main measures: «Срок» over «начала реализации | окончания реализации» (base.garant.ru, Livny)", () => {
  const data = read(LIVNY);

  it("reads the two sub-columns as one window and skips the column-number row with a remark", () => {
    expect(data.plan.map((p) => p.number)).toEqual(["3"]);
    expect(items(data, D(1, 3, 2023))[0]).toMatchObject({
      written: "2021 – 2025",
      start: "2021-01-01",
      end: "2025-12-31",
      status: "В работе",
      next: "2025-12-31",
    });
    expect(data.problems).toContainEqual(
      expect.objectContaining({
        row: 3,
        severity: "info",
        message: "строка 4 плана — номера колонок («1 | 2 | 3 | 4 | 5 | 6»), не пункт плана; пропущена",
      }),
    );
  });
});

describe("the seeds' plans, counted exactly", () => {
  it("Sakhalin: 30 items; the dashes row and the page-break fragment are no items, each told with its row", () => {
    const data = read(seedSheet("sakhalin", "Комплекс мер"));
    expect(data.plan).toHaveLength(30);
    expect(data.plan[0].number).toBe("1.1");
    expect(data.plan[29].number).toBe("5.9");
    const p54 = data.plan.find((p) => p.number === "5.4")!;
    expect(p54.measure).toMatch(
      /центров гуманитарного и цифрового профилей «Точка роста» в рамках федерального и регионального проектов «Современная школа»$/,
    );
    const info = data.problems.filter((p) => p.severity === "info").map((p) => p.message);
    expect(info.sort()).toEqual([
      "строка 42 плана — строка без номера, срока и ответственного: продолжение пункта № 5.4 (перенос текста на новую страницу), присоединена к нему",
      "строка 49 плана — строка-разделитель («----- | -- | ------------------------- | --------------- | --»), не пункт плана; пропущена",
    ]);
    // «сентябрь – ноябрь 2021 года сентябрь – ноябрь 2022 года»: two windows; on 15.12.2021 between them, in progress.
    expect(items(data, D(15, 12, 2021)).find((r) => r.n === "1.5")).toMatchObject({
      start: "2021-09-01",
      end: "2022-11-30",
      status: "В работе",
      next: "2022-11-30",
    });
  });

  it("Omsk: 26 items; «1 | образования в разделе …» and «организация сооружений …» join the items above", () => {
    const data = read(seedSheet("omsk", "План-график"));
    expect(data.plan.map((p) => p.number)).toEqual([
      ...Array.from({ length: 24 }, (_, i) => String(i + 1)),
      "2.5",
      "2.6",
    ]);
    expect(data.plan[1].measure).toMatch(/размещение на официальном сайте Министерства образования в разделе "500\+"/);
    const p15 = data.plan[14];
    expect(p15.measure).toMatch(/работающих с одаренными детьми, организация сооружений для успешного обучения$/);
    expect(p15.executor).toMatch(/\(по согласованию\) тылторского обучающихся$/);
    expect(data.problems.filter((p) => p.severity === "info").map((p) => p.row! + 1)).toEqual([8, 26, 32, 45]);
    // A lone indicator text under a repeated header continues item 22's indicator; a capitalised one is named, not joined.
    expect(cellOfIndicator(data.plan[21])).toMatch(
      /дополнительного образования для снижения рисков низкой мотивации, в том числе внесенных/,
    );
    expect(data.problems.find((p) => p.row === 25)?.message).toBe(
      'строка 26 плана — строка без номера, срока и ответственного, не пункт плана; текст «Доля общеобразовательных организаций, из числа включенных в проект "500+", вовлеченных в сетевую форму реализации образовательных программ» (колонка «Региональный показатель реализации») не присоединён к пункту: начинается с заглавной буквы',
    );
    // Sections stay the plan's own headings, not a cut indicator text.
    expect(data.plan.slice(15).every((p) => p.section?.startsWith("3. Действия"))).toBe(true);
  });
});

describe("layouts of the same plans, laid out by hand", () => {
  it("«Номер и наименование основного мероприятия» is the measure kept whole; «N п/п» gives the number", () => {
    const data = read(
      grid(
        "Госпрограмма",
        [
          ["Перечень основных мероприятий государственной программы «Развитие образования» на 2014-2020 годы"],
          ["N п/п", "Номер и наименование основного мероприятия", "Ответственный исполнитель", "Срок", null],
          [null, null, null, "начала реализации", "окончания реализации"],
          [1, "Основное мероприятие 1.1. Развитие дошкольного образования", "Министерство образования", 2014, 2020],
        ],
        [
          { top: 1, left: 0, bottom: 2, right: 0 },
          { top: 1, left: 1, bottom: 2, right: 1 },
          { top: 1, left: 2, bottom: 2, right: 2 },
          { top: 1, left: 3, bottom: 1, right: 4 },
        ],
      ),
    );
    expect(data.plan.map((p) => [p.number, p.measure])).toEqual([
      ["1", "Основное мероприятие 1.1. Развитие дошкольного образования"],
    ]);
    expect(items(data, D(15, 6, 2020))[0]).toMatchObject({
      start: "2014-01-01",
      end: "2020-12-31",
      status: "В работе",
    });
  });

  it("a year in a deadline column's header applies to its cells: «март» under «Срок 2022 год» is March 2022", () => {
    const data = read(
      grid("Дорожная карта", [
        ["Дорожная карта по повышению качества образования на 2021-2022 годы"],
        ["№", "Мероприятие", "Срок 2021 год", "Срок 2022 год", "Ответственный"],
        [1, "Семинар для учителей ШНОР", "март", "март", "МОУО"],
        [2, "Анкетирование родителей", "октябрь", null, "ОО"],
      ]),
    );
    const rows = items(data, D(15, 6, 2021));
    expect(rows[0]).toMatchObject({
      written: "Срок 2021 год: март; Срок 2022 год: март",
      start: "2021-03-01",
      end: "2022-03-31",
      status: "В работе",
      next: "2022-03-31",
    });
    expect(rows[1]).toMatchObject({
      start: "2021-10-01",
      end: "2021-10-31",
      status: "Не начато",
    });
  });

  it("«I полугодие | II полугодие» columns of a school-year plan: «октябрь» and «апрель» of that school year", () => {
    const data = read(
      grid("План ОО", [
        ["План работы школы с низкими результатами обучения на 2021-2022 учебный год"],
        ["№", "Мероприятие", "I полугодие", "II полугодие", "Ответственный"],
        [1, "Диагностика предметных дефицитов", "октябрь", "апрель", "Заместитель директора"],
        [2, "Педагогический совет по итогам мониторинга", "декабрь", "май", "Директор"],
      ]),
    );
    expect(items(data, D(15, 1, 2022)).map((r) => [r.start, r.end, r.status])).toEqual([
      ["2021-10-01", "2022-04-30", "В работе"],
      ["2021-12-01", "2022-05-31", "В работе"],
    ]);
  });

  it("a blank number header over «1., 2., 3.» still gives the numbers", () => {
    const data = read(
      grid("План", [
        ["План мероприятий на 2021 год"],
        [null, "Мероприятие", "Срок", "Ответственный"],
        ["1.", "Совещание с руководителями", "февраль 2021", "МОУО"],
        ["2.", "Курсы повышения квалификации", "до 30.04.2021", "ИРО"],
        ["3.", "Мониторинг", "ежеквартально", "МОУО"],
      ]),
    );
    expect(data.plan.map((p) => p.number)).toEqual(["1.", "2.", "3."]);
    expect(describeRecognition(data).tables[0].columns[0].meaning).toBe(
      "колонка A без заголовка → номер (по значениям колонки)",
    );
  });

  it("the summary says the deadlines were not read, not that they are still ahead", () => {
    const data = read(
      grid("План", [
        ["№", "Мероприятие", "Срок", "Ответственный"],
        [1, "Сбор заявлений", "25 августа X - 1 года", "ОО"],
        [2, "Проверка работ", "25 августа X - 1 года", "РЦОИ"],
      ]),
    );
    expect(planSummaryLines(evaluatePlan(data, { asOf: D(1, 3, 2022), settings: DEFAULT_SETTINGS }))).toEqual([
      "Просрочено: 0 из 2, процент исполнения не определён: сроки не распознаны: 2 пункта",
    ]);
  });
});

describe("measure headers and window sub-headers of published plans", () => {
  it.each([
    "Основное мероприятие",
    "Наименование основного мероприятия",
    "Содержание работы",
    "Направление деятельности",
    "Номер и наименование мероприятия",
  ])("«%s» is the measure column", (header) => {
    const data = read(
      grid("План", [
        ["№", header, "Срок", "Ответственный"],
        [1, "Семинар для учителей", "март 2021", "МОУО"],
      ]),
    );
    expect(data.plan.map((p) => [p.number, p.measure])).toEqual([["1", "Семинар для учителей"]]);
  });

  it("«Срок» over «с | по» is one window", () => {
    const data = read(
      grid(
        "План",
        [
          ["№", "Мероприятие", "Срок", null, "Ответственный"],
          [null, null, "с", "по", null],
          [1, "Курсы для учителей математики", "01.02.2021", "31.05.2021", "ИРО"],
        ],
        [
          { top: 0, left: 0, bottom: 1, right: 0 },
          { top: 0, left: 1, bottom: 1, right: 1 },
          { top: 0, left: 2, bottom: 0, right: 3 },
          { top: 0, left: 4, bottom: 1, right: 4 },
        ],
      ),
    );
    expect(items(data, D(1, 3, 2021))[0]).toMatchObject({ start: "2021-02-01", end: "2021-05-31", status: "В работе" });
  });
});
