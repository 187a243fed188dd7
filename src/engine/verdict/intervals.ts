import type { Bound } from '../types';

/** A set of real numbers a hedged figure allows. Infinite ends are open. */
export interface Interval {
  lo: number;
  hi: number;
  loOpen: boolean;
  hiOpen: boolean;
}

export const DEFAULT_TOLERANCE = 0.05;

export function point(v: number): Interval {
  return { lo: v, hi: v, loOpen: false, hiOpen: false };
}

/**
 * The values a figure allows under its hedge. `about` is a band of the tolerance either side
 * (hedges.ts reads "nearly" and "almost" as `about`, so they stay close to their figure).
 */
export function boundInterval(value: number, bound: Bound, tolerance = DEFAULT_TOLERANCE): Interval {
  const band = Math.abs(value) * tolerance;
  switch (bound) {
    case 'exact':
      return point(value);
    case 'about':
      return { lo: value - band, hi: value + band, loOpen: false, hiOpen: false };
    case 'at-least':
      return { lo: value, hi: Infinity, loOpen: false, hiOpen: true };
    case 'more-than':
      return { lo: value, hi: Infinity, loOpen: true, hiOpen: true };
    case 'at-most':
      return { lo: -Infinity, hi: value, loOpen: true, hiOpen: false };
    case 'less-than':
      return { lo: -Infinity, hi: value, loOpen: true, hiOpen: true };
  }
}

export function contains(i: Interval, v: number): boolean {
  const aboveLo = i.loOpen ? v > i.lo : v >= i.lo;
  const belowHi = i.hiOpen ? v < i.hi : v <= i.hi;
  return aboveLo && belowHi;
}

export function intersect(a: Interval, b: Interval): Interval | undefined {
  let lo = a.lo,
    loOpen = a.loOpen;
  if (b.lo > lo || (b.lo === lo && b.loOpen)) {
    lo = b.lo;
    loOpen = b.loOpen || (b.lo === a.lo && a.loOpen);
  }
  let hi = a.hi,
    hiOpen = a.hiOpen;
  if (b.hi < hi || (b.hi === hi && b.hiOpen)) {
    hi = b.hi;
    hiOpen = b.hiOpen || (b.hi === a.hi && a.hiOpen);
  }
  if (lo > hi) return undefined;
  if (lo === hi && (loOpen || hiOpen)) return undefined;
  return { lo, hi, loOpen, hiOpen };
}

/** `inner` is a subset of `outer`. */
export function within(inner: Interval, outer: Interval): boolean {
  const loOk = inner.lo > outer.lo || (inner.lo === outer.lo && (!outer.loOpen || inner.loOpen));
  const hiOk = inner.hi < outer.hi || (inner.hi === outer.hi && (!outer.hiOpen || inner.hiOpen));
  return loOk && hiOk;
}

/**
 * The rounding a bare figure implies: "15,000" stands for anything that rounds to it
 * (14,500 up to 15,500), while "83" or "80" mean themselves. Only figures with at least two
 * trailing zeros are read as rounded, because writers round hundreds and thousands, not tens.
 */
export function roundingInterval(value: number): Interval {
  const abs = Math.abs(value);
  if (!Number.isInteger(value) || abs < 100) return point(value);
  let unit = 1;
  while (abs % (unit * 10) === 0 && unit * 10 <= abs) unit *= 10;
  if (unit < 100) return point(value);
  return { lo: value - unit / 2, hi: value + unit / 2, loOpen: false, hiOpen: true };
}

/**
 * Half the step of the last digit a figure was rounded to: 50,000 for "£7.3m" and for "600,000", 0.005 for
 * "12.33", 0.5 for "12". A figure put on another footing (a rate over another period) keeps that much doubt.
 */
export function roundingHalf(value: number, decimals: number): number {
  const r = roundingInterval(value);
  return r.hi > r.lo ? (r.hi - r.lo) / 2 : 0.5 * 10 ** -decimals;
}

/** Percentage points either side of a fraction's share that its writer may have rounded from. */
const FRACTION_POINTS = 2;
/** ... but never more than this part of the share itself. */
const FRACTION_RELATIVE = 0.1;

/**
 * The rounding a fraction implies, as a half-width in percentage points around its share: "two-thirds" stands for
 * 64.7% to 68.7%, "three quarters" for 73% to 77%, "a tenth" for 9% to 11%. A writer rounds a share to a simple
 * fraction only while it is close: 65% or 67% is "two-thirds", but a careful writer calls 63% "nearly two-thirds"
 * and 55% "more than half", so two points either way is as far as a bare fraction stretches. Small shares round
 * tighter (a tenth of the share): 7.5% is not "a tenth", nor 2% "a hundredth".
 */
export function fractionSpread(share: number): number {
  return Math.min(FRACTION_POINTS, Math.abs(share) * FRACTION_RELATIVE);
}
