/** «Исполнение плана» on the sample workbook's plan and on plans in the styles of the source regions. */
import { readFileSync } from "fs";
import { join } from "path";
import type { Cell } from "../../src/core/cell";
import { dayOf, isoDay, parseIsoDay } from "../../src/core/calendar";
import type { PlanPeriod } from "../../src/core/period";
import { findPeriodInTitle, parsePlanPeriod } from "../../src/core/periodText";
import { DEFAULT_SETTINGS } from "../../src/core/settings";
import type { PlanInfo, PlanRecord, WorkbookData } from "../../src/core/tables/records";
import type { ReportContext } from "../../src/reports/context";
import { evaluatePlan } from "../../src/core/plan/evaluate";
import { buildPlanStatusReport, planSummaryLines, STATUS_COLORS } from "../../src/reports/planStatusReport";
import { cellOf, columnValues, rowsByHeader } from "../helpers/table";

const D = (d: number, m: number, y: number) => dayOf(y, m, d)!;
const AUG31 = DEFAULT_SETTINGS.schoolYearEnd;

interface ItemSpec {
  number: string;
  deadline: Cell;
  mark?: Cell;
  doneDate?: Cell;
  executor?: string;
  measure?: string;
}

/** Columns of the hand-built plans: A №, B Мероприятие, C Ответственный, D Сроки, E Отметка, F Дата выполнения. */
function plan(sheet: string, title: string | null, items: ItemSpec[], section = "1. Раздел"): WorkbookData {
  const records: PlanRecord[] = items.map((it, k) => {
    const row = 3 + k;
    return {
      number: it.number,
      measure: it.measure ?? `Мероприятие ${it.number}`,
      executor: it.executor ?? "МОУО",
      deadline: { value: it.deadline, ref: { sheet, row, col: 3 } },
      doneMark: { value: it.mark ?? null, ref: { sheet, row, col: 4 } },
      doneDate: { value: it.doneDate ?? null, ref: { sheet, row, col: 5 } },
      section,
      ref: { sheet, row, col: 0 },
    };
  });
  const period = title === null ? undefined : (findPeriodInTitle(title, AUG31) ?? undefined);
  const info: PlanInfo = {
    key: sheet,
    sheet,
    range: { top: 2, left: 0, bottom: 2 + items.length, right: 5 },
    items: records,
  };
  if (period) info.period = period;
  return {
    tables: [],
    schools: [],
    factors: [],
    extraHeaders: [],
    plan: records,
    plans: [info],
    planHasGroups: false,
    problems: [],
    notes: [],
  };
}

function ctx(asOf: number, extra: Partial<ReportContext> = {}): ReportContext {
  return { asOf, settings: DEFAULT_SETTINGS, ...extra };
}

/** Main rows as { n, start, end, status, overdue, next } with ISO dates. */
function rowsOf(data: WorkbookData, c: ReportContext) {
  const iso = (v: unknown) => (typeof v === "number" ? isoDay(v) : null);
  return rowsByHeader(buildPlanStatusReport(data, c)[0].main).map((r) => ({
    n: r["№"],
    start: iso(r["Начало"]),
    end: iso(r["Окончание"]),
    status: r["Статус"],
    overdue: r["Просрочка, дней"],
    next: iso(r["Ближайший контрольный срок"]),
  }));
}

