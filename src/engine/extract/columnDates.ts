// A table's Date column: "| August | Talks begin |" under "| Date | Event |". Prose needs "in August" before a bare
// month means a date (May, March and August are also words and names); under a Date header the cell is one.

import type { Span } from '../types';
import { extractDates, type ExtractedDate } from './dates';
import { tableCells } from '../text/tables';
import { moveSpan } from '../shift';

/** The preposition a bare month or year takes in prose to be read as a date. */
const AS_PROSE = 'in ';

/** Dates of a row's Date-column cells that say only a date and that prose rules leave unread, in document offsets. */
export function columnDates(visible: string, row: Span, documentDate: string | undefined, found: readonly Span[]): ExtractedDate[] {
  const out: ExtractedDate[] = [];
  for (const cell of tableCells(visible, row)) {
    if (!cell.dateColumn || found.some((d) => d.start < cell.span.end && d.end > cell.span.start)) continue;
    const text = visible.slice(cell.span.start, cell.span.end);
    const [date] = extractDates(AS_PROSE + text, documentDate);
    // Only a cell that is a date and nothing else: "Later that month" is not read as a date here.
    if (!date || date.start !== AS_PROSE.length || date.end !== AS_PROSE.length + text.length) continue;
    const delta = cell.span.start - AS_PROSE.length;
    out.push({ ...date, ...moveSpan(date, delta) });
  }
  return out;
}
