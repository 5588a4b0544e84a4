import { partnerPairs } from "../../../src/core/identification/partners";
import type { SchoolRef } from "../../../src/core/identification/resultsData";
import type { StableHighSchool } from "../../../src/core/identification/stableHigh";

const ref = (login: string, municipality: string): SchoolRef => ({ key: `id:${login}`, name: `ОО ${login}`, login, municipality });
const high = (login: string, municipality: string, meanShare: number): StableHighSchool => ({ school: ref(login, municipality), years: [2021, 2022], meanShare });

describe("partner pairs", () => {
  test("an empty register: every flagged school listed with why", () => {
    expect(partnerPairs([ref("a", "Вяземский район")], [], 2)).toEqual([
      { flagged: ref("a", "Вяземский район"), partner: null, reason: "партнёр не подобран: в реестре стабильно высоких результатов нет ни одной ОО" },
    ]);
  });

  test("own municipality is served before anyone borrows its partner", () => {
    // Смоленск comes first alphabetically but has no partner; Вязьма's own partner must stay for Вязьма.
    const flagged = [ref("s1", "Город Смоленск"), ref("v1", "Вяземский район"), ref("v2", "Вяземский район")];
    const register = [high("vh", "Вяземский район", 1), high("rh", "Рославльский район", 4)];
    const pairs = partnerPairs(flagged, register, 2);
    expect(pairs.map((p) => [p.flagged.login, p.partner?.school.login])).toEqual([["s1", "rh"], ["v1", "vh"], ["v2", "vh"]]);
    expect(pairs[0].reason).toBe("в своём муниципалитете свободного партнёра нет; другой муниципалитет, наименьшая средняя доля «2» (4 %)");
    expect(pairs[1].reason).toBe("тот же муниципалитет; наименьшая средняя доля «2» (1 %)");
  });
});
