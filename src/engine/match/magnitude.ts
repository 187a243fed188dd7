// Which figures are of another size altogether than a fact's. A writer's slip with a figure is a digit, a
// rounding or a scale word ("P14 million" for "P14 billion"); a figure hundreds of times off every value the
// sources give, and no scale word away from one, counts something else ("P5.5 million" of livestock beside
// a P14bn farm bill), however close its words.

import type { QuantityClaim, QuantityFact } from '../types';

/** Further off than this from every source value, a figure is another quantity unless a scale word explains it. */
const MAX_RATIO = 100;
/** The steps scale words make: thousand, lakh, million, crore, billion, trillion. */
const SCALE_STEPS = [1e3, 1e5, 1e6, 1e7, 1e9, 1e12];
/** How close a ratio must come to a scale step to be read as a slipped scale word (rounded figures drift). */
const STEP_SLACK = 0.1;

function scaleSlip(ratio: number): boolean {
  return SCALE_STEPS.some((step) => Math.abs(ratio / step - 1) <= STEP_SLACK);
}

/** The values a quantity fact gives: the cited one and every source's. */
export function factValues(fact: QuantityFact): number[] {
  return [fact.value, ...fact.claims.map((c) => c.value)].filter((v): v is number => v !== undefined);
}

/** The claim is of another size than every value the fact's sources give (see the file comment). */
export function otherMagnitude(claim: QuantityClaim, fact: QuantityFact): boolean {
  if (claim.kind === 'percent' || !(claim.value > 0)) return false;
  const values = factValues(fact).filter((v) => v > 0);
  if (!values.length) return false;
  return values.every((v) => {
    const ratio = Math.max(v, claim.value) / Math.min(v, claim.value);
    return ratio > MAX_RATIO && !scaleSlip(ratio);
  });
}
