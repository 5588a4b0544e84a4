import fc from "fast-check";
import { partnerPairs } from "../../../src/core/identification/partners";
import type { SchoolRef } from "../../../src/core/identification/resultsData";
import type { StableHighSchool } from "../../../src/core/identification/stableHigh";

const ref = (login: string, municipality: string): SchoolRef => ({
  key: `id:${login}`,
  name: `ОО ${login}`,
  login,
  municipality,
});
const high = (login: string, municipality: string, meanShare: number): StableHighSchool => ({
  school: ref(login, municipality),
  years: [2021, 2022],
  meanShare,
});

describe("partner pairs", () => {
  test("an empty register: every flagged school listed with why", () => {
    expect(partnerPairs([ref("a", "Вяземский район")], [], 2)).toEqual([
      {
        flagged: ref("a", "Вяземский район"),
        partner: null,
        reason: "партнёр не подобран: в реестре стабильно высоких результатов нет ни одной ОО",
      },
    ]);
  });

  test("own municipality is served before anyone borrows its partner", () => {
    // Смоленск comes first alphabetically but has no partner; Вязьма's own partner must stay for Вязьма.
    const flagged = [ref("s1", "Город Смоленск"), ref("v1", "Вяземский район"), ref("v2", "Вяземский район")];
    const register = [high("vh", "Вяземский район", 1), high("rh", "Рославльский район", 4)];
    const pairs = partnerPairs(flagged, register, 2);
    expect(pairs.map((p) => [p.flagged.login, p.partner?.school.login])).toEqual([
      ["s1", "rh"],
      ["v1", "vh"],
      ["v2", "vh"],
    ]);
    expect(pairs[0].reason).toBe(
      "в своём муниципалитете свободного партнёра нет; другой муниципалитет, наименьшая средняя доля «2» (4,0 %)",
    );
    expect(pairs[1].reason).toBe("тот же муниципалитет; наименьшая средняя доля «2» (1,0 %)");
  });

  test("property: the same pairs as the plain rule — min (mean share, schools taken, name) among fitting partners, own municipality first", () => {
    const MUNICIPALITIES = ["Вяземский район", "Город Смоленск", "Рославльский район"];
    const naive = (flagged: SchoolRef[], register: StableHighSchool[], cap: number): (string | null)[] => {
      const load = new Map(register.map((p) => [p, 0]));
      const pick = (s: SchoolRef, sameOnly: boolean): StableHighSchool | null => {
        let best: StableHighSchool | null = null;
        for (const p of register) {
          if (load.get(p)! >= cap || (sameOnly && p.school.municipality !== s.municipality)) continue;
          const key = (x: StableHighSchool): [number, number, string] => [x.meanShare, load.get(x)!, x.school.name];
          const [a, b] = [key(p), best ? key(best) : null];
          if (
            !b ||
            a[0] < b[0] ||
            (a[0] === b[0] && (a[1] < b[1] || (a[1] === b[1] && a[2].localeCompare(b[2], "ru") < 0)))
          )
            best = p;
        }
        if (best) load.set(best, load.get(best)! + 1);
        return best;
      };
      const chosen = new Map<SchoolRef, StableHighSchool | null>();
      for (const s of flagged) {
        const p = pick(s, true);
        if (p) chosen.set(s, p);
      }
      for (const s of flagged) if (!chosen.has(s)) chosen.set(s, pick(s, false));
      return flagged.map((s) => chosen.get(s)?.school.login ?? null);
    };
    const school = fc.tuple(fc.integer({ min: 0, max: 2 }), fc.integer({ min: 0, max: 4 }));
    fc.assert(
      fc.property(
        fc.array(school, { maxLength: 12 }),
        fc.array(school, { maxLength: 8 }),
        fc.integer({ min: 1, max: 3 }),
        (f, r, cap) => {
          const flagged = f.map(([m], i) => ref(`f${i}`, MUNICIPALITIES[m]));
          // Shares from a few values: ties on the mean share are the rule, not the exception.
          const register = r.map(([m, share], i) => high(`p${(i * 7) % 10}${i}`, MUNICIPALITIES[m], share));
          expect(partnerPairs(flagged, register, cap).map((p) => p.partner?.school.login ?? null)).toEqual(
            naive(flagged, register, cap),
          );
        },
      ),
      { numRuns: 500 },
    );
  });
});
