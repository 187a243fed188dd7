// A sentence's matches with its ranges read as one claim each, or as two figures where the ends are two facts.

import type { Claim, Fact } from '../types';

interface Pair {
  claim: Claim;
  fact: Fact;
}

/** A range's two ends and its one claim (see extract/figureRanges.ts). */
interface Ends<C> {
  low: C;
  high: C;
  range: C;
}

/** The sentence's claims with each range's two ends replaced by the range's one claim. */
export function rangesRead<C extends Claim>(claims: readonly C[], ranges: readonly Ends<C>[]): C[] {
  const ends = new Set<C>(ranges.flatMap((r) => [r.low, r.high]));
  return [...claims.filter((c) => !ends.has(c)), ...ranges.map((r) => r.range)].sort((a, b) => a.start - b.start);
}

/** Words that name the two ends of one spread of values: a fact of each end is one end of a range. */
const EXTREMES: readonly (readonly [RegExp, RegExp])[] = [
  [/\byoungest\b/i, /\boldest\b/i],
  [/\b(?:lowest|minimum|least)\b/i, /\b(?:highest|maximum|most)\b/i],
  [/\bsmallest\b/i, /\b(?:largest|biggest)\b/i],
  [/\b(?:shortest)\b/i, /\b(?:longest)\b/i],
  [/\b(?:earliest|first)\b/i, /\b(?:latest|last)\b/i],
  [/\bcheapest\b/i, /\b(?:dearest|most expensive)\b/i],
];

/** Whether `low` and `high` are the two ends of one spread by their labels: "youngest injured", "oldest injured". */
function areEnds(low: Fact, high: Fact): boolean {
  return EXTREMES.some(([lo, hi]) => lo.test(low.label) && !hi.test(low.label) && hi.test(high.label) && !lo.test(high.label));
}

/**
 * The matches with the figures read apart where every range's ends matched two different facts that are the two
 * ends of one spread ("aged between 15 and 85" for the youngest and the oldest injured, the 85 then judged
 * against the oldest's age), or that both agree with theirs; otherwise those with each range read as one claim
 * ("between 40 and 50 people died" is one toll, not a past quake's 40 and this one's 50).
 */
export function withRangesRead<P extends Pair, C extends Claim>(
  separate: readonly P[],
  ranges: readonly Ends<C>[],
  asRanges: () => readonly P[],
  agrees: (pair: P) => boolean,
): readonly P[] {
  if (!ranges.length) return separate;
  const pairOf = (c: Claim) => separate.find((p) => p.claim === c);
  const split = ranges.every((r) => {
    const [a, b] = [pairOf(r.low), pairOf(r.high)];
    return a !== undefined && b !== undefined && a.fact !== b.fact && (areEnds(a.fact, b.fact) || (agrees(a) && agrees(b)));
  });
  return split ? separate : asRanges();
}
