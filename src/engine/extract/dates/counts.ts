// The small counts of days, weeks, months or weekdays that relative dates are written with: "21 days", "a week",
// "two Sundays". Up to twelve in words, as news spells such counts; larger ones are written in figures.

import { ONES } from '../numberWords';

const WORDS = ONES.slice(1, 13);

/** A regex group for one count: figures, "a"/"an", or "one" to "twelve" (any case, with the `i` flag). */
export const COUNT = `(\\d{1,3}|an?|${WORDS.join('|')})`;

/** The number a count word or figure stands for. */
export function countOf(word: string): number | undefined {
  if (/^\d/.test(word)) return Number(word);
  const w = word.toLowerCase();
  if (w === 'a' || w === 'an') return 1;
  const i = WORDS.indexOf(w);
  return i >= 0 ? i + 1 : undefined;
}
