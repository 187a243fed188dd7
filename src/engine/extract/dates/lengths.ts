// Lengths of time as relative dates count them: "21 days", "a fortnight", "2 years 21 days", "1 month and 21 days",
// counted back from a day ("ago") or on from one ("later").

import { addDays, addMonths, addWeeks } from 'date-fns';
import type { DateValue } from '../../types';
import { COUNT, countOf } from './counts';
import { dayValue, monthValue, yearValue } from './values';
import { weekStart } from './weeks';

/** One term: "21 days", "a month", "two years", "a fortnight". */
export const TERM = `${COUNT}[ \\t]+(day|week|fortnight|month|year)s?`;
/** One or more terms: "2 years 21 days", "1 month and 21 days", "a year, two months"; not the tail of "1,500 days". */
export const TERMS = `(?<![\\d,.])${TERM}(?:(?:,|[ \\t]+and)?[ \\t]+${TERM})*`;
const UNIT_ORDER = ['day', 'week', 'month', 'year'];

/** A count of a unit as written, with a fortnight counted as the two weeks it is. */
export function counted(unitWord: string, count: number): { unit: string; count: number } {
  const unit = unitWord.toLowerCase();
  return unit === 'fortnight' ? { unit: 'week', count: 2 * count } : { unit, count };
}

/** `d` moved `n` days, weeks, months or years. */
export function shift(unit: string, d: Date, n: number): Date {
  if (unit === 'day') return addDays(d, n);
  return unit === 'week' ? addWeeks(d, n) : unit === 'month' ? addMonths(d, n) : addMonths(d, 12 * n);
}

/** The week (Monday to Sunday), month or year holding `anchor`. */
export function periodValue(unit: string, anchor: Date): DateValue {
  if (unit === 'week') return dayValue(weekStart(anchor), 7);
  if (unit === 'month') return monthValue(anchor);
  return yearValue(anchor.getFullYear());
}

export interface Moved {
  date: Date;
  /** The largest unit among the terms: "2 years 21 days" is counted in years. */
  widest: string;
  /** How many terms were written. */
  terms: number;
  /** The last term's unit and count: "21 days". */
  last: { unit: string; count: number };
}

/** `from` moved by every term written in `written` (a TERMS match), back where `sign` is -1. */
export function moveBy(from: Date, written: string, sign: 1 | -1): Moved | undefined {
  let date = from;
  let widest = 'day';
  let last: { unit: string; count: number } | undefined;
  let terms = 0;
  for (const t of written.matchAll(new RegExp(TERM, 'gi'))) {
    const count = countOf(t[1]);
    if (!count) return undefined;
    last = counted(t[2], count);
    date = shift(last.unit, date, sign * last.count);
    if (UNIT_ORDER.indexOf(last.unit) > UNIT_ORDER.indexOf(widest)) widest = last.unit;
    terms++;
  }
  return last && { date, widest, terms, last };
}
