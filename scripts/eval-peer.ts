// Measures the engine's extraction against Microsoft Recognizers-Text's English test cases (a peer's suite,
// MIT licence), kept outside the repository in ../shared/peer-specs/recognizers-text. Not part of `npm test`:
// it reads the cases at run time and never copies them.
//
//   node out/scripts/eval-peer.js [SPEC_FOLDER] [--examples N]
//
// For each expected result of the model files (NumberModel, PercentModel, CurrencyModel) it asks: did the engine
// report a claim of that kind with the same span and value? Differences the product makes on purpose (an IP
// address is not a figure; "$20" is money, not the number 20) are counted apart as `deliberate`, never as
// passes; the rates are given with and without them.
//
// The date files are measured against the date extractor alone (extractDates, with the case's reference date as
// the document date when the case gives one): DateExtractor asks whether each expected date span is found, and
// DateParser whether the date found there resolves to the expected day, compared at the precision of the
// engine's value (year, month or day); a range the engine reads ("a few days ago") agrees with a day inside it, as the
// product judges ranges by overlap. Extractor cases without a reference date are read against a fixed day (their
// values are not judged): a phrase read as a date that names no day at that day ("the fifth Sunday" of a month with
// four) counts as found, and a span may differ by a leading "on" or "the", which the peer writes on some spans only. Date misses the engine makes on purpose (a bare "the 27" or "for the second", "the day",
// "last day", figures such as 4-22 or 3/4 without "on") are counted apart with their reasons, as for the model files;
// each reason is a rule about news prose. ("The next day" and "two days later" are read: from the latest day stated
// before them in their paragraph, else from the case's reference date, which the scorer counts like any date.) Held-out measures count them as misses, so keep them few.
// Files in any other format are skipped with a line saying so.
import * as fs from 'node:fs';
import * as path from 'node:path';
import { check, dateValueToIso, emptyTable, prepareTable, type Claim, type DateValue, type Kind, type PreparedTable } from '../src/engine';
import { datesNamingNoDay, extractDates, type ExtractedDate } from '../src/engine/extract/dates';
import { isKnownUnit } from '../src/engine/extract/units';

// ---------------------------------------------------------------- the peer's format

/** A date resolution of the DateParser files: `{ date: '2016-10-15' }`, '0001-01-01' where no such day exists. */
type PeerDateResolution = Record<string, unknown>;

interface PeerResult {
  Text: string;
  /** The model files (NumberModel...): 'number', 'percentage', 'currency'. */
  TypeName?: string;
  Resolution?: Record<string, unknown> | null;
  Start?: number;
  /** Inclusive. */
  End?: number;
  /** The extractor and parser files (DateExtractor, DateParser): 'date'. */
  Type?: string;
  Length?: number;
  /** DateParser: the resolved value, e.g. { Timex: 'XXXX-10-02', FutureResolution: { date: '2017-10-02' }, PastResolution: ... }. */
  Value?: { Timex?: string; FutureResolution?: PeerDateResolution; PastResolution?: PeerDateResolution } | null;
}

interface PeerCase {
  Input: string;
  Results?: PeerResult[];
  Context?: { ReferenceDateTime?: string };
  NotSupported?: string;
}

/** The claim kind a peer type stands for; undefined for types the product has no claim for. */
function kindOf(typeName: string): Kind | undefined {
  if (typeName === 'number') return 'number';
  if (typeName === 'percentage') return 'percent';
  if (typeName === 'currency') return 'money';
  if (typeName === 'date' || typeName.startsWith('datetime')) return 'date';
  return undefined;
}

/** Peer currency names with the ISO code they mean. Generic names ("Dollar", "Pound", "Franc") are not checked. */
const PEER_CURRENCIES: Readonly<Record<string, string>> = {
  'United States dollar': 'USD',
  'Canadian dollar': 'CAD',
  'Hong Kong dollar': 'HKD',
  'Australian dollar': 'AUD',
  'New Zealand dollar': 'NZD',
  'Mexican peso': 'MXN',
  'Japanese yen': 'JPY',
  'Chinese yuan': 'CNY',
  Euro: 'EUR',
  'British pound': 'GBP',
  'Swiss franc': 'CHF',
  'Finnish markka': 'FIM',
  'Netherlands guilder': 'NLG',
  Peseta: 'ESP',
  'Costa Rican colón': 'CRC',
  'Georgian lari': 'GEL',
  'Lao kip': 'LAK',
  'Sri Lankan rupee': 'LKR',
  'Turkish lira': 'TRY',
  Bitcoin: 'BTC',
  'Japanese Yen': 'JPY',
};

/** Peer units that count hundredths: the engine reads "50 cents" as 0.5 of the currency. */
const MINOR_UNITS = new Set(['Cent', 'Pence', 'Penny']);

interface Expected {
  kind: Kind | undefined;
  typeName: string;
  text: string;
  start: number;
  /** Exclusive, as the engine counts. */
  end: number;
  resolution: Record<string, unknown>;
  /** DateParser: the peer's resolved value. */
  value?: PeerResult['Value'];
}

