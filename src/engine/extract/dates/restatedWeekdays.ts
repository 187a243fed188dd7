// A weekday written before a date restates it ("Monday, Jan. 12, 2026", "Fri. 7/6", "this Friday (June 15)"): the
// claim covers both, as a reader takes them together, and a fix rewrites both. The date carries the value.

import type { DateStyle } from '../../types';
import { differenceInCalendarDays, getDay } from 'date-fns';
import { SP, WEEKDAY, WEEKDAY_ABBREVIATIONS, WRITTEN_WEEKDAY, fullWeekday, weekdayNumber, withCaps } from './patterns';
import type { Candidate } from './values';

/**
 * A weekday (after "this", optionally) and what joins it to the date: a comma or space, a dash, an opening bracket.
 * A shortened weekday needs a point or a comma, so "the couple wed June 5" keeps its verb.
 */
const WEEKDAY_BEFORE = new RegExp(
  `(?<![A-Za-z])(?:(?:[Tt]his|THIS)${SP})?(?:${WEEKDAY}(?:,?${SP}(?:the${SP})?|[ \\t]*\\([ \\t]*|-)|(?:${withCaps(WEEKDAY_ABBREVIATIONS)}|mon|tues?|wed|thu(?:rs)?|fri|sat|sun)(?:\\.,?${SP}|,${SP}))$`,
);

/** Written forms a weekday can restate: a day with its month, in words or figures. */
const RESTATABLE = new Set<DateStyle['form']>(['month-day', 'day-month', 'iso']);

/** A yearless date within a month of the document can only be in the year read; further off the year is in doubt. */
const SURE_YEAR_DAYS = 31;

/**
 * Whether the weekday written in `before` is not the weekday of the candidate's date. Only where the year is sure:
 * written, or a yearless date near the document (further off, the weekday may be what tells the year).
 */
function contradicts(before: string, c: Candidate, doc: Date | undefined): boolean {
  const { year, month, day } = c.date;
  const written = WRITTEN_WEEKDAY.exec(before)?.[0];
  if (year === undefined || month === undefined || day === undefined || !written) return false;
  const date = new Date(year, month - 1, day);
  if (!c.style.withYear && (!doc || Math.abs(differenceInCalendarDays(date, doc)) > SURE_YEAR_DAYS)) return false;
  return weekdayNumber(fullWeekday(written)) !== getDay(date);
}

/**
 * `kept` sorted by start, overlaps settled: each restatable date takes in the weekday written just before it. A
 * weekday that is not the date's ("Friday, June 23" in a year where that is a Saturday) restates nothing: it stays a
 * claim of its own beside the date, so a fact for either day can show the slip.
 */
export function withRestatedWeekdays(text: string, kept: Candidate[], doc: Date | undefined): Candidate[] {
  const contradicting: Array<[number, number]> = [];
  const out = kept.map((c, i) => {
    if (c.restating || c.relative || c.date.precision !== 'day' || c.date.span || !RESTATABLE.has(c.style.form)) return c;
    const previous = kept.slice(0, i).filter((k) => !k.restating);
    const from = Math.max(previous.length ? previous[previous.length - 1].end : 0, c.start - 30);
    const m = WEEKDAY_BEFORE.exec(text.slice(from, c.start));
    if (!m) return c;
    const start = c.start - m[0].length;
    if (contradicts(m[0], c, doc)) {
      contradicting.push([start, c.start]);
      return c;
    }
    const bracket = m[0].includes('(');
    const close = bracket ? /^[ \t]*\)/.exec(text.slice(c.end, c.end + 4)) : null;
    if (bracket && !close) return c;
    const end = c.end + (close?.[0].length ?? 0);
    const style: DateStyle = { ...c.style, restated: { before: text.slice(start, c.start), after: text.slice(c.end, end) } };
    return { ...c, start, end, style };
  });
  // A weekday before a date is its own claim only where it contradicts the date.
  return out.filter((c) => !c.restating || contradicting.some(([from, to]) => c.end > from && c.end <= to));
}
