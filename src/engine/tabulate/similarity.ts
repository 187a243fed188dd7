// How likely two claims from different sources speak of the same fact: the words around them (rare
// words of the story weighing most), their units, and how close their values are.

import type { Bound, DateValue, FactValue } from '../types';
import { MONTH_NAMES, WEEKDAY_NAMES } from '../lexicon/calendar';
import { convertUnit, unitFamily } from '../extract/units';
import { isMeasureFamily } from '../lexicon/units';
import { frameAffinity } from './frames';
import { updatesTally } from './tallies';
import { stemWord } from '../match/terms';
import { sameDate } from '../table/values';
import { boundInterval, intersect } from '../verdict/intervals';
import type { CollectedClaim } from './collect';

export type Idf = (stem: string) => number;

/** Inverse sentence frequency: "Venezuela" in every other sentence says little; "airspace" says a lot. */
export function makeIdf(sentences: readonly Set<string>[]): Idf {
  const df = new Map<string, number>();
  for (const s of sentences) for (const stem of s) df.set(stem, (df.get(stem) ?? 0) + 1);
  const n = Math.max(1, sentences.length);
  return (stem) => Math.max(0.1, Math.log((n + 1) / ((df.get(stem) ?? 0) + 0.5)));
}

export type Vector = Map<string, number>;

/**
 * Words news copy uses interchangeably for one thing, by stem: "21 airstrikes" and "20 attacks", "15,000 troops"
 * and "16,000 personnel", "a bounty" and "a reward". (Deaths, dying and killing are already one stem in terms.ts.)
 */
const CONCEPTS: Readonly<Record<string, string>> = {
  personnel: 'troop',
  servicememb: 'troop',
  soldier: 'troop',
  airstrik: 'strike',
  attack: 'strike',
  raid: 'strike',
  vessel: 'boat',
  speedboat: 'boat',
  bounti: 'reward',
  captur: 'arrest',
  convers: 'call',
  phone: 'call',
  telephon: 'call',
  buildup: 'deploy',
  'build-up': 'deploy',
  began: 'begin',
  begun: 'begin',
  start: 'begin',
  launch: 'begin',
  activ: 'begin',
  declar: 'announc',
  classifi: 'design',
  label: 'design',
};
/** Count nouns that say nothing about what is counted ("80 people have died": the verb says it). */
const VAGUE_UNITS = new Set(['person', 'individual', 'member', 'time', 'unit', 'thing']);

export function concept(stem: string): string {
  return CONCEPTS[stem] ?? stem;
}

/**
 * Words that say when or how much, not what: calendar words belong to the date itself ("last Saturday"),
 * scale words to the figure ("$25 million"); two-letter fragments ("re-" of re-election) to nothing.
 */
const NOT_IDENTITY = new Set(
  [
    ...MONTH_NAMES,
    ...WEEKDAY_NAMES,
    'last',
    'next',
    'ago',
    'earlier',
    'later',
    'week',
    'weekend',
    'month',
    'year',
    'today',
    'yesterday',
    'hundred',
    'thousand',
    'million',
    'billion',
    'trillion',
    'mn',
    'bn',
  ].map((w) => stemWord(w)),
);

/**
 * Verbs that say only that something happened ("the summit occurred on ..."): its subject says what. Near a
 * date they would outweigh the one word that names the event.
 */
const EVENT_VERBS = new Set(['occur', 'occurred', 'happen', 'happened', 'unfold', 'unfolded'].map((w) => stemWord(w)));

/** Weights by stem as a vector: rare words weigh more, synonyms are folded together. */
export function weigh(words: Map<string, number>, idf: Idf, vague?: string): Vector {
  const v: Vector = new Map();
  for (const [stem, w] of words) {
    if (stem.length < 3 || NOT_IDENTITY.has(stem)) continue;
    const c = concept(stem);
    const x = (stem === vague || EVENT_VERBS.has(stem) ? Math.min(w, 0.5) : w) * idf(stem);
    v.set(c, Math.max(v.get(c) ?? 0, x));
  }
  return v;
}

/** A claim's two views: the words near its figure (matcher weights) and the words of its sentence. */
export interface ClaimVectors {
  near: Vector;
  sentence: Vector;
}

export function claimVectors(claim: Pick<CollectedClaim, 'context' | 'sentenceWords' | 'unit'>, idf: Idf): ClaimVectors {
  const vague = claim.unit !== undefined && VAGUE_UNITS.has(claim.unit) ? stemWord(claim.unit) : undefined;
  return { near: weigh(claim.context, idf, vague), sentence: weigh(claim.sentenceWords, idf, vague) };
}

