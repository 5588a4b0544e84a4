/**
 * A separate, simple reference for the four sheets of the steps before a plan (SPEC §8), computed straight from the
 * generated region and the grid the test writes — not from the production code. Rows are keyed by login or name so
 * that the order of the sheets is checked separately.
 */
import { type Day, plusDays, weekdayOf } from "../../src/core/calendar";
import type { SheetGrid } from "../../src/core/cell";
import { type GenSchool, PROCEDURES, YEARS } from "../fixtures/identification/generated";

export interface RefRules {
  threshold: number;
  stableHighShare: number;
  partnerCap: number;
  unfavourableShare: number;
  /** Interviews: first day, slot length; the day is 10:00–17:00 with lunch 13:00–14:00, 5 days. */
  firstDay: Day;
  slotMinutes: number;
}

export interface RefSchool {
  login: string;
  name: string;
  municipality: string;
  flagged: boolean;
  missing: number[];
  /** Mean share of «2» per year the school has. */
  yearMeans: Map<number, number>;
}

export interface Reference {
  schools: Map<string, RefSchool>;
  /** Stable high: login → years. */
  register: Map<string, number[]>;
  /** Flagged school's login → partner's login (null: none left). */
  pairs: Map<string, string | null>;
  index: Map<string, { index: number; unfavourable: boolean }>;
  /** [day, «10:00–10:30», municipality, name] in order. */
  interviews: [Day, string, string, string][];
}

const mean = (v: number[]): number => v.reduce((a, b) => a + b, 0) / v.length;
const byRu = (a: string, b: string): number => a.localeCompare(b, "ru");

/** The share each layout holds: exact from counts (long), rounded to 0.1 % (wide). */
function share(layout: "long" | "wide", [n, f]: [number, number]): number {
  return layout === "long" ? (f * 100) / n : Math.round((f * 1000) / n) / 10;
}

/** Name and municipality as first written in the results grid (a school under two names keeps its first). */
function firstWritten(grid: SheetGrid, login: string): { name: string; municipality: string } {
  const header = grid.cells.findIndex((r) => r.includes("Логин"));
  const [m, n, l] = ["Муниципалитет", "Наименование ОО", "Логин"].map((h) => grid.cells[header].indexOf(h));
  const row = grid.cells.slice(header + 1).find((r) => r[l] === login)!;
  return { name: String(row[n]), municipality: String(row[m]) };
}

function flaggedBy(shares: Map<number, Map<number, number>>, threshold: number): boolean {
  const low = (p: number, y: number): boolean => (shares.get(p)?.get(y) ?? -1) >= threshold - 1e-9;
  const twoInAYear = YEARS.some((y) => PROCEDURES.filter((_, p) => low(p, y)).length >= 2);
  const twoYearsRunning = PROCEDURES.some((_, p) => YEARS.some((y) => low(p, y) && low(p, y + 1)));
  return twoInAYear || twoYearsRunning;
}

function workingDays(from: Day, count: number): Day[] {
  const out: Day[] = [];
  for (let d = from; out.length < count; d = plusDays(d, 1)) if (weekdayOf(d) !== 0 && weekdayOf(d) !== 6) out.push(d);
  return out;
}

const hhmm = (m: number): string => `${String(Math.floor(m / 60)).padStart(2, "0")}:${String(m % 60).padStart(2, "0")}`;

