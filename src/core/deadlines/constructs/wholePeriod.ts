/**
 * The whole plan period: «в течение года», «В течение всего периода», «в течении срока» (a real typo),
 * «в течение учебного года», «постоянно», «весь период», and the abbreviations and slips of real plans: «в теч. года»,
 * «в теч-е года», «в течении года», «в течение уч. года». Remarks after it («по отдельному плану») are kept as a note.
 * After a window, «сентябрь, в течение года» runs from that window to the end of its year (the joining of
 * parseDeadline). «в течение 2021 года» is not one of these: it names a year.
 */
import { WHOLE_PERIOD_PHRASES, wholePeriodScope } from "../dictionaries";
import { type Construct, firstWords, phraseMatcher } from "../pieces";

const matchPhrase = phraseMatcher(WHOLE_PERIOD_PHRASES);

export const wholePeriod: Construct = {
  startsWith: { words: firstWords(WHOLE_PERIOD_PHRASES) },
  read(tokens, i) {
    const phrase = matchPhrase(tokens, i);
    return phrase ? { next: i + phrase.length, pieces: [{ t: "wholePeriod", scope: wholePeriodScope(phrase) }] } : null;
  },
};
