// Shares written as fractions: "two-thirds of the homes", "a quarter of voters", "half the staff", "cut by a third",
// "⅔". Each is a percent claim of its percentage ("two-thirds" is 66.67), so the matcher only ever pairs it with a
// share, never with a count ("two thirds of the dead" says nothing about how many died), and the verdict reads it as
// rounded (verdict/intervals.ts, fractionSpread). Its style records the fraction so a fix can keep the form.
//
// The same words are ranks, periods and measures in news: "a third term", "a fifth straight year", "the second
// half", "half an hour", "a quarter past six", "three quarters in a row". The rules below read a fraction only where
// it can be nothing but a share; docs/accuracy.md ("Fractions") lists them with examples.
import type { Bound, NumberStyle } from '../types';
import type { Quantity } from './quantities';
import { findHedgeAfter, findHedgeBefore, type Hedge } from './hedges';
import { scanFractionWords, type WordFraction } from './numberWords';
import { readUnit, unitFamily } from './units';
import { isMeasureFamily } from '../lexicon/units';

/** Fraction glyphs with their numerator and denominator. */
const GLYPHS: Readonly<Record<string, readonly [number, number]>> = {
  '½': [1, 2],
  '⅓': [1, 3],
  '⅔': [2, 3],
  '¼': [1, 4],
  '¾': [3, 4],
  '⅕': [1, 5],
  '⅖': [2, 5],
  '⅗': [3, 5],
  '⅘': [4, 5],
  '⅙': [1, 6],
  '⅚': [5, 6],
  '⅐': [1, 7],
  '⅛': [1, 8],
  '⅜': [3, 8],
  '⅝': [5, 8],
  '⅞': [7, 8],
  '⅑': [1, 9],
  '⅒': [1, 10],
};

/** A glyph standing alone: after a digit it is part of a mixed number ("2½"), which is not a share. */
export const GLYPH_RE = new RegExp(`(?<![\\p{L}\\p{N}])[${Object.keys(GLYPHS).join('')}](?![\\p{L}\\p{N}])`, 'gu');

