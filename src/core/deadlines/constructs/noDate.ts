/**
 * No date at all (status «Без срока»): «по мере необходимости», «по запросу», «по заявкам», «по необходимости».
 * After a recognised deadline the same words are a remark: «В течение года по необходимости».
 */
import { NO_DATE_PHRASES } from "../dictionaries";
import { type Construct, firstWords, phraseMatcher, span } from "../pieces";

const matchPhrase = phraseMatcher(NO_DATE_PHRASES);

export const noDate: Construct = {
  startsWith: { words: firstWords(NO_DATE_PHRASES) },
  read(tokens, i) {
    const phrase = matchPhrase(tokens, i);
    return phrase
      ? { next: i + phrase.length, pieces: [{ t: "noDate", ...span(tokens, i, i + phrase.length) }] }
      : null;
  },
};
