// Days written without a month: "the 21st", "Tuesday the 11th", "the 15th day of next month", "the first Friday
// of July". Each is the nearest such day before the document (after it where the words look forward).

import { addDays, addMonths, addWeeks, differenceInCalendarDays, endOfMonth, getDay, getDaysInMonth, nextDay, previousDay, startOfMonth } from 'date-fns';
import type { Day } from 'date-fns';
import { DAY_WORD, LATE_DAY_ORDINAL, ORDINAL_UNITS, dayWordNumber } from './dayWords';
import { MONTH_WITH_DAY, SP, WEEKDAY, YEAR, monthNumber, weekdayNumber, withCaps } from './patterns';
import { marksFuture, sentenceAround, tenseAt } from './tense';
import { dayValue, type Candidate } from './values';
import { WEEK_SHIFT } from './weeks';
import { inferYear } from './years';

/** A day of the month on or before the document (on or after it when the words look forward), in a month that has it. */
function monthWithDay(day: number, doc: Date, forward: boolean): Date | undefined {
  for (let k = 0; k < 12; k++) {
    const base = addMonths(startOfMonth(doc), forward ? k : -k);
    if (day > getDaysInMonth(base)) continue;
    const d = new Date(base.getFullYear(), base.getMonth(), day);
    if (forward ? d >= doc : d <= doc) return d;
  }
  return undefined;
}

