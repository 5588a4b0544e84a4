/** Which schools a report covers: all, or one municipality's (a municipal coordinator's view). */
import { normalizeText } from "../cell";
import type { SchoolRecord } from "../tables/records";

/** Schools of `municipality` (matched after normalising case, spaces and punctuation); all when it is absent. */
export function schoolsOfMunicipality(schools: readonly SchoolRecord[], municipality: string | undefined): SchoolRecord[] {
  if (municipality === undefined || municipality.trim() === "") return [...schools];
  const wanted = normalizeText(municipality);
  return schools.filter((s) => normalizeText(s.municipality) === wanted);
}

/** Note under a report's title saying which municipality it covers. */
export function municipalityNote(municipality: string | undefined, count: number): string[] {
  if (municipality === undefined || municipality.trim() === "") return [];
  return count === 0
    ? [`Муниципалитет «${municipality}»: школ с таким муниципалитетом не найдено`]
    : [`Только муниципалитет «${municipality}»: ${count} ОО`];
}