/** Glued by a hyphen to the next word, a fraction is part of a compound: "quarter-final", "half-time", "a half-brother". */
const COMPOUND_AFTER = /^-\p{L}/u;
const OF_AFTER = /^[ \t\u00a0\n]+of(?![\p{L}])/iu;
/** "of a"/"of an" after it: a part of one thing, a measure ("a quarter of an hour", "a third of a mile"), not a share of many. */
const MEASURE_OF = /^[ \t\u00a0\n]+of[ \t\u00a0\n]+an?[ \t\u00a0\n]+\p{L}/iu;
/** A part of one span of time ("half the year", "a third of the season"): how long, not a share of many. */
const ONE_SPAN_AFTER =
  /^[ \t\u00a0\n]+(?:of[ \t\u00a0\n]+)?(?:the|this|that|a|an|its|their)[ \t\u00a0\n]+(?:year|month|week|day|night|season|decade|century|term|hour)(?![\p{L}'’])/iu;
/** A determiner right after a bare "half" makes it a share of what follows ("half the homes", "half its staff"). */
const DETERMINER_AFTER = /^[ \t\u00a0\n]+(?:the|its|their|his|her|our|your|my|these|those|all)(?![\p{L}])/iu;
/** Words before "half" that say which half, a part in time or space rather than a share: "the second half (of)", "the northern half". */
const PART_BEFORE =
  /(?:^|[^\p{L}])(?:the|a|an|this|that|its|their|his|her|our|my|your|each|every|either|other|first|second|last|final|latter|former|top|bottom|upper|lower|back|front|northern|southern|eastern|western|opening|closing|early|late|later|earlier)[ \t\u00a0\n]+$/iu;
/** "by" before it: a share of change ("cut by a third", "fell by half"). */
const BY_BEFORE = /(?:^|[^\p{L}])by[ \t\u00a0\n]+$/iu;
/** The clause ends right after it. */
const CLAUSE_END = /^(?:[ \t\u00a0]*(?:[.,;:!?)\]"”’—–]|\n[ \t\u00a0]*\n)|\s*$)/u;
/**
 * Words after a share of one ("a third", "half") that begin no noun it could be modifying: prepositions,
 * conjunctions, "last" and "this" ("fell by a third last year"). A noun or an adjective there makes it a rank or a
 * measure: "a third term", "a fifth straight year", "a quarter century", "half price".
 */
const FOLLOWERS = new Set([
  'in',
  'on',
  'at',
  'since',
  'from',
  'to',
  'over',
  'between',
  'among',
  'across',
  'within',
  'during',
  'after',
  'before',
  'and',
  'or',
  'but',
  'while',
  'as',
  'than',
  'compared',
  'versus',
  'against',
  'last',
  'this',
]);
const NEXT_WORD = /^[ \t\u00a0\n]+(\p{L}+)/u;
/** A time of day: "a quarter past six", "a quarter to ten", "half past one". */
const TIME_AFTER =
  /^[ \t\u00a0]+(?:past|to|after|before|till|til)[ \t\u00a0]+(?:\d|noon|midnight|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve)(?![\p{L}])/iu;

interface Fraction {
  numerator: number;
  denominator: number;
  start: number;
  end: number;
  glyph: boolean;
  one: WordFraction['numeratorForm'];
  hyphen: boolean;
  /** The denominator as written (words only). */
  denominatorText?: string;
}

function fromWords(f: WordFraction): Fraction {
  return {
    numerator: f.numerator,
    denominator: f.denominator,
    start: f.start,
    end: f.end,
    glyph: false,
    one: f.numeratorForm,
    hyphen: f.hyphen,
    denominatorText: f.denominatorText,
  };
}

/** A measure follows a glyph: "½ mile", "¾ cup". */
function measureAfter(text: string, at: number): boolean {
  const unit = readUnit(text, at);
  return !!unit?.known && isMeasureFamily(unitFamily(unit.unit));
}

/** A share of one standing alone: the clause ends or a word that begins no noun follows ("by a third in 2024"). */
function standsAlone(text: string, f: Fraction, after: string): boolean {
  if (CLAUSE_END.test(after) || findHedgeAfter(text, f.end)) return true;
  const next = NEXT_WORD.exec(after)?.[1].toLowerCase();
  return next !== undefined && FOLLOWERS.has(next);
}

/**
 * Whether a fraction is a share where it stands:
 *  - glued by a hyphen to the next word it is a compound ("quarter-final", "half-time"); with a capitalised
 *    denominator inside a phrase, a name ("the Fourth of July"); "halves" are parts of a game, not a share;
 *  - before "of" it is a share ("two-thirds of the homes", "a quarter of voters", "half of them"), unless "of a(n)"
 *    makes it a measure of one thing ("a quarter of an hour") or, for "half", a word before it says which half
 *    ("the second half of the year");
 *  - a glyph is a share unless a unit of measure follows ("½ mile");
 *  - hyphenated ("two-thirds", "one-fifth") or with a plural other than "quarters" ("two thirds", "five eighths"),
 *    a fraction is a share anywhere;
 *  - "half" before a determiner is a share ("half the homes");
 *  - "three quarters" without "of" counts quarters of a year as often as it is a share: not read;
 *  - a share of one ("a third", "one fifth", "half") standing alone (the clause ends, or a preposition or
 *    conjunction follows, never a time of day: "a quarter past six") is read after "one" ("one fifth"); after "a"
 *    or bare ("a third", "half") only when a hedge or "by" comes before it ("more than half", "cut by a third"),
 *    since "a third" alone is a rank as often ("police are looking for a third").
 */
function isShare(text: string, f: Fraction): boolean {
  const after = text.slice(f.end, f.end + 60);
  const before = text.slice(Math.max(0, f.start - 30), f.start);
  if (COMPOUND_AFTER.test(after)) return false;
  if (f.denominatorText !== undefined && f.one !== 'none' && /^\p{Lu}/u.test(f.denominatorText)) return false;
  if (f.denominator === 2 && f.numerator > 1) return false;
  const bareHalf = f.one === 'none';
  if (bareHalf && PART_BEFORE.test(before)) return false;
  if (ONE_SPAN_AFTER.test(after)) return false;
  if (OF_AFTER.test(after)) return !MEASURE_OF.test(after);
  if (f.glyph) return !measureAfter(text, f.end);
  if (f.hyphen || (f.numerator > 1 && f.denominator !== 4)) return true;
  if (bareHalf && DETERMINER_AFTER.test(after)) return true;
  if (f.numerator > 1) return false;
  if ((f.denominator === 4 || bareHalf) && TIME_AFTER.test(after)) return false;
  if (!standsAlone(text, f, after)) return false;
  return f.one === 'number' || findHedgeBefore(text, f.start) !== undefined || BY_BEFORE.test(before);
}

function styleOf(text: string, f: Fraction): NumberStyle {
  const after = text.slice(f.end, f.end + 20);
  return {
    form: 'fraction',
    grouping: false,
    decimals: 0,
    fraction: {
      glyph: f.glyph,
      hyphen: f.hyphen,
      one: f.one,
      capitalized: /^\p{Lu}/u.test(text[f.start]),
      needsOf: !OF_AFTER.test(after) && DETERMINER_AFTER.test(after),
    },
  };
}

function claimOf(text: string, f: Fraction): Quantity {
  const hedge: Hedge | undefined = findHedgeBefore(text, f.start) ?? findHedgeAfter(text, f.end);
  const start = hedge && hedge.end <= f.start ? hedge.start : f.start;
  const end = hedge && hedge.start >= f.end ? hedge.end : f.end;
  const q: Quantity = {
    kind: 'percent',
    text: text.slice(start, end),
    start,
    end,
    value: Number(((100 * f.numerator) / f.denominator).toPrecision(15)),
    bound: hedge?.bound ?? 'exact',
    figure: { start: f.start, end: f.end },
    style: styleOf(text, f),
  };
  if (hedge) q.hedge = hedge.text;
  return q;
}

/** The share a fraction in words at `at` states ("two-thirds of", "more than half"), or undefined. */
export function wordShareAt(text: string, at: number): Quantity | undefined {
  const words = scanFractionWords(text, at);
  if (!words) return undefined;
  const f = fromWords(words);
  return isShare(text, f) ? claimOf(text, f) : undefined;
}

/** The share a glyph at `at` states ("⅔", "½"), or undefined. */
export function glyphShareAt(text: string, at: number): Quantity | undefined {
  const parts = GLYPHS[text[at]];
  if (!parts) return undefined;
  const f: Fraction = { numerator: parts[0], denominator: parts[1], start: at, end: at + 1, glyph: true, one: 'number', hyphen: false };
  return isShare(text, f) ? claimOf(text, f) : undefined;
}

/** Decimals a table keeps of a fraction's share: 66.67 for "two-thirds", not 66.6666666666667. */
const RECORDED_DECIMALS = 2;

/**
 * How a fact table records a figure, a fraction's share as a rounded value: to two decimals, and a bare fraction as
 * `about` (the table's way of saying rounded), so that a table built from one source's "two-thirds" is not
 * contested by another's 67%, and a draft's "67%" agrees with it. Other figures are recorded as read.
 */
export function recordedValue(q: Pick<Quantity, 'value' | 'bound' | 'style'>): { value: number; bound: Bound } {
  if (q.style.form !== 'fraction') return { value: q.value, bound: q.bound };
  return { value: Number(q.value.toFixed(RECORDED_DECIMALS)), bound: q.bound === 'exact' ? 'about' : q.bound };
}
