// A yearless date followed by the year counted from the document: "3 May last year", "in March next year",
// "Dec. 4 this year". A reader takes the two as one date, in that year, whatever year the month alone would suggest.

import type { DateStyle } from '../../types';
import type { Candidate } from './values';

/** Written forms a counted year can follow: a day with its month, or a month alone. */
const YEARLESS_FORMS = new Set<DateStyle['form']>(['month-day', 'day-month', 'month-year']);
// No comma between: "In May, last year's winner" starts a new phrase; "last year's" names a thing of that year.
const COUNTED_YEAR = /^([ \t\u00a0]+)(last|next|this)[ \t\u00a0]+year\b(?!['’]s)/i;
const YEAR_SHIFT: Record<string, number> = { last: -1, this: 0, next: 1 };

/**
 * `kept` sorted by start, overlaps settled: a date written without a year takes in "last year", "this year" or "next
 * year" right after it (the claim "last year" it would otherwise be is dropped). Needs the document's date.
 */
export function withCountedYears(text: string, kept: Candidate[], doc: Date | undefined): Candidate[] {
  if (!doc) return kept;
  const absorbed = new Set<Candidate>();
  const out: Candidate[] = [];
  for (const c of kept) {
    if (absorbed.has(c)) continue;
    if (c.relative || c.style.withYear || c.date.month === undefined || !YEARLESS_FORMS.has(c.style.form)) {
      out.push(c);
      continue;
    }
    const m = COUNTED_YEAR.exec(text.slice(c.end, c.end + 24));
    const end = c.end + (m?.[0].length ?? 0);
    const yearClaim = m ? kept.find((k) => k.start === c.end + (m[1]?.length ?? 0) && k.end === end) : undefined;
    if (!m || !yearClaim) {
      out.push(c);
      continue;
    }
    absorbed.add(yearClaim);
    const year = doc.getFullYear() + (YEAR_SHIFT[m[2].toLowerCase()] ?? 0);
    out.push({ ...c, end, date: { ...c.date, year }, relative: true });
  }
  return out.filter((c) => !absorbed.has(c));
}
