// A year written in words after a day and its month, as a spoken or formal date gives it: "September 21, nineteen
// seventy-eight", "the tenth of May, two thousand", "Jan. 21 two thousand and eighteen", "June 3, nineteen oh one".
// Only there: alone, "nineteen seventy" is as likely a count.

import type { DateStyle } from '../../types';
import { ONES, TENS_WORDS } from '../numberWords';
import { followsCount } from './context';
import type { Candidate } from './values';

const UNIT = ONES.slice(1, 10);
const TEEN = ONES.slice(10, 20);
const TENS = TENS_WORDS.slice(2);
const below100 = `(?:(?:${TENS.join('|')})(?:[ -](?:${UNIT.join('|')}))?|${TEEN.join('|')}|${UNIT.join('|')})`;
const pairSecond = `(?:hundred|(?:oh|o|zero)[ -](?:${UNIT.join('|')})|(?:${TENS.join('|')})(?:[ -](?:${UNIT.join('|')}))?|${TEEN.join('|')})`;
const YEAR_WORDS = new RegExp(`^(,?[ \\t\\u00a0]+)(two thousand(?:(?: and)? ${below100})?|(?:eighteen|nineteen|twenty) ${pairSecond})(?![A-Za-z-])`, 'i');

/** The number 1-99 written in words ("seventy-eight", "twelve", "oh one"), or undefined. */
function wordsBelow100(words: string): number | undefined {
  const parts = words
    .toLowerCase()
    .split(/[ -]+/)
    .filter((w) => w !== 'oh' && w !== 'o' && w !== 'zero' && w !== 'and');
  let n = 0;
  for (const w of parts) {
    const tens = TENS.indexOf(w);
    const ones = ONES.indexOf(w);
    if (tens >= 0) n += (tens + 2) * 10;
    else if (ones > 0) n += ones;
    else return undefined;
  }
  return n;
}

/** The year that words such as "nineteen seventy-eight" or "two thousand and five" name. */
export function yearFromWords(words: string): number | undefined {
  const w = words.toLowerCase().replace(/\s+/g, ' ');
  if (w.startsWith('two thousand')) {
    const rest = w.slice('two thousand'.length).trim();
    return rest ? addTo(2000, wordsBelow100(rest)) : 2000;
  }
  const [century, ...rest] = w.split(' ');
  const first = ONES.indexOf(century) >= 0 ? ONES.indexOf(century) : TENS.indexOf(century) === 0 ? 20 : -1;
  if (first < 0) return undefined;
  const tail = rest.join(' ');
  return tail === 'hundred' ? first * 100 : addTo(first * 100, wordsBelow100(tail));
}

const addTo = (base: number, n: number | undefined): number | undefined => (n === undefined ? undefined : base + n);

/** Written forms a year in words can follow: a day with its month. */
const DAY_FORMS = new Set<DateStyle['form']>(['month-day', 'day-month']);

/** `kept` with overlaps settled: a day written with its month and no year takes in a year in words after it. */
export function withYearsInWords(text: string, kept: Candidate[]): Candidate[] {
  return kept.map((c) => {
    if (c.relative || c.style.withYear || c.date.precision !== 'day' || !DAY_FORMS.has(c.style.form)) return c;
    const m = YEAR_WORDS.exec(text.slice(c.end, c.end + 60));
    if (!m) return c;
    const end = c.end + m[0].length;
    const year = yearFromWords(m[2]);
    if (year === undefined || followsCount(text.slice(end, end + 40))) return c;
    return { ...c, end, date: { ...c.date, year }, style: { ...c.style, withYear: true } };
  });
}
