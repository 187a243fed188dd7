// Comparing a draft's date with a cited one. A date value is read as the closed interval of days it covers,
// so precision decides the verdict: "late November" is true of 2025-11-29, "November 29" is more than a
// source saying only "2025-11" supports.

import { differenceInCalendarDays } from 'date-fns';
import type { DatePart, DateValue } from '../types';
import { calendarDate, daysIn } from '../lexicon/calendar';

export type DateRelation = 'agrees' | 'unsupported' | 'disagrees';

/** A leap year, so that a yearless February 29 compared with a yearless value still exists. */
const LEAP_YEAR = 2000;
const EPOCH = new Date(1970, 0, 1);

export function dayNumber(year: number, month: number, day: number): number {
  return differenceInCalendarDays(calendarDate(year, month, day), EPOCH);
}

const MONTH_PARTS: Record<DatePart, [number, number]> = { early: [1, 10], mid: [11, 20], late: [21, 31] };
const YEAR_PARTS: Record<DatePart, [number, number]> = { early: [1, 4], mid: [5, 8], late: [9, 12] };

/**
 * The closed interval of days (days since 1970-01-01) the value covers: a day (or `span` days from it), a month or
 * a third of one (early 1-10, mid 11-20, late 21-end), a year or a third of one (Jan-Apr, May-Aug, Sep-Dec).
 * Undefined when the year is unknown and no fallback is given, or the value is incomplete.
 */
export function dateInterval(v: DateValue, fallbackYear?: number): { from: number; to: number } | undefined {
  const year = v.year ?? fallbackYear;
  if (year === undefined) return undefined;
  if (v.precision === 'day') {
    if (v.month === undefined || v.day === undefined) return undefined;
    const from = dayNumber(year, v.month, v.day);
    return { from, to: from + Math.max(1, v.span ?? 1) - 1 };
  }
  if (v.precision === 'month') {
    if (v.month === undefined) return undefined;
    const last = daysIn(year, v.month);
    const [a, b] = v.part ? MONTH_PARTS[v.part] : [1, last];
    return { from: dayNumber(year, v.month, a), to: dayNumber(year, v.month, Math.min(b, last)) };
  }
  const [m1, m2] = v.part ? YEAR_PARTS[v.part] : [1, 12];
  return { from: dayNumber(year, m1, 1), to: dayNumber(year, m2, daysIn(year, m2)) };
}

/**
 * agrees: the claim, at the precision it was written, contains what the source says; disagrees: no day in common;
 * unsupported: they overlap but the claim says more than the source. A yearless claim takes the cited year.
 */
export function compareDates(claim: DateValue, cited: DateValue): DateRelation {
  const fallback = cited.year ?? claim.year ?? LEAP_YEAR;
  const a = dateInterval(claim, fallback);
  const b = dateInterval(cited, claim.year ?? fallback);
  if (!a || !b) return 'unsupported';
  if (a.from <= b.from && b.to <= a.to) return 'agrees';
  if (a.to < b.from || b.to < a.from) return 'disagrees';
  return 'unsupported';
}
