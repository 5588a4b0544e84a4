/** Which schools a report covers: all, or one municipality's (a municipal coordinator's view). */
import { normalizeText } from "../cell";
import type { SchoolRecord, WorkbookData } from "../tables/records";

/** How a municipality typed for a run matches the schools' municipalities (SPEC §8, issue 24). */
export type MunicipalityMatch =
  { kind: "one"; name: string } | { kind: "none"; closest: string[] } | { kind: "several"; names: string[] };

/** Names offered when nothing matches. */
const CLOSEST = 3;

function words(text: string): string[] {
  return normalizeText(text)
    .split(" ")
    .filter((w) => w !== "");
}

/** Edit distance of two short texts (insert, delete, replace). */
function editDistance(a: string, b: string): number {
  let previous = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    const current = [i];
    for (let j = 1; j <= b.length; j++)
      current[j] = Math.min(previous[j] + 1, current[j - 1] + 1, previous[j - 1] + (a[i - 1] === b[j - 1] ? 0 : 1));
    previous = current;
  }
  return previous[b.length];
}

/** Words a municipality's name carries beside its own (SPEC §8): «г. Омск» is «Омск», «Тарский МР» is «Тарский». */
const KIND_WORDS = new Set(["г", "район", "муниципальный", "мр", "го"]);

function ownWords(text: string): string[] {
  return words(text).filter((w) => !KIND_WORDS.has(w));
}

/**
 * The one municipality whose name holds every given word as a whole word, anywhere in it (case, «ё», «г.»,
 * «район», «муниципальный», «МР», «ГО» aside): «Калачинский» is «Калачинский муниципальный район», «Омск» is
 * «г. Омск», «Калач» is none of them (a word is never cut). A name equal to the given words wins over longer ones;
 * several names holding them are refused. When none matches, the closest names: those a word of which starts with
 * the given text first, then by edit distance of their first words.
 */
export function matchMunicipality(known: readonly string[], wanted: string): MunicipalityMatch {
  const given = words(wanted);
  const own = ownWords(wanted);
  const names = [...new Set(known.map((k) => k.trim()).filter((k) => k !== ""))];
  const holdsGiven = (name: string): boolean => {
    const its = new Set(ownWords(name));
    return own.length > 0 && own.every((w) => its.has(w));
  };
  const exact = names.filter((n) => words(n).join(" ") === given.join(" "));
  if (exact.length > 0) return { kind: "one", name: exact[0] };
  const matches = names.filter(holdsGiven);
  if (matches.length === 1) return { kind: "one", name: matches[0] };
  if (matches.length > 1) return { kind: "several", names: matches.sort((a, b) => a.localeCompare(b, "ru")) };
  const text = given.join(" ");
  const score = (name: string): number => {
    const own = words(name);
    const partial = own.some((w) => text !== "" && w.startsWith(text)) ? 0 : 1;
    return partial * 1000 + editDistance(text, own.slice(0, Math.max(1, given.length)).join(" "));
  };
  const closest = [...names].sort((a, b) => score(a) - score(b) || a.localeCompare(b, "ru")).slice(0, CLOSEST);
  return { kind: "none", closest };
}

/** Why a municipality typed for a run selects no school, in Russian; null when it selects one municipality. */
export function municipalityRefusal(known: readonly string[], wanted: string): string | null {
  const match = matchMunicipality(known, wanted);
  if (match.kind === "one") return null;
  if (match.kind === "several")
    return `муниципалитет «${wanted}» подходит к нескольким муниципалитетам списка школ: ${match.names.map((n) => `«${n}»`).join(", ")}; укажите название точнее.`;
  const closest = match.closest.length > 0 ? `; ближайшие: ${match.closest.map((n) => `«${n}»`).join(", ")}` : "";
  return `муниципалитет «${wanted}» не найден в списке школ: ни одно название не содержит всех этих слов${closest}.`;
}

/** Schools of `municipality` (matched by matchMunicipality); all when it is absent, none when it matches no one municipality. */
export function schoolsOfMunicipality(
  schools: readonly SchoolRecord[],
  municipality: string | undefined,
): SchoolRecord[] {
  if (municipality === undefined || municipality.trim() === "") return [...schools];
  const match = matchMunicipality(
    schools.map((s) => s.municipality),
    municipality,
  );
  if (match.kind !== "one") return [];
  const wanted = normalizeText(match.name);
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
