// Dates written in drafts and source articles: absolute forms (November 29, 2025-11-29, August 2025, in 1990),
// parts (late November, mid-2025) and expressions that only mean something against the document's own date
// (yesterday, last week, on Saturday). Regexes and small lexicons only: this runs over whole long documents.

import {
  addDays,
  addMonths,
  addWeeks,
  differenceInCalendarDays,
  endOfMonth,
  endOfWeek,
  endOfYear,
  getDay,
  getDaysInMonth,
  nextDay,
  previousDay,
  startOfMonth,
  startOfWeek,
  startOfYear,
  subDays,
} from 'date-fns';
import type { Day } from 'date-fns';
import type { DateClaim, DatePart, DateStyle, DateValue } from '../types';
import { MONTH_NAMES, WEEKDAY_NAMES } from '../lexicon/calendar';
import { scanNumericDates } from './numericDates';
import { DAY_WORD, dayWordNumber } from './dayWords';
import { datelineDate, headerDate, type DocumentDate } from '../text/documentDate';

export type ExtractedDate = Omit<DateClaim, 'sentence'>;

interface Candidate {
  start: number;
  end: number;
  date: DateValue;
  style: DateStyle;
  relative?: boolean;
  /** A phrase that names no day ("the 31st of this month" in a 30-day month): it covers its words so no part of it is read, and is not reported. */
  void?: boolean;
}

// ---------------------------------------------------------------- lexicons

const MONTH_ABBREVIATIONS = ['Jan', 'Feb', 'Mar', 'Apr', 'Jun', 'Jul', 'Aug', 'Sept', 'Sep', 'Oct', 'Nov', 'Dec'];

// A month name alone counts only when capitalised (or in an all-caps dateline): "may be" and "a march" are not dates.
const withCaps = (words: readonly string[]): string => words.flatMap((w) => [w, w.toUpperCase()]).join('|');
// Next to a day number any case is English ("april 22", "the fourth of may"): text typed in lower case still dates.
const anyCase = (words: readonly string[]): string => words.flatMap((w) => [w, w.toUpperCase(), w.toLowerCase()]).join('|');
const FULL_MONTH = `(?:${withCaps(MONTH_NAMES)})(?![A-Za-z])`;
const MONTH = `(?:${withCaps(MONTH_NAMES)}|(?:${withCaps(MONTH_ABBREVIATIONS)})\\.?)(?![A-Za-z])`;
const MONTH_WITH_DAY = `(?:${anyCase(MONTH_NAMES)}|(?:${anyCase(MONTH_ABBREVIATIONS)})\\.?)(?![A-Za-z])`;
/** Weekday names are never common words, so lower case counts too ("on friday"); "Tues." and "Wed." as written. */
const WEEKDAY_ABBREVIATIONS = ['Mon', 'Tues', 'Tue', 'Wed', 'Thurs', 'Thu', 'Fri', 'Sat', 'Sun'];
const WEEKDAY = `(?:${anyCase(WEEKDAY_NAMES)})`;
const YEAR = '(?:1[89]\\d\\d|20\\d\\d|2100)(?![\\dA-Za-z%]|[.,]\\d)';
/** After a day and a month any four-digit year is one ("5 December 1391"). */
const YEAR_AFTER_DAY = '(?:1\\d\\d\\d|20\\d\\d|2100)(?![\\dA-Za-z%]|[.,]\\d)';
const SP = '[ \\t\\u00a0]+';
const DAY = '(?<day>[0-3]?\\d)(?<ord>st|nd|rd|th)?';
const DAY2 = `(?:[ \\t]*[-–][ \\t]*(?<day2>[0-3]?\\d)(?:st|nd|rd|th)?)?`;
// A day number must not run on into a time (10:30), a decimal, a percentage or a word.
const DAY_END = '(?![\\dA-Za-z%]|[.,:]\\d)';

/** Words before a bare year or month that make the time reading the likely one. */
const TIME_PREPOSITIONS = new Set([
  'in',
  'since',
  'until',
  'till',
  'before',
  'after',
  'during',
  'through',
  'throughout',
  'circa',
  'around',
  'between',
  'from',
  'by',
  'of',
]);
/** Nouns that, before "of", make the following year or month a time: "the summer of 2019", "the end of March". */
const TEMPORAL_OF = new Set([
  'end',
  'beginning',
  'start',
  'middle',
  'rest',
  'half',
  'part',
  'spring',
  'summer',
  'autumn',
  'fall',
  'winter',
  'course',
  'months',
  'weeks',
  'days',
  'class',
  'ides',
  'first',
  'last',
  'year',
  'month',
  'quarter',
  'session',
]);
/** Nouns a year or month often qualifies: "the 2024 election", "the November vote". */
const EVENT_NOUNS = new Set([
  'election',
  'elections',
  're-election',
  'reelection',
  'by-election',
  'census',
  'budget',
  'season',
  'campaign',
  'olympics',
  'olympic',
  'games',
  'cup',
  'championship',
  'championships',
  'tournament',
  'primary',
  'primaries',
  'midterm',
  'midterms',
  'vote',
  'referendum',
  'crisis',
  'war',
  'survey',
  'poll',
  'report',
  'edition',
  'summit',
  'conference',
  'festival',
  'uprising',
  'coup',
  'earthquake',
  'hurricane',
  'flood',
  'floods',
  'invasion',
  'revolution',
  'massacre',
  'recession',
  'inauguration',
  'ceasefire',
  'agreement',
  'accord',
  'treaty',
  'law',
  'act',
  'cycle',
  'ballot',
  'debate',
  'protests',
]);
/** Event nouns that are also common count nouns: they only count when capitalised (the 2022 World Cup, 2000 cups). */
const CAPITALISED_EVENT_NOUNS = new Set(['games', 'cup', 'act']);
const ADJECTIVE_ENDING = /(?:al|ary|ive|ic|ian|ern|ese|ish|term|wide|state|snap|special|annual)$/;
/** Words after a number that show it counts things rather than naming a year. */
const COUNT_WORDS = new Set([
  'people',
  'men',
  'women',
  'children',
  'staff',
  'police',
  'personnel',
  'feet',
  'more',
  'fewer',
  'less',
  'other',
  'of',
  'per',
  'percent',
  'million',
  'billion',
  'thousand',
  'hundred',
  'km',
  'kg',
  'mi',
  'ft',
  'lb',
  'm',
  'cm',
  'mm',
  'new',
]);
const S_WORDS_NOT_PLURAL = new Set([
  'this',
  'thus',
  'always',
  'was',
  'has',
  'its',
  'his',
  'hers',
  'ours',
  'yours',
  'theirs',
  'whereas',
  'perhaps',
  'plus',
  'unless',
  'besides',
  'is',
  'as',
  'us',
  'yes',
  'news',
  'across',
  'nevertheless',
  'regardless',
  'sometimes',
  'afterwards',
]);
/** Before "by", these make the number a difference ("rose by 2000"), not a deadline ("by 2030"). */
const CHANGE_VERB =
  /^(?:increas|decreas|ris|rose|fell|fall|grew|grow|drop|cut|reduc|declin|jump|climb|slip|shr[iu]nk|expand|w[oi]n|los|lead|led|trail|exceed|outnumber|rais|lower|boost|surg|gain|plung|slump|tumbl|swell|soar|sank|sink|dip|edg|beat|up$|down$|margin)/;
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
const NUMBER_WORDS: Record<string, number> = {
  a: 1,
  an: 1,
  one: 1,
  two: 2,
  three: 3,
  four: 4,
  five: 5,
  six: 6,
  seven: 7,
  eight: 8,
  nine: 9,
  ten: 10,
  eleven: 11,
  twelve: 12,
};
const ABBREVIATIONS_BEFORE_PERIOD = new Set([
  ...MONTH_ABBREVIATIONS.map((a) => a.toLowerCase()),
  'mr',
  'mrs',
  'ms',
  'dr',
  'st',
  'jr',
  'sr',
  'gen',
  'gov',
  'sen',
  'rep',
  'no',
  'vs',
  'prof',
  'lt',
  'col',
  'sgt',
  'capt',
  'u.s',
  'u.k',
]);