describe("the sample workbook's plan at 15.06.2021 (plan period 2021 from the title)", () => {
  const fixture = JSON.parse(readFileSync(join(__dirname, "../fixtures/planStatus/sample-plan.json"), "utf8"));
  const data = plan(
    fixture.sheet,
    fixture.title,
    fixture.items.map((i: { number: string; deadline: string; doneMark: Cell; executor: string; measure: string }) => ({
      number: i.number,
      deadline: i.deadline,
      mark: i.doneMark,
      executor: i.executor,
      measure: i.measure,
    })),
    fixture.section,
  );
  const c = ctx(parseIsoDay(fixture.asOf)!);
  const [sheet] = buildPlanStatusReport(data, c);

  test("sheet name, title and the exact headers of SPEC §6", () => {
    expect(sheet.sheetName).toBe("Исполнение плана");
    expect(sheet.title).toBe("Исполнение плана по состоянию на 15.06.2021");
    expect(sheet.main.columns.map((col) => col.header)).toEqual([
      "№",
      "Мероприятие",
      "Сроки (как в плане)",
      "Ответственный",
      "Начало",
      "Окончание",
      "Статус",
      "Просрочка, дней",
      "Ближайший контрольный срок",
      "Раздел",
    ]);
    expect(sheet.main.columns.map((col) => col.format)).toEqual([
      "text",
      "text",
      "text",
      "text",
      "date",
      "date",
      "text",
      "integer",
      "date",
      "text",
    ]);
  });
  test.each(
    (fixture.expected as { n: number; start: string; end: string; status: string; overdue: number }[]).map((e) => [
      e.n,
      e,
    ]),
  )("item %s as expected", (_n, e) => {
    const row = rowsOf(data, c).find((r) => r.n === String(e.n))!;
    expect({ start: row.start, end: row.end, status: row.status, overdue: row.overdue }).toEqual({
      start: e.start,
      end: e.end,
      status: e.status,
      overdue: e.overdue,
    });
  });
  test("the deadline as written and the section are kept", () => {
    expect(cellOf(sheet.main, 0, "Сроки (как в плане)")).toBe("До 15 марта 2021 года");
    expect(cellOf(sheet.main, 0, "Раздел")).toBe(fixture.section);
  });
  test("statuses coloured, each its own colour, «Просрочено» red", () => {
    const overdueRow = columnValues(sheet.main, "Статус").indexOf("Просрочено");
    const statusCol = sheet.main.columns.findIndex((col) => col.header === "Статус");
    expect(sheet.main.highlights).toContainEqual({
      row: overdueRow,
      col: statusCol,
      fill: "#FFC7CE",
      fontColor: "#9C0006",
      bold: true,
    });
    expect(new Set(Object.values(STATUS_COLORS).map((s) => s.fill)).size).toBe(7);
  });
  test("side blocks: counts by status, overdue by executor, completion, next 30 days", () => {
    const [counts, byExecutor, completion, soon] = sheet.above;
    expect(counts.rows).toEqual([
      ["Выполнено", 2],
      ["Не начато", 1],
      ["В работе", 4],
      ["Просрочено", 1],
      ["Всего", 8],
    ]);
    expect(byExecutor.rows).toEqual([["Руководители ООНОР", 1, "№ 5"]]);
    expect(completion.columns[0]).toMatchObject({ header: "Процент исполнения", format: "percent" });
    expect(completion.rows).toEqual([[0.5, 1, 2, 0]]);
    expect(rowsByHeader(soon).map((r) => [r["№"], isoDay(r["Контрольный срок"] as number)])).toEqual([
      ["6", "2021-06-17"],
      ["2", "2021-06-30"],
      ["3", "2021-06-30"],
    ]);
  });
  test("«Процент исполнения» says in one line what it counts, and the figures add up by it (issue 23)", () => {
    const [counts, , completion] = sheet.above;
    expect(completion.line).toBe(
      "Процент исполнения = выполнено из пунктов со сроком окончания до 15.06.2021: 1 из 2 = 50,0 %; не входят пункты с более поздним сроком — 6 (из них выполнено 1) и без срока или с нераспознанным сроком — 0",
    );
    const [[share, done, due, undated]] = completion.rows as number[][];
    expect(share).toBe(done / due);
    const figures = completion.line!.match(/\d+/g)!.map(Number);
    // «1 из 2», the six due later (one of them done), none undated: the counts by status are made of them
    const [, , , doneFig, dueFig, , , later, doneLater, none] = figures;
    expect([doneFig, dueFig, none]).toEqual([done, due, undated]);
    const byStatus = new Map(counts.rows.map((r) => [r[0], r[1] as number]));
    expect(byStatus.get("Всего")).toBe(due + later + undated);
    expect(byStatus.get("Выполнено")! + (byStatus.get("Выполнено с нарушением срока") ?? 0)).toBe(done + doneLater);
  });
  test("notes name the plan period and where it came from; the pane's line", () => {
    expect(sheet.notes[0]).toBe("Период плана: 01.01.2021–31.12.2021 (из заголовка плана: «на 2021 год»)");
    expect(planSummaryLines(evaluatePlan(data, c))).toEqual(["Просрочено: 1 из 8, процент исполнения 50,0 %"]);
    expect(evaluatePlan(data, c).problems).toEqual([]);
  });
});

