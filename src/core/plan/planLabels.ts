/** How reports and the pane name a plan when a run reads several (SPEC §6: «the plan's title, shortened, or file · sheet»). */
import type { PlanInfo } from "../tables/records";

/** A title longer than this is shortened in the «План» column, keeping its start and its end (where the period is). */
const LABEL_CHARS = 60;
const HEAD_CHARS = 36;
const TAIL_CHARS = 24;

/** Where a title names the plan itself, after lines such as «УТВЕРЖДАЮ Министр образования …». */
const PLAN_WORDS = /(комплекс мер|дорожн\S* карт|план|программ|мероприят)/i;

/** At most `chars` characters of whole words, from the start or (fromEnd) from the end. */
function wordsWithin(words: string[], chars: number, fromEnd: boolean): string[] {
  const list = fromEnd ? [...words].reverse() : words;
  const kept: string[] = [];
  for (const w of list) {
    if ([...kept, w].join(" ").length > chars) break;
    kept.push(w);
  }
  return fromEnd ? kept.reverse() : kept;
}

/** «Комплекс мер по повышению качества … на 2021-2022 годы»: the start names the plan, the end its period. */
function shortened(title: string): string {
  const whole = title.replace(/\s+/g, " ").trim();
  const at = whole.search(PLAN_WORDS);
  const text = at > 0 ? whole.slice(at).replace(/^\p{Ll}/u, (c) => c.toUpperCase()) : whole;
  if (text.length <= LABEL_CHARS) return text;
  const words = text.split(" ");
  const head = wordsWithin(words, HEAD_CHARS, false);
  // «… школ с» reads badly: a dangling preposition goes.
  while (head.length > 1 && head[head.length - 1].length <= 2) head.pop();
  const tail = wordsWithin(words.slice(head.length), TAIL_CHARS, true);
  return `${head.join(" ")} … ${tail.join(" ")}`;
}

/** «Комплекс мер … на 2021-2022 годы», else «район.xlsx · Дорожная карта» (or the sheet); two alike get their sheet. */
export function planLabels(plans: PlanInfo[]): string[] {
  const files = new Set(plans.map((p) => p.file));
  const place = (p: PlanInfo): string => (files.size > 1 && p.file !== undefined ? `${p.file} · ${p.key}` : p.key);
  const labels = plans.map((p) => (p.title ? shortened(p.title) : place(p)));
  return labels.map((label, i) =>
    labels.indexOf(label) !== labels.lastIndexOf(label) && plans[i].title ? `${label} (${place(plans[i])})` : label,
  );
}
