// The year a date written without one belongs to, from the document's date.

import { differenceInCalendarDays, endOfMonth } from 'date-fns';

/**
 * News reports the past: a yearless date falling more than about two months after the document belongs to the
 * year before; when the words look forward ("will", "is due", "effective") one more than two months before it
 * belongs to the year after. The two months' slack keeps a date of this story in its year when the document's own
 * date is a few days off or the story mentions what comes next without a future verb.
 */
export function inferYear(month: number, day: number | undefined, doc: Date | undefined, forward = false): number | undefined {
  if (!doc) return undefined;
  const year = doc.getFullYear();
  const first = new Date(year, month - 1, day ?? 1);
  const last = day === undefined ? endOfMonth(first) : first;
  if (forward) return differenceInCalendarDays(doc, last) > 62 ? year + 1 : year;
  return differenceInCalendarDays(first, doc) > 62 ? year - 1 : year;
}
