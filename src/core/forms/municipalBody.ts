/**
 * Which plan items a municipality reports on in its quarterly form (SPEC §10): those whose executor names a
 * municipal body — МОУО, ОМСУ, управление/отдел образования, муниципальный координатор, органы местного
 * самоуправления, in any case or number — or the municipality itself; when no item of the plan names one, every item.
 * The executor's whole text is read, however the plan splits it into executors.
 */
import { normalizeText } from "../cell";

/** Letters of a Russian word: JavaScript's \b does not know Cyrillic. */
const L = "а-яa-z0-9";
const word = (stem: string): string => `${stem}[${L}]*`;

/** The municipal bodies of SPEC §10, as stems followed by any ending. */
const MUNICIPAL_BODIES: RegExp[] = [
  new RegExp(`(?:^| )(?:моуо|омсу)(?= |$)`),
  new RegExp(`(?:^| )${word("управлени")} ${word("образовани")}`),
  new RegExp(`(?:^| )${word("отдел")} ${word("образовани")}`),
  new RegExp(`(?:^| )${word("муниципальн")} ${word("координатор")}`),
  new RegExp(`(?:^| )${word("орган")} ${word("местн")} ${word("самоуправлени")}`),
  // «муниципальные органы управления образованием»: what МОУО stands for
  new RegExp(`(?:^| )${word("муниципальн")} ${word("орган")} ${word("управлени")} ${word("образовани")}`),
];

/** Does the executor's text name a municipal body? */
export function namesMunicipalBody(executor: string): boolean {
  const text = normalizeText(executor);
  return MUNICIPAL_BODIES.some((re) => re.test(text));
}

/** Words of a municipality's name that say what kind it is, not which: «Калачинский муниципальный район» → «калачинский». */
const KIND_WORDS = new Set([
  "г",
  "город",
  "городской",
  "округ",
  "район",
  "муниципальный",
  "мр",
  "го",
  "мо",
  "рп",
  "пгт",
  "поселок",
  "посёлок",
  "образование",
  "администрация",
]);

const ADJECTIVE = /^(.*?)(?:ий|ый|ой|ая|ое|ие|ые)$/;
const ADJECTIVE_ENDINGS = "(?:ий|ый|ой|ая|ое|ие|ые|ого|ому|ым|им|ом|ую|их|ых|ими|ыми)";
const NOUN = /^(.*?)([аяоеиыь]?)$/;
/** «Омск»: Омска, Омску, Омском, Омске; «Тара»: Тары, Таре, Тару, Тарой. */
const NOUN_ENDINGS = "(?:|а|я|у|ю|ом|ем|е|и|ы|ь|о)";
const FEMININE_NOUN_ENDINGS = "(?:а|я|ы|и|е|у|ю|ой|ей)";

/**
 * A word of a municipality's name in every case: «Калачинский» → «Калачинского», «Омск» → «Омска» (but an
 * adjective's endings for an adjective and a noun's for a noun: «Омской [области]» is not «Омск»).
 */
function anyCase(text: string): RegExp {
  const word = text.replace(/[.*+?^${}()|[\]\\-]/g, "\\$&");
  const adjective = ADJECTIVE.exec(word);
  if (adjective && adjective[1].length >= 3) return new RegExp(`^${adjective[1]}${ADJECTIVE_ENDINGS}$`);
  const [, stem, vowel] = NOUN.exec(word)!;
  const endings = vowel === "а" || vowel === "я" ? FEMININE_NOUN_ENDINGS : NOUN_ENDINGS;
  return new RegExp(`^${stem}${endings}$`);
}

/**
 * A word after which a name is the region's, not a municipality's: «Омской области», «Красноярского края»,
 * «Республики Алтай», «Ханты-Мансийского автономного округа». Many regions have a district of the region's name
 * (Омский, Тюменский, Иркутский районы): «Министерство образования Омской области» does not name Омский МР.
 */
const REGION_WORD = /^(?:област|кра(?:й|я|ю|ем|е)$|республик|автономн)/;

/** Does the executor's text name this municipality (its distinctive words, in any case, not as the region's name)? */
export function namesMunicipality(executor: string, municipality: string): boolean {
  const own = normalizeText(municipality)
    .split(" ")
    .filter((w) => w !== "" && !KIND_WORDS.has(w))
    .map(anyCase);
  if (own.length === 0) return false;
  const words = normalizeText(executor).split(" ");
  return own.every((re) => words.some((w, i) => re.test(w) && !REGION_WORD.test(words[i + 1] ?? "")));
}

/**
 * The items a municipality's form holds, in plan order: those naming a municipal body or the municipality; every
 * item when no item of the plan names a municipal body or any of the municipalities.
 */
export function itemsForMunicipality<T extends { executor: string }>(
  items: readonly T[],
  municipality: string,
  allMunicipalities: readonly string[],
): T[] {
  const municipal = (item: T): boolean => namesMunicipalBody(item.executor);
  const anyNamed = items.some(
    (item) => municipal(item) || allMunicipalities.some((m) => namesMunicipality(item.executor, m)),
  );
  if (!anyNamed) return [...items];
  return items.filter((item) => municipal(item) || namesMunicipality(item.executor, municipality));
}
