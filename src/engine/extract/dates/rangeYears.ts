// "between 2 June and 19 September 2023", "from 3 May to 1 August 2021": the year written on a range's second end
// is the first end's too (the year before, where the first end's month comes later: "from December to March 2024").
// Left to the document's date, the first end would fall in whatever year the document is in.

import { isBetweenAt } from './dayRanges';
import type { Span } from '../../types';
import type { Candidate } from './values';

/** Between two ends of a range: "and" (after "between"), "to", "until", "through", a dash. */
const JOIN = /^[ \t\u00a0]*(and|to|until|till|through|-|–)[ \t\u00a0]*$/i;

/** `kept` sorted by start: a yearless first end of a range takes the year of its second end. */
export function withRangeYears(text: string, kept: Candidate[]): Candidate[] {
  return kept.map((c, i) => {
    const next = kept[i + 1];
    if (!next || c.relative || next.relative || c.style.withYear || !next.style.withYear) return c;
    const year = next.date.year;
    if (year === undefined || c.date.month === undefined || next.date.month === undefined) return c;
    if (!joinsRange(text, c, next)) return c;
    return { ...c, date: { ...c.date, year: c.date.month > next.date.month ? year - 1 : year } };
  });
}

/** `a` and `b` are the two ends of one range of days: "to", "until", a dash between them, or "and" after "between". */
export function joinsRange(text: string, a: Span, b: Span): boolean {
  const join = JOIN.exec(text.slice(a.end, b.start));
  return !!join && (join[1].toLowerCase() !== 'and' || isBetweenAt(text, a.start));
}
