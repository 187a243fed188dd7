// A year or a month standing alone ("in 1990", "the 2024 election", "since September", "last March"): read only
// where the words around make the time reading the likely one.

import type { DateStyle, DateValue } from '../../types';
import { continuesDates, eventNounFollows, followsCount, limitMovedTo, timePrepositionBefore, wordBefore } from './context';
import { FULL_MONTH, SP, monthNumber } from './patterns';
import { tenseAt } from './tense';
import { yearValue, type Candidate } from './values';
import { inferYear } from './years';

export function scanYears(text: string): Candidate[] {
  const out: Candidate[] = [];
  const accepted = new Set<number>();
  const re = /(?<![\w$€£#.,/'’-])(1[89]\d\d|20\d\d|2100)(?![\w%]|[.,]\d|[-–]\d|:\d)/g;
  for (const m of text.matchAll(re)) {
    const start = m.index;
    const end = start + m[0].length;
    const after = text.slice(end, end + 60);
    if (followsCount(after)) continue;
    const prev = wordBefore(text, start);
    const yearly = prev !== undefined && /^(?:year|fiscal|FY)$/i.test(prev.word);
    // Not for a bare month: "postponed to March" names a month whose year the verb's tense does not tell.
    const dated = timePrepositionBefore(text, start, after) || limitMovedTo(text, start);
    if (!(yearly || dated || continuesDates(text, prev, accepted) || eventNounFollows(after))) continue;
    accepted.add(end);
    out.push({ start, end, date: yearValue(Number(m[0])), style: { form: 'year', withYear: true } });
  }
  return out;
}

export function scanBareMonths(text: string, doc: Date | undefined): Candidate[] {
  const out: Candidate[] = [];
  const accepted = new Set<number>();
  const re = new RegExp(`(?<![A-Za-z])(?<mod>(?:[Ll]ast|[Nn]ext|[Tt]his(?:${SP}(?:past|coming))?)${SP})?(?<month>${FULL_MONTH})(?<poss>['’]s)?`, 'g');
  for (const m of text.matchAll(re)) {
    const g = m.groups as Record<string, string | undefined>;
    const monthName = g.month as string;
    const month = monthNumber(monthName) as number;
    const start = m.index;
    const end = start + m[0].length - (g.poss?.length ?? 0);
    const after = text.slice(end, end + 60);
    const mod = g.mod?.trim().toLowerCase().replace(/\s+/g, ' ');
    // April, May, June and August are also first names: for them a possessive alone does not make a date.
    const possessive = Boolean(g.poss) && ![4, 5, 6, 8].includes(month);
    const likely =
      mod !== undefined ||
      timePrepositionBefore(text, start, after) ||
      continuesDates(text, wordBefore(text, start), accepted) ||
      possessive ||
      eventNounFollows(after);
    if (!likely) continue;
    // "last September 16" is the day, read as "September 16" is: the most recent one.
    if (mod && /^[ \t]+\d{1,2}(?:st|nd|rd|th)?\b/.test(after)) continue;
    const monthStart = start + (g.mod?.length ?? 0);
    accepted.add(end);
    const style: DateStyle = { form: 'month-year', monthName, withYear: false };
    if (!mod) {
      const year = inferYear(month, undefined, doc, tenseAt(text, monthStart, end));
      const date: DateValue = { month, precision: 'month' };
      if (year !== undefined) date.year = year;
      out.push({ start: monthStart, end, date, style });
      continue;
    }
    if (!doc) continue;
    const docMonth = doc.getMonth() + 1;
    const y = doc.getFullYear();
    const year = mod === 'this' ? y : mod === 'next' || mod === 'this coming' ? (month > docMonth ? y : y + 1) : month < docMonth ? y : y - 1;
    out.push({ start, end, date: { year, month, precision: 'month' }, style, relative: true });
  }
  return out;
}