describe("Sakhalin style: «Комплекс мер … на 2021-2022 гг», two-year windows, TRUE and serial done dates", () => {
  const data = plan("Комплекс мер", "Комплекс мер … в Сахалинской области на 2021-2022 гг", [
    {
      number: "1.1",
      deadline: "январь-февраль 2021",
      mark: true,
      doneDate: D(20, 2, 2021),
      executor: "ИРОСО РЦОКОСО МОСО",
    },
    {
      number: "1.2",
      deadline: "сентябрь – ноябрь 2021 года сентябрь – ноябрь 2022 года",
      mark: "выполнено",
      doneDate: D(25, 11, 2021),
    },
    { number: "1.3", deadline: "март 2021 ноябрь 2022", executor: "ИРОСО" },
    { number: "2.1", deadline: "в течение всего периода", executor: "ОМСУ" },
    { number: "2.2", deadline: "апрель 2021", mark: "выполнено", doneDate: "12.05.2021", executor: "ИРОСО" },
    { number: "2.3", deadline: "ноябрь – декабрь 2022 года", executor: "ИРОСО ОМСУ" },
  ]);
  const c = ctx(D(1, 12, 2021));
  test("item by item", () => {
    expect(rowsOf(data, c)).toEqual([
      { n: "1.1", start: "2021-01-01", end: "2021-02-28", status: "Выполнено", overdue: 0, next: null },
      // done in the first window, but the final end is November 2022: still done, not late
      { n: "1.2", start: "2021-09-01", end: "2022-11-30", status: "Выполнено", overdue: 0, next: null },
      // the entry point (March 2021) is past, the final one is not: in work, not overdue
      { n: "1.3", start: "2021-03-01", end: "2022-11-30", status: "В работе", overdue: 0, next: "2022-11-30" },
      { n: "2.1", start: "2021-01-01", end: "2022-12-31", status: "В работе", overdue: 0, next: "2022-12-31" },
      {
        n: "2.2",
        start: "2021-04-01",
        end: "2021-04-30",
        status: "Выполнено с нарушением срока",
        overdue: 0,
        next: null,
      },
      { n: "2.3", start: "2022-11-01", end: "2022-12-31", status: "Не начато", overdue: 0, next: "2022-12-31" },
    ]);
    expect(planSummaryLines(evaluatePlan(data, c))).toEqual(["Просрочено: 0 из 6, процент исполнения 100,0 %"]);
  });
});

