// "Two days later" and "the next day" count from a day the same sentence has stated: "The levee broke on May 3 and
// crews sealed it two days later" dates the sealing May 5. Without such a day the phrase counts from an event told
// elsewhere in the story, which the text does not date, and nothing is read.

import { addDays, addWeeks } from 'date-fns';
import { COUNT, countOf } from './counts';
import { sentenceAround } from './tense';
import { dayOf, dayValue, type Candidate } from './values';

const LATER = new RegExp(`\\b(?:${COUNT}[ \\t]+(day|week)s?[ \\t]+later|(?<next>(?:the[ \\t]+)?(?:next|following)[ \\t]+day))\\b`, 'gi');

const HEDGED = /\b(?:about|around|some|nearly|almost|roughly|over|under|only|than|least|most|within|up[ \t]+to)[ \t]+$/i;

/** `kept` sorted by start, overlaps settled: with the days counted from a day stated earlier in the same sentence. */
export function withLaterDays(text: string, kept: Candidate[]): Candidate[] {
  const added: Candidate[] = [];
  for (const m of text.matchAll(LATER)) {
    const start = m.index;
    const end = start + m[0].length;
    if (kept.some((k) => k.start < end && start < k.end)) continue;
    // "about two days later" is no one day; "two days later than planned" compares.
    if (HEDGED.test(text.slice(Math.max(0, start - 16), start)) || /^[ \t]+than\b/i.test(text.slice(end, end + 6))) continue;
    const { from } = sentenceAround(text, start, end);
    const anchor = kept.filter((k) => k.start >= from && k.end <= start).pop();
    const day = anchor && dayOf(anchor);
    if (!anchor || !day) continue;
    const count = m.groups?.next ? 1 : countOf(m[1]);
    if (!count) continue;
    const date = m[2]?.toLowerCase() === 'week' ? addWeeks(day, count) : addDays(day, count);
    const c: Candidate = { start, end, date: dayValue(date), style: { form: 'relative' } };
    if (anchor.relative) c.relative = true;
    added.push(c);
  }
  return added.length ? [...kept, ...added].sort((a, b) => a.start - b.start) : kept;
}
