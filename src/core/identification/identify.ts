/**
 * The steps before a plan in one pass over the found tables: results read, schools judged, ИСБШ computed, the
 * stable-high register and the partner pairs. Every report of this part reads from it, so the four sheets agree.
 */
import { normalizeText } from "../cell";
import type { SchoolRecord } from "../tables/records";
import type { FoundTable } from "../tables/types";
import { judgedYears, judgeLowResults, type LowResultJudgement } from "./lowResults";
import { partnerPairs, type PartnerPair } from "./partners";
import { type IdentificationData, readIdentificationData, type SchoolRef } from "./resultsData";
import type { IdentificationSettings } from "./settings";
import { stableHighSchools, type StableHighSchool } from "./stableHigh";
import { type WellBeingIndex, wellBeingIndex } from "./wellBeingIndex";

export interface Identification {
  data: IdentificationData;
  /** Years judged (settings, else every year of the results). */
  years: number[];
  /** Every school of the results, by municipality and name. */
  judgements: LowResultJudgement[];
  index: WellBeingIndex;
  register: StableHighSchool[];
  pairs: PartnerPair[];
}

export function bySchoolOrder(a: SchoolRef, b: SchoolRef): number {
  return a.municipality.localeCompare(b.municipality, "ru") || a.name.localeCompare(b.name, "ru");
}

/** The four builders of a run ask for the same tables, schools and settings: computed once (nothing is kept past the tables). */
const computed = new WeakMap<
  FoundTable[],
  { schools: readonly SchoolRecord[]; settings: IdentificationSettings; result: Identification }
>();

export function identify(
  tables: FoundTable[],
  schools: readonly SchoolRecord[],
  s: IdentificationSettings,
): Identification {
  const hit = computed.get(tables);
  if (hit && hit.schools === schools && hit.settings === s) return hit.result;
  const result = identifyOnce(tables, schools, s);
  computed.set(tables, { schools, settings: s, result });
  return result;
}

function identifyOnce(
  tables: FoundTable[],
  schools: readonly SchoolRecord[],
  s: IdentificationSettings,
): Identification {
  const data = readIdentificationData(tables, schools);
  const judgements = judgeLowResults(data.results, s).sort((a, b) => bySchoolOrder(a.school, b.school));
  const flagged = judgements.filter((j) => j.flagged).map((j) => j.school);
  const register = stableHighSchools(data.results, s, new Set(flagged.map((f) => f.key)));
  return {
    data,
    years: judgedYears(data.results, s),
    judgements,
    index: wellBeingIndex(data.context, s),
    register,
    pairs: partnerPairs(flagged, register, s.partnerCap),
  };
}

/** Keeps a municipal coordinator's own schools (matched as schoolsOfMunicipality matches): the sheets are computed for the region and shown for the filter. */
export function inMunicipality(school: Pick<SchoolRef, "municipality">, municipality: string | undefined): boolean {
  return (
    municipality === undefined ||
    municipality.trim() === "" ||
    normalizeText(school.municipality) === normalizeText(municipality)
  );
}
