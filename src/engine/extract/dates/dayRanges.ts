// Ranges of days written with words rather than a dash: "Nov. 21 to 24", "from 21 to 24 November", "between 21 and 24
// November", "between Nov. 21 and 24, 2016". "and" makes a range only after "between": "21 and 24 November" are two
// days. The claim starts at the first day; "between" and "from" stay outside it, as other prepositions do.

import type { DateValue } from '../../types';
import { followsCount } from './context';
import { validDay, type Candidate } from './values';

const TO = '(?:to|until|till|through|and)';
const SPACE = '[ \\t\\u00a0]+';
const DAY_NUMBER = '([0-3]?\\d)(?:st|nd|rd|th)?';
/** After "Nov. 21": " to 24", optionally with the year. */
const AFTER = new RegExp(`^${SPACE}(${TO})${SPACE}${DAY_NUMBER}(?![\\dA-Za-z%]|[.,:]\\d)(?:,?${SPACE}((?:1[89]|20)\\d\\d)(?![\\dA-Za-z%]|[.,]\\d))?`);
/** Before "24 November": "21 to ". */
const BEFORE = new RegExp(`(?<![\\w.,$€£/-])${DAY_NUMBER}${SPACE}(${TO})${SPACE}$`);

/** "between" stands right before `at`: only then does "and" join the two ends of a range. */
export function isBetweenAt(text: string, at: number): boolean {
  return /\bbetween[ \t\u00a0]+$/i.test(text.slice(Math.max(0, at - 12), at));
}

function ranged(c: Candidate, first: number, last: number, year?: number): DateValue | undefined {
  const y = year ?? c.date.year;
  const month = c.date.month as number;
  if (last <= first || !validDay(y, month, first) || !validDay(y, month, last)) return undefined;
  const date: DateValue = { ...c.date, day: first, span: last - first + 1 };
  if (y !== undefined) date.year = y;
  return date;
}

/** `kept` sorted by start, overlaps settled: a day with its month takes in the other end of a range written in words. */
export function withDayRanges(text: string, kept: Candidate[]): Candidate[] {
  return kept.map((c, i) => {
    if (c.relative || c.date.precision !== 'day' || c.date.span || c.date.day === undefined) return c;
    const nextStart = kept[i + 1]?.start ?? text.length;
    const prevEnd = kept[i - 1]?.end ?? 0;
    if (c.style.form === 'month-day' && c.style.monthName && !c.style.withYear) {
      const m = AFTER.exec(text.slice(c.end, nextStart));
      if (!m || (m[1] === 'and' && !isBetweenAt(text, c.start))) return c;
      const end = c.end + m[0].length;
      if (followsCount(text.slice(end, end + 40))) return c;
      const date = ranged(c, c.date.day, Number(m[2]), m[3] ? Number(m[3]) : undefined);
      return date ? { ...c, end, date, style: { ...c.style, withYear: Boolean(m[3]) } } : c;
    }
    if (c.style.form === 'day-month') {
      const m = BEFORE.exec(text.slice(Math.max(prevEnd, c.start - 20), c.start));
      if (!m) return c;
      const start = c.start - m[0].length;
      if (m[2] === 'and' && !isBetweenAt(text, start)) return c;
      const date = ranged(c, Number(m[1]), c.date.day);
      return date ? { ...c, start, date } : c;
    }
    return c;
  });
}
