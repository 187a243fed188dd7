// Relative dates a text holds when no date is known to read them against: they are never guessed, but the writer is
// shown where they stand ("on Monday", "last week") so a date can be given.

import type { Span } from '../../types';
import { extractDates } from './extract';

export interface UnresolvedDate extends Span {
  text: string;
}

/** Any day will do to find what a date would have resolved: only where the phrases stand is kept. */
const PROBE = '2000-01-03';

/**
 * The relative dates in `visible` (masked text, document offsets), without a value. A day counted from the document's
 * date for want of a stated one is not among them: a date given would not make it checked.
 */
export function unresolvedDates(visible: string): UnresolvedDate[] {
  return extractDates(visible, PROBE)
    .filter((d) => d.relative && !d.fromDocumentDate)
    .map((d) => ({ text: d.text, start: d.start, end: d.end }));
}
