/**
 * No date at all (status «Без срока»): «по мере необходимости», «по запросу», «по заявкам», «по необходимости».
 * After a recognised deadline the same words are a remark: «В течение года по необходимости».
 */
import { NO_DATE_PHRASES } from "../dictionaries";
import { type Construct, span, startsPhrase } from "../pieces";

export const noDate: Construct = (tokens, i) => {
  const phrase = NO_DATE_PHRASES.find((p) => startsPhrase(tokens, i, p));
  return phrase ? { next: i + phrase.length, pieces: [{ t: "noDate", ...span(tokens, i, i + phrase.length) }] } : null;
};