describe("Omsk style: «на 2021 год», quarterly and weekly items, «+» with dd.mm.yyyy done dates, remarks", () => {
  const data = plan("План-график", "Региональный план-график … на 2021 год", [
    { number: "1", deadline: "До 15 марта 2021 года", mark: "+", doneDate: "10.03.2021", executor: "МОУО" },
    { number: "2", deadline: "1 раз в квартал", executor: "БОУ ДПО «ИРООО»" },
    { number: "3", deadline: "В течение года по согласованию с МОУО", executor: "Министерство образования" },
    { number: "4", deadline: "до 01.10.2021", mark: "+", doneDate: "05.10.2021", executor: "МОУО" },
    { number: "5", deadline: "апрель – май 2021 года", mark: "-", executor: "МОУО" },
    { number: "6", deadline: "I квартал 2021 года", mark: "нет", executor: "Руководители ООНОР" },
  ]);
  const c = ctx(D(15, 10, 2021));
  test("item by item", () => {
    expect(rowsOf(data, c)).toEqual([
      { n: "1", start: "2021-01-01", end: "2021-03-15", status: "Выполнено", overdue: 0, next: null },
      { n: "2", start: "2021-01-01", end: "2021-12-31", status: "В работе", overdue: 0, next: "2021-12-31" },
      { n: "3", start: "2021-01-01", end: "2021-12-31", status: "В работе", overdue: 0, next: "2021-12-31" },
      {
        n: "4",
        start: "2021-01-01",
        end: "2021-10-01",
        status: "Выполнено с нарушением срока",
        overdue: 0,
        next: null,
      },
      { n: "5", start: "2021-04-01", end: "2021-05-31", status: "Просрочено", overdue: 137, next: null },
      { n: "6", start: "2021-01-01", end: "2021-03-31", status: "Просрочено", overdue: 198, next: null },
    ]);
  });
  test("overdue by executor, and the remark kept as a note", () => {
    const [sheet] = buildPlanStatusReport(data, c);
    expect(sheet.above[1].rows).toEqual([
      ["МОУО", 1, "№ 5"],
      ["Руководители ООНОР", 1, "№ 6"],
    ]);
    expect(sheet.notes.join("\n")).toContain("№ 3 — «по согласованию с МОУО»");
    expect(planSummaryLines(evaluatePlan(data, c))).toEqual(["Просрочено: 2 из 6, процент исполнения 50,0 %"]);
  });
});

describe("Krasnobakovsky style: road map 2021–2022 with «ежегодно»", () => {
  const data = plan("Дорожная карта", "План мероприятий («дорожная карта») … на 2021-2022 годы", [
    { number: "1", deadline: "Сентябрь – октябрь ежегодно", mark: "частично", executor: "УОи МП" },
    { number: "2", deadline: "ежегодно", executor: "УОи МП" },
    { number: "3", deadline: "Январь – апрель 2022 г.", executor: "УОи МП" },
    { number: "4", deadline: "Август - сентябрь 2022 г.", executor: "УОи МП" },
    { number: "5", deadline: "по мере необходимости", executor: "УОи МП" },
  ]);
  const c = ctx(D(1, 3, 2022));
  test("item by item", () => {
    expect(rowsOf(data, c)).toEqual([
      { n: "1", start: "2021-09-01", end: "2022-10-31", status: "В работе", overdue: 0, next: "2022-10-31" },
      { n: "2", start: "2021-01-01", end: "2022-12-31", status: "В работе", overdue: 0, next: "2022-12-31" },
      { n: "3", start: "2022-01-01", end: "2022-04-30", status: "В работе", overdue: 0, next: "2022-04-30" },
      { n: "4", start: "2022-08-01", end: "2022-09-30", status: "Не начато", overdue: 0, next: "2022-09-30" },
      { n: "5", start: null, end: null, status: "Без срока", overdue: 0, next: null },
    ]);
  });
  test("«ежегодно» windows take their years from the plan period, and the report says so", () => {
    const notes = buildPlanStatusReport(data, c)[0].notes.join("\n");
    expect(notes).toContain("Год взят из периода плана: № 1 («Сентябрь», «октябрь»)");
    expect(planSummaryLines(evaluatePlan(data, c))).toEqual([
      "Просрочено: 0 из 5, процент исполнения не определён: сроки пунктов ещё не наступили",
    ]);
  });
});