/**
 * How much the near words count against the whole sentence. A count is about the noun next to it ("83 deaths");
 * a date is about the event of its whole clause ("the call, initiated by the White House, occurred on ...").
 */
const NEAR_SHARE = { quantity: 0.6, date: 0.3 };

export function contextSimilarity(a: ClaimVectors, b: ClaimVectors, date = false): number {
  const share = date ? NEAR_SHARE.date : NEAR_SHARE.quantity;
  const near = cosine(a.near, b.near);
  // Near words that agree are evidence enough on their own, however different the rest of the sentences.
  return Math.max(near, share * near + (1 - share) * cosine(a.sentence, b.sentence));
}

export function cosine(a: Vector, b: Vector): number {
  let dot = 0;
  let na = 0;
  let nb = 0;
  for (const [k, w] of a) {
    na += w * w;
    const o = b.get(k);
    if (o !== undefined) dot += w * o;
  }
  for (const w of b.values()) nb += w * w;
  return na && nb ? dot / Math.sqrt(na * nb) : 0;
}

/** Count nouns that name people without saying who they are: a troop count and a personnel count can be one fact. */
const GENERIC_PEOPLE = new Set(['person', 'personnel', 'troop', 'servicemember', 'service member', 'member', 'individual', 'force']);
/** A unit named this close to the other figure is what that figure counts too ("21 strikes on boats" / "20 boats"). */
const NEAR = 0.3;

/** Bonus for the units of two counts; -Infinity when they count different things. */
function unitAffinity(a: CollectedClaim, b: CollectedClaim): number {
  const sa = a.unit ? stemWord(a.unit) : undefined;
  const sb = b.unit ? stemWord(b.unit) : undefined;
  if (!sa && !sb) return 0;
  const aNamesB = sb !== undefined && (a.context.get(sb) ?? 0) >= NEAR;
  const bNamesA = sa !== undefined && (b.context.get(sa) ?? 0) >= NEAR;
  if (!sa || !sb) return aNamesB || bNamesA ? 0.1 : 0;
  // Days, years and percent-like durations recur in every story; sharing one says little.
  if (sa === sb) return unitFamily(a.unit as string) === 'duration' ? 0.05 : 0.2;
  const fa = unitFamily(a.unit as string);
  const fb = unitFamily(b.unit as string);
  // "6 miles" and "10 km" are one measure in two units: their values are compared after converting.
  if (fa === fb && isMeasureFamily(fa) && fa !== 'duration') return 0.05;
  if (aNamesB || bNamesA) return 0.05;
  if (fa !== undefined && fa === fb) {
    // Sailors and marines are both people, but different people; troops and personnel may be the same ones.
    return GENERIC_PEOPLE.has(a.unit as string) || GENERIC_PEOPLE.has(b.unit as string) ? 0.05 : -0.2;
  }
  return -Infinity;
}

/** The affinity of equal values. */
const SAME_VALUE = 0.15;
/**
 * Extra for equal values that rarely recur by chance: two outlets writing "£12.21" or "171,932" for different
 * things is far less likely than both writing "2" or "10%".
 */
const DISTINCTIVE_VALUE = 0.1;
/** The affinity of a figure and a more exact one it rounds from ("$3.42 billion" and "$3,418,550,000"). */
const ROUNDED_VALUE = 0.1;

function significantDigits(v: number): number {
  const digits = Math.abs(v).toPrecision(15).replace(/e.*$/, '').replace('.', '').replace(/^0+/, '').replace(/0+$/, '');
  return digits.length;
}

/** A value specific enough that two sources stating it are probably stating the same thing. */
export function isDistinctive(value: number, money: boolean): boolean {
  if (!Number.isInteger(value) || significantDigits(value) >= 3) return true;
  // Sums of money in the millions are few in a story and seldom coincide.
  return money && Math.abs(value) >= 1e6;
}

/**
 * `coarse` is `fine` written to fewer digits, or one digit off in its last place (a figure truncated or
 * misrounded): "14.3 billion" for 14,339,000,000. A bare one-digit round figure ("20") says nothing of its
 * precision, so it never counts as rounded.
 */
export function roundsFrom(coarse: number, fine: number): boolean {
  const sig = significantDigits(coarse);
  if (sig < 2 || significantDigits(fine) <= sig) return false;
  const unit = 10 ** (Math.floor(Math.log10(Math.abs(coarse))) - sig + 1);
  return Math.abs(coarse - fine) <= unit * (1 + 1e-9);
}

