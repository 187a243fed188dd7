// Writing a date: in the draft's own style where it replaces a claim, or neutrally in a message.

import { addDays, differenceInCalendarDays, getDay } from 'date-fns';
import type { DatePart, DateStyle, DateValue } from '../types';
import { WRITTEN_WEEKDAY, inferYear, parseDocumentDate } from '../extract/dates';
import { MONTH_NAMES, WEEKDAY_NAMES, calendarDate } from '../lexicon/calendar';
import { pad } from './isoDate';

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
  const suffix = teen ? 'th' : (['th', 'st', 'nd', 'rd'][n % 10] ?? 'th');
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
 * document's date (the rule extraction applies to a yearless date in a sentence with no tense, the least a reader
 * has to go on).
 */
function needsYear(v: DateValue, style: DateStyle, documentDate: string | undefined): boolean {
  if (style.withYear) return true;
  const doc = parseDocumentDate(documentDate);
  if (!doc || v.year === undefined) return false;
  return inferYear(v.month ?? 1, v.day ?? 1, doc) !== v.year;
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

/** Weekdays shortened past three letters as news writes them ("Tues.", "Thurs."). */
const LONG_ABBREVIATIONS: Record<string, string> = { tue: 'Tues', thu: 'Thurs' };

/** The weekday of `v` written as `written` was: in full or shortened, in its case. */
function weekdayLike(v: DateValue, written: string): string | null {
  if (v.precision !== 'day' || v.year === undefined || v.month === undefined || v.day === undefined || v.span) return null;
  const full = WEEKDAY_NAMES[getDay(calendarDate(v.year, v.month, v.day))];
  const isFull = WEEKDAY_NAMES.some((w) => w.toLowerCase() === written.toLowerCase());
  const short = full.slice(0, 3);
  const out = isFull ? full : written.length > 3 ? (LONG_ABBREVIATIONS[short.toLowerCase()] ?? short) : short;
  if (written === written.toUpperCase()) return out.toUpperCase();
  return /^[a-z]/.test(written) ? out.toLowerCase() : out;
}

/** A weekday that restated the old date ("Monday, Jan. 12") is rewritten to restate the new one. */
function withWeekday(date: string | null, v: DateValue, restated: NonNullable<DateStyle['restated']>): string | null {
  if (date === null) return null;
  const m = WRITTEN_WEEKDAY.exec(restated.before);
  const weekday = m && weekdayLike(v, m[0]);
  if (!m || !weekday) return null;
  return `${restated.before.slice(0, m.index)}${weekday}${restated.before.slice(m.index + m[0].length)}${date}${restated.after}`;
}

/**
 * The cited date written in the draft's style at that spot, or null where no single natural replacement exists
 * (relative phrases; a value less precise than the style can express).
 */
export function formatDate(v: DateValue, style: DateStyle, documentDate?: string): string | null {
  if (style.restated) {
    const { restated, ...bare } = style;
    return withWeekday(formatDate(v, bare, documentDate), v, restated);
  }
  switch (style.form) {
    case 'relative':
      return null;
    case 'iso':
      if (v.year === undefined || v.month === undefined) return null;
      return v.precision === 'day' && v.day !== undefined ? `${pad(v.year, 4)}-${pad(v.month)}-${pad(v.day)}` : `${pad(v.year, 4)}-${pad(v.month)}`;
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