describe("Smolensk style: 2020-2021 school year, months without years, bad marks and deadlines named with their cells", () => {
  const data = plan("Комплекс мер", "Комплекс мер по работе со школами … на 2020-2021 учебный год", [
    { number: "1", deadline: "октябрь", mark: "проведено 12.10.2020", executor: "ОМСУ" },
    { number: "2", deadline: "Октябрь", mark: "вчера", executor: "МОЦ, СОИРО" },
    { number: "3", deadline: "до 23.11.2020", mark: "выполнено", doneDate: "31.02.2020", executor: "СОИРО" },
    { number: "4", deadline: "в срок до 30 января 2021 года и 20 июля 2021 года", executor: "ОО" },
    { number: "5", deadline: D(17, 11, 2020), mark: "+", executor: "МОЦ, ОО" },
    { number: "6", deadline: "см. приложение 3", executor: "МОЦ, ОО" },
    { number: "7", deadline: "март", executor: "СОИРО" },
  ]);
  const c = ctx(D(15, 2, 2021));
  const [sheet] = buildPlanStatusReport(data, c);
  test("item by item", () => {
    expect(rowsOf(data, c)).toEqual([
      { n: "1", start: "2020-10-01", end: "2020-10-31", status: "Выполнено", overdue: 0, next: null },
      { n: "2", start: "2020-10-01", end: "2020-10-31", status: "Просрочено", overdue: 107, next: null },
      { n: "3", start: "2020-09-01", end: "2020-11-23", status: "Просрочено", overdue: 84, next: null },
      { n: "4", start: "2020-09-01", end: "2021-07-20", status: "В работе", overdue: 0, next: "2021-07-20" },
      { n: "5", start: "2020-11-17", end: "2020-11-17", status: "Выполнено", overdue: 0, next: null },
      { n: "6", start: null, end: null, status: "Срок не распознан", overdue: 0, next: null },
      { n: "7", start: "2021-03-01", end: "2021-03-31", status: "Не начато", overdue: 0, next: "2021-03-31" },
    ]);
    expect(cellOf(sheet.main, 4, "Сроки (как в плане)")).toBe("17.11.2020");
  });
  test("problems name the cell: the bad mark, the bad done date, the unparsed deadline", () => {
    // The plan's problems are its evaluation's (the engine lists them once for every report that shows the plan).
    const { problems } = evaluatePlan(data, c);
    expect(problems.map((p) => [p.sheet, p.row, p.col])).toEqual([
      ["Комплекс мер", 4, 4],
      ["Комплекс мер", 5, 5],
      ["Комплекс мер", 8, 3],
    ]);
    expect(problems[0].message).toContain("«вчера»");
    expect(problems[1].message).toContain("«31.02.2020»");
    expect(problems[2].message).toContain("«см. приложение 3»");
  });
  test("overdue by executor: an item with «МОЦ, СОИРО» counts for each of them", () => {
    expect(sheet.above[1].rows).toEqual([
      ["СОИРО", 2, "№ 2, № 3"],
      ["МОЦ", 1, "№ 2"],
    ]);
  });
  test("the school-year period and the implied years are in the notes", () => {
    expect(sheet.notes[0]).toBe("Период плана: 01.09.2020–31.08.2021 (из заголовка плана: «2020-2021 учебный год»)");
    expect(sheet.notes.join("\n")).toContain(
      "Год взят из периода плана: № 1 («октябрь»), № 2 («Октябрь»), № 7 («март»)",
    );
  });
});

describe("which plan period is used", () => {
  const items: ItemSpec[] = [
    { number: "1", deadline: "октябрь" },
    { number: "2", deadline: "март 2022" },
  ];
  const periodOf = (data: WorkbookData, c: ReportContext) => buildPlanStatusReport(data, c)[0].notes[0];
  const run: PlanPeriod = parsePlanPeriod("2023", AUG31, "run")!;
  const settings: PlanPeriod = parsePlanPeriod("2022-2023 учебный год", AUG31, "settings")!;
  test("the run's choice, then the settings, then the title", () => {
    const data = plan("План", "План на 2021-2022 годы", items);
    expect(periodOf(data, ctx(D(1, 1, 2022), { planPeriod: run }))).toBe(
      "Период плана: 01.01.2023–31.12.2023 (задан для этого запуска: «2023»)",
    );
    expect(periodOf(data, ctx(D(1, 1, 2022), { settings: { ...DEFAULT_SETTINGS, planPeriod: settings } }))).toBe(
      "Период плана: 01.09.2022–31.08.2023 (из листа настроек: «2022-2023 учебный год»)",
    );
    expect(rowsOf(data, ctx(D(1, 1, 2022)))[0].start).toBe("2021-10-01");
  });
  test("without a title: the years written in the deadlines, else the year of «на дату»", () => {
    expect(periodOf(plan("План", null, items), ctx(D(1, 1, 2030)))).toBe(
      "Период плана: 01.01.2022–31.12.2022 (по годам, указанным в сроках плана)",
    );
    expect(periodOf(plan("План", null, [items[0]]), ctx(D(1, 6, 2030)))).toBe(
      "Период плана: 01.01.2030–31.12.2030 (год даты «на дату»: в плане период не указан)",
    );
  });
});

