/**
 * Curator load (нагрузка кураторов, SPEC §2): a curator accompanies at most `curatorCap` schools
 * (Omsk plan: 2); a curator with more is a violation, reported with the curator's schools.
 */
import { normalizeText } from "../cell";
import type { SchoolRecord } from "../tables/records";

export interface CuratorLoad {
  /** The curator's name as first written. */
  curator: string;
  schools: SchoolRecord[];
  /** «Превышение нормы»: more schools than the cap. */
  overCap: boolean;
}

/**
 * Schools per curator, in the order curators first appear. Names are matched after normalising case,
 * spaces and punctuation («Иванова И.И.» = «Иванова И. И.»); schools without a curator are returned apart.
 */
export function curatorLoads(
  schools: readonly SchoolRecord[],
  cap: number,
): { loads: CuratorLoad[]; withoutCurator: SchoolRecord[] } {
  const byKey = new Map<string, CuratorLoad>();
  const withoutCurator: SchoolRecord[] = [];
  for (const school of schools) {
    const key = normalizeText(school.curator).replace(/ /g, "");
    if (key === "") {
      withoutCurator.push(school);
      continue;
    }
    const load = byKey.get(key) ?? { curator: school.curator.trim(), schools: [], overCap: false };
    load.schools.push(school);
    byKey.set(key, load);
  }
  const loads = [...byKey.values()].map((load) => ({ ...load, overCap: load.schools.length > cap }));
  return { loads, withoutCurator };
}
