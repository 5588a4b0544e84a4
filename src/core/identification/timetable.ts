/**
 * Interview timetable (график собеседований, SPEC §8), as in Smolensk's «по графику»: working days from the first
 * day, slots from the day's start to its end, the lunch break skipped; one municipality's schools take
 * consecutive slots, and a municipality that fits into a day is not split across two; schools that do not fit
 * into the days are listed.
 */
import { type Day, plusDays, weekdayOf } from "../calendar";
import { identityText } from "../tables/schoolRecords";
import type { SchoolRef } from "./resultsData";
import { type TimetableSettings, timeText } from "./settings";

export interface Interview {
  day: Day;
  /** Minutes since midnight. */
  start: number;
  end: number;
  school: SchoolRef;
}

export interface Timetable {
  interviews: Interview[];
  notFitted: SchoolRef[];
}

/** «10:00–10:30» */
export function slotText(start: number, end: number): string {
  const two = (m: number): string => timeText(m).padStart(5, "0");
  return `${two(start)}–${two(end)}`;
}

/** The day's slots (start minutes) with the lunch break left out. */
export function daySlots(t: TimetableSettings): number[] {
  const out: number[] = [];
  if (!(t.slotMinutes > 0)) return out;
  for (let start = t.dayStart; start + t.slotMinutes <= t.dayEnd; start += t.slotMinutes) {
    const end = start + t.slotMinutes;
    if (start < t.lunchEnd && end > t.lunchStart) {
      // Slots resume at the end of lunch, whatever the step.
      if (t.lunchEnd > start) start = t.lunchEnd - t.slotMinutes;
      continue;
    }
    out.push(start);
  }
  return out;
}

/** The first working day (Monday–Friday) on or after `day`. */
export function workingDayFrom(day: Day): Day {
  let d = day;
  while (weekdayOf(d) === 0 || weekdayOf(d) === 6) d = plusDays(d, 1);
  return d;
}

/** Schools grouped by municipality (municipalities and schools in alphabetical order). */
export function byMunicipality(schools: readonly SchoolRef[]): SchoolRef[][] {
  const groups = new Map<string, SchoolRef[]>();
  for (const s of schools)
    groups.set(identityText(s.municipality), [...(groups.get(identityText(s.municipality)) ?? []), s]);
  return [...groups.values()]
    .map((g) => [...g].sort((a, b) => a.name.localeCompare(b.name, "ru")))
    .sort((a, b) => a[0].municipality.localeCompare(b[0].municipality, "ru"));
}

export function interviewTimetable(schools: readonly SchoolRef[], t: TimetableSettings, firstDay: Day): Timetable {
  const slots = daySlots(t);
  const days: Day[] = [];
  for (let d = workingDayFrom(firstDay); days.length < t.days; d = workingDayFrom(plusDays(d, 1))) days.push(d);
  const interviews: Interview[] = [];
  const notFitted: SchoolRef[] = [];
  let dayIndex = 0;
  let slotIndex = 0;
  for (const group of byMunicipality(schools)) {
    const left = slots.length - slotIndex;
    if (group.length > left && group.length <= slots.length && slotIndex > 0) {
      dayIndex++;
      slotIndex = 0;
    }
    for (const school of group) {
      if (slotIndex >= slots.length) {
        dayIndex++;
        slotIndex = 0;
      }
      if (dayIndex >= days.length || slots.length === 0) {
        notFitted.push(school);
        continue;
      }
      const start = slots[slotIndex++];
      interviews.push({ day: days[dayIndex], start, end: start + t.slotMinutes, school });
    }
  }
  return { interviews, notFitted };
}