export function reference(region: GenSchool[], grid: SheetGrid, layout: "long" | "wide", rules: RefRules): Reference {
  const schools = new Map<string, RefSchool>();
  for (const s of region) {
    const shares = new Map(
      [...s.counts].map(([p, byYear]) => [p, new Map([...byYear].map(([y, c]) => [y, share(layout, c)]))]),
    );
    const yearMeans = new Map<number, number>();
    for (const y of YEARS) {
      const v = [...shares.values()].filter((m) => m.has(y)).map((m) => m.get(y)!);
      if (v.length > 0) yearMeans.set(y, mean(v));
    }
    schools.set(s.login, {
      login: s.login,
      ...firstWritten(grid, s.login),
      flagged: flaggedBy(shares, rules.threshold),
      missing: YEARS.filter((y) => !yearMeans.has(y)),
      yearMeans,
    });
  }

  const bound = new Map<number, number>();
  for (const y of YEARS) {
    const v = [...schools.values()]
      .filter((s) => s.yearMeans.has(y))
      .map((s) => s.yearMeans.get(y)!)
      .sort((a, b) => a - b);
    bound.set(y, v[Math.ceil((v.length * rules.stableHighShare) / 100) - 1]);
  }
  const register = new Map<string, number[]>();
  for (const s of schools.values()) {
    if (!s.flagged && [...s.yearMeans].every(([y, v]) => v <= bound.get(y)!))
      register.set(s.login, [...s.yearMeans.keys()].sort());
  }

  const flagged = [...schools.values()]
    .filter((s) => s.flagged)
    .sort((a, b) => byRu(a.municipality, b.municipality) || byRu(a.name, b.name));
  const partnerMean = (login: string): number => mean([...schools.get(login)!.yearMeans.values()]);
  const load = new Map<string, number>();
  const pairs = new Map<string, string | null>();
  const pick = (s: RefSchool, sameOnly: boolean): string | null => {
    const fits = [...register.keys()].filter(
      (p) => (load.get(p) ?? 0) < rules.partnerCap && (!sameOnly || schools.get(p)!.municipality === s.municipality),
    );
    fits.sort(
      (a, b) =>
        partnerMean(a) - partnerMean(b) ||
        (load.get(a) ?? 0) - (load.get(b) ?? 0) ||
        byRu(schools.get(a)!.name, schools.get(b)!.name),
    );
    if (fits.length > 0) load.set(fits[0], (load.get(fits[0]) ?? 0) + 1);
    return fits[0] ?? null;
  };
  for (const s of flagged) {
    const p = pick(s, true);
    if (p) pairs.set(s.login, p);
  }
  for (const s of flagged) if (!pairs.has(s.login)) pairs.set(s.login, pick(s, false));

  // ИСБШ of the test's settings: ОВЗ (−, weight 1, min–max), low income (−, weight 2, min–max), teachers (+, weight 1, z).
  const minmax = (v: number[], x: number): number => (x - Math.min(...v)) / (Math.max(...v) - Math.min(...v));
  const ovz = region.map((s) => s.context.ovz);
  const income = region.map((s) => s.context.lowIncome);
  const teachers = region.map((s) => s.context.teachers);
  const tMean = mean(teachers);
  const tSd = Math.sqrt(mean(teachers.map((t) => (t - tMean) ** 2)));
  const values = new Map(
    region.map((s) => [
      s.login,
      (1 -
        minmax(ovz, s.context.ovz) +
        2 * (1 - minmax(income, s.context.lowIncome)) +
        (s.context.teachers - tMean) / tSd) /
        4,
    ]),
  );
  const sorted = [...values.values()].sort((a, b) => a - b);
  const bottom = sorted[Math.ceil((sorted.length * rules.unfavourableShare) / 100) - 1];
  const index = new Map([...values].map(([login, v]) => [login, { index: v, unfavourable: v <= bottom }]));

  const slots: number[] = [];
  for (let t = 10 * 60; t + rules.slotMinutes <= 17 * 60; t += rules.slotMinutes) {
    if (t < 14 * 60 && t + rules.slotMinutes > 13 * 60) t = 14 * 60 - rules.slotMinutes;
    else slots.push(t);
  }
  const days = workingDays(rules.firstDay, 5);
  const interviews: [Day, string, string, string][] = [];
  let day = 0;
  let slot = 0;
  const groups = [...new Set(flagged.map((s) => s.municipality))].map((m) =>
    flagged.filter((s) => s.municipality === m),
  );
  for (const group of groups) {
    // A municipality that fits into a day is not split across two.
    if (slot > 0 && group.length > slots.length - slot && group.length <= slots.length) [day, slot] = [day + 1, 0];
    for (const s of group) {
      if (slot === slots.length) [day, slot] = [day + 1, 0];
      interviews.push([
        days[day],
        `${hhmm(slots[slot])}–${hhmm(slots[slot] + rules.slotMinutes)}`,
        s.municipality,
        s.name,
      ]);
      slot++;
    }
  }
  return { schools, register, pairs, index, interviews };
}
