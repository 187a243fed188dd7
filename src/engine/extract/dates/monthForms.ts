// Dates that name a month: ISO (2025-11-29), "November 29", "29 November 2025", "Sept. 23-24", "August 2025",
// "late November", "mid-2025", and days in words ("May twenty-first", "the second of August").

import { getDaysInMonth } from 'date-fns';
import type { DateStyle, DateValue } from '../../types';
import { DAY_WORD, dayWordNumber } from './dayWords';
import { followsCount, followsCountWordAfterMonth, wordBefore } from './context';
import { DAY, DAY2, DAY_END, MONTH, MONTH_WITH_DAY, SP, YEAR, YEAR_AFTER_DAY, monthNumber } from './patterns';
import { tenseAt, type Tense } from './tense';
import { partOf, validDay, yearValue, type Candidate } from './values';
import { inferYear } from './years';

export function scanIso(text: string): Candidate[] {
  const out: Candidate[] = [];
  const re = /(?<![\w/.-])(?<year>1[89]\d\d|20\d\d|2100)-(?<month>[01]\d)-(?<day>[0-3]\d)(?![\d]|-\d)/g;
  for (const m of text.matchAll(re)) {
    const g = m.groups as Record<string, string>;
    const [year, month, day] = [Number(g.year), Number(g.month), Number(g.day)];
    if (month < 1 || month > 12 || !validDay(year, month, day)) continue;
    out.push({
      start: m.index,
      end: m.index + m[0].length,
      date: { year, month, day, precision: 'day' },
      style: { form: 'iso', withYear: true },
    });
  }
  return out;
}

function dayCandidate(
  start: number,
  end: number,
  form: 'month-day' | 'day-month',
  g: Record<string, string | undefined>,
  doc: Date | undefined,
  tense: Tense,
): Candidate | undefined {
  const monthName = g.month as string;
  const month = monthNumber(monthName);
  const day = Number(g.day);
  if (!month) return undefined;
  const year = g.year ? Number(g.year) : inferYear(month, day, doc, tense);
  if (!validDay(year, month, day)) return undefined;
  const date: DateValue = { month, day, precision: 'day' };
  if (year !== undefined) date.year = year;
  if (g.day2) {
    const day2 = Number(g.day2);
    // "November 5-3" reads as a score, not a range of days.
    if (day2 <= day || !validDay(year, month, day2)) return undefined;
    date.span = day2 - day + 1;
  }
  const style: DateStyle = { form, monthName, withYear: Boolean(g.year) };
  if (g.ord) style.ordinal = true;
  return { start, end, date, style };
}

/** "On November 29, 2000 people marched": a year followed by a counted noun is a count, so the date ends at the day. */
function dropCountedYear(text: string, m: RegExpMatchArray): { g: Record<string, string | undefined>; end: number } {
  const g = { ...(m.groups as Record<string, string | undefined>) };
  let end = (m.index as number) + m[0].length;
  if (g.ytail && followsCount(text.slice(end, end + 40))) {
    end -= g.ytail.length;
    g.year = undefined;
    g.short = undefined;
    g.ytail = undefined;
  }
  if (g.short) g.year = String(shortYear(g.short));
  return { g, end };
}

/** A year tail: ", 2025", " 2025", " of 2025", "-2025" after a dashed date ("Nov-13-2025"), or " '25". */
const yearTail = (year: string): string => `(?<ytail>(?:,[ \\t\\u00a0]*|${SP}|${SP}of${SP}|-(?=\\d{4}))(?<year>${year})|,?${SP}(?<short>${SHORT_YEAR}))?`;

/** An apostrophe and two figures stand for a year ("Dec. 5 '15", "in Dec. '98"). */
const SHORT_YEAR = "['’]\\d\\d(?![\\dA-Za-z%'’])";

/** The year "'15" or "'98" stands for: below 50 this century, as with figures. */
function shortYear(written: string): number {
  const n = Number(written.slice(1));
  return n < 50 ? 2000 + n : 1900 + n;
}

