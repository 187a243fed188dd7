// Weekdays resolved against the document's date: "on Friday" (the most recent one, or the next where the words look
// forward), "last Wednesday", "next Sunday", "Tuesday of last week", "next week Wednesday".

import { addWeeks, getDay, nextDay, previousDay, type Day } from 'date-fns';
import { DAY_WORD } from './dayWords';
import { isCapitalised, wordBefore } from './context';
import { COUNT, countOf } from './counts';
import { MONTH, MONTH_WITH_DAY, SP, WEEKDAY, WEEKDAY_ABBREVIATIONS, anyCase, fullWeekday, weekdayNumber } from './patterns';
import { marksFuture } from './tense';
import { dayValue, type Candidate } from './values';
import { WEEK_SHIFT, weekdayOfWeek } from './weeks';

/** Words before a weekday that mark it as a time rather than part of a name (Easter Sunday, The Sunday Times). */
const WEEKDAY_PREPOSITIONS = new Set([
  'on',
  'by',
  'until',
  'till',
  'since',
  'before',
  'after',
  'from',
  'through',
  'to',
  'and',
  'or',
  'late',
  'early',
  'as',
  'of',
  'between',
  'starting',
  'beginning',
  'that',
  'last',
  'next',
  'this',
  'coming',
  'past',
]);

/** "Saturday, November 29" or "Saturday (Nov. 29)": the weekday restates the explicit date (see restatedWeekdays). */
function explicitDateFollows(after: string): boolean {
  return new RegExp(
    `^(?:-|,?[ \\t\\u00a0]*\\(?[ \\t]*)(?:${MONTH_WITH_DAY}(?:${SP}|-|/)\\d|${MONTH_WITH_DAY}${SP}(?:the${SP})?${DAY_WORD}(?![A-Za-z])|\\d{1,4}[/.-]\\d|\\d{1,2}(?:st|nd|rd|th)?${SP}(?:of${SP})?(?:${MONTH}|(?!may\\b|march\\b)${MONTH_WITH_DAY})|the${SP}\\d)`,
  ).test(after);
}

/** Words just before a bare weekday that look forward: "by Friday", "as soon as Wednesday", "until Monday". */
const FORWARD_BEFORE = /(?:\b(?:by|until|till)|\bas[ \t]+(?:soon|early)[ \t]+as|\b(?:from|starting|beginning)[ \t]+(?:next|this))[ \t]+$/i;

