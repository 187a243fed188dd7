// "within 72 hours", "83 days later": a relative date counts a length of time, and the length is a figure of its
// own. Where the table keeps that length (a deadline in hours, a delay in days), the figure is the claim: the
// date it would resolve to says less than the number the writer wrote.

import type { Claim, Fact, QuantityClaim } from '../types';
import type { FactIndex } from './factIndex';
import { unitFamily } from '../lexicon/units';

const keeps = new WeakMap<FactIndex, boolean>();

/** The table keeps a length of time as a fact: only then is a length read out of a relative date worth matching. */
export function keepsLengths(index: FactIndex): boolean {
  let known = keeps.get(index);
  if (known === undefined) keeps.set(index, (known = index.profiles.some((p) => isLength(p.fact))));
  return known;
}

/** Each relative date among `claims` with the length figure inside it ("72" of "within 72 hours"), read as a duration. */
export function lengthReadings<C extends Claim, Q extends QuantityClaim>(claims: readonly C[], quantities: readonly Q[]): Map<C, Q> {
  const out = new Map<C, Q>();
  for (const d of claims) {
    if (d.kind !== 'date' || d.style.form !== 'relative') continue;
    const inside = quantities.filter((q) => q.start >= d.start && q.end <= d.end);
    if (inside.length !== 1 || !inside[0].unit || unitFamily(inside[0].unit) !== 'duration') continue;
    const word = INTERVAL_WORD.exec(d.text)?.[0].toLowerCase();
    out.set(d, word ? { ...inside[0], interval: word } : inside[0]);
  }
  return out;
}

/** The word of a relative date that makes its number a length between two times. */
const INTERVAL_WORD = /\b(?:later|earlier|after|before|within|ago)\b/i;

function isLength(fact: Fact): boolean {
  return fact.kind === 'number' && !!fact.unit && unitFamily(fact.unit) === 'duration';
}

interface Pair {
  claim: Claim;
  fact: Fact;
}

/**
 * A sentence's matches with its dates read as dates, unless a date's length matches a fact kept as a length of
 * time: then the matches with the lengths read, where each other date keeps the match it had as a date if no
 * claim of that reading took its fact. The other claims take their matches from the same reading as the lengths.
 */
export function withLengths<P extends Pair>(asDates: readonly P[], asLengths: readonly P[], lengthOf: ReadonlyMap<Claim, Claim>): readonly P[] {
  const lengthMatched = (length: Claim) => asLengths.some((p) => p.claim === length && isLength(p.fact));
  const used = [...lengthOf].filter(([, length]) => lengthMatched(length));
  if (!used.length) return asDates;
  const unused = [...lengthOf].filter(([, length]) => !lengthMatched(length));
  const dropped = new Set(unused.map(([, length]) => length));
  const kept = asLengths.filter((p) => !dropped.has(p.claim));
  return [...kept, ...asDates.filter((p) => unused.some(([date]) => date === p.claim) && !kept.some((k) => k.fact === p.fact))];
}
