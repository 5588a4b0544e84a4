/** Which schools a report covers: all, or one municipality's (a municipal coordinator's view). */
import { normalizeText } from "../cell";
import type { SchoolRecord, WorkbookData } from "../tables/records";

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

/** The schools' municipalities, each once (first spelling kept), in Russian alphabetical order; blanks left out. */
export function municipalitiesOf(data: Pick<WorkbookData, "schools">): string[] {
  const byKey = new Map<string, string>();
  for (const school of data.schools) {
    const name = school.municipality.trim();
    const key = normalizeText(name);
    if (key !== "" && !byKey.has(key)) byKey.set(key, name);
  }
  return [...byKey.values()].sort((a, b) => a.localeCompare(b, "ru"));
}
