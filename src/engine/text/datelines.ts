// A page's own date, where news pages print it, near the top: a "date 2018-09-16" line, a date alone on a line, a
// "Published ..." or "By NAME, Month D, YYYY" line, a wire dateline "MANILA, Sept. 16 (AP) —". These
// date the page; they are not claims about the story, and are masked before claims are read.

import type { Span } from '../types';

const MONTH = '(?:Jan(?:uary)?|Feb(?:ruary)?|Mar(?:ch)?|Apr(?:il)?|May|June?|July?|Aug(?:ust)?|Sept?(?:ember)?|Oct(?:ober)?|Nov(?:ember)?|Dec(?:ember)?)\\.?';
const WEEKDAY = '(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day';
const TIME = '\\d{1,2}[:.]\\d{2}\\s*(?:[AaPp]\\.?[Mm]\\.?)?(?:\\s*[A-Z]{2,4})?';
const DAY_DATE = `(?:${MONTH}\\s+\\d{1,2}(?:st|nd|rd|th)?,?\\s+\\d{4}|\\d{1,2}\\s+${MONTH},?\\s+\\d{4}|\\d{4}-\\d{2}-\\d{2}(?:T[\\d:.]+Z?)?)`;

/** "date 2018-09-16", "Date: 2018-09-16" opening a line. */
const DATE_PREFIX = /^[ \t]*date[ \t]*:?[ \t]+\d{4}-\d{2}-\d{2}(?:[T ][\d:]+Z?)?/gim;
/** One date of a date line, with the word and times pages print around it: "Updated 7 March 2025, 08:15". */
const DATE_SEGMENT = `(?:(?:published|posted|updated|last updated|first published|modified)[ \\t]*(?:on|at)?:?[ \\t]*)?(?:${TIME}[ \\t]*[|,·-]?[ \\t]*)?(?:${WEEKDAY},?[ \\t]*)?${DAY_DATE}(?:[ \\t]*(?:[|,·-]|at)?[ \\t]*${TIME})?`;
/** A line that is only dates: one, or several a bar or dot divides ("Published 6 March 2025 | Updated 7 March 2025"). */
const DATE_LINE = new RegExp(`^[ \\t]*(?:[/|•·\\-–][ \\t]*)?${DATE_SEGMENT}(?:[ \\t]*[|•·][ \\t]*${DATE_SEGMENT})*[ \\t]*$`, 'gimu');
/** "By Jane Doe, March 3, 2024" and "By Jane Doe | Updated March 3, 2024". */
const BYLINE = new RegExp(
  `^[ \\t]*by[ \\t]+[^\\n]{1,80}?((?:(?:updated|published)[ \\t]+)?(?:${WEEKDAY},?[ \\t]*)?${DAY_DATE}(?:[ \\t]*(?:at)?[ \\t]*${TIME})?)[ \\t]*$`,
  'gimu',
);
/**
 * A wire dateline near a line's start: "Manila, Sep 16 (IANS)", "GENEVA, 3 March (Reuters)", "LIMA, 2 December
 * 2025 —": a place, its date, then the agency or a dash.
 */
const WIRE = new RegExp(
  `^(.{0,60}?\\p{Lu}[\\p{L} .'’-]{1,40},[ \\t]*)((?:${MONTH}[ \\t]+\\d{1,2}|\\d{1,2}[ \\t]+${MONTH})(?:,?[ \\t]+\\d{4})?)(?=[ \\t]*(?:\\((?:[A-Z][\\w-]*)\\)|[—–]|-[ \\t]))`,
  'gmu',
);

/** Pages print their own date near the top, under menus and headlines: how far down to look, in lines. */
const HEAD_LINES = 60;

function headEnd(text: string): number {
  let at = 0;
  for (let n = 0; n < HEAD_LINES; n++) {
    const nl = text.indexOf('\n', at);
    if (nl < 0) return text.length;
    at = nl + 1;
  }
  return at;
}

/** Spans of the page's own date lines and datelines in a text (in its first lines: a page dates itself at the top). */
export function datelineSpans(full: string): Span[] {
  const text = full.slice(0, headEnd(full));
  const out: Span[] = [];
  for (const m of text.matchAll(DATE_PREFIX)) out.push({ start: m.index ?? 0, end: (m.index ?? 0) + m[0].length });
  for (const m of text.matchAll(DATE_LINE)) out.push({ start: m.index ?? 0, end: (m.index ?? 0) + m[0].length });
  for (const m of text.matchAll(BYLINE)) {
    const end = (m.index ?? 0) + m[0].trimEnd().length;
    out.push({ start: end - m[1].length, end });
  }
  for (const m of text.matchAll(WIRE)) {
    const start = (m.index ?? 0) + m[1].length;
    out.push({ start, end: start + m[2].length });
  }
  return out;
}