// ---------------------------------------------------------------- small helpers

export function monthNumber(name: string): number | undefined {
  const bare = name.replace(/\.$/, '').toLowerCase();
  const full = MONTH_NAMES.findIndex((m) => m.toLowerCase() === bare);
  if (full >= 0) return full + 1;
  const abbr = MONTH_NAMES.findIndex((m) => m.toLowerCase().startsWith(bare) && bare.length >= 3);
  return abbr >= 0 ? abbr + 1 : undefined;
}

function weekdayNumber(name: string): Day {
  return WEEKDAY_NAMES.findIndex((w) => w.toLowerCase() === name.toLowerCase()) as Day;
}

/** Parses YYYY-MM-DD (a time part is ignored) into a local calendar date; undefined for impossible dates. */
export function parseDocumentDate(s: string | undefined): Date | undefined {
  const m = /^(\d{4})-(\d{2})-(\d{2})(?:[T ][\d:.]*(?:Z|[+-]\d\d:?\d\d)?)?$/.exec((s ?? '').trim());
  if (!m) return undefined;
  const [y, mo, d] = [Number(m[1]), Number(m[2]), Number(m[3])];
  if (mo < 1 || mo > 12 || d < 1 || d > getDaysInMonth(new Date(y, mo - 1, 1))) return undefined;
  return new Date(y, mo - 1, d);
}

function dayValue(d: Date, span = 1): DateValue {
  const v: DateValue = { year: d.getFullYear(), month: d.getMonth() + 1, day: d.getDate(), precision: 'day' };
  if (span > 1) v.span = span;
  return v;
}

function rangeValue(from: Date, to: Date): DateValue {
  return dayValue(from, Math.max(1, differenceInCalendarDays(to, from) + 1));
}

function monthValue(d: Date, part?: DatePart): DateValue {
  const v: DateValue = { year: d.getFullYear(), month: d.getMonth() + 1, precision: 'month' };
  if (part) v.part = part;
  return v;
}

function yearValue(year: number, part?: DatePart): DateValue {
  const v: DateValue = { year, precision: 'year' };
  if (part) v.part = part;
  return v;
}

function validDay(year: number | undefined, month: number, day: number): boolean {
  // Without a year, February 29 must stay possible.
  return day >= 1 && day <= getDaysInMonth(new Date(year ?? 2000, month - 1, 1));
}

/**
 * News reports the past: a yearless date falling more than about two months after the document belongs to the
 * year before; when the words look forward ("will", "is due", "effective") one more than two months before it
 * belongs to the year after. The two months' slack keeps a date of this story in its year when the document's own
 * date is a few days off or the story mentions what comes next without a future verb.
 */
function inferYear(month: number, day: number | undefined, doc: Date | undefined, forward = false): number | undefined {
  if (!doc) return undefined;
  const year = doc.getFullYear();
  const first = new Date(year, month - 1, day ?? 1);
  const last = day === undefined ? endOfMonth(first) : first;
  if (forward) return differenceInCalendarDays(doc, last) > 62 ? year + 1 : year;
  return differenceInCalendarDays(first, doc) > 62 ? year - 1 : year;
}

function partOf(word: string): DatePart {
  const w = word.toLowerCase();
  return w === 'early' ? 'early' : w === 'mid' ? 'mid' : 'late';
}

interface WordAt {
  word: string;
  start: number;
}

