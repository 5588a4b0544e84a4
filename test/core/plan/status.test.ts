import fc from "fast-check";
import { dayOf } from "../../../src/core/calendar";
import { parseDeadline } from "../../../src/core/deadlines/parseDeadline";
import { completionLine, completionRuleLine, planCompletion } from "../../../src/core/plan/completion";
import { readDoneMark } from "../../../src/core/plan/doneMark";
import { PLAN_STATUS, planItemStatus } from "../../../src/core/plan/status";
import { YEAR_2021 } from "../deadlines/helpers";

const D = (d: number, m: number, y: number) => dayOf(y, m, d)!;
const T = D(15, 6, 2021);
const status = (text: string, mark: unknown = null, date: unknown = null, asOf = T) =>
  planItemStatus(parseDeadline(text, YEAR_2021), readDoneMark(mark as never, date as never), asOf);

describe("status at «на дату», first matching row wins", () => {
  test("done after the final end: «Выполнено с нарушением срока»", () => {
    expect(status("апрель – май 2021 года", "выполнено", "10.06.2021").status).toBe("Выполнено с нарушением срока");
  });
  test("done on time, or done without a date: «Выполнено»", () => {
    expect(status("апрель – май 2021 года", "+", D(31, 5, 2021)).status).toBe("Выполнено");
    expect(status("сентябрь – ноябрь 2021 года", "+").status).toBe("Выполнено");
    expect(status("см. приложение 3", "да").status).toBe("Выполнено");
  });
  test("a done date after T means not yet done at T", () => {
    const s = status("апрель – май 2021 года", "выполнено", "20.06.2021");
    expect(s).toEqual({ status: "Просрочено", overdueDays: 15 });
  });
  test("no date, unparsed", () => {
    expect(status("по мере необходимости").status).toBe(PLAN_STATUS.noDeadline);
    expect(status("см. приложение 3").status).toBe("Срок не распознан");
  });
  test("before start, inside, after end; overdue days = T − end", () => {
    expect(status("II полугодие 2021 г.")).toEqual({
      status: "Не начато",
      overdueDays: 0,
      nextControlPoint: D(31, 12, 2021),
    });
    expect(status("Март – декабрь 2021 года").status).toBe("В работе");
    expect(status("апрель – май 2021 года", "нет")).toEqual({ status: "Просрочено", overdueDays: 15 });
    expect(status("апрель – май 2021 года", "частично").status).toBe("Просрочено");
    expect(status("апрель – май 2021 года", "вчера").status).toBe("Просрочено");
  });
  test("dates are inclusive: on the end day the item is still in work", () => {
    expect(status("до 15.06.2021").status).toBe("В работе");
    expect(status("до 14.06.2021")).toEqual({ status: "Просрочено", overdueDays: 1 });
  });
  test("only the final end decides lateness: a missed monthly control point is not overdue", () => {
    const s = status("В течение года 1 раз в месяц");
    expect(s.status).toBe("В работе");
    expect(s.nextControlPoint).toBe(D(30, 6, 2021));
  });
  test("next control point: the first on or after T; none for a done item", () => {
    expect(status("В течение года каждый четверг").nextControlPoint).toBe(D(17, 6, 2021));
    expect(status("В течение года каждый четверг", "да").nextControlPoint).toBeUndefined();
    expect(status("в срок до 30 января 2021 года и 20 июля 2021 года").nextControlPoint).toBe(D(20, 7, 2021));
  });
});

describe("«Процент исполнения»", () => {
  const item = (text: string, mark: unknown = null, date: unknown = null) => ({
    deadline: parseDeadline(text, YEAR_2021),
    done: readDoneMark(mark as never, date as never),
  });
  test("done among the items whose end ≤ T; items without a date counted apart", () => {
    const c = planCompletion(
      [
        item("До 15 марта 2021 года", "выполнено"),
        item("апрель – май 2021 года", "нет"),
        item("до 01.06.2021", "+", "20.06.2021"), // done after T: not done at T
        item("до 15.06.2021", "да"),
        item("II полугодие 2021 г.", "да"), // not due yet: left out, counted among the later ones done
        item("по мере необходимости"),
        item("см. приложение 3"),
      ],
      T,
    );
    expect(c).toEqual({ due: 4, doneOfDue: 2, share: 0.5, later: 1, doneOfLater: 1, withoutDate: 2, total: 7 });
  });
  test("nothing due: no share", () => {
    expect(planCompletion([item("II полугодие 2021 г.")], T).share).toBeNull();
  });
  test("the line saying what it counts: a plan's, a quarter report's (all dated, at the quarter's day), the rule alone", () => {
    const c = planCompletion([item("до 01.06.2021", "да"), item("II полугодие 2021 г.", "+"), item("июль 2021")], T);
    expect(completionLine(c, T)).toBe(
      "Процент исполнения = выполнено из пунктов со сроком окончания до 15.06.2021: 1 из 1 = 100,0 %; не входят пункты с более поздним сроком — 2 (из них выполнено 1) и без срока или с нераспознанным сроком — 0",
    );
    const none = planCompletion([item("июль 2021", "да")], D(30, 6, 2021));
    expect(completionLine(none, D(30, 6, 2021), "quarter")).toBe(
      "Процент исполнения за квартал не определён: пунктов отчёта со сроком окончания до 30.06.2021 нет; не входят пункты с более поздним сроком — 1 (из них выполнено 1)",
    );
    expect(completionRuleLine(T)).toBe(
      "Процент исполнения = выполнено из пунктов со сроком окончания до 15.06.2021; не входят пункты с более поздним сроком (даже выполненные) и без срока или с нераспознанным сроком",
    );
  });
});

describe("status properties", () => {
  const phrases = [
    "До 15 марта 2021 года",
    "1 раз в квартал",
    "апрель – май 2021 года",
    "II полугодие 2021 г.",
    "по мере необходимости",
    "см. приложение 3",
    "В течение года каждый четверг",
    "в течение года",
  ];
  const marks = [null, "выполнено", "частично", "нет", "вчера", true, "проведено 12.03.2021"];
  test("one status of SPEC §5; overdue days only when overdue, equal to T − end; next control point on or after T", () => {
    fc.assert(
      fc.property(
        fc.constantFrom(...phrases),
        fc.constantFrom(...marks),
        fc.integer({ min: D(1, 12, 2020), max: D(31, 1, 2022) }),
        (text, mark, asOf) => {
          const deadline = parseDeadline(text, YEAR_2021);
          const s = planItemStatus(deadline, readDoneMark(mark, null), asOf);
          expect(Object.values(PLAN_STATUS)).toContain(s.status);
          if (s.status === PLAN_STATUS.overdue) expect(s.overdueDays).toBe(asOf - deadline.end!);
          else expect(s.overdueDays).toBe(0);
          if (s.nextControlPoint !== undefined) expect(s.nextControlPoint).toBeGreaterThanOrEqual(asOf);
        },
      ),
    );
  });
});