/** Words after "the 21st" that leave it a date; anything else makes it a rank ("the 21st century", "the 27th floor"). */
export const AFTER_DAY_ORDINAL =
  /^(?:[ \t]*(?:$|[.,;:!?)"”’'\n])|[ \t]+(?:and|or|at|when|as|to|in|on|before|after|with|for|but|that|this|so|because|while|until|till)\b)/;
const DAY_ORDINAL = '(?<day>[0-3]?\\d)(?:st|nd|rd|th)';
/** Only a clause's end may follow a day written as an ordinal word: "the fifteenth and sixteenth centuries" counts. */
const AFTER_WORD_ORDINAL = /^[ \t]*(?:$|[.,;:!?)"”’'\n])/;

/** "went back for the twenty-second", "on twenty second?": the nearest such day, as "the 22nd" is read. */
function scanOrdinalWordDays(text: string, doc: Date): Candidate[] {
  const out: Candidate[] = [];
  const re = new RegExp(`(?<![A-Za-z\\d-])(?:[Tt]he${SP}|(?<=\\b[Oo]n${SP}))(?<word>${LATE_DAY_ORDINAL})(?![A-Za-z\\d-])`, 'g');
  for (const m of text.matchAll(re)) {
    const end = m.index + m[0].length;
    const day = dayWordNumber(m.groups?.word ?? '');
    if (!day || !AFTER_WORD_ORDINAL.test(text.slice(end, end + 4))) continue;
    const d = monthWithDay(day, doc, marksFuture(text, m.index, end));
    if (d) out.push({ start: m.index, end, date: dayValue(d), style: { form: 'weekday' }, relative: true });
  }
  return out;
}

/** Only a sentence's end may follow "on the second" read as a day: "on the third, fourth and fifth floors" counts. */
const AFTER_EARLY_ORDINAL = /^[ \t]*(?:$|[.!?;]|\r?\n)/;
/** An ordinal earlier in the sentence makes a later one elliptical: "lost on the first ballot and won on the second". */
const ORDINAL_BEFORE = new RegExp(`\\b(?:${ORDINAL_UNITS}|tenth|\\d+(?:st|nd|rd|th))\\b`, 'i');

/**
 * "went back on the second!": an ordinal up to the ninth after "on the" that ends its sentence is a day of the month,
 * as nothing it could rank follows it; "for the second" and "the second" alone stay ranks, as news writes them.
 */
function scanOnEarlyOrdinals(text: string, doc: Date): Candidate[] {
  const out: Candidate[] = [];
  const re = new RegExp(`(?<=\\b[Oo]n${SP})the${SP}(?<word>${ORDINAL_UNITS})(?![A-Za-z\\d-])`, 'g');
  for (const m of text.matchAll(re)) {
    const end = m.index + m[0].length;
    const day = dayWordNumber(m.groups?.word ?? '');
    if (!day || !AFTER_EARLY_ORDINAL.test(text.slice(end, end + 4))) continue;
    if (ORDINAL_BEFORE.test(text.slice(sentenceAround(text, m.index, end).from, m.index))) continue;
    const d = monthWithDay(day, doc, marksFuture(text, m.index, end));
    if (d) out.push({ start: m.index, end, date: dayValue(d), style: { form: 'weekday' }, relative: true });
  }
  return out;
}

/**
 * "the 21st", "on 22nd" (a day of this or the previous month), "Tuesday the 11th" (the nearest month where that day
 * is that weekday), "the 15th day of next month", "20th of this month", "the first day of next month".
 */
export function scanOrdinalDays(text: string, doc: Date | undefined): Candidate[] {
  if (!doc) return [];
  const out: Candidate[] = [...scanOrdinalWordDays(text, doc), ...scanOnEarlyOrdinals(text, doc)];
  const bare = new RegExp(`(?<![A-Za-z\\d])(?:(?<the>[Tt]he)${SP}|(?<=\\b[Oo]n${SP}))${DAY_ORDINAL}(?![A-Za-z\\d])`, 'g');
  for (const m of text.matchAll(bare)) {
    const end = m.index + m[0].length;
    if (!AFTER_DAY_ORDINAL.test(text.slice(end, end + 12))) continue;
    const d = monthWithDay(Number(m.groups?.day), doc, marksFuture(text, m.index, end));
    if (d) out.push({ start: m.index, end, date: dayValue(d), style: { form: 'weekday' }, relative: true });
  }
  const ofMonth = new RegExp(
    `(?<![A-Za-z\\d])(?:[Tt]he${SP})?(?:${DAY_ORDINAL}|(?<word>${DAY_WORD})|(?<last>[Ll]ast)(?=${SP}day))(?:${SP}day)?(?:${SP}of)?${SP}(?<mod>this|next|last|previous)${SP}month\\b`,
    'g',
  );
  for (const m of text.matchAll(ofMonth)) {
    const g = m.groups as Record<string, string | undefined>;
    const base = addMonths(startOfMonth(doc), WEEK_SHIFT[(g.mod as string).toLowerCase()] ?? 0);
    // "the first day of next month", "the last day of this month"; a count word ("two of next month") is no day.
    if (g.word && !/(?:first|second|third|th)$/i.test(g.word)) continue;
    const day = g.last ? getDaysInMonth(base) : g.word ? (dayWordNumber(g.word) ?? 0) : Number(g.day);
    const d = new Date(base.getFullYear(), base.getMonth(), Math.min(day, getDaysInMonth(base)));
    const c: Candidate = { start: m.index, end: m.index + m[0].length, date: dayValue(d), style: { form: 'relative' }, relative: true };
    // "the 31st of this month" in a 30-day month names no day.
    if (day < 1 || day > getDaysInMonth(base)) c.void = true;
    out.push(c);
  }
  const withWeekday = new RegExp(`(?<![A-Za-z])(?<wd>${WEEKDAY}),?${SP}the${SP}(?:${DAY_ORDINAL}|(?<word>${DAY_WORD}))(?![A-Za-z\\d-])`, 'g');
  for (const m of text.matchAll(withWeekday)) {
    const g = m.groups as Record<string, string | undefined>;
    // "Wednesday, the 7th of December" names its month: the weekday restates that date (see restatedWeekdays).
    const after = text.slice(m.index + m[0].length, m.index + m[0].length + 16);
    if (new RegExp(`^${SP}(?:of${SP})?${MONTH_WITH_DAY}`).test(after)) continue;
    const day = g.word ? dayWordNumber(g.word) : Number(g.day);
    if (!day) continue;
    const d = weekdayInNearestMonth(weekdayNumber(g.wd as string), day, doc, marksFuture(text, m.index, m.index + m[0].length));
    if (d) out.push({ start: m.index, end: m.index + m[0].length, date: dayValue(d), style: { form: 'weekday' }, relative: true });
  }
  return out;
}

const NTH = ['first', 'second', 'third', 'fourth', 'fifth'];

/**
 * "the first Friday of July", "the second Monday of next month", "third Tuesday" (of the document's month).
 * Without a month the ordinal must stand alone: "the first Sunday after the vote" counts Sundays, it names none.
 */
export function scanNthWeekdays(text: string, doc: Date | undefined): Candidate[] {
  if (!doc) return [];
  const out: Candidate[] = [];
  const re = new RegExp(
    `(?<![A-Za-z])(?<the>[Tt]he${SP})?(?<nth>${withCaps(NTH)}|${NTH.join('|')}|last)${SP}(?<wd>${WEEKDAY})(?![A-Za-z])` +
      `(?:${SP}(?:of|in)${SP}(?:(?<mod>this|next|last|previous)${SP}month|(?<month>${MONTH_WITH_DAY})(?:${SP}(?<year>${YEAR}))?))?`,
    'g',
  );
  for (const m of text.matchAll(re)) {
    const g = m.groups as Record<string, string | undefined>;
    const end = m.index + m[0].length;
    const nth = g.nth?.toLowerCase() as string;
    if (!g.mod && !g.month && (g.the || nth === 'last' || /^[ \t]+(?:of|in|after|since|before|that|when)\b/.test(text.slice(end, end + 10)))) continue;
    let base = startOfMonth(doc);
    if (g.mod) base = addMonths(base, WEEK_SHIFT[g.mod.toLowerCase()] ?? 0);
    else if (g.month) {
      const month = monthNumber(g.month) as number;
      const year = g.year ? Number(g.year) : (inferYear(month, undefined, doc, tenseAt(text, m.index, end)) as number);
      base = new Date(year, month - 1, 1);
    }
    const wd = weekdayNumber(g.wd as string);
    const first = getDay(base) === wd ? base : nextDay(base, wd);
    const d = nth === 'last' ? previousDay(addDays(endOfMonth(base), 1), wd) : addWeeks(first, NTH.indexOf(nth));
    const c: Candidate = { start: m.index, end, date: dayValue(d), style: { form: 'relative' }, relative: true };
    // "the fifth Sunday" of a month with four names no day.
    if (d.getMonth() !== base.getMonth()) c.void = true;
    out.push(c);
  }
  return out;
}

/**
 * The latest date not after the document (the first one from it, looking forward) whose day is `day` and weekday
 * `wd`; when a year holds none that way, the nearest the other way ("Saturday the 2nd" written the day before).
 */
function weekdayInNearestMonth(wd: Day, day: number, doc: Date, forward: boolean): Date | undefined {
  let best: Date | undefined;
  let other: Date | undefined;
  const nearer = (d: Date, than: Date | undefined): boolean =>
    !than || Math.abs(differenceInCalendarDays(d, doc)) < Math.abs(differenceInCalendarDays(than, doc));
  for (let k = -12; k <= 12; k++) {
    const base = addMonths(startOfMonth(doc), k);
    if (day > getDaysInMonth(base)) continue;
    const d = new Date(base.getFullYear(), base.getMonth(), day);
    if (getDay(d) !== wd) continue;
    if (forward ? d < doc : d > doc) {
      if (nearer(d, other)) other = d;
    } else if (nearer(d, best)) best = d;
  }
  return best ?? other;
}
