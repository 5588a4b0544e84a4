/**
 * Partner pairs (сетевые пары, SPEC §8): each flagged school gets a partner from the stable-high register —
 * first a partner of its own municipality (for every flagged school, before anyone looks elsewhere), then one of
 * another municipality; a partner takes at most `partnerCap` flagged schools. Among fitting partners the one with
 * the lowest mean share of «2» is chosen (ties: fewer schools already taken, then by name).
 */
import { identityText } from "../tables/schoolRecords";
import { percentText } from "../numberText";
import type { SchoolRef } from "./resultsData";
import type { StableHighSchool } from "./stableHigh";

export interface PartnerPair {
  flagged: SchoolRef;
  partner: StableHighSchool | null;
  /** Why this partner, or why none. */
  reason: string;
}

/**
 * Partners in the order of choice — lowest mean share of «2», then name — with the full ones skipped: the best
 * fitting partner is the first one met, unless a later one with the same mean share has taken fewer schools.
 * One pass from the first partner not yet full, so a region of 40 000 schools is paired in moments.
 */
class PartnerQueue {
  private from = 0;
  constructor(
    private readonly partners: StableHighSchool[],
    private readonly load: Map<StableHighSchool, number>,
    private readonly cap: number,
  ) {}

  best(school: SchoolRef): StableHighSchool | undefined {
    const free = (p: StableHighSchool): boolean => this.load.get(p)! < this.cap && p.school.key !== school.key;
    while (this.from < this.partners.length && this.load.get(this.partners[this.from])! >= this.cap) this.from++;
    let found: StableHighSchool | undefined;
    for (let i = this.from; i < this.partners.length; i++) {
      const p = this.partners[i];
      if (found && p.meanShare !== found.meanShare) break;
      if (free(p) && (!found || this.load.get(p)! < this.load.get(found)!)) found = p;
    }
    return found;
  }
}

export function partnerPairs(
  flagged: readonly SchoolRef[],
  register: readonly StableHighSchool[],
  cap: number,
): PartnerPair[] {
  const load = new Map<StableHighSchool, number>(register.map((p) => [p, 0]));
  const ordered = [...register].sort(
    (a, b) => a.meanShare - b.meanShare || a.school.name.localeCompare(b.school.name, "ru"),
  );
  const byMunicipality = new Map<string, StableHighSchool[]>();
  for (const p of ordered) {
    const key = identityText(p.school.municipality);
    const list = byMunicipality.get(key) ?? [];
    byMunicipality.set(key, list);
    list.push(p);
  }
  const own = new Map([...byMunicipality].map(([key, list]) => [key, new PartnerQueue(list, load, cap)]));
  const anywhere = new PartnerQueue(ordered, load, cap);
  const chosen = new Map<SchoolRef, PartnerPair>();
  const take = (school: SchoolRef, partner: StableHighSchool, why: string): void => {
    load.set(partner, load.get(partner)! + 1);
    chosen.set(school, {
      flagged: school,
      partner,
      reason: `${why}наименьшая средняя доля «2» (${percentText(partner.meanShare, { points: true })})`,
    });
  };

  for (const school of flagged) {
    const partner = own.get(identityText(school.municipality))?.best(school);
    if (partner) take(school, partner, "тот же муниципалитет; ");
  }
  for (const school of flagged) {
    if (chosen.has(school)) continue;
    const partner = anywhere.best(school);
    if (partner) take(school, partner, "в своём муниципалитете свободного партнёра нет; другой муниципалитет, ");
    else {
      const why =
        register.length === 0
          ? "в реестре стабильно высоких результатов нет ни одной ОО"
          : `все ОО реестра уже взяли по ${cap} ШНОР (норма «Сетевые пары: ШНОР на партнёра»)`;
      chosen.set(school, { flagged: school, partner: null, reason: `партнёр не подобран: ${why}` });
    }
  }
  return flagged.map((s) => chosen.get(s)!);
}
