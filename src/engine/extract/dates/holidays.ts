// Holidays that fix a day of the year ("Thanksgiving", "Christmas Day", "New Year's Eve").

import { addDays, getDay } from 'date-fns';
import { wordBefore } from './context';
import { AFTER_DAY_ORDINAL } from './ordinalDays';
import { marksFuture } from './tense';
import { dayValue, type Candidate } from './values';

/** Holidays that fix a day of the year: read only with a document date, as the most recent one (or the next). */
const HOLIDAYS: Array<{ re: RegExp; day: (year: number) => Date }> = [
  {
    re: /\bChristmas(?:[ \t]+Day)?\b(?![ \t]+(?:Eve|tree|trees|market|markets|lights|card|cards|party|shopping|season|holidays?|period|break|present|presents|gifts?|dinner|lunch))/g,
    day: (y) => new Date(y, 11, 25),
  },
  { re: /\bChristmas[ \t]+Eve\b/g, day: (y) => new Date(y, 11, 24) },
  { re: /\bNew[ \t]+Year['’]s[ \t]+Eve\b/g, day: (y) => new Date(y, 11, 31) },
  { re: /\bNew[ \t]+Year['’]s(?:[ \t]+Day)?\b(?![ \t]+(?:Eve|resolutions?|[Hh]onours|message|address|speech))/g, day: (y) => new Date(y, 0, 1) },
  {
    re: /\bThanksgiving(?:[ \t]+Day)?\b(?![ \t]+(?:weekend|week|holiday|dinner|meal|travel|parade))/g,
    day: (y) => addDays(new Date(y, 10, 1), ((4 - getDay(new Date(y, 10, 1)) + 7) % 7) + 21),
  },
  { re: /\bHalloween\b/g, day: (y) => new Date(y, 9, 31) },
];

/** Words before a holiday that make it the day rather than a season or an adjective ("a Thanksgiving address"). */
const HOLIDAY_PREPOSITIONS = new Set([
  'on',
  'at',
  'by',
  'until',
  'till',
  'since',
  'before',
  'after',
  'over',
  'from',
  'through',
  'around',
  'during',
  'of',
  'and',
  'for',
]);

export function scanHolidays(text: string, doc: Date | undefined): Candidate[] {
  if (!doc) return [];
  const out: Candidate[] = [];
  for (const h of HOLIDAYS) {
    for (const m of text.matchAll(h.re)) {
      const end = m.index + m[0].length;
      if (!HOLIDAY_PREPOSITIONS.has((wordBefore(text, m.index)?.word ?? '').toLowerCase())) continue;
      const after = text.slice(end, end + 12);
      if (/^[ \t]+[a-z]/.test(after) && !AFTER_DAY_ORDINAL.test(after)) continue;
      const forward = marksFuture(text, m.index, end);
      const y = doc.getFullYear();
      const thisYear = h.day(y);
      const d = forward ? (thisYear >= doc ? thisYear : h.day(y + 1)) : thisYear <= doc ? thisYear : h.day(y - 1);
      out.push({ start: m.index, end, date: dayValue(d), style: { form: 'relative' }, relative: true });
    }
  }
  return out;
}
