// Comparing a draft's date with a cited one, and writing the cited date back in the draft's own style.
// A date value is read as the closed interval of days it covers, so precision decides the verdict:
// "late November" is true of 2025-11-29, "November 29" is more than a source saying only "2025-11" supports.

import { addDays, differenceInCalendarDays, getDay, getDaysInMonth } from 'date-fns';
import type { DatePart, DateStyle, DateValue } from '../types';
import { MONTH_NAMES, WEEKDAY_NAMES, parseDocumentDate } from '../extract/dates';

export type DateRelation = 'agrees' | 'unsupported' | 'disagrees';

/** A leap year, so that a yearless February 29 compared with a yearless value still exists. */
const LEAP_YEAR = 2000;
const EPOCH = new Date(1970, 0, 1);

function calendarDate(year: number, month: number, day: number): Date {
  // new Date(y, ...) maps years 0-99 to 1900-1999; setFullYear does not.
  const d = new Date(2000, month - 1, day);
  d.setFullYear(year, month - 1, day);
  return d;
}

function dayNumber(year: number, month: number, day: number): number {
  return differenceInCalendarDays(calendarDate(year, month, day), EPOCH);
}

function daysIn(year: number, month: number): number {
  return getDaysInMonth(calendarDate(year, month, 1));
}

