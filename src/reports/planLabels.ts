/** How reports and the pane name a plan when a run reads several (SPEC §6: «the plan's title, shortened, or file · sheet»). */
import type { PlanInfo } from "../core/tables/records";

/** A title longer than this is shortened in the «План» column, keeping its start and its end (where the period is). */
const LABEL_CHARS = 60;

/** Where a title names the plan itself, after lines such as «УТВЕРЖДАЮ Министр образования …». */
const PLAN_WORDS = /(комплекс мер|дорожн\S* карт|план|программ|мероприят)/i;

function shortened(title: string): string {
  const whole = title.replace(/\s+/g, " ").trim();
  const at = whole.search(PLAN_WORDS);
  const text = at > 0 ? whole.slice(at).replace(/^\p{Ll}/u, (c) => c.toUpperCase()) : whole;
  if (text.length <= LABEL_CHARS) return text;
  const head = text.slice(0, 34).replace(/\s+\S*$/, "");
  const tail = text.slice(-22).replace(/^\S*\s+/, "");
  return `${head} … ${tail}`;
}

/** «Комплекс мер … на 2021-2022 годы», else «район.xlsx · Дорожная карта» (or the sheet); two alike get their sheet. */
export function planLabels(plans: PlanInfo[]): string[] {
  const files = new Set(plans.map((p) => p.file));
  const place = (p: PlanInfo): string => (files.size > 1 && p.file !== undefined ? `${p.file} · ${p.key}` : p.key);
  const labels = plans.map((p) => (p.title ? shortened(p.title) : place(p)));
  return labels.map((label, i) => (labels.indexOf(label) !== labels.lastIndexOf(label) && plans[i].title ? `${label} (${place(plans[i])})` : label));
}
