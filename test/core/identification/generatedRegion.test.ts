/**
 * The whole part on a generated region, both layouts, against a separate, simple reference written here:
 * flags, triggers, missing years, ИСБШ, the stable-high register, the pairs and the timetable.
 */
import { mustDayOf } from "../../../src/core/calendar";
import { identify } from "../../../src/core/identification/identify";
import {
  DEFAULT_IDENTIFICATION_SETTINGS as D,
  type IdentificationSettings,
} from "../../../src/core/identification/settings";
import { interviewTimetable } from "../../../src/core/identification/timetable";
import { DEFAULT_SETTINGS } from "../../../src/core/settings";
import { readWorkbook } from "../../../src/core/tables/readWorkbook";
import {
  contextGrid,
  generateRegion,
  type GenSchool,
  longGrid,
  PROCEDURES,
  wideGrid,
  YEARS,
} from "../../fixtures/identification/generated";

interface RefShare {
  login: string;
  proc: number;
  year: number;
  share: number;
}

/** Shares as each layout holds them: counts in the long layout, shares rounded to 0.1 in the wide one. */
function refShares(schools: GenSchool[], layout: "long" | "wide"): RefShare[] {
  const out: RefShare[] = [];
  for (const s of schools) {
    for (const [proc, byYear] of s.counts) {
      for (const [year, [n, f]] of byYear)
        out.push({
          login: s.login,
          proc,
          year,
          share: layout === "long" ? (f * 100) / n : Math.round((f * 1000) / n) / 10,
        });
    }
  }
  return out;
}

interface RefFlag {
  flagged: boolean;
  /** Years with ≥ 2 low procedures, and procedures low two or more years running (one per run). */
  years: number[];
  runs: number;
  missing: number[];
}

function refFlags(shares: RefShare[], threshold: number): Map<string, RefFlag> {
  const out = new Map<string, RefFlag>();
  for (const login of new Set(shares.map((s) => s.login))) {
    const mine = shares.filter((s) => s.login === login);
    const low = mine.filter((s) => s.share >= threshold - 1e-9);
    const years = YEARS.filter((y) => low.filter((s) => s.year === y).length >= 2);
    let runs = 0;
    for (let p = 0; p < PROCEDURES.length; p++) {
      let length = 0;
      for (const y of YEARS) {
        if (low.some((s) => s.proc === p && s.year === y)) length++;
        else {
          if (length >= 2) runs++;
          length = 0;
        }
      }
      if (length >= 2) runs++;
    }
    const missing = YEARS.filter((y) => !mine.some((s) => s.year === y));
    out.set(login, { flagged: years.length > 0 || runs > 0, years, runs, missing });
  }
  return out;
}

function refRegister(shares: RefShare[], flags: Map<string, RefFlag>, percent: number): Map<string, number[]> {
  const yearMean = new Map<string, Map<number, number>>();
  for (const login of new Set(shares.map((s) => s.login))) {
    const m = new Map<number, number>();
    for (const y of YEARS) {
      const v = shares.filter((s) => s.login === login && s.year === y).map((s) => s.share);
      if (v.length > 0) m.set(y, v.reduce((a, b) => a + b, 0) / v.length);
    }
    yearMean.set(login, m);
  }
  const bound = new Map<number, number>();
  for (const y of YEARS) {
    const values = [...yearMean.values()]
      .filter((m) => m.has(y))
      .map((m) => m.get(y)!)
      .sort((a, b) => a - b);
    bound.set(y, values[Math.ceil((values.length * percent) / 100) - 1]);
  }
  const out = new Map<string, number[]>();
  for (const [login, m] of yearMean) {
    if (flags.get(login)!.flagged) continue;
    if ([...m].every(([y, v]) => v <= bound.get(y)!)) out.set(login, [...m.keys()].sort());
  }
  return out;
}

const SETTINGS: IdentificationSettings = {
  ...D,
  indexComponents: [
    { column: "Доля обучающихся с ОВЗ, %", direction: -1, weight: 1, normalisation: "minmax" },
    { column: "Доля семей с низким доходом, %", direction: -1, weight: 2, normalisation: "minmax" },
    { column: "Доля педагогов высшей категории, %", direction: 1, weight: 1, normalisation: "z" },
  ],
};

function refIndex(schools: GenSchool[]): Map<string, number> {
  const minmax = (v: number[], x: number): number => (x - Math.min(...v)) / (Math.max(...v) - Math.min(...v));
  const ovz = schools.map((s) => s.context.ovz);
  const income = schools.map((s) => s.context.lowIncome);
  const teachers = schools.map((s) => s.context.teachers);
  const mean = teachers.reduce((a, b) => a + b, 0) / teachers.length;
  const sd = Math.sqrt(teachers.reduce((a, b) => a + (b - mean) ** 2, 0) / teachers.length);
  return new Map(
    schools.map((s) => [
      s.login,
      (1 -
        minmax(ovz, s.context.ovz) +
        2 * (1 - minmax(income, s.context.lowIncome)) +
        (s.context.teachers - mean) / sd) /
        4,
    ]),
  );
}

