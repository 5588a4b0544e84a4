/**
 * The words of a range «с … по …»: «с 01.02.2022 по 15.04.2022», «с 1 по 15 марта 2021 г.», «с сентября по
 * декабрь 2021 года». They count only before a date, so «по согласованию с МОУО» stays a remark.
 */
import { type Construct, isWord } from "../pieces";

export const rangeWords: Construct = {
  startsWith: { words: ["с", "со", "по"] },
  read(tokens, i, grammar) {
    if (grammar.pointAt(tokens, i + 1) === null) return null;
    if (isWord(tokens, i, ["с", "со"])) return { next: i + 1, pieces: [{ t: "rangeFrom" }] };
    return isWord(tokens, i, ["по"]) ? { next: i + 1, pieces: [{ t: "rangeTo" }] } : null;
  },
};