export function scanWeekdays(text: string, doc: Date | undefined): Candidate[] {
  if (!doc) return [];
  const out: Candidate[] = [];
  const weekMod = '(?:[Ll]ast|[Nn]ext|[Tt]his|LAST|NEXT|THIS|[Pp]revious)';
  const re = new RegExp(
    `(?<![A-Za-z])(?:(?<wmod>${weekMod})${SP}week${SP}(?:on${SP})?)?` +
      `(?<mod>(?:[Ll]ast|[Nn]ext|[Cc]oming|[Uu]pcoming|[Pp]ast|[Tt]his(?:${SP}(?:past|coming))?)${SP})?` +
      `(?<wd>${WEEKDAY}|(?<abbr>${anyCase(WEEKDAY_ABBREVIATIONS)})\\.?)(?<tail>s\\b|['’]s)?(?![A-Za-z])` +
      `(?<amod>${SP}(?:of${SP})?(?:last|next|this|previous)${SP}week\\b|${SP}after${SP}next\\b)?`,
    'g',
  );
  for (const m of text.matchAll(re)) {
    const g = m.groups as Record<string, string | undefined>;
    if (g.tail === 's') continue; // "on Saturdays" recurs
    const start = m.index;
    const wdStart = start + (g.wmod ? m[0].indexOf(g.wd as string, 0) : (g.mod?.length ?? 0));
    const wdName = (g.wd as string).replace(/\.$/, '');
    const wdEnd = wdStart + wdName.length;
    const end = g.amod ? wdStart + (g.wd as string).length + (g.tail?.length ?? 0) + g.amod.length : wdEnd;
    const after = text.slice(wdEnd, wdEnd + 40);
    const restating = explicitDateFollows(after.replace(/^\./, ''));
    const mod = g.mod?.trim().toLowerCase().replace(/\s+/g, ' ');
    const prev = wordBefore(text, start);
    const prevWord = prev?.word.toLowerCase() ?? '';
    // "the following Sunday" counts from the story's events, not from the document's date.
    if (prevWord === 'every' || prevWord === 'each' || prevWord === 'following') continue;
    // "on a Monday morning", "any Friday": some day of that name, not one the reader can date.
    if (!mod && !g.wmod && !g.amod && (prevWord === 'a' || prevWord === 'any' || prevWord === 'one')) continue;
    // "the second Thursday of each month", "the first Monday of every month": a day that recurs.
    if (/^[ \t\u00a0]+of[ \t\u00a0]+(?:each|every)[ \t\u00a0]+(?:month|year|quarter|term)\b/i.test(after)) continue;
    // "Wed." and "Tues" are weekdays only where a weekday is expected: "on Wed.", not "the couple wed".
    if (g.abbr && !mod && !g.wmod && prevWord !== 'on') continue;
    if (!mod && !g.wmod && !g.amod) {
      const prevIsPreposition = WEEKDAY_PREPOSITIONS.has(prevWord);
      // A capitalised word around the weekday makes it part of a name: Easter Sunday, the Sunday Times.
      if (prev && isCapitalised(prev.word) && !prevIsPreposition) continue;
      if (!g.tail && /^[ \t\u00a0]+[A-Z][a-z]/.test(after) && !prevIsPreposition) continue;
    }
    const wd = weekdayNumber(fullWeekday(wdName));
    const weekWord = (
      g.wmod ??
      g.amod
        ?.trim()
        .split(/[ \t\u00a0]+/)
        .slice(-2, -1)[0]
    )?.toLowerCase();
    let date: Date;
    // "Sunday after next" is the one after the coming Sunday.
    if (weekWord === 'after') date = addWeeks(nextDay(doc, wd), 1);
    else if (weekWord !== undefined) date = weekdayOfWeek(doc, WEEK_SHIFT[weekWord] ?? 0, wd);
    else if (mod === 'last' || mod === 'this past' || mod === 'past') date = previousDay(doc, wd);
    // "next Sunday" is the Sunday of next week; "this coming Sunday" the first one after the document.
    else if (mod === 'next') date = weekdayOfWeek(doc, 1, wd);
    else if (mod === 'coming' || mod === 'upcoming' || mod === 'this coming') date = nextDay(doc, wd);
    else if (mod === 'this') date = weekdayOfWeek(doc, 0, wd);
    else if (FORWARD_BEFORE.test(text.slice(Math.max(0, start - 20), start)) || marksFuture(text, wdStart, wdEnd)) {
      date = getDay(doc) === wd ? doc : nextDay(doc, wd);
    } else date = latest(doc, wd);
    const c: Candidate = { start, end, date: dayValue(date), style: { form: 'weekday' }, relative: true };
    if (restating) c.restating = true;
    out.push(c);
  }
  return out;
}

/** How a counted weekday phrase finds its day from the weekday's number and the count. */
type WeekdayCount = (doc: Date, wd: Day, count: number) => Date;

/** The most recent such weekday on or before the document. */
const latest = (doc: Date, wd: Day): Date => (getDay(doc) === wd ? doc : previousDay(doc, wd));

/**
 * Weekdays counted in weeks: "two Sundays from now" is the second Sunday after the document ("one Friday from today"
 * the next one), "two Sundays ago" the second one before it; "a week ago Sunday" is the Sunday a week before the
 * most recent one. "Two Sundays later" and "two Sundays earlier" count from the story's events: their words are
 * covered so that no bare "Sunday" is read from them, and laterDays counts "later" from the day the story has reached.
 */
export function scanWeekdayCounts(text: string, doc: Date | undefined): Candidate[] {
  if (!doc) return [];
  const out: Candidate[] = [];
  const counted = (tail: string): RegExp => new RegExp(`(?<![A-Za-z\\d])${COUNT}${SP}(${WEEKDAY})s?${SP}${tail}\\b`, 'gi');
  const rules: Array<[RegExp, WeekdayCount | undefined]> = [
    [counted(`from${SP}(?:now|today)`), (d, wd, n) => addWeeks(nextDay(d, wd), n - 1)],
    [counted('ago'), (d, wd, n) => addWeeks(previousDay(d, wd), 1 - n)],
    [counted('(?:later|earlier|before|after)'), undefined],
    [new RegExp(`(?<![A-Za-z\\d])${COUNT}${SP}weeks?${SP}ago${SP}(?:on${SP})?(${WEEKDAY})(?![A-Za-z])`, 'gi'), (d, wd, n) => addWeeks(latest(d, wd), -n)],
  ];
  for (const [re, resolve] of rules) {
    for (const m of text.matchAll(re)) {
      const count = countOf(m[1]);
      if (!count) continue;
      const date = resolve?.(doc, weekdayNumber(fullWeekday(m[2])), count) ?? doc;
      const c: Candidate = { start: m.index, end: m.index + m[0].length, date: dayValue(date), style: { form: 'relative' }, relative: true };
      if (!resolve) c.void = true;
      out.push(c);
    }
  }
  return out;
}
