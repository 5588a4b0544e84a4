import { mustDayOf } from "../../src/core/calendar";
import { DEFAULT_IDENTIFICATION_SETTINGS as D } from "../../src/core/identification/settings";
import { buildInterviewsReport } from "../../src/reports/interviewsReport";
import { runFacts } from "../../src/reports/context";
import { columnValues } from "../helpers/table";
import { smallCtx as ctx, smallData as data, withRules } from "../fixtures/identification/smallRegion";

describe("«График собеседований»", () => {
  test("timetable: from the first working day after «на дату», municipality by municipality; a pinned first day wins", () => {
    const sheet = buildInterviewsReport(data, ctx);
    expect(sheet.sheetName).toBe("График собеседований");
    expect(sheet.main.columns.map((c) => [c.header, c.format])).toEqual([
      ["Дата", "date"],
      ["Время", "text"],
      ["Муниципалитет", "text"],
      ["Наименование ОО", "text"],
    ]);
    expect(sheet.main.rows).toEqual([
      [mustDayOf(2021, 6, 16), "10:00–10:30", "Вяземский район", "МБОУ СОШ № 1 г. Вязьмы"],
      [mustDayOf(2021, 6, 16), "10:30–11:00", "Город Смоленск", "МБОУ «Гимназия № 1»"],
    ]);
    const pinned = buildInterviewsReport(
      data,
      withRules(ctx, { ...D, timetable: { ...D.timetable, firstDay: mustDayOf(2021, 6, 19) } }),
    );
    expect(columnValues(pinned.main, "Дата")).toEqual([mustDayOf(2021, 6, 21), mustDayOf(2021, 6, 21)]);
    const list = buildInterviewsReport(data, ctx, runFacts(data, ctx), [
      { key: "x", name: "МБОУ СОШ № 7", login: "s7", municipality: "Город Смоленск" },
    ]);
    expect(list.main.rows).toEqual([[mustDayOf(2021, 6, 16), "10:00–10:30", "Город Смоленск", "МБОУ СОШ № 7"]]);
  });
});
