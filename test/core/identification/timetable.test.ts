import fc from "fast-check";
import { mustDayOf, weekdayOf } from "../../../src/core/calendar";
import type { SchoolRef } from "../../../src/core/identification/resultsData";
import { DEFAULT_IDENTIFICATION_SETTINGS as D } from "../../../src/core/identification/settings";
import { daySlots, interviewTimetable, slotText } from "../../../src/core/identification/timetable";

const school = (name: string, municipality: string): SchoolRef => ({
  key: `name:${name}`,
  name,
  login: "",
  municipality,
});

describe("interview timetable (график собеседований)", () => {
  test("slots of a day skip the lunch break", () => {
    expect(daySlots(D.timetable).map((m) => slotText(m, m + 30))).toEqual([
      "10:00–10:30",
      "10:30–11:00",
      "11:00–11:30",
      "11:30–12:00",
      "12:00–12:30",
      "12:30–13:00",
      "14:00–14:30",
      "14:30–15:00",
      "15:00–15:30",
      "15:30–16:00",
      "16:00–16:30",
      "16:30–17:00",
    ]);
    expect(daySlots({ ...D.timetable, slotMinutes: 45 }).map((m) => slotText(m, m + 45))).toEqual([
      "10:00–10:45",
      "10:45–11:30",
      "11:30–12:15",
      "12:15–13:00",
      "14:00–14:45",
      "14:45–15:30",
      "15:30–16:15",
      "16:15–17:00",
    ]);
  });

  test("a municipality that fits a day is not split; weekends are skipped; who does not fit is listed", () => {
    // Friday 26.03.2021; 4 slots a day (10:00–12:00, no lunch inside), 2 days.
    const t = { ...D.timetable, dayStart: 600, dayEnd: 720, days: 2 };
    const schools = [
      school("МБОУ СОШ № 2", "Вяземский район"),
      school("МБОУ СОШ № 1", "Вяземский район"),
      school("МБОУ СОШ № 3", "Вяземский район"),
      school("МБОУ «Гимназия № 1»", "Город Смоленск"),
      school("МБОУ СОШ № 7", "Город Смоленск"),
      school("МБОУ Рославльская СОШ", "Рославльский район"),
    ];
    const { interviews, notFitted } = interviewTimetable(schools, t, mustDayOf(2021, 3, 26));
    const friday = mustDayOf(2021, 3, 26);
    const monday = mustDayOf(2021, 3, 29);
    expect(interviews.map((x) => [x.day, slotText(x.start, x.end), x.school.name])).toEqual([
      [friday, "10:00–10:30", "МБОУ СОШ № 1"],
      [friday, "10:30–11:00", "МБОУ СОШ № 2"],
      [friday, "11:00–11:30", "МБОУ СОШ № 3"],
      // Смоленск (2) does not fit the one slot left on Friday: it starts on Monday.
      [monday, "10:00–10:30", "МБОУ «Гимназия № 1»"],
      [monday, "10:30–11:00", "МБОУ СОШ № 7"],
      [monday, "11:00–11:30", "МБОУ Рославльская СОШ"],
    ]);
    expect(notFitted).toEqual([]);
    const tight = interviewTimetable(schools, { ...t, days: 1 }, friday);
    expect(tight.notFitted.map((s) => s.name)).toEqual([
      "МБОУ «Гимназия № 1»",
      "МБОУ СОШ № 7",
      "МБОУ Рославльская СОШ",
    ]);
  });

  test("a municipality larger than a day continues into the next day", () => {
    const t = { ...D.timetable, dayStart: 600, dayEnd: 660, days: 3 };
    const many = ["А", "Б", "В"].map((n) => school(`Школа ${n}`, "Ельнинский район"));
    const { interviews } = interviewTimetable(many, t, mustDayOf(2021, 3, 29));
    expect(interviews.map((x) => [x.day - mustDayOf(2021, 3, 29), x.start])).toEqual([
      [0, 600],
      [0, 630],
      [1, 600],
    ]);
  });
});

test("any timetable settings and list: terminates, no slot overlaps lunch or leaves the day", () => {
  const minutes = fc.integer({ min: 0, max: 24 * 60 });
  fc.assert(
    fc.property(
      minutes,
      minutes,
      fc.integer({ min: 0, max: 200 }),
      minutes,
      minutes,
      fc.integer({ min: 0, max: 10 }),
      fc.integer({ min: 0, max: 40 }),
      (dayStart, dayEnd, slotMinutes, lunchStart, lunchEnd, days, n) => {
        const t = { firstDay: null, days, dayStart, dayEnd, slotMinutes, lunchStart, lunchEnd };
        const schools = Array.from({ length: n }, (_, i) => school(`Школа ${i}`, `Район ${i % 3}`));
        const { interviews, notFitted } = interviewTimetable(schools, t, mustDayOf(2021, 9, 1));
        expect(interviews.length + notFitted.length).toBe(n);
        for (const x of interviews) {
          expect(x.start >= dayStart && x.end <= dayEnd).toBe(true);
          expect(x.start < lunchEnd && x.end > lunchStart).toBe(false);
          expect([0, 6]).not.toContain(weekdayOf(x.day));
        }
      },
    ),
  );
});
