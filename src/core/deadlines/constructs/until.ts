/**
 * A deadline: «до 23.11.2020», «не позднее 10 декабря 2022 г.», «в срок до 30 января 2021 года», «к 13.11.2020»,
 * «до конца 2022 года», «не позже 1 марта». The window ends on that date (inclusive).
 */
import { type Construct, firstWords, phraseMatcher } from "../pieces";

const PHRASES: string[][] = [
  ["в", "срок", "не", "позднее"],
  ["в", "срок", "до"],
  ["не", "позднее"],
  ["не", "позже"],
  ["до", "конца"],
  ["до"],
  ["к"],
];

const matchPhrase = phraseMatcher(PHRASES);

export const until: Construct = {
  startsWith: { words: firstWords(PHRASES) },
  read(tokens, i) {
    const phrase = matchPhrase(tokens, i);
    return phrase ? { next: i + phrase.length, pieces: [{ t: "until" }] } : null;
  },
};
