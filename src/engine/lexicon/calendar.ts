// Month and weekday names, in English and capitalised as written in prose (read by the date extractor,
// written by the date formatter, skipped as cue words by the table builder), and calendar arithmetic.

import { getDaysInMonth } from 'date-fns';

export const MONTH_NAMES = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'] as const;

export const WEEKDAY_NAMES = ['Sunday', 'Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday'] as const;

/** A local calendar date. */
export function calendarDate(year: number, month: number, day: number): Date {
  // new Date(y, ...) maps years 0-99 to 1900-1999; setFullYear does not.
  const d = new Date(2000, month - 1, day);
  d.setFullYear(year, month - 1, day);
  return d;
}

export function daysIn(year: number, month: number): number {
  return getDaysInMonth(calendarDate(year, month, 1));
}
