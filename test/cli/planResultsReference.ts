/**
 * A separate, simple reference for «Отчёт за квартал» and «Показатели плана» (SPEC §9) on the demo region: what each
 * item of the demo plan means is written here by hand (its windows, control points, done date), not read by the
 * production deadline parser, and the rows follow from SPEC §5 and §9 in a few plain lines.
 */
import { type Day, dayOf, formatDay, weekdayOf } from "../../src/core/calendar";

const D = (d: number, m: number, y = 2021): Day => dayOf(y, m, d)!;

export interface RefItem {
  number: string;
  measure: string;
  deadline: string;
  executor: string;
  /** Windows as the deadline means them; none for a deadline without a date. */
  windows: [Day, Day][];
  controlPoints: Day[];
  /** Done: its date, or null for a done mark without one; undefined: not done. */
  done?: Day | null;
  /** Without a date, the status it has («Без срока», «Срок не распознан»). */
  undated?: string;
  indicators: string[];
}

const MEDK = "Доля ОО, в которых размещены актуальные материалы в ИС МЭДК";
const PROGRAMME = "Доля ООНОР, в которых утверждена программа перехода в эффективный режим работы";
const RESULTS = "Доля ООНОР с положительной динамикой доли «2» ВПР";
const TRAINED = "Доля педагогов ООНОР, прошедших повышение квалификации с учётом выявленных дефицитов";

/** The schools column each demo indicator is measured by, as the sheets name them; TRAINED has none. */
export const DEMO_TIES = new Map([
  [MEDK, "Размещено в ИС МЭДК"],
  [PROGRAMME, "Программа перехода в эффективный режим утверждена"],
  [RESULTS, "Положительная динамика: Доля «2» ВПР, %"],
]);

const monthEnds = (): Day[] =>
  Array.from({ length: 12 }, (_, m) => D(1, m + 2 > 12 ? 1 : m + 2, m + 2 > 12 ? 2022 : 2021) - 1);
const quarterEnds = [D(31, 3), D(30, 6), D(30, 9), D(31, 12)];
const thursdays = (): Day[] => {
  const out: Day[] = [];
  for (let d = D(1, 1); d <= D(31, 12); d++) if (weekdayOf(d) === 4) out.push(d);
  return out;
};
const year: [Day, Day] = [D(1, 1), D(31, 12)];