function typeNameOf(r: PeerResult): string {
  return r.TypeName ?? r.Type ?? '';
}

function expectedResults(c: PeerCase): Expected[] {
  let searchFrom = 0;
  return (c.Results ?? []).map((r) => {
    let start = r.Start;
    let end = r.End !== undefined ? r.End + 1 : start !== undefined && r.Length !== undefined ? start + r.Length : undefined;
    if (start === undefined || end === undefined) {
      // Older cases give only the text (sometimes lower-cased): find it after the previous result.
      const at = c.Input.toLowerCase().indexOf(r.Text.toLowerCase(), searchFrom);
      start = at < 0 ? 0 : at;
      end = start + r.Text.length;
    }
    searchFrom = end;
    const typeName = typeNameOf(r);
    const e: Expected = { kind: kindOf(typeName), typeName, text: c.Input.slice(start, end), start, end, resolution: r.Resolution ?? {} };
    if (r.Value) e.value = r.Value;
    return e;
  });
}

// ---------------------------------------------------------------- values

function sameNumber(a: number, b: number): boolean {
  // The peer writes 15 significant digits (0.666666666666667).
  return Math.abs(a - b) <= 1e-9 * Math.max(1, Math.abs(b));
}

function peerNumber(v: unknown): number | undefined {
  if (typeof v !== 'string' && typeof v !== 'number') return undefined;
  const n = Number(String(v).replace(/%$/, ''));
  return Number.isFinite(n) ? n : undefined;
}

/**
 * A share the engine read from a fraction ("two thirds" as 66.67%): the peer reads the same words as the number
 * 0.6667, so it is scored as that number, its value divided by 100, on the same span.
 */
function isFractionShare(c: Claim): boolean {
  return c.kind === 'percent' && c.style.form === 'fraction';
}

/** Whether a claim stands for an expected result of this kind: its own kind, or a fraction's share for a number. */
function answersKind(c: Claim, kind: Kind | undefined): boolean {
  return c.kind === kind || (kind === 'number' && isFractionShare(c));
}

/** The engine's span for a claim: the figure without its hedge for quantities ("about $ 14 million" -> "$ 14 million"). */
function spanOf(c: Claim): { start: number; end: number } {
  return c.kind === 'number' || c.kind === 'money' || c.kind === 'percent' ? c.figure : { start: c.start, end: c.end };
}

function dayAfter(iso: string): string {
  const d = new Date(`${iso}T00:00:00Z`);
  d.setUTCDate(d.getUTCDate() + 1);
  return d.toISOString().slice(0, 10);
}

/** Whether the engine's date matches one of the peer's resolutions (timex, resolved value, or a range). */
function sameDate(c: Claim, e: Expected): boolean {
  if (c.kind !== 'date') return false;
  const ours = dateValueToIso(c.date);
  const values = Array.isArray(e.resolution.values) ? (e.resolution.values as Record<string, unknown>[]) : [];
  for (const v of values) {
    const timex = typeof v.timex === 'string' ? v.timex : '';
    if (timex === ours || v.value === ours) return true;
    // A year the text leaves open: the peer writes XXXX where the engine writes '-' ("--11-29").
    if (timex.startsWith('XXXX') && ours.startsWith('-') && timex.slice(4) === ours.slice(1)) return true;
    if (typeof v.start === 'string' && typeof v.end === 'string' && ours.includes('/')) {
      const [first, last] = ours.split('/');
      if (v.start.slice(0, 10) === first && (v.end.slice(0, 10) === dayAfter(last) || v.end.slice(0, 10) === last)) return true;
    }
  }
  return false;
}

/** Whether a claim of the expected kind and span has the expected value; a description of the mismatch otherwise. */
function valueMismatch(c: Claim, e: Expected): string | undefined {
  if (e.kind === 'date') return sameDate(c, e) ? undefined : `read ${c.kind === 'date' ? dateValueToIso(c.date) : c.kind}`;
  if (c.kind !== 'number' && c.kind !== 'money' && c.kind !== 'percent') return `read a ${c.kind}`;
  let want = peerNumber(e.resolution.value);
  if (e.kind === 'number' && isFractionShare(c)) {
    return want !== undefined && sameNumber(c.value / 100, want) ? undefined : `read the share ${c.value}%, expected ${want}`;
  }
  const unit = typeof e.resolution.unit === 'string' ? e.resolution.unit : undefined;
  if (want !== undefined && unit && MINOR_UNITS.has(unit)) want /= 100;
  if (want === undefined || !sameNumber(c.value, want)) return `read ${c.value}, expected ${want}`;
  const code = unit ? PEER_CURRENCIES[unit] : undefined;
  if (code && c.currency !== code) return `read ${c.currency ?? 'no currency'}, expected ${code}`;
  return undefined;
}

// ---------------------------------------------------------------- deliberate differences