describe.each([
  ["long", 20260101],
  ["wide", 20260101],
  ["long", 777],
  ["wide", 31337],
] as const)("generated region, %s layout, seed %d", (layout, seed) => {
  const schools = generateRegion(seed);
  const grids = [layout === "long" ? longGrid(schools) : wideGrid(schools), contextGrid(schools)];
  const data = readWorkbook(grids, DEFAULT_SETTINGS, new Set());
  const found = identify(data.tables, data.schools, SETTINGS);
  const shares = refShares(schools, layout);
  const flags = refFlags(shares, 30);
  const byLogin = new Map(found.judgements.map((j) => [j.school.login, j]));

  test("every school judged once; the school under two names is one school named as first written", () => {
    expect(found.judgements).toHaveLength(schools.length);
    expect(byLogin.get(schools[7].login)!.school.name).toBe(schools[7].name);
    if (layout === "long")
      expect(found.data.problems.some((p) => p.message.includes(schools[7].alias!) && p.severity === "info")).toBe(
        true,
      );
    expect(found.data.problems.filter((p) => p.severity === "error")).toEqual([]);
  });

  test("flags, triggers and missing years match the reference", () => {
    const someFlagged = [...flags.values()].filter((f) => f.flagged).length;
    expect(someFlagged).toBeGreaterThan(2);
    expect(someFlagged).toBeLessThan(schools.length);
    for (const s of schools) {
      const ref = flags.get(s.login)!;
      const got = byLogin.get(s.login)!;
      expect([s.login, got.flagged]).toEqual([s.login, ref.flagged]);
      expect(got.triggers).toHaveLength(ref.years.length + ref.runs);
      for (const y of ref.years) expect(got.triggers.some((t) => t.startsWith(`${y}: `))).toBe(true);
      expect(got.triggers.filter((t) => t.includes("подряд"))).toHaveLength(ref.runs);
      expect(got.yearsMissing).toEqual(ref.missing);
    }
  });

  test("ИСБШ and «Неблагоприятные условия» match the reference", () => {
    const ref = refIndex(schools);
    const bottom = [...ref.values()].sort((a, b) => a - b)[Math.ceil(schools.length * 0.1) - 1];
    for (const s of schools) {
      const got = found.index.bySchool.get(found.judgements.find((j) => j.school.login === s.login)!.school.key)!;
      expect(got.index).toBeCloseTo(ref.get(s.login)!, 9);
      expect(got.unfavourable).toBe(ref.get(s.login)! <= bottom);
    }
  });

  test("stable-high register matches the reference", () => {
    const ref = refRegister(shares, flags, 10);
    expect(ref.size).toBeGreaterThan(0);
    expect(new Map(found.register.map((r) => [r.school.login, r.years]))).toEqual(ref);
  });

  test("pairs: own municipality first, cap 2, the lowest mean share of «2»; the unpaired say why", () => {
    const register = found.register;
    const load = new Map<string, number>();
    const expected = new Map<string, string | null>();
    const flaggedSchools = schools
      .filter((s) => flags.get(s.login)!.flagged)
      .sort((a, b) => a.municipality.localeCompare(b.municipality, "ru") || a.name.localeCompare(b.name, "ru"));
    const pick = (s: GenSchool, sameOnly: boolean): string | null => {
      let best: (typeof register)[number] | null = null;
      for (const p of register) {
        if ((load.get(p.school.login) ?? 0) >= 2 || (sameOnly && p.school.municipality !== s.municipality)) continue;
        const better =
          best === null ||
          p.meanShare < best.meanShare ||
          (p.meanShare === best.meanShare &&
            ((load.get(p.school.login) ?? 0) < (load.get(best.school.login) ?? 0) ||
              ((load.get(p.school.login) ?? 0) === (load.get(best.school.login) ?? 0) &&
                p.school.name.localeCompare(best.school.name, "ru") < 0)));
        if (better) best = p;
      }
      if (best) load.set(best.school.login, (load.get(best.school.login) ?? 0) + 1);
      return best?.school.login ?? null;
    };
    for (const s of flaggedSchools) {
      const p = pick(s, true);
      if (p) expected.set(s.login, p);
    }
    for (const s of flaggedSchools) if (!expected.has(s.login)) expected.set(s.login, pick(s, false));
    expect(new Map(found.pairs.map((p) => [p.flagged.login, p.partner?.school.login ?? null]))).toEqual(expected);
    // The fixture exercises every branch: own municipality, another municipality, no partner left.
    expect(found.pairs.some((p) => p.partner && p.partner.school.municipality === p.flagged.municipality)).toBe(true);
    expect(found.pairs.some((p) => p.partner && p.partner.school.municipality !== p.flagged.municipality)).toBe(true);
    expect(found.pairs.some((p) => !p.partner)).toBe(true);
    for (const p of found.pairs) {
      if (!p.partner) expect(p.reason).toMatch(/^партнёр не подобран: /);
      else if (p.partner.school.municipality === p.flagged.municipality)
        expect(p.reason).toMatch(/^тот же муниципалитет/);
      else expect(p.reason).toMatch(/другой муниципалитет/);
    }
  });

  test("timetable: every flagged school once, by municipality, in slot order, no lunch-time slot", () => {
    const flagged = found.judgements.filter((j) => j.flagged).map((j) => j.school);
    const { interviews, notFitted } = interviewTimetable(flagged, D.timetable, mustDayOf(2024, 3, 25));
    expect(notFitted).toEqual([]);
    expect(interviews.map((x) => x.school.login).sort()).toEqual(flagged.map((f) => f.login).sort());
    const order = interviews.map((x) => x.day * 10_000 + x.start);
    expect([...order].sort((a, b) => a - b)).toEqual(order);
    // One municipality's interviews form one unbroken run.
    const runs = interviews.map((x) => x.school.municipality).filter((m, i, all) => i === 0 || all[i - 1] !== m);
    expect(new Set(runs).size).toBe(runs.length);
    for (const x of interviews) expect(x.start >= 13 * 60 && x.start < 14 * 60).toBe(false);
  });
});
