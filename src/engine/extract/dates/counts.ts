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

/** The first four ordinals, in words or figures: the quarters of a year, the weeks of a month. */
export const FIRST_FOUR: Record<string, number> = { first: 1, second: 2, third: 3, fourth: 4, '1st': 1, '2nd': 2, '3rd': 3, '4th': 4 };
export const FIRST_FOUR_WORDS = Object.keys(FIRST_FOUR).join('|');