/** Fact-table date values: `2025-11-29`, `2025-11`, `1990`. Impossible dates (2025-02-30) are undefined. */
export function parseIsoDate(s: string): DateValue | undefined {
  const m = /^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?$/.exec(s.trim());
  if (!m) return undefined;
  const year = Number(m[1]);
  if (m[2] === undefined) return { year, precision: 'year' };
  const month = Number(m[2]);
  if (month < 1 || month > 12) return undefined;
  if (m[3] === undefined) return { year, month, precision: 'month' };
  const day = Number(m[3]);
  if (day < 1 || day > daysIn(year, month)) return undefined;
  return { year, month, day, precision: 'day' };
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

// ---------------------------------------------------------------- writing dates

// AP style, the usual one in news: these months take a dotted abbreviation, the others are always written in full.
const AP_ABBREVIATIONS: Record<number, string> = { 1: 'Jan.', 2: 'Feb.', 8: 'Aug.', 9: 'Sept.', 10: 'Oct.', 11: 'Nov.', 12: 'Dec.' };

/** The name of `month` written the way the draft wrote its month (`November`, `Nov.`, `Nov`, `NOV.`). */
function monthLike(month: number, written: string | undefined): string {
  const full = MONTH_NAMES[month - 1];
  if (!written) return full;
  const bare = written.replace(/\.$/, '');
  let out: string;
  if (MONTH_NAMES.some((m) => m.toLowerCase() === bare.toLowerCase())) out = full;
  else if (written.endsWith('.')) out = AP_ABBREVIATIONS[month] ?? full;
  else out = month === 9 && /^sept$/i.test(bare) ? 'Sept' : full.slice(0, 3);
  const upper = bare === bare.toUpperCase() && bare.length > 1;
  return upper ? out.toUpperCase() : out;
}

function ordinal(n: number): string {
  const teen = n % 100 >= 11 && n % 100 <= 13;
  const suffix = teen ? 'th' : ['th', 'st', 'nd', 'rd'][n % 10] ?? 'th';
  return `${n}${suffix}`;
}

function capitalise(s: string): string {
  return s.charAt(0).toUpperCase() + s.slice(1);
}

function partWord(part: DatePart, before: string): string {
  return part === 'mid' ? `mid-${before}` : `${part} ${before}`;
}

function dayPart(day: number): DatePart {
  return day <= 10 ? 'early' : day <= 20 ? 'mid' : 'late';
}

/**
 * Whether the year must be written: the style wrote one, or the reader would otherwise infer a different year from the
 * document's date (the same rule extraction applies to yearless dates).
 */
function needsYear(v: DateValue, style: DateStyle, documentDate: string | undefined): boolean {
  if (style.withYear) return true;
  const doc = parseDocumentDate(documentDate);
  if (!doc || v.year === undefined) return false;
  const docYear = doc.getFullYear();
  const month = v.month ?? 1;
  const inferred =
    differenceInCalendarDays(calendarDate(docYear, month, v.day ?? 1), doc) > 62 ? docYear - 1 : docYear;
  return inferred !== v.year;
}

function formatDayStyle(v: DateValue, style: DateStyle, documentDate: string | undefined): string | null {
  if (v.month === undefined || v.precision === 'year') return null;
  const month = monthLike(v.month, style.monthName);
  const withYear = needsYear(v, style, documentDate) && v.year !== undefined;
  if (v.precision === 'month' || v.day === undefined) {
    // Only the month is known: "November" or "November 2025" still reads in place of "November 27"; a part would not.
    return withYear ? `${month} ${v.year}` : month;
  }
  const day = style.ordinal ? ordinal(v.day) : String(v.day);
  if (style.form === 'day-month') return withYear ? `${day} ${month} ${v.year}` : `${day} ${month}`;
  return withYear ? `${month} ${day}, ${v.year}` : `${month} ${day}`;
}

function formatPart(v: DateValue, style: DateStyle, documentDate: string | undefined): string | null {
  if (v.year === undefined && !style.monthName) return null;
  let out: string;
  if (style.monthName) {
    if (v.month === undefined) return null;
    const month = monthLike(v.month, style.monthName);
    const part = v.part ?? (v.precision === 'day' && v.day !== undefined ? dayPart(v.day) : undefined);
    out = part ? partWord(part, month) : month;
    if (needsYear({ ...v, day: undefined }, style, documentDate) && v.year !== undefined) out += ` ${v.year}`;
  } else {
    const part = v.month !== undefined ? (v.month <= 4 ? 'early' : v.month <= 8 ? 'mid' : 'late') : v.part;
    out = part ? partWord(part, String(v.year)) : String(v.year);
  }
  return style.capitalized ? capitalise(out) : out;
}

function formatWeekday(v: DateValue, documentDate: string | undefined): string | null {
  if (v.precision !== 'day' || v.year === undefined || v.month === undefined || v.day === undefined) return null;
  const doc = parseDocumentDate(documentDate);
  const date = calendarDate(v.year, v.month, v.day);
  if (doc) {
    const back = differenceInCalendarDays(doc, date);
    // Within the week before the document, a weekday name is unambiguous; further out it needs the date.
    if (back >= 0 && back <= 6) return WEEKDAY_NAMES[getDay(date)];
  }
  return formatDayStyle(v, { form: 'month-day' }, documentDate);
}

function pad(n: number, width = 2): string {
  return String(n).padStart(width, '0');
}

/**
 * The cited date written in the draft's style at that spot, or null where no single natural replacement exists
 * (relative phrases; a value less precise than the style can express).
 */
export function formatDate(v: DateValue, style: DateStyle, documentDate?: string): string | null {
  switch (style.form) {
    case 'relative':
      return null;
    case 'iso':
      if (v.year === undefined || v.month === undefined) return null;
      return v.precision === 'day' && v.day !== undefined
        ? `${pad(v.year, 4)}-${pad(v.month)}-${pad(v.day)}`
        : `${pad(v.year, 4)}-${pad(v.month)}`;
    case 'month-day':
    case 'day-month':
      return formatDayStyle(v, style, documentDate);
    case 'month-year': {
      if (v.month === undefined || v.precision === 'year') return v.year !== undefined && style.withYear ? String(v.year) : null;
      const month = monthLike(v.month, style.monthName);
      return needsYear({ ...v, day: undefined }, style, documentDate) && v.year !== undefined ? `${month} ${v.year}` : month;
    }
    case 'year':
      return v.year !== undefined ? String(v.year) : null;
    case 'part':
      return formatPart(v, style, documentDate);
    case 'weekday':
      return formatWeekday(v, documentDate);
  }
}

/** A neutral rendering for messages: `November 29, 2025`, `late November 2025`, `November 2025`, `1990`. */
export function formatCitedDate(v: DateValue): string {
  const year = v.year !== undefined ? String(v.year) : '';
  const join = (...parts: string[]): string => parts.filter((p) => p !== '').join(' ');
  if (v.precision === 'year' || v.month === undefined) return v.part ? join(v.part, year) : year;
  const month = MONTH_NAMES[v.month - 1];
  if (v.precision === 'month' || v.day === undefined) return v.part ? join(v.part, month, year) : join(month, year);
  const withYear = (s: string): string => (year ? `${s}, ${year}` : s);
  if (v.span && v.span > 1 && v.year !== undefined) {
    const last = addDays(calendarDate(v.year, v.month, v.day), v.span - 1);
    const lastMonth = last.getMonth() + 1;
    if (last.getFullYear() !== v.year) return `${month} ${v.day}, ${year} – ${MONTH_NAMES[lastMonth - 1]} ${last.getDate()}, ${last.getFullYear()}`;
    if (lastMonth === v.month) return withYear(`${month} ${v.day}–${last.getDate()}`);
    return withYear(`${month} ${v.day} – ${MONTH_NAMES[lastMonth - 1]} ${last.getDate()}`);
  }
  return withYear(`${month} ${v.day}`);
}
