// Monday-to-Sunday weeks: where a week starts, a weekday of this or another week, and the words that shift one.

import { addDays, addWeeks, startOfWeek } from 'date-fns';
import type { Day } from 'date-fns';

/** Monday = 0 ... Sunday = 6: a weekday's place in a Monday-to-Sunday week. */
const weekOffset = (wd: Day): number => (wd + 6) % 7;

export function weekdayOfWeek(doc: Date, weeks: number, wd: Day): Date {
  return addDays(addWeeks(weekStart(doc), weeks), weekOffset(wd));
}

export const WEEK_SHIFT: Record<string, number> = { last: -1, previous: -1, this: 0, next: 1 };

export const weekStart = (d: Date): Date => startOfWeek(d, { weekStartsOn: 1 });