function quantityAffinity(a: number, ab: Bound, b: number, bb: Bound, money: boolean): number {
  if (a === b) return SAME_VALUE + (isDistinctive(a, money) ? DISTINCTIVE_VALUE : 0);
  if (roundsFrom(a, b) || roundsFrom(b, a)) return ROUNDED_VALUE;
  if (intersect(boundInterval(a, ab), boundInterval(b, bb))) return 0.05;
  const lo = Math.min(Math.abs(a), Math.abs(b));
  const ratio = lo === 0 ? Infinity : Math.max(Math.abs(a), Math.abs(b)) / lo;
  if (ratio <= 1.25) return 0;
  if (ratio <= 2) return -0.1;
  return -0.35;
}

function months(d: DateValue): number {
  return (d.year ?? 0) * 12 + (d.month ?? 6) - 1;
}

function days(d: DateValue): number {
  return Date.UTC(d.year ?? 0, (d.month ?? 1) - 1, d.day ?? 1) / 86400000;
}

/** `fine` lies within `coarse`, which is less precise: 2025-11-29 within 2025-11, 2025-11 within 2025. */
function within(fine: DateValue, coarse: DateValue): boolean {
  if (coarse.year !== fine.year) return false;
  if (coarse.precision === 'year') return fine.precision !== 'year';
  return coarse.precision === 'month' && fine.precision === 'day' && coarse.month === fine.month;
}

function dateAffinity(a: DateValue, b: DateValue): number {
  // A date written without a year can only say whether its month (and day) are the other's.
  if (a.year === undefined || b.year === undefined) {
    if (a.month !== b.month) return -0.4;
    if (a.day !== undefined && b.day !== undefined) return a.day === b.day ? 0.15 : -0.2;
    // "April" and "April 2025" say the same as far as the first goes; "April" and "April 3" less.
    return a.precision === b.precision ? 0.15 : 0.05;
  }
  if (sameDate(a, b)) return 0.15;
  if (within(a, b) || within(b, a)) return 0.05;
  // Two different days close together may be one event misdated; days weeks apart are likelier two events.
  if (a.precision === 'day' && b.precision === 'day') {
    const apart = Math.abs(days(a) - days(b));
    if (apart <= 3) return 0;
    if (apart <= 10) return -0.05;
    if (apart <= 40) return -0.1;
  }
  const gap = Math.abs(months(a) - months(b));
  if (gap <= 1) return 0;
  if (gap <= 12) return -0.2;
  return -0.4;
}

/** How two reported values bear on being one fact: equal values up, far-apart values down. */
export function valueAffinity(a: { value: FactValue; bound: Bound }, b: { value: FactValue; bound: Bound }, money = false): number {
  const va = a.value;
  const vb = b.value;
  if (typeof va === 'number' && typeof vb === 'number') return quantityAffinity(va, a.bound, vb, b.bound, money);
  if (typeof va === 'object' && typeof vb === 'object') return dateAffinity(va, vb);
  // Values of different types are never of one fact's kind: as far apart as values go.
  return -0.4;
}

/**
 * How well two claims fit one fact: the similarity of their contexts, moved up or down by their units and
 * values. -Infinity when they cannot be one fact (other kinds, currencies, or things counted).
 */
export function pairScore(a: CollectedClaim, b: CollectedClaim, va: ClaimVectors, vb: ClaimVectors): number {
  if (a.kind !== b.kind) return -Infinity;
  if (a.kind === 'money' && (a.currency ?? 'USD') !== (b.currency ?? 'USD')) return -Infinity;
  if (yearSetApart(a, b) || yearSetApart(b, a)) return -Infinity;
  const unit = a.kind === 'number' ? unitAffinity(a, b) : 0;
  if (unit === -Infinity) return unit;
  // A toll a later report puts higher is the same count updated: its difference says nothing against one fact.
  const value = updatesTally(a, b) ? 0 : valueAffinity(a, inUnitOf(b, a.unit), a.kind === 'money');
  const frame = frameAffinity(a.frame, b.frame, value >= SAME_VALUE);
  if (frame === -Infinity) return frame;
  return contextSimilarity(va, vb, a.kind === 'date') + unit + frame + value;
}

/** `a` is placed "this year" beside a figure of a year `b` is placed in: the writer set the two years apart. */
function yearSetApart(a: CollectedClaim, b: CollectedClaim): boolean {
  return !!a.notYears && b.frame.years.some((y) => a.notYears?.includes(y));
}

/** A claim's value in another unit of its measure ("6 miles" as km), or as it is. */
export function inUnitOf<C extends { value: FactValue; bound: Bound; unit?: string }>(c: C, unit: string | undefined): C {
  if (typeof c.value !== 'number' || !c.unit || !unit || c.unit === unit || !isMeasureFamily(unitFamily(c.unit))) return c;
  const converted = convertUnit(c.value, c.unit, unit);
  return converted === undefined ? c : { ...c, value: converted };
}