/** The demo plan (scripts/demo/generate.js) as a reader of it understands each row. */
export function demoPlanItems(): RefItem[] {
  const t = thursdays();
  const items: Omit<RefItem, "number">[] = [
    {
      measure: "Корректировка программ перехода ООНОР в эффективный режим работы",
      deadline: "До 15 марта 2021 года",
      executor: "Руководители ООНОР, МОУО (по согласованию)",
      windows: [[D(1, 1), D(15, 3)]],
      controlPoints: [D(15, 3)],
      done: D(12, 3),
      indicators: [PROGRAMME, MEDK],
    },
    {
      measure: "Участие в вебинарах ФИОКО, семинары-совещания для муниципальных кураторов",
      deadline: "В течение года каждый четверг",
      executor: "БОУ ДПО «ИРООО»",
      windows: [[t[0], t[t.length - 1]]],
      controlPoints: t,
      indicators: [TRAINED],
    },
    {
      measure: "Размещение материалов ООНОР в ИС МЭДК",
      deadline: "ежемесячно",
      executor: "Кураторы ООНОР",
      windows: [year],
      controlPoints: monthEnds(),
      indicators: [MEDK],
    },
    {
      measure: "Мониторинг заполнения кураторами сведений в ИС МЭДК",
      deadline: "ежеквартально, до 5 числа месяца, следующего за отчетным кварталом",
      executor: "БОУ ДПО «ИРООО»",
      windows: [[D(1, 1), D(5, 1, 2022)]],
      controlPoints: [D(5, 4), D(5, 7), D(5, 10), D(5, 1, 2022)],
      indicators: [MEDK],
    },
    {
      measure: "Входной мониторинг ООНОР",
      deadline: "январь-февраль 2021",
      executor: "БОУ ДПО «ИРООО»",
      windows: [[D(1, 1), D(28, 2)]],
      controlPoints: [D(28, 2)],
      done: D(26, 2),
      indicators: [],
    },
    {
      measure: "Рассмотрение хода реализации проекта на заседании Совета по качеству образования",
      deadline: "апрель 2021",
      executor: "Министерство образования",
      windows: [[D(1, 4), D(30, 4)]],
      controlPoints: [D(30, 4)],
      indicators: [],
    },
    {
      measure: "Создание центров «Точка роста» на базе ООНОР",
      deadline: "Март – декабрь 2021 года",
      executor: "Министерство образования",
      windows: [[D(1, 3), D(31, 12)]],
      controlPoints: [D(31, 12)],
      indicators: [],
    },
    {
      measure: "Внедрение практик сетевого взаимодействия в ООНОР",
      deadline: "I квартал 2021 года",
      executor: "МОУО (по согласованию), руководители ООНОР",
      windows: [[D(1, 1), D(31, 3)]],
      controlPoints: [D(31, 3)],
      indicators: [RESULTS, TRAINED],
    },
    {
      measure: "Дополнительное обеспечение ООНОР специалистами (психолог, дефектолог, логопед)",
      deadline: "II полугодие 2021 г.",
      executor: "Министерство образования",
      windows: [[D(1, 7), D(31, 12)]],
      controlPoints: [D(31, 12)],
      indicators: [],
    },
    {
      measure: "Оценка предметной компетентности педагогических работников",
      deadline: "с 01.02.2021 по 15.04.2021",
      executor: "БОУ ДПО «ИРООО»",
      windows: [[D(1, 2), D(15, 4)]],
      controlPoints: [D(15, 4)],
      done: D(20, 4),
      indicators: [TRAINED],
    },
    {
      measure: "Курсы повышения квалификации для учителей ООНОР",
      deadline: "31.02.2021",
      executor: "БОУ ДПО «ИРООО»",
      windows: [],
      controlPoints: [],
      undated: "Срок не распознан",
      indicators: [TRAINED],
    },
    {
      measure: "Собеседования с руководителями ООНОР",
      deadline: "В течение года 1 раз в месяц",
      executor: "Министерство образования, БОУ ДПО «ИРООО»",
      windows: [year],
      controlPoints: monthEnds(),
      indicators: [PROGRAMME],
    },
    {
      measure: "Мониторинговые визиты в школы, имеющие более 5 факторов риска высокой значимости",
      deadline: "1 раз в квартал",
      executor: "Министерство образования, МОУО (по согласованию)",
      windows: [year],
      controlPoints: quarterEnds,
      indicators: [RESULTS, PROGRAMME],
    },
    {
      measure: "Семинар для руководителей по управлению качеством",
      deadline: "20.05.2021",
      executor: "БОУ ДПО «ИРООО»",
      windows: [[D(20, 5), D(20, 5)]],
      controlPoints: [D(20, 5)],
      done: D(20, 5),
      indicators: [],
    },
    {
      measure: "Знакомство с практикой наставнических команд",
      deadline: "май 2021",
      executor: "МОУО Калачинского МР",
      windows: [[D(1, 5), D(31, 5)]],
      controlPoints: [D(31, 5)],
      indicators: [],
    },
    {
      measure: "Методические дни в ООНОР",
      deadline: "по мере необходимости",
      executor: "МОУО (по согласованию)",
      windows: [],
      controlPoints: [],
      undated: "Без срока",
      indicators: [],
    },
    {
      measure: "Олимпиады и конкурсы для обучающихся ООНОР",
      deadline: "ноябрь-декабрь",
      executor: "Руководители ООНОР",
      windows: [[D(1, 11), D(31, 12)]],
      controlPoints: [D(31, 12)],
      indicators: [RESULTS],
    },
    {
      measure: "Наставничество «ученик – ученик», «студент – ученик»",
      deadline: "не позднее 10 декабря 2021 г.",
      executor: "Руководители ООНОР",
      windows: [[D(1, 1), D(10, 12)]],
      controlPoints: [D(10, 12)],
      indicators: [],
    },
    {
      measure: "Итоговый мониторинг ООНОР",
      deadline: "до конца 2021 года",
      executor: "БОУ ДПО «ИРООО»",
      windows: [year],
      controlPoints: [D(31, 12)],
      indicators: [RESULTS, MEDK],
    },
    {
      measure: "Программы внеурочной деятельности по функциональной грамотности",
      deadline: "В течение года по отдельному плану",
      executor: "Руководители ООНОР",
      windows: [year],
      controlPoints: [D(31, 12)],
      indicators: [],
    },
  ];
  return items.map((item, i) => ({ number: String(i + 1), ...item }));
}