describe("long lists above the plan: at most 5 rows, the rest on a sheet of its own (issue 23)", () => {
  // Omsk style: eight items overdue with eight executors, seven control points in the next 30 days
  const executors = [
    "БОУ ДПО «ИРООО»",
    "Министерство образования",
    "МОУО Тарского МР",
    "МОУО Калачинского МР",
    "Руководители ООНОР",
    "Департамент образования г. Омска",
    "МОУО Горьковского МР",
    "Центр оценки качества образования",
  ];
  const data = plan("План-график", "Региональный план-график … на 2021 год", [
    ...executors.map((executor, k) => ({ number: String(k + 1), deadline: `до ${10 + k}.03.2021`, executor })),
    ...Array.from({ length: 7 }, (_, k) => ({ number: String(9 + k), deadline: `до ${20 + k}.06.2021` })),
  ]);
  const c = ctx(D(15, 6, 2021));
  const [sheet, overdue, soon, ...rest] = buildPlanStatusReport(data, c);

  test("«Просрочено по исполнителям»: five rows, «и ещё 3 — см. лист …», the whole list on its sheet", () => {
    const byExecutor = sheet.above[1];
    expect(byExecutor.caption).toBe("Просрочено по исполнителям");
    expect(byExecutor.columns.map((col) => col.header)).toEqual(["Ответственный", "Просрочено", "Пункты"]);
    expect(byExecutor.rows).toHaveLength(5);
    expect(byExecutor.line).toBe("и ещё 3 — см. лист «Просрочено по исполнителям»");
    expect(overdue.sheetName).toBe("Просрочено по исполнителям");
    expect(overdue.title).toBe("Просрочено по исполнителям по состоянию на 15.06.2021");
    expect(overdue.main.caption).toBe("Просрочено по исполнителям");
    expect(overdue.main.rows.map((r) => r[0]).sort()).toEqual([...executors].sort());
    expect(overdue.main.rows.slice(0, 5)).toEqual(byExecutor.rows);
    expect(overdue.above).toEqual([]);
  });

  test("«Ближайшие сроки»: five rows, «и ещё 2 — см. лист «Ближайшие сроки»», the whole list on its sheet", () => {
    const upcoming = sheet.above[3];
    expect(upcoming.caption).toBe("Ближайшие сроки (до 15.07.2021)");
    expect(upcoming.rows).toHaveLength(5);
    expect(upcoming.line).toBe("и ещё 2 — см. лист «Ближайшие сроки»");
    expect(soon.sheetName).toBe("Ближайшие сроки");
    expect(soon.main.caption).toBe("Ближайшие сроки (до 15.07.2021)");
    expect(soon.main.rows.map((r) => r[0])).toEqual(["9", "10", "11", "12", "13", "14", "15"]);
    expect(rest).toEqual([]);
  });

  test("a list of five or fewer stays whole above the plan, with no line and no sheet of its own", () => {
    const short = plan("План-график", "Региональный план-график … на 2021 год", [
      { number: "1", deadline: "до 10.03.2021", executor: "МОУО" },
      ...Array.from({ length: 6 }, (_, k) => ({ number: String(2 + k), deadline: `до ${20 + k}.06.2021` })),
    ]);
    const sheets = buildPlanStatusReport(short, c);
    expect(sheets.map((s) => s.sheetName)).toEqual(["Исполнение плана", "Ближайшие сроки"]);
    expect(sheets[0].above[1].line).toBeUndefined();
    expect(sheets[0].above[1].rows).toEqual([["МОУО", 1, "№ 1"]]);
  });
});