/** The word ending just before `index` (across spaces only), if any. */
function wordBefore(text: string, index: number): WordAt | undefined {
  const m = /([A-Za-z][A-Za-z'’.-]*)[ \t\u00a0]*$/.exec(text.slice(Math.max(0, index - 40), index));
  if (!m) return undefined;
  const word = m[1].replace(/[.'’]+$/, '');
  return { word, start: index - m[0].length };
}

function isCapitalised(word: string): boolean {
  return /^[A-Z]/.test(word);
}

/** A sentence (or heading, or quotation) begins at `index`: what precedes is terminal punctuation, an opening mark or a line start. */
function isSentenceStart(text: string, index: number): boolean {
  let i = index - 1;
  while (i >= 0 && (text[i] === ' ' || text[i] === '\t' || text[i] === '\u00a0')) i--;
  if (i < 0) return true;
  const c = text[i];
  if (c === '\n' || c === '\r' || /["“‘'([—–:#*>-]/.test(c)) return true;
  if (c === '!' || c === '?') return true;
  if (c === '.') {
    const w = wordBefore(text, i + 1);
    return !w || !ABBREVIATIONS_BEFORE_PERIOD.has(w.word.toLowerCase());
  }
  return false;
}

/** Whether the words after a number show it counts something ("2000 people", "2019 votes", "2000%"). */
function followsCount(after: string): boolean {
  if (/^[ \t]*(?:%|[-–]?[ \t]*per[ \t]?cent\b)/.test(after) || /^[.,]\d/.test(after)) return true;
  const m = /^[ \t\u00a0]+([a-z][a-z'-]*)/.exec(after);
  if (!m) return false;
  const w = m[1];
  if (COUNT_WORDS.has(w)) return true;
  return w.length >= 4 && w.endsWith('s') && !w.endsWith('ss') && !S_WORDS_NOT_PLURAL.has(w);
}

/** Like followsCount, but only for words that are always counted ("people", "percent"), not any plural. */
function followsCountWord(after: string): boolean {
  const m = /^[ \t\u00a0]+([a-z][a-z'-]*)/.exec(after);
  return (m !== null && COUNT_WORDS.has(m[1]) && m[1] !== 'new') || /^[ \t]*%/.test(after);
}

/** Whether an event noun follows, possibly after one or two adjectives ("2024 presidential election", "2022 World Cup"). */
function eventNounFollows(after: string): boolean {
  const m = /^(?:['’]s)?(?:[ \t\u00a0]+[A-Za-z][A-Za-z-]*){1,3}/.exec(after);
  if (!m) return false;
  const words = m[0]
    .replace(/^['’]s/, '')
    .trim()
    .split(/[ \t\u00a0]+/);
  for (const word of words) {
    const w = word.toLowerCase();
    if (EVENT_NOUNS.has(w) && (!CAPITALISED_EVENT_NOUNS.has(w) || isCapitalised(word))) return true;
    if (!(isCapitalised(word) || ADJECTIVE_ENDING.test(w)) || w.endsWith('s')) return false;
  }
  return false;
}

// ---------------------------------------------------------------- sentences and tense

const FUTURE_MARKERS =
  /\b(?:will|effective|starting|won't|shall|(?:is|are|'s|’s)[ \t]+(?:due|scheduled|set|expected|slated|planned|going|poised)[ \t]+(?:to|for)|plans?[ \t]+to|planning[ \t]+to|upcoming|this[ \t]+coming)\b|['’]ll\b/gi;
const PAST_MARKERS =
  /\b(?:said|told|announced|reported|confirmed|added|was|were|had|did|took|held|met|came|went|began|won|lost|made|left|gave|saw|found|died|[a-z]{3,}ed)\b/gi;

/** The sentence holding [start, end): bounded by terminal punctuation (not after an abbreviation) or a blank line. */
function sentenceAround(text: string, start: number, end: number): { from: number; to: number } {
  let from = Math.max(0, start - 400);
  for (let i = start - 1; i >= from; i--) {
    const c = text[i];
    if ((c === '\n' && text[i - 1] === '\n') || ((c === '.' || c === '!' || c === '?') && /\s/.test(text[i + 1] ?? ''))) {
      if (c === '.' && !isSentenceStart(text, i + 1)) continue;
      from = i + 1;
      break;
    }
  }
  let to = Math.min(text.length, end + 400);
  for (let i = end; i < to; i++) {
    const c = text[i];
    if ((c === '\n' && text[i + 1] === '\n') || ((c === '.' || c === '!' || c === '?') && /\s/.test(text[i + 1] ?? ''))) {
      if (c === '.' && !isSentenceStart(text, i + 1)) continue;
      to = i;
      break;
    }
  }
  return { from, to };
}

/**
 * Whether the sentence places the date in the future. A future marker counts unless a past-tense verb stands
 * nearer the date: "On Saturday, officials said they will..." is past; "the vote will take place on Saturday" is not.
 */
function marksFuture(text: string, start: number, end: number): boolean {
  const { from, to } = sentenceAround(text, start, end);
  const sentence = text.slice(from, to);
  const futures: Array<[number, number]> = [];
  for (const m of sentence.matchAll(FUTURE_MARKERS)) futures.push([from + m.index, from + m.index + m[0].length]);
  if (futures.length === 0) return false;
  const distance = (a: number, b: number): number => (b <= start ? start - b : a >= end ? a - end : 0);
  const nearestFuture = Math.min(...futures.map(([a, b]) => distance(a, b)));
  let nearestPast = Infinity;
  for (const m of sentence.matchAll(PAST_MARKERS)) {
    const a = from + m.index;
    const b = a + m[0].length;
    if (futures.some(([fa, fb]) => a < fb && fa < b)) continue;
    // A participle after "be" belongs to the future verb ("will be published"), it is not a past tense.
    if (/\b(?:be|been|being)[ \t]+$/i.test(sentence.slice(Math.max(0, m.index - 8), m.index))) continue;
    if (a >= start && b <= end) continue;
    nearestPast = Math.min(nearestPast, distance(a, b));
  }
  return nearestFuture < nearestPast;
}

// ---------------------------------------------------------------- scanners

function scanIso(text: string): Candidate[] {
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
  forward: boolean,
): Candidate | undefined {
  const monthName = g.month as string;
  const month = monthNumber(monthName);
  const day = Number(g.day);
  if (!month) return undefined;
  let year = g.year ? Number(g.year) : inferYear(month, day, doc, forward);
  // A yearless February 29 is the last (or next) leap day.
  while (!g.year && year !== undefined && month === 2 && day === 29 && !validDay(year, month, day)) year += forward ? 1 : -1;
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
    g.ytail = undefined;
  }
  return { g, end };
}

function scanMonthDay(text: string, doc: Date | undefined): Candidate[] {
  const out: Candidate[] = [];
  const re = new RegExp(
    `(?<![A-Za-z])(?<month>${MONTH_WITH_DAY})(?<sep>,?${SP}(?:the${SP})?|[-/](?=\\d))${DAY}${DAY2}${DAY_END}(?<ytail>(?:,[ \\t\\u00a0]*|${SP}|${SP}of${SP})(?<year>${YEAR_AFTER_DAY}))?`,
    'g',
  );
  for (const m of text.matchAll(re)) {
    const { g, end } = dropCountedYear(text, m);
    // "In May 10 people died": a number after a month-level preposition and before a counted noun is a count.
    // Elsewhere plurals follow dates often enough ("the Sept. 11 attacks") that only plain count words block.
    const afterDay = text.slice(end, end + 40);
    const monthPreposition = /^(?:in|during)$/i.test(wordBefore(text, m.index)?.word ?? '');
    if (!g.year && !g.ord && (monthPreposition ? followsCount(afterDay) : followsCountWord(afterDay))) continue;
    // "In March, 5 people..." is no date; "October, 1st" is.
    if (g.sep?.includes(',') && !g.ord) continue;
    // Lower case "may 5" is as likely the verb: only the capitalised name is read without an ordinal.
    if (/^(?:may|march)$/.test(g.month as string) && !g.ord) continue;
    const c = dayCandidate(m.index, end, 'month-day', g, doc, !g.year && marksFuture(text, m.index, end));
    if (c) out.push(c);
  }
  return out;
}

function scanDayMonth(text: string, doc: Date | undefined): Candidate[] {
  const out: Candidate[] = [];
  const re = new RegExp(
    `(?<![\\w.,$€£/-])${DAY}${DAY2}(?:\\.?${SP}(?:of${SP})?|-(?=[A-Za-z]))(?<month>${MONTH_WITH_DAY})(?<ytail>(?:,?${SP}|${SP}of${SP})(?<year>${YEAR_AFTER_DAY}))?`,
    'g',
  );
  for (const m of text.matchAll(re)) {
    const { g, end } = dropCountedYear(text, m);
    // "Only 1 may qualify": lower-case "may" and "march" after a bare number are verbs; "1st may", "4 of march" are dates.
    if (/^(?:may|march)$/.test(g.month as string) && !g.ord && !/of/.test(m[0])) continue;
    const c = dayCandidate(m.index, end, 'day-month', g, doc, !g.year && marksFuture(text, m.index, end));
    if (c) out.push(c);
  }
  return out;
}

function scanMonthYear(text: string): Candidate[] {
  const out: Candidate[] = [];
  const re = new RegExp(`(?<![A-Za-z])(?<month>${MONTH})(?:,?${SP}|${SP}of${SP})(?<year>${YEAR})`, 'g');
  for (const m of text.matchAll(re)) {
    const g = m.groups as Record<string, string>;
    const month = monthNumber(g.month);
    const end = m.index + m[0].length;
    if (!month || followsCount(text.slice(end, end + 40))) continue;
    out.push({
      start: m.index,
      end,
      date: { year: Number(g.year), month, precision: 'month' },
      style: { form: 'month-year', monthName: g.month, withYear: true },
    });
  }
  return out;
}

function scanParts(text: string, doc: Date | undefined): Candidate[] {
  const out: Candidate[] = [];
  const part = '(?<part>[Ee]arly|[Mm]id|[Ll]ate|EARLY|MID|LATE)';
  const monthRe = new RegExp(`(?<![A-Za-z])${part}(?:-[ \\t]*|${SP})(?<month>${MONTH})(?:(?:,?${SP}|${SP}of${SP})(?<year>${YEAR}))?`, 'g');
  for (const m of text.matchAll(monthRe)) {
    const g = m.groups as Record<string, string | undefined>;
    const month = monthNumber(g.month as string);
    if (!month) continue;
    const year = g.year ? Number(g.year) : inferYear(month, undefined, doc, marksFuture(text, m.index, m.index + m[0].length));
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

/** A connector ("to", "and", "-") that continues a list or range whose previous item was a date: "from 2019 to 2021". */
function continuesDates(text: string, connector: WordAt | undefined, accepted: Set<number>): boolean {
  if (!connector || !/^(?:to|and|or|until|till|through)$/i.test(connector.word)) return false;
  const before = text.slice(0, connector.start).replace(/[ \t\u00a0,]+$/, '');
  return accepted.has(before.length);
}

/** Whether the word before a bare year or month makes the time reading likely. */
function timePrepositionBefore(text: string, index: number, after: string): boolean {
  const prev = wordBefore(text, index);
  if (!prev) return false;
  const w = prev.word.toLowerCase();
  if (!TIME_PREPOSITIONS.has(w)) return false;
  if (w === 'of') return TEMPORAL_OF.has((wordBefore(text, prev.start)?.word ?? '').toLowerCase());
  if (w === 'by') return !CHANGE_VERB.test((wordBefore(text, prev.start)?.word ?? '').toLowerCase());
  if (w === 'from' || w === 'between') {
    // "from 1900 to 2000 people" is a count range; "from 2019 to 2021" is a year range.
    const r = /^[ \t]*(?:to|and|until|through|-|–)[ \t]*(\d+(?:[,.]\d+)*)/.exec(after);
    if (!r) return true;
    return /^(?:1[89]\d\d|20\d\d|2100)$/.test(r[1]) && !followsCount(after.slice(r[0].length));
  }
  if (w === 'around') return false;
  return true;
}

function scanYears(text: string): Candidate[] {
  const out: Candidate[] = [];
  const accepted = new Set<number>();
  const re = /(?<![\w$€£#.,/'’-])(1[89]\d\d|20\d\d|2100)(?![\w%]|[.,]\d|[-–]\d|:\d)/g;
  for (const m of text.matchAll(re)) {
    const start = m.index;
    const end = start + m[0].length;
    const after = text.slice(end, end + 60);
    if (followsCount(after)) continue;
    const prev = wordBefore(text, start);
    const yearly = prev !== undefined && /^(?:year|fiscal|FY)$/i.test(prev.word);
    if (!(yearly || timePrepositionBefore(text, start, after) || continuesDates(text, prev, accepted) || eventNounFollows(after))) continue;
    accepted.add(end);
    out.push({ start, end, date: yearValue(Number(m[0])), style: { form: 'year', withYear: true } });
  }
  return out;
}

function scanBareMonths(text: string, doc: Date | undefined): Candidate[] {
  const out: Candidate[] = [];
  const accepted = new Set<number>();
  const re = new RegExp(`(?<![A-Za-z])(?<mod>(?:[Ll]ast|[Nn]ext|[Tt]his(?:${SP}(?:past|coming))?)${SP})?(?<month>${FULL_MONTH})(?<poss>['’]s)?`, 'g');
  for (const m of text.matchAll(re)) {
    const g = m.groups as Record<string, string | undefined>;
    const monthName = g.month as string;
    const month = monthNumber(monthName) as number;
    const start = m.index;
    const end = start + m[0].length - (g.poss?.length ?? 0);
    const after = text.slice(end, end + 60);
    const mod = g.mod?.trim().toLowerCase().replace(/\s+/g, ' ');
    // April, May, June and August are also first names: for them a possessive alone does not make a date.
    const possessive = Boolean(g.poss) && ![4, 5, 6, 8].includes(month);
    const likely =
      mod !== undefined ||
      timePrepositionBefore(text, start, after) ||
      continuesDates(text, wordBefore(text, start), accepted) ||
      possessive ||
      eventNounFollows(after);
    if (!likely) continue;
    // "last September 16" is the day, read as "September 16" is: the most recent one.
    if (mod && /^[ \t]+\d{1,2}(?:st|nd|rd|th)?\b/.test(after)) continue;
    const monthStart = start + (g.mod?.length ?? 0);
    accepted.add(end);
    const style: DateStyle = { form: 'month-year', monthName, withYear: false };
    if (!mod) {
      const year = inferYear(month, undefined, doc, marksFuture(text, monthStart, end));
      const date: DateValue = { month, precision: 'month' };
      if (year !== undefined) date.year = year;
      out.push({ start: monthStart, end, date, style });
      continue;
    }
    if (!doc) continue;
    const docMonth = doc.getMonth() + 1;
    const y = doc.getFullYear();
    const year = mod === 'this' ? y : mod === 'next' || mod === 'this coming' ? (month > docMonth ? y : y + 1) : month < docMonth ? y : y - 1;
    out.push({ start, end, date: { year, month, precision: 'month' }, style, relative: true });
  }
  return out;
}

/** "Saturday, November 29" or "Saturday (Nov. 29)": the explicit date carries the claim, the weekday only restates it. */
function explicitDateFollows(after: string): boolean {
  return new RegExp(
    `^(?:-|,?[ \\t\\u00a0]*\\(?[ \\t]*)(?:${MONTH_WITH_DAY}(?:${SP}|-|/)\\d|${MONTH_WITH_DAY}${SP}(?:the${SP})?${DAY_WORD}(?![A-Za-z])|\\d{1,4}[/.-]\\d|\\d{1,2}(?:st|nd|rd|th)?${SP}(?:of${SP})?${MONTH}|the${SP}\\d)`,
  ).test(after);
}

/** Monday = 0 ... Sunday = 6: a weekday's place in a Monday-to-Sunday week. */
const weekOffset = (wd: Day): number => (wd + 6) % 7;

function weekdayOfWeek(doc: Date, weeks: number, wd: Day): Date {
  return addDays(addWeeks(weekStart(doc), weeks), weekOffset(wd));
}

const WEEK_SHIFT: Record<string, number> = { last: -1, previous: -1, this: 0, next: 1 };

/** Words just before a bare weekday that look forward: "by Friday", "as soon as Wednesday", "until Monday". */
const FORWARD_BEFORE = /(?:\b(?:by|until|till)|\bas[ \t]+(?:soon|early)[ \t]+as|\b(?:from|starting|beginning)[ \t]+(?:next|this))[ \t]+$/i;

function scanWeekdays(text: string, doc: Date | undefined): Candidate[] {
  if (!doc) return [];
  const out: Candidate[] = [];
  const weekMod = '(?:[Ll]ast|[Nn]ext|[Tt]his|LAST|NEXT|THIS|[Pp]revious)';
  const re = new RegExp(
    `(?<![A-Za-z])(?:(?<wmod>${weekMod})${SP}week${SP}(?:on${SP})?)?` +
      `(?<mod>(?:[Ll]ast|[Nn]ext|[Cc]oming|[Pp]ast|[Tt]his(?:${SP}(?:past|coming))?)${SP})?` +
      `(?<wd>${WEEKDAY}|(?<abbr>${withCaps(WEEKDAY_ABBREVIATIONS)}|tues|thurs|wed)\\.?)(?<tail>s\\b|['’]s)?(?![A-Za-z])` +
      `(?<amod>${SP}(?:of${SP})?(?:last|next|this|previous)${SP}week\\b)?`,
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
    if (explicitDateFollows(after.replace(/^\./, ''))) continue;
    const mod = g.mod?.trim().toLowerCase().replace(/\s+/g, ' ');
    const prev = wordBefore(text, start);
    const prevWord = prev?.word.toLowerCase() ?? '';
    if (prevWord === 'every' || prevWord === 'each') continue;
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
    if (weekWord !== undefined) date = weekdayOfWeek(doc, WEEK_SHIFT[weekWord] ?? 0, wd);
    else if (mod === 'last' || mod === 'this past' || mod === 'past') date = previousDay(doc, wd);
    // "next Sunday" is the Sunday of next week; "this coming Sunday" the first one after the document.
    else if (mod === 'next') date = weekdayOfWeek(doc, 1, wd);
    else if (mod === 'coming' || mod === 'this coming') date = nextDay(doc, wd);
    else if (mod === 'this') date = weekdayOfWeek(doc, 0, wd);
    else if (FORWARD_BEFORE.test(text.slice(Math.max(0, start - 20), start)) || marksFuture(text, wdStart, wdEnd)) {
      date = getDay(doc) === wd ? doc : nextDay(doc, wd);
    } else date = getDay(doc) === wd ? doc : previousDay(doc, wd);
    out.push({ start, end, date: dayValue(date), style: { form: 'weekday' }, relative: true });
  }
  return out;
}

/** The full name of a weekday written whole or shortened ("Tues", "wed"). */
function fullWeekday(name: string): string {
  const bare = name.toLowerCase();
  return WEEKDAY_NAMES.find((w) => w.toLowerCase().startsWith(bare.slice(0, 3))) ?? name;
}

/** A capitalised relative phrase in mid-sentence is a title (the Today programme, Last Week Tonight). */
function looksLikeTitle(text: string, start: number, phrase: string): boolean {
  if (phrase === phrase.toUpperCase()) return false;
  const words = phrase.split(/[ \t\u00a0-]+/);
  if (words.slice(1).some((w) => isCapitalised(w))) return true;
  return isCapitalised(phrase) && !isSentenceStart(text, start);
}

type Resolver = (m: RegExpExecArray, doc: Date, future: () => boolean) => DateValue | undefined;

const weekStart = (d: Date): Date => startOfWeek(d, { weekStartsOn: 1 });
const weekValue = (monday: Date): DateValue => dayValue(monday, 7);
/** The Saturday of the weekend on or before `d` (the current one when `d` falls on it). */
const weekendSaturday = (d: Date): Date => (getDay(d) === 6 ? d : getDay(d) === 0 ? subDays(d, 1) : previousDay(d, 6));

function periodValue(unit: string, anchor: Date): DateValue {
  if (unit === 'week') return weekValue(weekStart(anchor));
  if (unit === 'month') return monthValue(anchor);
  return yearValue(anchor.getFullYear());
}

function shift(unit: string, d: Date, n: number): Date {
  return unit === 'week' ? addWeeks(d, n) : unit === 'month' ? addMonths(d, n) : addMonths(d, 12 * n);
}

/** One term of an "ago" phrase: "21 days", "a month", "two years". */
const AGO_TERM = '(\\d{1,3}|an?|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve)[ \\t]+(day|week|month|year)s?';
const UNIT_ORDER = ['day', 'week', 'month', 'year'];

const countOf = (word: string): number | undefined => (/^\d/.test(word) ? Number(word) : NUMBER_WORDS[word.toLowerCase()]);

/** "about ten days ago": a fifth of the count either side (at least one unit), as days. */
function hedgedRange(center: Date, unit: string, count: number): DateValue {
  const k = Math.max(1, Math.round(count / 5));
  const move = (n: number): Date => (unit === 'day' ? addDays(center, n) : shift(unit, center, n));
  let from = move(-k);
  let to = move(k);
  if (unit === 'week') [from, to] = [weekStart(from), endOfWeek(to, { weekStartsOn: 1 })];
  if (unit === 'month') [from, to] = [startOfMonth(from), endOfMonth(to)];
  if (unit === 'year') [from, to] = [startOfYear(from), endOfYear(to)];
  return rangeValue(from, to);
}

const RELATIVE_RULES: Array<{ re: RegExp; resolve: Resolver; group?: number }> = [
  { re: /\b(?:the[ \t]+)?day[ \t]+before[ \t]+yesterday\b/gi, resolve: (_m, doc) => dayValue(subDays(doc, 2)) },
  { re: /\b(?:the[ \t]+)?day[ \t]+after[ \t]+tomorrow\b/gi, resolve: (_m, doc) => dayValue(addDays(doc, 2)) },
  { re: /\b(?:yesterday|last[ \t]+night)\b/gi, resolve: (_m, doc) => dayValue(subDays(doc, 1)) },
  { re: /\b(?:today|tonight|this[ \t]+(?:morning|afternoon|evening))\b/gi, resolve: (_m, doc) => dayValue(doc) },
  { re: /\btomorrow\b/gi, resolve: (_m, doc) => dayValue(addDays(doc, 1)) },
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
        const current = weekendSaturday(doc);
        const onWeekend = getDay(doc) === 6 || getDay(doc) === 0;
        let sat: Date;
        if (mod === 'last' || mod === 'this past') sat = onWeekend ? subDays(current, 7) : current;
        else if (mod === 'next' || mod === 'this coming') sat = onWeekend ? addDays(current, 7) : nextDay(doc, 6);
        else sat = onWeekend || !future() ? current : nextDay(doc, 6);
        return dayValue(sat, 2);
      }
      const n = mod === 'last' || mod === 'this past' ? -1 : mod === 'next' || mod === 'this coming' ? 1 : 0;
      return periodValue(unit, shift(unit, doc, n));
    },
  },
  {
    re: /\b(?:over|during|at|on|through|across|throughout)[ \t]+(the[ \t]+weekend)\b/gi,
    group: 1,
    resolve: (_m, doc, future) => {
      const current = weekendSaturday(doc);
      const upcoming = getDay(doc) !== 6 && getDay(doc) !== 0 && future();
      return dayValue(upcoming ? nextDay(doc, 6) : current, 2);
    },
  },
  {
    // "three days ago", "1 month and 21 days ago", "two days from tomorrow", "four days before yesterday";
    // a hedge before it ("about two weeks ago") makes it a range around that day.
    re: new RegExp(
      `(?:\\b(?<hedge>about|around|approximately|roughly|some|nearly|almost)[ \\t]+)?(?<terms>${AGO_TERM}(?:(?:,|[ \\t]+and)?[ \\t]+${AGO_TERM})*)[ \\t]+(?<dir>ago|(?:from|after)[ \\t]+(?:now|today|tomorrow|yesterday)|before[ \\t]+(?:today|tomorrow|yesterday))\\b`,
      'gi',
    ),
    resolve: (m, doc) => {
      const g = m.groups as Record<string, string | undefined>;
      const terms = [...(g.terms as string).matchAll(new RegExp(AGO_TERM, 'gi'))];
      const dir = (g.dir as string).toLowerCase().replace(/\s+/g, ' ');
      const sign = dir === 'ago' || dir.startsWith('before') ? -1 : 1;
      const anchorShift = /tomorrow$/.test(dir) ? 1 : /yesterday$/.test(dir) ? -1 : 0;
      let d = addDays(doc, anchorShift);
      let widest = 'day';
      for (const t of terms) {
        const count = countOf(t[1]);
        if (count === undefined) return undefined;
        const unit = t[2].toLowerCase();
        d = unit === 'day' ? addDays(d, sign * count) : shift(unit, d, sign * count);
        if (UNIT_ORDER.indexOf(unit) > UNIT_ORDER.indexOf(widest)) widest = unit;
      }
      const single = terms.length === 1 && anchorShift === 0;
      if (g.hedge) return hedgedRange(d, widest, countOf(terms[terms.length - 1][1]) ?? 1);
      // "Two weeks ago" names a week (and "a year ago" a year), not an exact day; "1 month 21 days ago" is a day.
      if (!single || widest === 'day') return dayValue(d);
      return periodValue(widest, d);
    },
  },
  {
    // "in three weeks" and "within 48 hours" count forward from the document only where the words look forward
    // ("will finish in three weeks"); elsewhere they are lengths of time ("built in three weeks").
    re: /\b(in|within)[ \t]+(\d{1,3}|an?|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve)[ \t]+(hour|day|week|month)s?\b/gi,
    resolve: (m, doc, future) => {
      const count = countOf(m[2]);
      if (!count || !future()) return undefined;
      const unit = m[3].toLowerCase();
      const end = unit === 'hour' ? addDays(doc, Math.ceil(count / 24)) : unit === 'day' ? addDays(doc, count) : shift(unit, doc, count);
      return m[1].toLowerCase() === 'within' ? rangeValue(doc, end) : dayValue(end);
    },
  },
  {
    // "a few days ago", "several weeks ago": a range of days, never one day.
    re: /\b(a[ \t]+few|few|several|a[ \t]+couple[ \t]+of)[ \t]+(day|week|month|year)s[ \t]+ago\b/gi,
    resolve: (m, doc) => {
      const several = /several/i.test(m[1]);
      const unit = m[2].toLowerCase();
      const back = (n: number): Date => (unit === 'day' ? subDays(doc, n) : shift(unit, doc, -n));
      return rangeValue(back(several ? 9 : 6), back(2));
    },
  },
];

/** Hedges make an "ago" or period phrase approximate or open-ended ("more than a year ago"); bound stays exact here, so skip them. */
const HEDGE_BEFORE = /\b(?:more[ \t]+than|over|at[ \t]+least|less[ \t]+than|under|fewer[ \t]+than|within|in|up[ \t]+to)[ \t]+$/i;

function scanRelative(text: string, doc: Date | undefined): Candidate[] {
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

// ---------------------------------------------------------------- days written without a month

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
const AFTER_DAY_ORDINAL =
  /^(?:[ \t]*(?:$|[.,;:!?)"”’'\n])|[ \t]+(?:and|or|at|when|as|to|in|on|before|after|with|for|but|that|this|so|because|while|until|till)\b)/;
const DAY_ORDINAL = '(?<day>[0-3]?\\d)(?:st|nd|rd|th)';

/**
 * "the 21st", "on 22nd" (a day of this or the previous month), "Tuesday the 11th" (the nearest month where that day
 * is that weekday), "the 15th day of next month", "20th of this month".
 */
function scanOrdinalDays(text: string, doc: Date | undefined): Candidate[] {
  if (!doc) return [];
  const out: Candidate[] = [];
  const bare = new RegExp(`(?<![A-Za-z\\d])(?:(?<the>[Tt]he)${SP}|(?<=\\b[Oo]n${SP}))${DAY_ORDINAL}(?![A-Za-z\\d])`, 'g');
  for (const m of text.matchAll(bare)) {
    const end = m.index + m[0].length;
    if (!AFTER_DAY_ORDINAL.test(text.slice(end, end + 12))) continue;
    const d = monthWithDay(Number(m.groups?.day), doc, marksFuture(text, m.index, end));
    if (d) out.push({ start: m.index, end, date: dayValue(d), style: { form: 'weekday' }, relative: true });
  }
  const ofMonth = new RegExp(`(?<![A-Za-z\\d])(?:[Tt]he${SP})?${DAY_ORDINAL}(?:${SP}day)?(?:${SP}of)?${SP}(?<mod>this|next|last|previous)${SP}month\\b`, 'g');
  for (const m of text.matchAll(ofMonth)) {
    const g = m.groups as Record<string, string>;
    const base = addMonths(startOfMonth(doc), WEEK_SHIFT[g.mod.toLowerCase()] ?? 0);
    const day = Number(g.day);
    const d = new Date(base.getFullYear(), base.getMonth(), Math.min(day, getDaysInMonth(base)));
    const c: Candidate = { start: m.index, end: m.index + m[0].length, date: dayValue(d), style: { form: 'relative' }, relative: true };
    // "the 31st of this month" in a 30-day month names no day.
    if (day < 1 || day > getDaysInMonth(base)) c.void = true;
    out.push(c);
  }
  const withWeekday = new RegExp(`(?<![A-Za-z])(?<wd>${WEEKDAY}),?${SP}the${SP}(?:${DAY_ORDINAL}|(?<word>${DAY_WORD}))(?![A-Za-z\\d-])`, 'g');
  for (const m of text.matchAll(withWeekday)) {
    const g = m.groups as Record<string, string | undefined>;
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
function scanNthWeekdays(text: string, doc: Date | undefined): Candidate[] {
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
      const year = g.year ? Number(g.year) : (inferYear(month, undefined, doc, marksFuture(text, m.index, end)) as number);
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

/** "May twenty-first", "Jan first", "the second of August", "September the twenty-first": a day written in words. */
function scanWordDays(text: string, doc: Date | undefined): Candidate[] {
  const out: Candidate[] = [];
  const monthFirst = new RegExp(
    `(?<![A-Za-z])(?<month>${MONTH_WITH_DAY})${SP}(?:the${SP})?(?<word>${DAY_WORD})(?![A-Za-z-])(?<ytail>,?${SP}(?<year>${YEAR}))?`,
    'g',
  );
  const dayFirst = new RegExp(
    `(?<![A-Za-z-])(?:(?<the>[Tt]he)${SP})?(?<word>${DAY_WORD})${SP}of${SP}(?<month>${MONTH_WITH_DAY})(?<ytail>,?${SP}(?<year>${YEAR}))?`,
    'g',
  );
  for (const [re, form] of [
    [monthFirst, 'month-day'],
    [dayFirst, 'day-month'],
  ] as const) {
    for (const m of text.matchAll(re)) {
      const g = m.groups as Record<string, string | undefined>;
      const day = dayWordNumber(g.word as string);
      const month = monthNumber(g.month as string);
      if (!day || !month) continue;
      // "a third of March's budget" is a fraction; an ordinal only names a day in "the second of May" or without a determiner.
      if (form === 'day-month' && !g.the && /^(?:a|an|one|two|three|every|each)$/i.test(wordBefore(text, m.index)?.word ?? '')) continue;
      if (!isOrdinalWord(g.word as string) && (form === 'day-month' || !/^(?:twenty|thirty)/i.test(g.word as string))) continue;
      const end = m.index + m[0].length;
      const year = g.year ? Number(g.year) : inferYear(month, day, doc, marksFuture(text, m.index, end));
      if (!validDay(year, month, day)) continue;
      const date: DateValue = { month, day, precision: 'day' };
      if (year !== undefined) date.year = year;
      out.push({ start: m.index, end, date, style: { form, monthName: g.month, withYear: Boolean(g.year) } });
    }
  }
  return out;
}

const isOrdinalWord = (w: string): boolean => /(?:first|second|third|th)$/i.test(w);

/** Holidays that fix a day of the year: read only with a document date, as the most recent one (or the next). */
const HOLIDAYS: Array<{ re: RegExp; day: (year: number) => Date }> = [
  {
    re: /\bChristmas(?:[ \t]+Day)?\b(?![ \t]+(?:Eve|tree|trees|market|markets|lights|card|cards|party|shopping|season|holidays?|period|break|present|presents|gifts?|dinner|lunch))/g,
    day: (y) => new Date(y, 11, 25),
  },
  { re: /\bChristmas[ \t]+Eve\b/g, day: (y) => new Date(y, 11, 24) },
  { re: /\bNew[ \t]+Year['’]s[ \t]+Eve\b/g, day: (y) => new Date(y, 11, 31) },
  { re: /\bNew[ \t]+Year['’]s(?:[ \t]+Day)?\b(?![ \t]+(?:Eve|resolutions?|[Hh]onours|message|address|speech))/g, day: (y) => new Date(y, 0, 1) },
  {
    re: /\bThanksgiving(?:[ \t]+Day)?\b(?![ \t]+(?:weekend|week|holiday|dinner|meal|travel|parade))/g,
    day: (y) => addDays(new Date(y, 10, 1), ((4 - getDay(new Date(y, 10, 1)) + 7) % 7) + 21),
  },
  { re: /\bHalloween\b/g, day: (y) => new Date(y, 9, 31) },
];

/** Words before a holiday that make it the day rather than a season or an adjective ("a Thanksgiving address"). */
const HOLIDAY_PREPOSITIONS = new Set([
  'on',
  'at',
  'by',
  'until',
  'till',
  'since',
  'before',
  'after',
  'over',
  'from',
  'through',
  'around',
  'during',
  'of',
  'and',
  'for',
]);

function scanHolidays(text: string, doc: Date | undefined): Candidate[] {
  if (!doc) return [];
  const out: Candidate[] = [];
  for (const h of HOLIDAYS) {
    for (const m of text.matchAll(h.re)) {
      const end = m.index + m[0].length;
      if (!HOLIDAY_PREPOSITIONS.has((wordBefore(text, m.index)?.word ?? '').toLowerCase())) continue;
      const after = text.slice(end, end + 12);
      if (/^[ \t]+[a-z]/.test(after) && !AFTER_DAY_ORDINAL.test(after)) continue;
      const forward = marksFuture(text, m.index, end);
      const y = doc.getFullYear();
      const thisYear = h.day(y);
      const d = forward ? (thisYear >= doc ? thisYear : h.day(y + 1)) : thisYear <= doc ? thisYear : h.day(y - 1);
      out.push({ start: m.index, end, date: dayValue(d), style: { form: 'relative' }, relative: true });
    }
  }
  return out;
}

// ---------------------------------------------------------------- entry points

/** Keeps the longest of overlapping readings ("November 29, 2025" over "2025"; "late November" over "November"). */
function resolveOverlaps(candidates: Candidate[], length: number): Candidate[] {
  const sorted = [...candidates].sort((a, b) => b.end - b.start - (a.end - a.start) || a.start - b.start);
  // Candidates are short, so marking covered offsets keeps this linear in long documents.
  const covered = new Uint8Array(length);
  const kept: Candidate[] = [];
  for (const c of sorted) {
    if (covered.subarray(c.start, c.end).some((x) => x === 1)) continue;
    covered.fill(1, c.start, c.end);
    kept.push(c);
  }
  return kept.filter((c) => !c.void).sort((a, b) => a.start - b.start);
}

/**
 * Dates in `visible` (document text with ignored regions blanked, so offsets are document offsets).
 * Expressions that need the document's date (weekdays, yesterday, last week) are skipped without one.
 */
export function extractDates(visible: string, documentDate?: string): ExtractedDate[] {
  const doc = parseDocumentDate(documentDate);
  const candidates = [
    ...scanIso(visible),
    ...scanNumericDates(visible, (month, day, start, end) => inferYear(month, day, doc, marksFuture(visible, start, end))),
    ...scanOrdinalDays(visible, doc),
    ...scanNthWeekdays(visible, doc),
    ...scanWordDays(visible, doc),
    ...scanHolidays(visible, doc),
    ...scanMonthDay(visible, doc),
    ...scanDayMonth(visible, doc),
    ...scanMonthYear(visible),
    ...scanParts(visible, doc),
    ...scanBareMonths(visible, doc),
    ...scanYears(visible),
    ...scanWeekdays(visible, doc),
    ...scanRelative(visible, doc),
  ];
  return resolveOverlaps(candidates, visible.length).map((c) => {
    const claim: ExtractedDate = {
      kind: 'date',
      text: visible.slice(c.start, c.end),
      start: c.start,
      end: c.end,
      date: c.date,
      bound: 'exact',
      style: c.style,
    };
    if (c.relative) claim.relative = true;
    return claim;
  });
}

function isoOf(v: DateValue): string | undefined {
  if (v.precision !== 'day' || v.year === undefined || v.month === undefined || v.day === undefined || v.span) return undefined;
  return `${String(v.year).padStart(4, '0')}-${String(v.month).padStart(2, '0')}-${String(v.day).padStart(2, '0')}`;
}

/** The first full date (day, month and year) written in `s`. */
function firstFullDate(s: string): string | undefined {
  for (const c of extractDates(s)) {
    const iso = isoOf(c.date);
    if (iso && c.style.withYear) return iso;
  }
  return undefined;
}

/** The text opens with front matter that gives a date. */
export function hasFrontMatterDate(text: string): boolean {
  return frontMatterDate(text) !== undefined;
}

/** Front matter `date:` (2025-11-30, 2025-11-30T10:00:00Z, "November 30, 2025") as YYYY-MM-DD, with its line. */
export function frontMatterDate(text: string): DocumentDate | undefined {
  const body = text.replace(/^\uFEFF/, '');
  const fm = /^---[ \t]*\r?\n([\s\S]*?)\r?\n(?:---|\.\.\.)[ \t]*(?:\r?\n|$)/.exec(body);
  if (!fm) return undefined;
  const line = /^date[ \t]*:[ \t]*(.*?)[ \t]*$/im.exec(fm[1]);
  if (!line) return undefined;
  const at = fm[1].slice(0, line.index).split('\n').length + 1;
  const value = line[1].replace(/^(["'])(.*)\1$/, '$2').trim();
  const iso = /^\d{4}-\d{2}-\d{2}/.exec(value);
  if (iso && parseDocumentDate(value)) return { date: iso[0], origin: 'front-matter', line: at };
  const written = firstFullDate(value);
  return written ? { date: written, origin: 'front-matter', line: at } : undefined;
}

/**
 * The draft's own date as written in it: front matter, else the first dateline near the top (a "date" line, a date
 * alone on a line, a byline or "Published ..." line). Never a date inside a caption or a body sentence.
 */
export function documentDateIn(text: string): DocumentDate | undefined {
  const body = text.replace(/^\uFEFF?---[ \t]*\r?\n[\s\S]*?\r?\n(?:---|\.\.\.)[ \t]*(?:\r?\n|$)/, (fm) => fm.replace(/[^\n]/g, ' '));
  return frontMatterDate(text) ?? datelineDate(body, firstFullDate, yearlessNear) ?? headerDate(body, firstFullDate);
}

/** A day and month written without a year ("Sept. 16"), in the year that puts it nearest `near`. */
function yearlessNear(s: string, near: string): string | undefined {
  const anchor = parseDocumentDate(near);
  if (!anchor) return undefined;
  for (const c of extractDates(s)) {
    const { month, day } = c.date;
    if (c.style.withYear || c.relative || c.date.precision !== 'day' || !month || !day || c.date.span) continue;
    const y = anchor.getFullYear();
    const options = [y - 1, y, y + 1].filter((year) => validDay(year, month, day)).map((year) => new Date(year, month - 1, day));
    const nearest = options.sort((a, b) => Math.abs(differenceInCalendarDays(a, anchor)) - Math.abs(differenceInCalendarDays(b, anchor)))[0];
    if (nearest) return isoOf(dayValue(nearest));
  }
  return undefined;
}

export function findDocumentDate(text: string): string | undefined {
  return documentDateIn(text)?.date;
}
