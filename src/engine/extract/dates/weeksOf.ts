// "The week of March 3" names the Monday-to-Sunday week that holds that day, not the day: schedules and
// reports date a week by one of its days.

import { addDays } from 'date-fns';
import { dayOf, rangeValue, type Candidate } from './values';
import { weekStart } from './weeks';

// Only with "the": "a week of May 3 protests" counts a week of something.
const WEEK_OF_BEFORE = /\bthe[ \t]+week[ \t]+of[ \t]+$/i;

/** `kept` sorted by start, overlaps settled: a single day after "the week of" widened to its week. */
export function withWeeksOf(text: string, kept: Candidate[]): Candidate[] {
  return kept.map((c) => {
    const day = dayOf(c);
    // A written date only: "the week of Monday" is no way to date a week.
    if (c.relative || !day) return c;
    const before = WEEK_OF_BEFORE.exec(text.slice(Math.max(0, c.start - 20), c.start));
    if (!before) return c;
    const monday = weekStart(day);
    return { ...c, start: c.start - before[0].length, date: rangeValue(monday, addDays(monday, 6)), style: { form: 'relative', withYear: c.style.withYear } };
  });
}