/** "Nov. 21", "November 21st, 2025", "jun-15", and a day run into its month as typed in haste ("april22", "Oct2"). */
export function scanMonthDay(text: string, doc: Date | undefined): Candidate[] {
  const out: Candidate[] = [];
  const re = new RegExp(
    `(?<![A-Za-z])(?<month>${MONTH_WITH_DAY})(?<sep>,?${SP}(?:the${SP})?|[-/](?=\\d)|(?<=[A-Za-z.])(?=\\d))${DAY}${DAY2}${DAY_END}${yearTail(YEAR_AFTER_DAY)}`,
    'g',
  );
  for (const m of text.matchAll(re)) {
    const { g, end } = dropCountedYear(text, m);
    // "In May 10 people died": a number after a month-level preposition and before a counted noun is a count.
    // Elsewhere plurals follow dates often enough ("the Sept. 11 attacks") that only plain count words block.
    const afterDay = text.slice(end, end + 40);
    const monthPreposition = /^(?:in|during)$/i.test(wordBefore(text, m.index)?.word ?? '');
    if (!g.year && !g.ord && (monthPreposition ? followsCount(afterDay) : followsCountWordAfterMonth(afterDay))) continue;
    // "In March, 5 people..." is no date; "October, 1st" is.
    if (g.sep?.includes(',') && !g.ord) continue;
    // Lower case "may 5" is as likely the verb: only the capitalised name is read without an ordinal or a year.
    if (/^(?:may|march)$/.test(g.month as string) && !g.ord && !g.year) continue;
    const c = dayCandidate(m.index, end, 'month-day', g, doc, g.year ? 'none' : tenseAt(text, m.index, end));
    if (c) out.push(c);
  }
  return out;
}

/** "21 November", "4th of July 1995", "9-jan", "22april". */
export function scanDayMonth(text: string, doc: Date | undefined): Candidate[] {
  const out: Candidate[] = [];
  const re = new RegExp(`(?<![\\w.,$€£/-])${DAY}${DAY2}(?:\\.?${SP}(?:of${SP})?|-?(?=[A-Za-z]))(?<month>${MONTH_WITH_DAY})${yearTail(YEAR_AFTER_DAY)}`, 'g');
  for (const m of text.matchAll(re)) {
    const { g, end } = dropCountedYear(text, m);
    // "Only 1 may qualify": lower-case "may" and "march" after a bare number are verbs; "1st may", "4 of march" are dates.
    if (/^(?:may|march)$/.test(g.month as string) && !g.ord && !/of/.test(m[0])) continue;
    const c = dayCandidate(m.index, end, 'day-month', g, doc, g.year ? 'none' : tenseAt(text, m.index, end));
    if (c) out.push(c);
  }
  return out;
}

export function scanMonthYear(text: string): Candidate[] {
  const out: Candidate[] = [];
  const re = new RegExp(`(?<![A-Za-z])(?<month>${MONTH})(?:(?:,?${SP}|${SP}of${SP})(?<year>${YEAR})|${SP}(?<short>${SHORT_YEAR}))`, 'g');
  for (const m of text.matchAll(re)) {
    const g = m.groups as Record<string, string | undefined>;
    const month = monthNumber(g.month as string);
    const end = m.index + m[0].length;
    if (!month || followsCount(text.slice(end, end + 40))) continue;
    out.push({
      start: m.index,
      end,
      date: { year: g.short ? shortYear(g.short) : Number(g.year), month, precision: 'month' },
      style: { form: 'month-year', monthName: g.month, withYear: true },
    });
  }
  return out;
}

