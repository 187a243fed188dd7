// The regex pieces the scanners build their patterns from (month and weekday names, days, years, spaces) and the
// names they read back. Month names alone count only capitalised; next to a day any case does.

import type { Day } from 'date-fns';
import { MONTH_NAMES, WEEKDAY_NAMES } from '../../lexicon/calendar';

export const MONTH_ABBREVIATIONS = ['Jan', 'Feb', 'Mar', 'Apr', 'Jun', 'Jul', 'Aug', 'Sept', 'Sep', 'Oct', 'Nov', 'Dec'];

// A month name alone counts only when capitalised (or in an all-caps dateline): "may be" and "a march" are not dates.
export const withCaps = (words: readonly string[]): string => words.flatMap((w) => [w, w.toUpperCase()]).join('|');
// Next to a day number any case is English ("april 22", "the fourth of may"): text typed in lower case still dates.
export const anyCase = (words: readonly string[]): string => words.flatMap((w) => [w, w.toUpperCase(), w.toLowerCase()]).join('|');
export const FULL_MONTH = `(?:${withCaps(MONTH_NAMES)})(?![A-Za-z])`;
export const MONTH = `(?:${withCaps(MONTH_NAMES)}|(?:${withCaps(MONTH_ABBREVIATIONS)})\\.?)(?![A-Za-z])`;
export const MONTH_WITH_DAY = `(?:${anyCase(MONTH_NAMES)}|(?:${anyCase(MONTH_ABBREVIATIONS)})\\.?)(?![A-Za-z])`;
/** Weekday names are never common words, so lower case counts too ("on friday"); "Tues." and "Wed." as written. */
export const WEEKDAY_ABBREVIATIONS = ['Mon', 'Tues', 'Tue', 'Wed', 'Thurs', 'Thur', 'Thu', 'Fri', 'Sat', 'Sun'];
export const WEEKDAY = `(?:${anyCase(WEEKDAY_NAMES)})`;
/** The weekday word in the text a restating weekday leaves before its date ("this Friday (", "Wed., the "). */
export const WRITTEN_WEEKDAY = /\b(?:mon|tue|wed|thu|fri|sat|sun)[a-z]*/i;
export const YEAR = '(?:1[89]\\d\\d|20\\d\\d|2100)(?![\\dA-Za-z%]|[.,]\\d)';
/** After a day and a month any four-digit year is one ("5 December 1391"). */
export const YEAR_AFTER_DAY = '(?:1\\d\\d\\d|20\\d\\d|2100)(?![\\dA-Za-z%]|[.,]\\d)';
export const SP = '[ \\t\\u00a0]+';
export const DAY = '(?<day>[0-3]?\\d)(?<ord>st|nd|rd|th)?';
export const DAY2 = `(?:[ \\t]*[-–][ \\t]*(?<day2>[0-3]?\\d)(?:st|nd|rd|th)?)?`;
// A day number must not run on into a time (10:30), a decimal, a percentage or a word; a comma and figures only
// when they are a year ("January 12,2016", typed without its space; "May 1,500 people" is a count).
export const DAY_END = '(?![\\dA-Za-z%]|[.:]\\d|,(?!(?:1[89]\\d\\d|20\\d\\d)(?!\\d|[,.]\\d))\\d)';

export function monthNumber(name: string): number | undefined {
  const bare = name.replace(/\.$/, '').toLowerCase();
  const full = MONTH_NAMES.findIndex((m) => m.toLowerCase() === bare);
  if (full >= 0) return full + 1;
  const abbr = MONTH_NAMES.findIndex((m) => m.toLowerCase().startsWith(bare) && bare.length >= 3);
  return abbr >= 0 ? abbr + 1 : undefined;
}

export function weekdayNumber(name: string): Day {
  return WEEKDAY_NAMES.findIndex((w) => w.toLowerCase() === name.toLowerCase()) as Day;
}

/** The full name of a weekday written whole or shortened ("Tues", "wed"). */
export function fullWeekday(name: string): string {
  const bare = name.toLowerCase();
  return WEEKDAY_NAMES.find((w) => w.toLowerCase().startsWith(bare.slice(0, 3))) ?? name;
}