/** The reasons a fraction the peer reads as a number is not read as a share (extract/shares.ts, numberWords.ts). */
const TENS = '(?:twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety)';
const ORDINAL = '(?:first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|[a-z]+th)s?';
function fractionMiss(text: string): string | undefined {
  if (/illionths?$/i.test(text)) return 'a denominator past a thousandth ("a trillionth") is no share news copy writes';
  if (new RegExp(`(?:hundred|thousand|million|billion)[\\s-]+(?:${TENS}[\\s-]+)?${ORDINAL}$`, 'i').test(text)) {
    return 'a denominator after "hundred" or a tens word after a scale splits two ways ("one hundred thirty fifths": 130/5 or 100/35): not read';
  }
  if (new RegExp(`${TENS}[\\s-]+${ORDINAL}$`, 'i').test(text)) {
    return 'a tens word before an ordinal makes a compound one ("twenty-fifth", "twenty firsts"), a rank in news copy, not read as a share';
  }
  if (/^(?:an?[\s-]+[a-z]+|half)$/i.test(text)) {
    return 'a share of one with no "of" after it ("a fifth", "half") is read only after a hedge or "by" and before no noun; elsewhere it is a rank or a measure ("a fifth term", "half price")';
  }
  if (/quarters$/i.test(text)) return 'without "of" or a hyphen, "three quarters" counts quarters of a year as often as it is a share';
  return undefined;
}

/**
 * Why the product reads an expected result differently on purpose, or undefined. Each rule is a general
 * property of news copy, documented in the README; none names a test sentence.
 */
