// A weekday written before a date restates it ("Monday, Jan. 12, 2026", "Fri. 7/6", "this Friday (June 15)"): the
// claim covers both, as a reader takes them together, and a fix rewrites both. The date carries the value.

import type { DateStyle } from '../../types';
import { SP, WEEKDAY, WEEKDAY_ABBREVIATIONS, withCaps } from './patterns';
import type { Candidate } from './values';

/**
 * A weekday (after "this", optionally) and what joins it to the date: a comma or space, a dash, an opening bracket.
 * A shortened weekday needs a point or a comma, so "the couple wed June 5" keeps its verb.
 */
const WEEKDAY_BEFORE = new RegExp(
  `(?<![A-Za-z])(?:(?:[Tt]his|THIS)${SP})?(?:${WEEKDAY}(?:,?${SP}|[ \\t]*\\([ \\t]*|-)|(?:${withCaps(WEEKDAY_ABBREVIATIONS)}|mon|tues?|wed|thu(?:rs)?|fri|sat|sun)(?:\\.,?${SP}|,${SP}))$`,
);

/** Written forms a weekday can restate: a day with its month, in words or figures. */
const RESTATABLE = new Set<DateStyle['form']>(['month-day', 'day-month', 'iso']);

/** `kept` sorted by start, overlaps settled: each restatable date takes in the weekday written just before it. */
export function withRestatedWeekdays(text: string, kept: Candidate[]): Candidate[] {
  return kept.map((c, i) => {
    if (c.relative || c.date.precision !== 'day' || c.date.span || !RESTATABLE.has(c.style.form)) return c;
    const from = Math.max(i > 0 ? kept[i - 1].end : 0, c.start - 30);
    const m = WEEKDAY_BEFORE.exec(text.slice(from, c.start));
    if (!m) return c;
    const bracket = m[0].includes('(');
    const close = bracket ? /^[ \t]*\)/.exec(text.slice(c.end, c.end + 4)) : null;
    if (bracket && !close) return c;
    const start = c.start - m[0].length;
    const end = c.end + (close?.[0].length ?? 0);
    const style: DateStyle = { ...c.style, restated: { before: text.slice(start, c.start), after: text.slice(c.end, end) } };
    return { ...c, start, end, style };
  });
}