export function scanParts(text: string, doc: Date | undefined): Candidate[] {
  const out: Candidate[] = [];
  const part = '(?<part>[Ee]arly|[Mm]id|[Ll]ate|EARLY|MID|LATE)';
  const monthRe = new RegExp(`(?<![A-Za-z])${part}(?:-[ \\t]*|${SP})(?<month>${MONTH})(?:(?:,?${SP}|${SP}of${SP})(?<year>${YEAR}))?`, 'g');
  for (const m of text.matchAll(monthRe)) {
    const g = m.groups as Record<string, string | undefined>;
    const month = monthNumber(g.month as string);
    if (!month) continue;
    const year = g.year ? Number(g.year) : inferYear(month, undefined, doc, tenseAt(text, m.index, m.index + m[0].length));
    const date: DateValue = { month, part: partOf(g.part as string), precision: 'month' };
    if (year !== undefined) date.year = year;
    const style: DateStyle = { form: 'part', monthName: g.month, withYear: Boolean(g.year) };
    if (/^[A-Z][a-z]/.test(g.part as string)) style.capitalized = true;
    out.push({ start: m.index, end: m.index + m[0].length, date, style });
  }
  const yearRe = new RegExp(`(?<![A-Za-z])${part}(?:-|${SP})(?<year>${YEAR})`, 'g');
  for (const m of text.matchAll(yearRe)) {
    const g = m.groups as Record<string, string>;
    const end = m.index + m[0].length;
    if (followsCount(text.slice(end, end + 40))) continue;
    const style: DateStyle = { form: 'part', withYear: true };
    if (/^[A-Z][a-z]/.test(g.part)) style.capitalized = true;
    out.push({ start: m.index, end, date: yearValue(Number(g.year), partOf(g.part)), style });
  }
  return out;
}

/** "May twenty-first", "Jan first", "the second of August", "September the twenty-first": a day written in words. */
export function scanWordDays(text: string, doc: Date | undefined): Candidate[] {
  const out: Candidate[] = [];
  const monthFirst = new RegExp(
    `(?<![A-Za-z])(?<month>${MONTH_WITH_DAY})${SP}(?:the${SP})?(?<word>${DAY_WORD})(?![A-Za-z-])(?<ytail>,?${SP}(?<year>${YEAR}))?`,
    'g',
  );
  const dayFirst = new RegExp(
    `(?<![A-Za-z-])(?:(?<the>[Tt]he)${SP})?(?:(?<word>${DAY_WORD})|(?<last>(?<=[Tt]he${SP})last(?=${SP}day)))(?:${SP}day)?${SP}of${SP}(?<month>${MONTH_WITH_DAY})(?<ytail>,?${SP}(?<year>${YEAR}))?`,
    'g',
  );
  for (const [re, form] of [
    [monthFirst, 'month-day'],
    [dayFirst, 'day-month'],
  ] as const) {
    for (const m of text.matchAll(re)) {
      const g = m.groups as Record<string, string | undefined>;
      const month = monthNumber(g.month as string);
      if (!month) continue;
      const end = m.index + m[0].length;
      const year = g.year ? Number(g.year) : inferYear(month, g.last ? undefined : dayWordNumber(g.word ?? ''), doc, tenseAt(text, m.index, end));
      // "the last day of February" is the 28th or the 29th, as its year has it.
      const day = g.last ? getDaysInMonth(new Date(year ?? 2001, month - 1, 1)) : dayWordNumber(g.word ?? '');
      if (!day) continue;
      // "a third of March's budget" is a fraction; an ordinal only names a day in "the second of May" or without a determiner.
      if (form === 'day-month' && !g.the && /^(?:a|an|one|two|three|every|each)$/i.test(wordBefore(text, m.index)?.word ?? '')) continue;
      if (!g.last && !isOrdinalWord(g.word as string) && (form === 'day-month' || !/^(?:twenty|thirty)/i.test(g.word as string))) continue;
      if (!validDay(year, month, day)) continue;
      const date: DateValue = { month, day, precision: 'day' };
      if (year !== undefined) date.year = year;
      out.push({ start: m.index, end, date, style: { form, monthName: g.month, withYear: Boolean(g.year) } });
    }
  }
  return out;
}

const isOrdinalWord = (w: string): boolean => /(?:first|second|third|th)$/i.test(w);