const endOf = (item: RefItem): Day => item.windows[item.windows.length - 1][1];
const doneBy = (item: RefItem, t: Day): boolean => item.done === null || (item.done !== undefined && item.done <= t);

/** SPEC §5's status table, top to bottom. */
export function refStatus(item: RefItem, t: Day): string {
  if (doneBy(item, t))
    return item.done !== null && item.done! > endOf(item) ? "Выполнено с нарушением срока" : "Выполнено";
  if (item.undated !== undefined) return item.undated;
  if (t < item.windows[0][0]) return "Не начато";
  return t <= endOf(item) ? "В работе" : "Просрочено";
}

/** The rows of «Отчёт за квартал» for the quarter [start, end], and its figures. */
export function refQuarter(items: RefItem[], start: Day, end: Day): { rows: string[][]; figures: (number | null)[] } {
  const listed = items.filter((item) => {
    if (item.undated !== undefined) return false;
    const overlaps = item.windows.some(([s, e]) => s <= end && e >= start);
    const inside = item.controlPoints.some((c) => c >= start && c <= end);
    return overlaps || inside || (endOf(item) < start && !doneBy(item, start - 1));
  });
  const rows = listed.map((item) => {
    const points = item.controlPoints.filter((c) => c >= start && c <= end);
    const carried = endOf(item) < start;
    const control = carried
      ? `с прошлых кварталов (срок ${formatDay(endOf(item))})`
      : points.length === 0
        ? `в квартале нет (окончание ${formatDay(endOf(item))})`
        : points.map(formatDay).join(", ");
    const done =
      item.done === null
        ? "дата не указана"
        : item.done === undefined || item.done > end
          ? "нет"
          : item.done < start
            ? `до начала квартала (${formatDay(item.done)})`
            : formatDay(item.done);
    return [item.number, item.measure, item.deadline, item.executor, control, refStatus(item, end), done];
  });
  const ended = listed.filter((i) => endOf(i) <= end);
  const doneEnded = ended.filter((i) => doneBy(i, end)).length;
  return {
    rows,
    figures: [
      listed.length,
      listed.filter((i) => i.controlPoints.some((c) => c >= start && c <= end)).length,
      listed.filter((i) => doneBy(i, end)).length,
      listed.filter((i) => refStatus(i, end) === "Просрочено").length,
      ended.length,
      doneEnded,
      ended.length === 0 ? null : doneEnded / ended.length,
    ],
  };
}

/** «Показатели плана» rows at T: indicator, items, done, in work, overdue, the others, all, share (from `shares` by the tie). */
export function refIndicators(items: RefItem[], t: Day, shares: Map<string, number>): (string | number)[][] {
  const order: string[] = [];
  for (const item of items) for (const text of item.indicators) if (!order.includes(text)) order.push(text);
  return order.map((text) => {
    const serving = items.filter((i) => i.indicators.includes(text));
    const count = (statuses: string[]): number => serving.filter((i) => statuses.includes(refStatus(i, t))).length;
    const column = DEMO_TIES.get(text);
    return [
      text,
      serving.map((i) => i.number).join(", "),
      count(["Выполнено", "Выполнено с нарушением срока"]),
      count(["В работе"]),
      count(["Просрочено"]),
      count(["Не начато", "Без срока", "Срок не распознан"]),
      serving.length,
      column === undefined ? "нет данных" : shares.get(column)!,
      column === undefined ? "не связан ни с одной колонкой списка школ" : `«${column}»`,
    ];
  });
}
