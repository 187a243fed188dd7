// Anaphoric dates ("two days later", "the next day", "a week later", "two Mondays later", "three months later")
// count from the reference time the narration has reached: the latest date stated before them in their paragraph,
// nearest first ("The levee broke on May 3. Crews sealed it two days later." dates the sealing May 5), a day read
// this way included, so a chain of them moves on with the story. The paragraph bounds the search: a news paragraph
// is a step of the story, the next one often turns to another time, and a check reads paragraph by paragraph, so a
// day in an earlier one would make a paragraph's dates depend on text outside it. Where that latest date is no
// single day ("in March"), there is no day to count from and nothing is read. Where no date at all stands before
// the phrase in its paragraph, it counts from the document's date, the narration's "now"; which event it follows is
// then a guess, so the date is marked and the checker never judges it.

import { addDays, addWeeks, nextDay } from 'date-fns';
import type { DateValue } from '../../types';
import { paragraphs } from '../../text/sentences';
import { COUNT, countOf } from './counts';
import { moveBy, periodValue, TERMS } from './lengths';
import { SP, WEEKDAY, fullWeekday, weekdayNumber } from './patterns';
import { dayOf, dayValue, type Candidate } from './values';

const LATER = new RegExp(
  `\\b(?:(?<terms>${TERMS})${SP}later|(?<times>${COUNT})${SP}(?<wd>${WEEKDAY})s?${SP}later|(?<next>(?:the[ \\t]+)?(?:next|following)[ \\t]+day))\\b`,
  'gi',
);

const HEDGED = /\b(?:about|around|some|nearly|almost|roughly|over|under|only|than|least|most|within|up[ \t]+to)[ \t]+$/i;

/**
 * The date a LATER match names, counted on from `from`: a day for days and weeks ("a week later"), for weekdays
 * ("two Mondays later", the second Monday after) and for mixed terms ("2 years 21 days later"); the month or the
 * year for months or years alone ("three months later").
 */
function laterValue(m: RegExpMatchArray, from: Date): DateValue | undefined {
  const g = m.groups ?? {};
  if (g.next) return dayValue(addDays(from, 1));
  if (g.wd) {
    const count = countOf(g.times ?? '');
    return count ? dayValue(addWeeks(nextDay(from, weekdayNumber(fullWeekday(g.wd))), count - 1)) : undefined;
  }
  const moved = moveBy(from, g.terms ?? '', 1);
  if (!moved) return undefined;
  const coarse = moved.terms === 1 && (moved.widest === 'month' || moved.widest === 'year');
  return coarse ? periodValue(moved.widest, moved.date) : dayValue(moved.date);
}

/** The start of the paragraph holding `at`, of the paragraphs starting at `starts`. */
function paragraphStart(starts: number[], at: number): number {
  let from = 0;
  for (const s of starts) if (s <= at) from = s;
  return from;
}

/**
 * `kept` sorted by start, overlaps settled: with the days counted from the latest date stated before them in their
 * paragraph, or from `doc` where none is (those marked `fromDocumentDate`).
 */
export function withLaterDays(text: string, kept: Candidate[], doc: Date | undefined): Candidate[] {
  const dated = [...kept];
  let starts: number[] | undefined;
  let added = false;
  for (const m of text.matchAll(LATER)) {
    const start = m.index;
    const end = start + m[0].length;
    if (kept.some((k) => k.start < end && start < k.end)) continue;
    // "about two days later" is no one day; "two days later than planned" compares.
    if (HEDGED.test(text.slice(Math.max(0, start - 16), start)) || /^[ \t]+than\b/i.test(text.slice(end, end + 6))) continue;
    starts ??= paragraphs(text).map((p) => p.start);
    const from = paragraphStart(starts, start);
    const anchor = dated.filter((k) => k.start >= from && k.end <= start).pop();
    const day = anchor ? dayOf(anchor) : doc;
    const date = day && laterValue(m, day);
    if (!date) continue;
    const c: Candidate = { start, end, date, style: { form: 'relative' } };
    if (!anchor || anchor.relative) c.relative = true;
    if (!anchor || anchor.fromDocumentDate) c.fromDocumentDate = true;
    // Kept in text order, so that a later phrase takes this one as its reference time.
    dated.splice(dated.filter((k) => k.start < start).length, 0, c);
    added = true;
  }
  return added ? dated : kept;
}