function deliberateMiss(e: Expected, input: string, claims: Claim[]): string | undefined {
  const covering = claims.find((c) => c.start <= e.start && c.end >= e.end && (c.start < e.start || c.end > e.end || c.kind !== e.kind));
  const before = input.slice(Math.max(0, e.start - 12), e.start);
  const text = e.text.trim();
  if (e.kind === 'number' && covering && (covering.kind === 'money' || (covering.kind === 'percent' && !isFractionShare(covering)))) {
    return 'a number with a currency or percent sign is money or a percentage, not a bare number ("$20")';
  }
  if (e.kind === 'number' && covering?.kind === 'date') return 'a number inside a date is part of the date';
  if (e.kind !== 'date' && peerNumber(e.resolution.value) === undefined) return 'a currency or percent word with no figure states nothing';
  if (e.kind === undefined) return `the product has no claim of type ${e.typeName}`;
  if (e.kind === 'date' && /\.(?:time|timerange|duration|set)$/.test(e.typeName)) {
    return 'times of day, durations and recurring sets are not calendar dates a fact table records';
  }
  if (e.kind === 'percent' && /^(?:percents?|per cent|percentages?)\b/i.test(text)) {
    return '"percent of N" is a share of N, not N percent';
  }
  if (e.kind === 'money' && /^us ?\$/.test(text)) return 'lower-case "us" before "$" is the pronoun ("it cost us $5"); "US$" and "US $" are US dollars';
  if (e.kind !== 'number') return undefined;
  // The run of digits and separators the number stands in.
  let from = e.start;
  while (from > 0 && /[\d.+/-]/.test(input[from - 1])) from--;
  let to = e.end;
  while (to < input.length && (/\d/.test(input[to]) || (/[./-]/.test(input[to]) && /\d/.test(input[to + 1] ?? '')))) to++;
  const run = input.slice(from, to);
  if (/\d\.\d+\.\d/.test(run)) return 'an IP address or version number is not a figure';
  if (/\d[/-]\d+[/-]\d/.test(run)) return 'a number inside a numeric date or phone number is not a figure';
  if (/^\s*-?\s*(?:\d+\s+)?\d+\s*\/\s*\d+\s*$/.test(text)) return 'n/m is read as a date, a score or a ratio in news copy, not as a fraction';
  if (/\d(?:\.\d+)?\s*\^|\d[eE][+-]?\d|x10\^/.test(text)) return 'scientific and power notation does not occur in news copy';
  const fraction = fractionMiss(text);
  if (fraction) return fraction;
  if (/\s(?:over|out of|in)\s/i.test(text)) return '"over 3" is a hedge (more than 3); "x out of y" and "x in y" are two counts';
  if (/(?:^|[^\p{L}])(?:no|nos|nr|nrs|number)\.?\s*$/iu.test(before) || /#\s*$/.test(before)) return 'a number after No., nr. or # is an identifier';
  if (/(?:^|[^\p{L}])\p{Lu}[\p{L}]*-$/u.test(before)) return 'a number hyphenated to a name is a designation ("MiG-29", "F-35")';
  if (/^one$/i.test(text) && !claims.some((c) => c.start <= e.start && c.end >= e.end)) {
    return '"one" counting nothing named is a pronoun or idiom ("one last time")';
  }
  return undefined;
}

function deliberateExtra(c: Claim): string | undefined {
  if (c.kind === 'number' && c.unit && isKnownUnit(c.unit)) return 'a figure with a unit is a claim ("300 km", "180 ml")';
  return undefined;
}

// ---------------------------------------------------------------- scoring

type Outcome = 'right' | 'missed' | 'wrong span' | 'wrong value' | 'extra';

interface Failure {
  outcome: Exclude<Outcome, 'right'> | 'deliberate';
  reason?: string;
  input: string;
  detail: string;
}

interface FileScore {
  file: string;
  cases: number;
  casesRight: number;
  casesDeliberate: number;
  expected: number;
  right: number;
  deliberate: number;
  extras: number;
  deliberateExtras: number;
  peerUnsupported: number;
  peerUnsupportedRight: number;
  failures: Failure[];
  /** Lines a file's report adds after its figures (the date files). */
  notes: string[];
}

function emptyScore(file: string): FileScore {
  return {
    file,
    cases: 0,
    casesRight: 0,
    casesDeliberate: 0,
    expected: 0,
    right: 0,
    deliberate: 0,
    extras: 0,
    deliberateExtras: 0,
    peerUnsupported: 0,
    peerUnsupportedRight: 0,
    failures: [],
    notes: [],
  };
}

function quote(s: string): string {
  return JSON.stringify(s.length > 140 ? `${s.slice(0, 137)}...` : s);
}

function scoreCase(c: PeerCase, kinds: Set<Kind>, prepared: PreparedTable, score: FileScore): void {
  const reference = c.Context?.ReferenceDateTime?.slice(0, 10);
  const result = check(c.Input, prepared, reference ? { date: reference } : {});
  const claims = result.claims;
  const expected = expectedResults(c);
  const used = new Set<Claim>();
  let wrong = false;
  let deliberate = false;
  const fail = (f: Omit<Failure, 'input'>): void => {
    score.failures.push({ ...f, input: c.Input });
    if (f.outcome === 'deliberate') deliberate = true;
    else wrong = true;
  };
  for (const e of expected) {
    score.expected++;
    const sameSpan = claims.find((cl) => !used.has(cl) && answersKind(cl, e.kind) && spanOf(cl).start === e.start && spanOf(cl).end === e.end);
    if (sameSpan) {
      used.add(sameSpan);
      const mismatch = valueMismatch(sameSpan, e);
      if (!mismatch) score.right++;
      else fail({ outcome: 'wrong value', detail: `${quote(e.text)}: ${mismatch}` });
      continue;
    }
    const reason = deliberateMiss(e, c.Input, claims);
    if (reason) {
      score.deliberate++;
      for (const cl of claims) if (cl.start < e.end && cl.end > e.start) used.add(cl);
      fail({ outcome: 'deliberate', reason, detail: `expected ${e.typeName} ${quote(e.text)}` });
      continue;
    }
    const overlapping = claims.find((cl) => !used.has(cl) && spanOf(cl).start < e.end && spanOf(cl).end > e.start);
    if (overlapping && answersKind(overlapping, e.kind)) {
      used.add(overlapping);
      const s = spanOf(overlapping);
      fail({ outcome: 'wrong span', detail: `expected ${quote(e.text)}, read ${quote(c.Input.slice(s.start, s.end))}` });
    } else if (overlapping) {
      used.add(overlapping);
      fail({ outcome: 'wrong value', detail: `${quote(e.text)}: read as ${overlapping.kind} ${quote(overlapping.text)}, expected ${e.kind}` });
    } else {
      fail({ outcome: 'missed', detail: `expected ${e.typeName} ${quote(e.text)}` });
    }
  }
  for (const cl of claims) {
    if (used.has(cl) || !(kinds.has(cl.kind) || (isFractionShare(cl) && kinds.has('number')))) continue;
    const reason = deliberateExtra(cl);
    if (reason) score.deliberateExtras++;
    else score.extras++;
    fail({ outcome: reason ? 'deliberate' : 'extra', reason, detail: `reported ${cl.kind} ${quote(cl.text)}` });
  }
  score.cases++;
  if (!wrong && !deliberate) score.casesRight++;
  else if (!wrong) score.casesDeliberate++;
  if (c.NotSupported?.includes('javascript')) {
    score.peerUnsupported++;
    if (!wrong && !deliberate) score.peerUnsupportedRight++;
  }
}

function scoreFile(file: string, cases: PeerCase[], prepared: PreparedTable): FileScore {
  const kinds = new Set<Kind>();
  for (const c of cases)
    for (const r of c.Results ?? []) {
      const k = kindOf(typeNameOf(r));
      if (k) kinds.add(k);
    }
  const score = emptyScore(file);
  for (const c of cases) scoreCase(c, kinds, prepared, score);
  return score;
}

// ---------------------------------------------------------------- the date files

type DateFormat = 'extractor' | 'parser';

interface PeerDay {
  day: string;
  reading: 'past' | 'future' | 'timex';
}

/** The peer's resolved days for a DateParser result, each with the reading it comes from ('0001-01-01' kept). */
function peerDays(e: Expected): PeerDay[] {
  const out: PeerDay[] = [];
  const add = (day: unknown, reading: PeerDay['reading']): void => {
    if (typeof day === 'string' && /^\d{4}-\d{2}-\d{2}/.test(day) && !out.some((o) => o.day === day.slice(0, 10))) {
      out.push({ day: day.slice(0, 10), reading });
    }
  };
  add(e.value?.PastResolution?.date, 'past');
  add(e.value?.FutureResolution?.date, 'future');
  // Without resolutions, a timex that names one day ('2016-11-07'; not 'XXXX-10-02').
  if (!out.length) add(/^\d{4}-\d{2}-\d{2}$/.test(e.value?.Timex ?? '') ? e.value?.Timex : undefined, 'timex');
  return out;
}

/** The peer writes 0001-01-01 for a day that does not exist ("Feb 30", "the fifth Sunday" of a month with four). */
const NO_SUCH_DAY = '0001-01-01';

/** Whether the engine's value agrees with an ISO day at the precision the value has (year, month or day). */
function agreesAtOurPrecision(v: DateValue, iso: string): boolean {
  const [y, m, d] = iso.split('-').map(Number);
  // A range of days ("a few days ago", "last week") agrees with a day inside it, as the product judges ranges by overlap.
  if (v.span && v.span > 1 && v.year !== undefined && v.month !== undefined && v.day !== undefined) {
    const from = Date.UTC(v.year, v.month - 1, v.day);
    const day = Date.UTC(y, m - 1, d);
    return day >= from && day < from + v.span * 86_400_000;
  }
  if (v.year !== undefined && v.year !== y) return false;
  if (v.precision === 'year' || v.month === undefined) return v.year !== undefined;
  if (v.month !== m) return false;
  if (v.precision === 'month' || v.day === undefined) return true;
  return v.day === d;
}

/**
 * Why the engine reads no date at an expected span on purpose, or undefined. Each is a general rule about English
 * news prose, the engine's domain; the peer's suite is written for a calendar assistant's chat.
 */
function deliberateDateMiss(e: Expected, input: string): string | undefined {
  const t = e.text.trim();
  if (/^(?:the[ \t]+|my[ \t]+|this[ \t]+)?(?:(?:last|past)[ \t]+)?day$/i.test(t)) {
    return '"the day", "last day" and "the last day" are days of the story\'s own ("the day the levee broke", "on the last day of talks"), not counted from the document\'s date; "my day" and "this day" ("to this day") are no dates, "the past day" a rolling day as "the past week" is a rolling week';
  }
  if (/^[A-Za-z]{4,}\.[ \t]+\d/.test(t)) return 'a full month name and a point ("October. 2"): the point ends a sentence ("in October. 2 more were found")';
  if (/^(?:the[ \t]+)?(?:\d{1,2}|(?:twenty|thirty)(?:[ -](?:one|two|three|four|five|six|seven|eight|nine))?)$/i.test(t)) {
    return 'a bare number ("the 27", "on 15", "the thirty") is a rank, a count or a score in news ("agreed by the 27", "the club is on 15", "birdied on 15"); a day is written "the 27th"';
  }
  if (/^(?:the[ \t]+)?(?:first|second|third|fourth|fifth|sixth|seventh|eighth|ninth)$/i.test(t)) {
    return 'an ordinal word up to the ninth alone ("the second", "for the second") is a rank in news prose, which spells ranks first to ninth; past the ninth, with a month or weekday, or after "on the" at its sentence\'s end ("on the second."), it is read';
  }
  if (
    /^\d{1,2}[/.-]\d{1,2}$/.test(t) &&
    !/\b(?:on|Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)(?:day)?[ \t]+$/i.test(input.slice(0, e.start).replace(/[ \t]+$/, ' '))
  ) {
    return 'figures joined by a dash (4-22), or a slash pair both of whose parts could be a month (3/4), are a score, a range or a fraction in news copy unless "on" or a weekday stands before them';
  }
  if (/^\d{1,2}\.\d{1,2}$/.test(t)) return '"on 4.22" is as likely a time or a decimal; a point between day and month is read after a weekday';
  return undefined;
}

const WEEKDAY_SLIP =
  'a weekday that is not the written date\'s weekday ("Monday, January 12, 2016", a Tuesday) restates nothing: it is a claim of its own, so the slip can be shown';

/** The written date (with its year) that a weekday claim just before it contradicts, if any. */
function contradictedBy(w: ExtractedDate, claims: ExtractedDate[], input: string): ExtractedDate | undefined {
  if (w.style.form !== 'weekday') return undefined;
  const next = claims.filter((n) => n.start >= w.end).sort((a, b) => a.start - b.start)[0];
  const { year, month, day } = next?.date ?? {};
  if (!next?.style.withYear || year === undefined || month === undefined || day === undefined) return undefined;
  if (!/^[\s,(-]*$/.test(input.slice(w.end, next.start))) return undefined;
  const written = /[A-Za-z]{3,}\.?$/.exec(w.text)?.[0].slice(0, 3).toLowerCase();
  const actual = new Date(Date.UTC(year, month - 1, day)).toUTCString().slice(0, 3).toLowerCase();
  return written && written !== actual ? next : undefined;
}

function describeDays(days: PeerDay[]): string {
  return days.map((d) => (days.length > 1 ? `${d.day} (${d.reading})` : d.day)).join(' or ');
}

interface DateTally {
  differentSpan: number;
  coarser: number;
  ambiguous: number;
  past: number;
  future: number;
  /** Results the peer resolves to no such day where the engine reads no date either. */
  noSuchDayRight: number;
  withoutReference: number;
  /** Extractor spans right up to a leading "on" or "the". */
  leadingWord: number;
}

/**
 * Whether a claim and an expected span differ only by a leading "on" or "the" on either side ("on Friday next week"
 * and "Friday next week", "the tenth of September" and "tenth of September"): the word carries no date, and the
 * peer itself writes it on some spans and not on others ("the 21st" but "tenth of september").
 */
function spansDifferByLeadingWord(cl: ExtractedDate, e: Expected, input: string): boolean {
  if (cl.end !== e.end || cl.start === e.start) return false;
  return /^(?:on|the)[ \t]+$/i.test(input.slice(Math.min(cl.start, e.start), Math.max(cl.start, e.start)));
}

/** The day an extractor case without a reference date is read against (its value is never judged). */
const EXTRACTOR_REFERENCE = '2016-11-07';

function scoreDateCase(c: PeerCase, format: DateFormat, score: FileScore, tally: DateTally): void {
  const given = c.Context?.ReferenceDateTime?.slice(0, 10);
  if (!given) tally.withoutReference++;
  // The extractor file judges spans only, and most of its cases give no reference date: any fixed day lets the
  // relative forms be read at all (without one the engine rightly declines them), and no value is compared.
  const reference = given ?? (format === 'extractor' ? EXTRACTOR_REFERENCE : undefined);
  const claims = extractDates(c.Input, reference);
  const namingNoDay = datesNamingNoDay(c.Input, reference);
  const expected = expectedResults(c);
  const used = new Set<ExtractedDate>();
  let wrong = false;
  let deliberate = false;
  const fail = (f: Omit<Failure, 'input'>): void => {
    score.failures.push({ ...f, input: c.Input });
    if (f.outcome === 'deliberate') deliberate = true;
    else wrong = true;
  };
  const read = (cl: ExtractedDate): string => `${quote(cl.text)} = ${dateValueToIso(cl.date) || '?'}`;
  const missed = (e: Expected, detail: string): void => {
    const reason = deliberateDateMiss(e, c.Input);
    if (reason) score.deliberate++;
    fail({ outcome: reason ? 'deliberate' : 'missed', reason, detail });
  };
  for (const e of expected) {
    score.expected++;
    const free = claims.filter((cl) => !used.has(cl));
    const sameSpan = free.find((cl) => cl.start === e.start && cl.end === e.end) ?? free.find((cl) => spansDifferByLeadingWord(cl, e, c.Input));
    // Otherwise the date that covers most of the expected span (only that one is judged; other dates in it count as extras).
    const overlap = (cl: ExtractedDate): number => Math.min(cl.end, e.end) - Math.max(cl.start, e.start);
    const overlapping = free.filter((cl) => overlap(cl) > 0).sort((a, b) => overlap(b) - overlap(a) || a.start - b.start)[0];
    const found = sameSpan ?? overlapping;
    if (format === 'extractor') {
      if (sameSpan) {
        used.add(sameSpan);
        score.right++;
        if (sameSpan.start !== e.start) tally.leadingWord++;
      } else if (namingNoDay.some((n) => n.start === e.start && n.end === e.end)) {
        // Spans only: the phrase is read as a date, one that names no day at this file's fixed reference.
        score.right++;
        tally.noSuchDayRight++;
      } else if (overlapping) {
        used.add(overlapping);
        const slip = claims.find((w) => w.start === e.start && contradictedBy(w, claims, c.Input) === overlapping);
        if (slip) {
          score.deliberate++;
          used.add(slip);
        }
        fail({
          outcome: slip ? 'deliberate' : 'wrong span',
          reason: slip ? WEEKDAY_SLIP : undefined,
          detail: `expected ${quote(e.text)}, read ${quote(overlapping.text)}`,
        });
      } else {
        missed(e, `expected ${e.typeName} ${quote(e.text)}`);
      }
      continue;
    }
    const days = peerDays(e);
    if (days.length && days.every((d) => d.day === NO_SUCH_DAY)) {
      // Right when the engine reads no date there either.
      if (!found) {
        score.right++;
        tally.noSuchDayRight++;
      } else {
        used.add(found);
        fail({ outcome: 'wrong value', detail: `${quote(e.text)}: read ${read(found)}, the peer resolves no such day` });
      }
      continue;
    }
    if (!found) {
      missed(e, `expected ${e.typeName} ${quote(e.text)} = ${describeDays(days) || '?'}`);
      continue;
    }
    used.add(found);
    const from = found === sameSpan ? '' : ` from ${quote(found.text)}`;
    const agreeing = days.filter((d) => d.day !== NO_SUCH_DAY && agreesAtOurPrecision(found.date, d.day));
    if (!days.length) {
      fail({ outcome: 'wrong value', detail: `${quote(e.text)}: read ${dateValueToIso(found.date) || '?'}${from}; the peer gives no day this script reads` });
    } else if (!agreeing.length) {
      fail({ outcome: 'wrong value', detail: `${quote(e.text)}: read ${dateValueToIso(found.date) || '?'}${from}, expected ${describeDays(days)}` });
    } else {
      score.right++;
      if (found !== sameSpan) tally.differentSpan++;
      if (found.date.precision !== 'day') tally.coarser++;
      if (days.length > 1) {
        tally.ambiguous++;
        if (agreeing.length === 1 && agreeing[0].reading === 'past') tally.past++;
        if (agreeing.length === 1 && agreeing[0].reading === 'future') tally.future++;
      }
    }
  }
  for (const cl of claims) {
    if (used.has(cl)) continue;
    const slip = contradictedBy(cl, claims, c.Input) !== undefined;
    if (slip) score.deliberateExtras++;
    else score.extras++;
    fail({ outcome: slip ? 'deliberate' : 'extra', reason: slip ? WEEKDAY_SLIP : undefined, detail: `reported date ${read(cl)}` });
  }
  score.cases++;
  if (!wrong && !deliberate) score.casesRight++;
  else if (!wrong) score.casesDeliberate++;
  if (c.NotSupported?.includes('javascript')) {
    score.peerUnsupported++;
    if (!wrong && !deliberate) score.peerUnsupportedRight++;
  }
}

function scoreDateFile(file: string, cases: PeerCase[], format: DateFormat): FileScore {
  const score = emptyScore(file);
  const tally: DateTally = { differentSpan: 0, coarser: 0, ambiguous: 0, past: 0, future: 0, noSuchDayRight: 0, withoutReference: 0, leadingWord: 0 };
  for (const c of cases) scoreDateCase(c, format, score, tally);
  if (format === 'parser') {
    score.notes.push(
      `  of the ${score.right} right: ${tally.differentSpan} read from a different span, ${tally.coarser} only at month or year precision, ` +
        `${tally.noSuchDayRight} where the peer resolves no such day and no date is read;`,
      `  ${tally.ambiguous} where the peer gives a past and a future day: ${tally.past} matched the past one, ${tally.future} the future one`,
    );
  }
  if (format === 'extractor') {
    score.notes.push(
      `  of the ${score.right} right: ${tally.leadingWord} up to a leading "on" or "the", ${tally.noSuchDayRight} read as a date that names no day at the reference`,
    );
  }
  if (tally.withoutReference) {
    score.notes.push(
      format === 'extractor'
        ? `  (${tally.withoutReference} of these cases give no reference date; they are read against ${EXTRACTOR_REFERENCE}, spans only)`
        : `  (${tally.withoutReference} of these cases give no reference date; relative dates are not extracted without a document date)`,
    );
  }
  return score;
}

// ---------------------------------------------------------------- formats

type SpecFormat = { kind: 'model' } | { kind: 'date'; format: DateFormat } | { kind: 'unknown'; why: string };

function isCase(c: unknown): c is PeerCase {
  if (typeof c !== 'object' || c === null || typeof (c as PeerCase).Input !== 'string') return false;
  const results: unknown = (c as PeerCase).Results;
  return (
    results === undefined ||
    results === null ||
    (Array.isArray(results) && results.every((r) => typeof r === 'object' && r !== null && typeof (r as PeerResult).Text === 'string'))
  );
}

/** Which of the formats this script measures a spec file is in, from the shape of its results. */
function specFormat(data: unknown): SpecFormat {
  if (!Array.isArray(data)) return { kind: 'unknown', why: 'not a list of cases' };
  if (!data.every(isCase)) return { kind: 'unknown', why: 'not a list of cases with Input and Results' };
  const results = data.flatMap((c) => c.Results ?? []);
  if (!results.length) return { kind: 'unknown', why: 'no expected results' };
  if (results.every((r) => typeof r.TypeName === 'string')) return { kind: 'model' };
  if (results.every((r) => typeof r.Type === 'string')) {
    const types = [...new Set(results.map((r) => r.Type as string))].filter((t) => t !== 'date');
    if (types.length) return { kind: 'unknown', why: `results of type ${types.join(', ')}; in this format only dates are measured` };
    const withValue = results.filter((r) => typeof r.Value === 'object' && r.Value !== null).length;
    if (withValue === results.length) return { kind: 'date', format: 'parser' };
    if (withValue === 0) return { kind: 'date', format: 'extractor' };
    return { kind: 'unknown', why: 'some results have a resolved Value and some do not' };
  }
  return { kind: 'unknown', why: 'results with neither a TypeName nor a Type' };
}

// ---------------------------------------------------------------- report

function pct(n: number, d: number): string {
  return d ? `${((100 * n) / d).toFixed(1)}%` : '-';
}

function report(s: FileScore, examples: number): string {
  const lines: string[] = [];
  const judged = s.cases - s.casesDeliberate;
  lines.push(`${s.file}`);
  lines.push(
    `  results: ${s.right} / ${s.expected} right (${pct(s.right, s.expected)}), ${s.deliberate} read differently on purpose, ` +
      `${s.expected - s.right - s.deliberate} wrong; extras: ${s.extras} (+${s.deliberateExtras} on purpose)`,
  );
  lines.push(
    `  cases:   ${s.casesRight} / ${s.cases} right (${pct(s.casesRight, s.cases)}); ${s.casesDeliberate} differ only on purpose; ` +
      `right among the other ${judged}: ${pct(s.casesRight, judged)}`,
  );
  lines.push(`  (the peer's own JavaScript port fails ${s.peerUnsupported} of these cases; the engine gets ${s.peerUnsupportedRight} of them right)`);
  lines.push(...s.notes);
  const groups = new Map<string, Failure[]>();
  for (const f of s.failures) {
    const key = f.outcome === 'deliberate' ? `on purpose: ${f.reason}` : f.outcome;
    const list = groups.get(key) ?? [];
    list.push(f);
    groups.set(key, list);
  }
  const order = (k: string) => (k.startsWith('on purpose') ? 1 : 0);
  for (const [key, list] of [...groups].sort((a, b) => order(a[0]) - order(b[0]) || b[1].length - a[1].length)) {
    lines.push(`  ${key}: ${list.length}`);
    for (const f of list.slice(0, examples)) lines.push(`      ${f.detail}   in ${quote(f.input)}`);
  }
  return lines.join('\n');
}

function main(argv: string[]): number {
  let folder: string | undefined;
  let examples = 3;
  for (let i = 0; i < argv.length; i++) {
    if (argv[i] === '--examples') examples = Number(argv[++i]);
    else if (argv[i] === '--help' || argv[i] === '-h') {
      process.stdout.write('usage: node out/scripts/eval-peer.js [SPEC_FOLDER] [--examples N]\n');
      return 0;
    } else folder = argv[i];
  }
  // out/scripts/eval-peer.js -> the repository is two folders up; the specs sit beside it in ../shared.
  const repo = path.resolve(__dirname, '..', '..');
  const specs = path.resolve(folder ?? path.join(repo, '..', 'shared', 'peer-specs', 'recognizers-text'));
  let files: string[];
  try {
    files = fs
      .readdirSync(specs)
      .filter((f) => f.endsWith('.json'))
      .sort();
  } catch {
    process.stderr.write(
      `eval-peer: the Recognizers-Text specs are not at ${specs}.\n` +
        `Put the peer's English spec files (NumberModel.json, PercentModel.json, CurrencyModel.json...) there, or pass their folder:\n` +
        `  node out/scripts/eval-peer.js PATH/TO/SPECS\n`,
    );
    return 2;
  }
  if (!files.length) {
    process.stderr.write(`eval-peer: no .json spec files in ${specs}\n`);
    return 2;
  }
  const prepared = prepareTable(emptyTable());
  process.stdout.write(
    `Extraction measured against Recognizers-Text (${specs})\n` +
      'right: a claim of the expected kind with the same span (the figure, without its hedge) and the same value;\n' +
      'a fraction the engine reads as a share ("two thirds" as 66.67%) answers the peer\'s number (0.6667) on the same span\n' +
      'when its share divided by 100 is that number, and counts as an extra among the numbers where it answers none;\n' +
      'on purpose: the product reads it differently by design (see README, "Extraction quality"); never counted as right.\n' +
      "Date files, read by the date extractor with the case's reference date as the document date: DateExtractor, right when\n" +
      'a date with the same span is found; DateParser, right when the date found there is one of the days the peer resolves\n' +
      "it to (past or future reading), compared at the precision of the engine's value (year, month or day).\n\n",
  );
  for (const f of files) {
    let data: unknown;
    try {
      data = JSON.parse(fs.readFileSync(path.join(specs, f), 'utf8').replace(/^\uFEFF/, ''));
    } catch (err) {
      process.stdout.write(`${f}: skipped, not readable as JSON (${(err as Error).message})\n\n`);
      continue;
    }
    const format = specFormat(data);
    const cases = data as PeerCase[];
    if (format.kind === 'model') process.stdout.write(report(scoreFile(f, cases, prepared), examples) + '\n\n');
    else if (format.kind === 'date') process.stdout.write(report(scoreDateFile(f, cases, format.format), examples) + '\n\n');
    else process.stdout.write(`${f}: skipped, not a format this script measures (${format.why})\n\n`);
  }
  return 0;
}

process.exitCode = main(process.argv.slice(2));
