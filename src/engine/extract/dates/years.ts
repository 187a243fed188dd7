// The year a date written without one belongs to, from the document's date and the tense of its sentence.

import { differenceInCalendarDays, endOfMonth, getDaysInMonth } from 'date-fns';
import type { Tense } from './tense';

/**
 * A yearless month or day is the most recent one not after the document when its sentence is in the past ("the
 * bridge opened on May 4"), the first one not before it when the words look forward ("will open on May 4"). A
 * sentence with neither (a present-tense schedule: "the trial opens Nov. 20", "the Dec. 5 summit") keeps the
 * document's year up to two months ahead, as a reader takes what comes next in a story; further ahead it is the
 * year before.
 */
export function inferYear(month: number, day: number | undefined, doc: Date | undefined, tense: Tense = 'none'): number | undefined {
  if (!doc) return undefined;
  const year = doc.getFullYear();
  const first = new Date(year, month - 1, day ?? 1);
  const last = day === undefined ? endOfMonth(first) : first;
  let inferred: number;
  if (tense === 'future') inferred = differenceInCalendarDays(doc, last) > 0 ? year + 1 : year;
  else inferred = differenceInCalendarDays(first, doc) > (tense === 'past' ? 0 : PRESENT_SLACK_DAYS) ? year - 1 : year;
  // A yearless February 29 is the last (or next) leap day.
  while (month === 2 && day === 29 && getDaysInMonth(new Date(inferred, 1, 1)) < 29) inferred += tense === 'future' ? 1 : -1;
  return inferred;
}

/** How far ahead of the document a date in a sentence without tense may fall and stay in its year: about two months. */
const PRESENT_SLACK_DAYS = 62;
