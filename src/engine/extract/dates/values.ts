// The values a date reading produces, and the candidate a scanner proposes before overlaps are settled: pure
// calendar arithmetic on the DateValue type, shared by every scanner.

import { differenceInCalendarDays, getDaysInMonth } from 'date-fns';
import type { DateClaim, DatePart, DateStyle, DateValue } from '../../types';

export type ExtractedDate = Omit<DateClaim, 'sentence'>;

export interface Candidate {
  start: number;
  end: number;
  date: DateValue;
  style: DateStyle;
  relative?: boolean;
  /** Counted from the document's date for want of a day stated before it (see laterDays). */
  fromDocumentDate?: boolean;
  /** A phrase that names no day ("the 31st of this month" in a 30-day month): it covers its words so no part of it is read, and is not reported. */
  void?: boolean;
  /** A weekday written just before a date ("Friday, June 23"): kept only where it is not that date's weekday. */
  restating?: boolean;
}

/** Parses YYYY-MM-DD (a time part is ignored) into a local calendar date; undefined for impossible dates. */
export function parseDocumentDate(s: string | undefined): Date | undefined {
  const m = /^(\d{4})-(\d{2})-(\d{2})(?:[T ][\d:.]*(?:Z|[+-]\d\d:?\d\d)?)?$/.exec((s ?? '').trim());
  if (!m) return undefined;
  const [y, mo, d] = [Number(m[1]), Number(m[2]), Number(m[3])];
  if (mo < 1 || mo > 12 || d < 1 || d > getDaysInMonth(new Date(y, mo - 1, 1))) return undefined;
  return new Date(y, mo - 1, d);
}

export function dayValue(d: Date, span = 1): DateValue {
  const v: DateValue = { year: d.getFullYear(), month: d.getMonth() + 1, day: d.getDate(), precision: 'day' };
  if (span > 1) v.span = span;
  return v;
}

export function rangeValue(from: Date, to: Date): DateValue {
  return dayValue(from, Math.max(1, differenceInCalendarDays(to, from) + 1));
}

export function monthValue(d: Date, part?: DatePart): DateValue {
  const v: DateValue = { year: d.getFullYear(), month: d.getMonth() + 1, precision: 'month' };
  if (part) v.part = part;
  return v;
}

export function yearValue(year: number, part?: DatePart): DateValue {
  const v: DateValue = { year, precision: 'year' };
  if (part) v.part = part;
  return v;
}

export function validDay(year: number | undefined, month: number, day: number): boolean {
  // Without a year, February 29 must stay possible.
  return day >= 1 && day <= getDaysInMonth(new Date(year ?? 2000, month - 1, 1));
}

export function partOf(word: string): DatePart {
  const w = word.toLowerCase();
  return w === 'early' ? 'early' : w === 'mid' ? 'mid' : 'late';
}

/** The single day a candidate names, or undefined for a range, a month or a year. */
export function dayOf(c: Candidate): Date | undefined {
  const { year, month, day, precision, span } = c.date;
  if (precision !== 'day' || span || year === undefined || month === undefined || day === undefined) return undefined;
  return new Date(year, month - 1, day);
}
