// Phrases that count from the document's date: "yesterday", "last week", "earlier this month", "late last week",
// "over the weekend", "three days ago", "within 48 hours", "a few days ago".

import {
  addBusinessDays,
  addDays,
  addMonths,
  addWeeks,
  endOfMonth,
  endOfWeek,
  endOfYear,
  getDay,
  nextDay,
  previousDay,
  startOfMonth,
  startOfYear,
  subDays,
} from 'date-fns';
import type { DateValue } from '../../types';
import { isCapitalised, isSentenceStart } from './context';
import { COUNT, countOf } from './counts';
import { FULL_MONTH, YEAR } from './patterns';
import { marksFuture, sentenceAround } from './tense';
import { counted, moveBy, periodValue, shift, TERMS } from './lengths';
import { dayValue, monthValue, partOf, rangeValue, yearValue, type Candidate } from './values';
import { WEEK_SHIFT, weekStart } from './weeks';

/** A capitalised relative phrase in mid-sentence is a title (the Today programme, Last Week Tonight). */
function looksLikeTitle(text: string, start: number, phrase: string): boolean {
  if (phrase === phrase.toUpperCase()) return false;
  const words = phrase.split(/[ \t\u00a0-]+/);
  if (words.slice(1).some((w) => isCapitalised(w))) return true;
  return isCapitalised(phrase) && !isSentenceStart(text, start);
}

type Resolver = (m: RegExpExecArray, doc: Date, future: () => boolean) => DateValue | undefined;

/** The Saturday of the weekend on or before `d` (the current one when `d` falls on it). */
const weekendSaturday = (d: Date): Date => (getDay(d) === 6 ? d : getDay(d) === 0 ? subDays(d, 1) : previousDay(d, 6));

const onWeekend = (d: Date): boolean => getDay(d) === 6 || getDay(d) === 0;
/** The Saturday of the last weekend wholly before `doc` ("last weekend" read on a weekend is the one before). */
const lastWeekendSaturday = (doc: Date): Date => (onWeekend(doc) ? subDays(weekendSaturday(doc), 7) : weekendSaturday(doc));
/** The Saturday of the first weekend wholly after `doc`. */
const nextWeekendSaturday = (doc: Date): Date => (onWeekend(doc) ? addDays(weekendSaturday(doc), 7) : nextDay(doc, 6));

/**
 * "the week before last" is followed by no noun or name of its own: "the month before last year's vote" and "the
 * week before last Tuesday" are other phrases.
 */
const NO_NOUN_AFTER = "(?![ \\t]*['’]s\\b|[ \\t]+(?:week|weekend|month|year|night|season|time)s?\\b|[ \\t]+[A-Za-z]+['’]s\\b)";

/** "about ten days ago": a fifth of the count either side (at least one unit), as days. */
function hedgedRange(center: Date, unit: string, count: number): DateValue {
  const k = Math.max(1, Math.round(count / 5));
  const move = (n: number): Date => shift(unit, center, n);
  let from = move(-k);
  let to = move(k);
  if (unit === 'week') [from, to] = [weekStart(from), endOfWeek(to, { weekStartsOn: 1 })];
  if (unit === 'month') [from, to] = [startOfMonth(from), endOfMonth(to)];
  if (unit === 'year') [from, to] = [startOfYear(from), endOfYear(to)];
  return rangeValue(from, to);
}

/** A month or year named earlier in the sentence, which "the month" or "the year" after it then refers to. */
const PERIOD_NAMED = new RegExp(`${FULL_MONTH}|(?<![\\d,.])${YEAR}|\\b(?:last|next|this)[ \\t]+(?:month|year)\\b`, 'i');

function namesPeriodBefore(text: string, start: number): boolean {
  return PERIOD_NAMED.test(text.slice(sentenceAround(text, start, start).from, start));
}

