/**
 * The words of a range «с … по …»: «с 01.02.2022 по 15.04.2022», «с 1 по 15 марта 2021 г.», «с сентября по
 * декабрь 2021 года». They count only before a date, so «по согласованию с МОУО» stays a remark.
 */
import { type Construct, isWord } from "../pieces";
import { startsPoint } from "./points";

export const rangeWords: Construct = (tokens, i) => {
  if (isWord(tokens, i, ["с", "со"]) && startsPoint(tokens, i + 1)) return { next: i + 1, pieces: [{ t: "rangeFrom" }] };
  if (isWord(tokens, i, ["по"]) && startsPoint(tokens, i + 1)) return { next: i + 1, pieces: [{ t: "rangeTo" }] };
  return null;
};
