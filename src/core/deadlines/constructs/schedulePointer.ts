/**
 * A schedule named instead of a date, from a closed list (SPEC §5): «по графику», «по графику ФЦТ», «согласно
 * графику проведения ВПР», «в соответствии с графиком», «в соответствии с планом работы ОО», «в соответствии с КТП»,
 * «по плану ООНОР», «по плану-графику», «по отдельному плану», «по утвержденному графику». The words after the lead, up to a date, a
 * separator or a bracket, belong to it: «по графику ФЦТ» is one pointer. Alone it is «Без срока» with the phrase as
 * the note; beside a readable date («согласно графику, март 2021») the date wins and it is a remark.
 * «см. протокол», «см. приложение 3» are not pointers of the list: they stay unparsed.
 */
import { FREQUENCY_ADVERBS, SCHEDULE_PHRASES } from "../dictionaries";
import { type Construct, firstWords, type Grammar, isWord, phraseMatcher, span, startsPhrase } from "../pieces";
import type { Token } from "../tokenizer";

const matchLead = phraseMatcher(SCHEDULE_PHRASES);

/** Words that start another construct end the pointer: «по графику, ежемесячно», «по плану до 01.03.2021». */
const STOP_WORDS = new Set([
  ...FREQUENCY_ADVERBS.keys(),
  "до",
  "к",
  "не",
  "с",
  "со",
  "каждый",
  "каждую",
  "раз",
  "постоянно",
]);

function endsPointer(tokens: Token[], k: number, grammar: Grammar): boolean {
  return (
    isWord(tokens, k, STOP_WORDS) || startsPhrase(tokens, k, ["в", "течение"]) || grammar.pointAt(tokens, k) !== null
  );
}

export const schedulePointer: Construct = {
  startsWith: { words: firstWords(SCHEDULE_PHRASES) },
  read(tokens, i, grammar) {
    const lead = matchLead(tokens, i);
    if (lead === undefined) return null;
    let next = i + lead.length;
    const bracketed = tokens[i].bracketed;
    for (;;) {
      const t = tokens[next];
      if (
        t?.kind === "dash" &&
        tokens[next - 1].kind === "word" &&
        tokens[next + 1]?.kind === "word" &&
        !endsPointer(tokens, next + 1, grammar)
      )
        next += 2; // «по плану-графику»
      else if (t?.kind === "word" && t.bracketed === bracketed && !endsPointer(tokens, next, grammar)) next++;
      else break;
    }
    return { next, pieces: [{ t: "schedule", ...span(tokens, i, next) }] };
  },
};