const RELATIVE_RULES: Array<{ re: RegExp; resolve: Resolver; group?: number }> = [
  { re: /\b(?:the[ \t]+)?day[ \t]+before[ \t]+yesterday\b/gi, resolve: (_m, doc) => dayValue(subDays(doc, 2)) },
  // "tmrw" is how a quoted message or post writes it; no other word is spelt so.
  { re: /\b(?:the[ \t]+)?day[ \t]+after[ \t]+(?:tomorrow|tmrw)\b/gi, resolve: (_m, doc) => dayValue(addDays(doc, 2)) },
  { re: /\b(?:yesterday|last[ \t]+night)\b/gi, resolve: (_m, doc) => dayValue(subDays(doc, 1)) },
  { re: /\b(?:today|tonight|this[ \t]+(?:morning|afternoon|evening))\b/gi, resolve: (_m, doc) => dayValue(doc) },
  { re: /\b(?:tomorrow|tmrw)\b/gi, resolve: (_m, doc) => dayValue(addDays(doc, 1)) },
  {
    re: /\b(earlier|later)[ \t]+this[ \t]+(week|month|year)\b/gi,
    resolve: (m, doc) => {
      const unit = m[2].toLowerCase();
      const first = unit === 'week' ? weekStart(doc) : unit === 'month' ? startOfMonth(doc) : startOfYear(doc);
      const last = unit === 'week' ? endOfWeek(doc, { weekStartsOn: 1 }) : unit === 'month' ? endOfMonth(doc) : endOfYear(doc);
      // On the first days of a month, "earlier this month" can only mean the days before: the month before, as readers take it.
      if (m[1].toLowerCase() === 'earlier' && unit === 'month' && doc.getDate() <= 3) {
        const previous = subDays(first, 1);
        return rangeValue(startOfMonth(previous), doc);
      }
      return m[1].toLowerCase() === 'earlier' ? rangeValue(first, doc) : rangeValue(doc, last);
    },
  },
  {
    // "late last week" is Thursday to Sunday of it, "early next week" Monday to Wednesday.
    re: /\b(early|mid|late)(?:-|[ \t]+)(last|this|next)[ \t]+week\b/gi,
    resolve: (m, doc) => {
      const monday = addWeeks(weekStart(doc), WEEK_SHIFT[m[2].toLowerCase()] ?? 0);
      const part = partOf(m[1]);
      const [a, b] = part === 'early' ? [0, 2] : part === 'mid' ? [2, 4] : [3, 6];
      return rangeValue(addDays(monday, a), addDays(monday, b));
    },
  },
  {
    re: /\b(early|mid|late)(?:-|[ \t]+)(last|this|next)[ \t]+(month|year)\b/gi,
    resolve: (m, doc) => {
      const n = { last: -1, this: 0, next: 1 }[m[2].toLowerCase() as 'last' | 'this' | 'next'];
      const anchor = shift(m[3].toLowerCase(), doc, n);
      const part = partOf(m[1]);
      return m[3].toLowerCase() === 'month' ? monthValue(anchor, part) : yearValue(anchor.getFullYear(), part);
    },
  },
  {
    re: /\b(last|this[ \t]+past|this[ \t]+coming|this|next)[ \t]+(weekend|week|month|year)\b/gi,
    resolve: (m, doc, future) => {
      const mod = m[1].toLowerCase().replace(/\s+/g, ' ');
      const unit = m[2].toLowerCase();
      if (unit === 'weekend') {
        let sat: Date;
        if (mod === 'last' || mod === 'this past') sat = lastWeekendSaturday(doc);
        else if (mod === 'next' || mod === 'this coming') sat = nextWeekendSaturday(doc);
        else sat = onWeekend(doc) || !future() ? weekendSaturday(doc) : nextDay(doc, 6);
        return dayValue(sat, 2);
      }
      const n = mod === 'last' || mod === 'this past' ? -1 : mod === 'next' || mod === 'this coming' ? 1 : 0;
      return periodValue(unit, shift(unit, doc, n));
    },
  },
  {
    // "the week before last" is two weeks back, "the month after next" two months on.
    re: new RegExp(`\\b(?:the[ \\t]+)?(weekend|week|month|year)[ \\t]+(before[ \\t]+last|after[ \\t]+next)\\b${NO_NOUN_AFTER}`, 'gi'),
    resolve: (m, doc) => {
      if (/^[ \t]+[A-Z]/.test(m.input.slice(m.index + m[0].length))) return undefined;
      const unit = m[1].toLowerCase();
      const n = /^before/i.test(m[2]) ? -2 : 2;
      if (unit === 'weekend') {
        return dayValue(n < 0 ? subDays(lastWeekendSaturday(doc), 7) : addDays(nextWeekendSaturday(doc), 7), 2);
      }
      return periodValue(unit, shift(unit, doc, n));
    },
  },
  {
    // "the end of the month" is its late part, "the start of next year" the early part of that year. "The month" is
    // the current one only where its sentence names no other month or year before it ("In June 2019 ... by the end of
    // the month"), and "the year before" counts from the story.
    re: /\b(?:the[ \t]+)?(end|start|beginning|middle)[ \t]+of[ \t]+(the|this|last|next)[ \t]+(month|year)\b(?![ \t]+(?:before|after|earlier|later|prior|previous|ago)\b|['’])/gi,
    resolve: (m, doc) => {
      if (m[2].toLowerCase() === 'the' && namesPeriodBefore(m.input, m.index)) return undefined;
      const n = { the: 0, this: 0, last: -1, next: 1 }[m[2].toLowerCase() as 'the' | 'this' | 'last' | 'next'];
      const unit = m[3].toLowerCase();
      const anchor = shift(unit, doc, n);
      const part = partOf({ end: 'late', middle: 'mid' }[m[1].toLowerCase()] ?? 'early');
      return unit === 'month' ? monthValue(anchor, part) : yearValue(anchor.getFullYear(), part);
    },
  },
  {
    // "this time last year" is the same season a year back: its month, not its day.
    re: /\b(?:this|the[ \t]+same)[ \t]+time[ \t]+(last|next)[ \t]+year\b/gi,
    resolve: (m, doc) => monthValue(addMonths(doc, m[1].toLowerCase() === 'last' ? -12 : 12)),
  },
  {
    re: /\b(?:over|during|at|on|through|across|throughout)[ \t]+(the[ \t]+weekend)\b/gi,
    group: 1,
    resolve: (_m, doc, future) => {
      const current = weekendSaturday(doc);
      const upcoming = !onWeekend(doc) && future();
      return dayValue(upcoming ? nextDay(doc, 6) : current, 2);
    },
  },
  {
    // "three days ago", "1 month and 21 days ago", "two days from tomorrow", "four days before yesterday";
    // a hedge before it ("about two weeks ago") makes it a range around that day.
    re: new RegExp(
      `(?:\\b(?<hedge>about|around|approximately|roughly|some|nearly|almost)[ \\t]+)?(?<terms>${TERMS})[ \\t]+(?<dir>ago(?:[ \\t]+today)?|(?:from|after)[ \\t]+(?:now|today|tomorrow|yesterday)|before[ \\t]+(?:today|tomorrow|yesterday))\\b`,
      'gi',
    ),
    resolve: (m, doc) => {
      const g = m.groups as Record<string, string | undefined>;
      const dir = (g.dir as string).toLowerCase().replace(/\s+/g, ' ');
      const sign = dir.startsWith('ago') || dir.startsWith('before') ? -1 : 1;
      const anchorShift = /tomorrow$/.test(dir) ? 1 : /yesterday$/.test(dir) ? -1 : 0;
      const moved = moveBy(addDays(doc, anchorShift), g.terms as string, sign);
      if (!moved) return undefined;
      const { date: d, widest } = moved;
      // Counted forward it is a deadline, a day ("two weeks from now"); only "ago" looks back loosely ("a year ago
      // today" is the day).
      const single = moved.terms === 1 && dir === 'ago';
      if (g.hedge) return hedgedRange(d, widest, moved.last.count);
      // "Two weeks ago" names a week (and "a year ago" a year), not an exact day; "1 month 21 days ago" is a day.
      if (!single || widest === 'day') return dayValue(d);
      return periodValue(widest, d);
    },
  },
  {
    // "in three weeks" and "within 48 hours" count forward from the document only where the words look forward
    // ("will finish in three weeks"); elsewhere they are lengths of time ("built in three weeks").
    re: new RegExp(`\\b(in|within)[ \\t]+${COUNT}[ \\t]+(hour|day|week|fortnight|month)s?\\b`, 'gi'),
    resolve: (m, doc, future) => {
      const written = countOf(m[2]);
      if (!written || !future()) return undefined;
      const { unit, count } = counted(m[3], written);
      const end = unit === 'hour' ? addDays(doc, Math.ceil(count / 24)) : unit === 'day' ? addDays(doc, count) : shift(unit, doc, count);
      return m[1].toLowerCase() === 'within' ? rangeValue(doc, end) : dayValue(end);
    },
  },
  {
    // Business days are counted to a deadline, never as a length of time: "in two business days" looks forward.
    re: new RegExp(`\\b(in|within)[ \\t]+${COUNT}[ \\t]+(?:business|working)[ \\t]+days?\\b`, 'gi'),
    resolve: (m, doc) => {
      const count = countOf(m[2]);
      if (!count) return undefined;
      const end = addBusinessDays(doc, count);
      return m[1].toLowerCase() === 'within' ? rangeValue(doc, end) : dayValue(end);
    },
  },
  {
    // "a few days ago", "several weeks ago": a range of days, never one day.
    re: /\b(a[ \t]+few|few|several|a[ \t]+couple[ \t]+of)[ \t]+(day|week|month|year)s[ \t]+ago\b/gi,
    resolve: (m, doc) => {
      const several = /several/i.test(m[1]);
      const unit = m[2].toLowerCase();
      const back = (n: number): Date => shift(unit, doc, -n);
      return rangeValue(back(several ? 9 : 6), back(2));
    },
  },
];

/** Hedges make an "ago" or period phrase approximate or open-ended ("more than a year ago"); bound stays exact here, so skip them. */
const HEDGE_BEFORE = /\b(?:more[ \t]+than|over|at[ \t]+least|less[ \t]+than|under|fewer[ \t]+than|within|in|up[ \t]+to)[ \t]+$/i;

export function scanRelative(text: string, doc: Date | undefined): Candidate[] {
  if (!doc) return [];
  const out: Candidate[] = [];
  for (const rule of RELATIVE_RULES) {
    for (const m of text.matchAll(rule.re)) {
      const phrase = rule.group ? m[rule.group] : m[0];
      const start = m.index + m[0].length - phrase.length;
      const end = start + phrase.length;
      if (looksLikeTitle(text, start, phrase)) continue;
      const before = text.slice(Math.max(0, start - 20), start);
      // "in the last week" and "over the next year" are rolling periods, not calendar ones.
      if (/\b(?:the|a)[ \t]+$/i.test(before) && /^(?:last|next|this)\b/i.test(phrase)) continue;
      if (/(?:ago|now|today)$/i.test(phrase) && HEDGE_BEFORE.test(before)) continue;
      const date = rule.resolve(m as RegExpExecArray, doc, () => marksFuture(text, start, end));
      if (date) out.push({ start, end, date, style: { form: 'relative' }, relative: true });
    }
  }
  return out;
}
