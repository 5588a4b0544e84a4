/**
 * Partner pairs (сетевые пары, SPEC §8): each flagged school gets a partner from the stable-high register —
 * first a partner of its own municipality (for every flagged school, before anyone looks elsewhere), then one of
 * another municipality; a partner takes at most `partnerCap` flagged schools. Among fitting partners the one with
 * the lowest mean share of «2» is chosen (ties: fewer schools already taken, then by name).
 */
import { identityText } from "../tables/schoolRecords";
import { percentText } from "./lowResults";
import type { SchoolRef } from "./resultsData";
import type { StableHighSchool } from "./stableHigh";

export interface PartnerPair {
  flagged: SchoolRef;
  partner: StableHighSchool | null;
  /** Why this partner, or why none. */
  reason: string;
}

function sameMunicipality(a: SchoolRef, b: SchoolRef): boolean {
  return identityText(a.municipality) === identityText(b.municipality);
}

export function partnerPairs(flagged: readonly SchoolRef[], register: readonly StableHighSchool[], cap: number): PartnerPair[] {
  const load = new Map<StableHighSchool, number>(register.map((p) => [p, 0]));
  const chosen = new Map<SchoolRef, PartnerPair>();
  const better = (a: StableHighSchool, b: StableHighSchool): boolean =>
    (a.meanShare - b.meanShare || load.get(a)! - load.get(b)! || a.school.name.localeCompare(b.school.name, "ru")) < 0;
  // One scan per flagged school, not a sort: a region of 40 000 schools has thousands of each.
  const best = (school: SchoolRef, fits: (p: StableHighSchool) => boolean): StableHighSchool | undefined => {
    let found: StableHighSchool | undefined;
    for (const p of register) if (p.school.key !== school.key && load.get(p)! < cap && fits(p) && (!found || better(p, found))) found = p;
    return found;
  };

  for (const school of flagged) {
    const partner = best(school, (p) => sameMunicipality(p.school, school));
    if (!partner) continue;
    load.set(partner, load.get(partner)! + 1);
    chosen.set(school, { flagged: school, partner, reason: `тот же муниципалитет; наименьшая средняя доля «2» (${percentText(partner.meanShare)})` });
  }
  for (const school of flagged) {
    if (chosen.has(school)) continue;
    const partner = best(school, () => true);
    if (partner) {
      load.set(partner, load.get(partner)! + 1);
      chosen.set(school, { flagged: school, partner, reason: `в своём муниципалитете свободного партнёра нет; другой муниципалитет, наименьшая средняя доля «2» (${percentText(partner.meanShare)})` });
    } else {
      const why = register.length === 0 ? "в реестре стабильно высоких результатов нет ни одной ОО" : `все ОО реестра уже взяли по ${cap} ШНОР (норма «Сетевые пары: ШНОР на партнёра»)`;
      chosen.set(school, { flagged: school, partner: null, reason: `партнёр не подобран: ${why}` });
    }
  }
  return flagged.map((s) => chosen.get(s)!);
}
