/**
 * «График собеседований» (SPEC §8): a date and a time slot for each flagged school (or for the schools given),
 * one municipality's schools together; the schools that do not fit into the days are listed under the table.
 */
import { formatDay, plusDays } from "../core/calendar";
import { inMunicipality } from "../core/identification/identify";
import type { SchoolRef } from "../core/identification/resultsData";
import { timeText } from "../core/identification/settings";
import { interviewTimetable, slotText, workingDayFrom } from "../core/identification/timetable";
import { municipalityNote } from "../core/risk/scope";
import type { WorkbookData } from "../core/tables/records";
import { reportFrame } from "./common";
import { type ReportContext, type RunFacts, runFacts } from "./context";
import type { SheetDescription } from "./model";
import { table } from "./table";

/**
 * `schools`: whom to interview; by default the flagged schools of «Выявление ШНОР» (of the municipality filter).
 */
export function buildInterviewsReport(
  data: WorkbookData,
  ctx: ReportContext,
  run: RunFacts = runFacts(data, ctx),
  schools?: readonly SchoolRef[],
): SheetDescription {
  const whom = (schools ?? run.identification.judgements.filter((j) => j.flagged).map((j) => j.school)).filter((s) =>
    inMunicipality(s, ctx.municipality),
  );
  const t = ctx.settings.identification.timetable;
  const firstDay = t.firstDay ?? workingDayFrom(plusDays(ctx.asOf, 1));
  const { interviews, notFitted } = interviewTimetable(whom, t, firstDay);
  const lunch = t.lunchEnd > t.lunchStart ? `, обед ${timeText(t.lunchStart)}–${timeText(t.lunchEnd)}` : "";
  // Schools not fitted are rows of the same table, «не поместилась» in «Время»: one grid per sheet (issue 23).
  const rows = [
    ...interviews.map((x) => ({ day: x.day as number | null, time: slotText(x.start, x.end), school: x.school })),
    ...notFitted.map((school) => ({ day: null, time: "не поместилась", school })),
  ];
  return {
    ...reportFrame("interviews", ctx),
    notes: [
      ...municipalityNote(ctx.municipality, whom.length),
      `${schools ? "Школы по списку" : "ШНОР по «Выявлению ШНОР»"}: ${whom.length}; с ${formatDay(firstDay)}${t.firstDay === null ? " (первый рабочий день после даты отчёта: первый день не задан в настройках)" : ""}, ${t.days} раб. дн., ${timeText(t.dayStart)}–${timeText(t.dayEnd)}, слот ${t.slotMinutes} мин${lunch}; ОО одного муниципалитета подряд`,
      ...(notFitted.length === 0
        ? []
        : [
            `Не поместились в ${t.days} дн. (${notFitted.length}: строки «не поместилась» в конце таблицы): добавьте дни или сократите слот`,
          ]),
    ],
    main: table(rows, [
      { header: "Дата", format: "date", width: 12, value: (x) => x.day },
      { header: "Время", format: "text", width: 14, value: (x) => x.time },
      { header: "Муниципалитет", format: "text", width: 22, value: (x) => x.school.municipality },
      { header: "Наименование ОО", format: "text", width: 40, wrap: true, value: (x) => x.school.name },
    ]),
    above: [],
    problems: [],
  };
}
