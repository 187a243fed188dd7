import type { Bound } from '../types';
import { boundInterval, contains, intersect, roundingInterval, within, DEFAULT_TOLERANCE } from './intervals';

export type Relation = 'agrees' | 'unsupported' | 'disagrees';

export interface Hedged {
  value: number;
  bound: Bound;
  /** The rounding the claim's form implies, either side of its value: a fraction's (fractionSpread). */
  spread?: number;
  /** A count of things (not money or a share): news gives a count it knows only from below as "at least N". */
  count?: boolean;
}

/**
 * How a draft's figure stands against a cited figure.
 * agrees: the claim follows from the cited value; disagrees: both cannot be true;
 * unsupported: they can both be true, but the claim says more than the source.
 */
export function compareQuantity(claim: Hedged, cited: Hedged, tolerance = DEFAULT_TOLERANCE): Relation {
  if (claim.spread !== undefined && (claim.bound === 'exact' || claim.bound === 'about')) return compareRounded(claim, claim.spread, cited, tolerance);
  const sources = boundInterval(cited.value, cited.bound, tolerance);
  if (claim.bound === 'exact') return compareBare(claim.value, cited, tolerance);
  if (claim.bound === 'about' && (cited.bound === 'exact' || cited.bound === 'about')) {
    // Two approximations agree when their centres are within tolerance; overlapping bands alone
    // would let "about 16,000" pass against "about 15,000".
    return Math.abs(claim.value - cited.value) <= tolerance * Math.abs(cited.value) ? 'agrees' : 'disagrees';
  }
  const claimed = boundInterval(claim.value, claim.bound, tolerance);
  if (understates(claim, cited, tolerance)) return 'disagrees';
  if (within(sources, claimed)) return 'agrees';
  // "nearly 400" against "at least 398": an approximation that can be true of what the sources say is a fair reading of them.
  if (claim.bound === 'about' && intersect(sources, claimed)) return 'agrees';
  return intersect(sources, claimed) ? 'unsupported' : 'disagrees';
}

/**
 * A claim that stands for a band of values ("two-thirds" for 64.7% to 68.7%) follows from a cited value inside
 * the band, widened by the tolerance where either is approximate ("nearly a third" against 30%). A threshold
 * ("more than half") is exact and is compared as any other bound.
 */
function compareRounded(claim: Hedged, spread: number, cited: Hedged, tolerance: number): Relation {
  const approximate = claim.bound === 'about' || cited.bound === 'about';
  const allowed = spread + (approximate ? tolerance * Math.abs(cited.value) : 0);
  if (cited.bound === 'exact' || cited.bound === 'about') return Math.abs(claim.value - cited.value) <= allowed ? 'agrees' : 'disagrees';
  const band = spread + (claim.bound === 'about' ? tolerance * Math.abs(claim.value) : 0);
  const claimed = { lo: claim.value - band, hi: claim.value + band, loOpen: false, hiOpen: false };
  return intersect(boundInterval(cited.value, cited.bound, tolerance), claimed) ? 'unsupported' : 'disagrees';
}

/**
 * News writes a count it knows only from below as "at least 83": that figure is the count. A draft's "at least
 * 38" is then true but wrong, a slip of the figure; "more than 80" (83 rounded down) or "at least 81" (within the
 * tolerance) is a fair reading.
 */
function understates(claim: Hedged, cited: Hedged, tolerance: number): boolean {
  if (!claim.count || (claim.bound !== 'at-least' && claim.bound !== 'more-than') || cited.bound === 'at-most' || cited.bound === 'less-than') return false;
  if (!(claim.value > 0) || claim.value >= cited.value * (1 - tolerance)) return false;
  return !roundedDown(claim.value, cited.value);
}

/** `low` is `value` rounded down to a power of ten, or to half of one ("more than 50,000" for 57,000). */
function roundedDown(low: number, value: number): boolean {
  for (let step = 10; step <= value; step *= 10) {
    for (const unit of [step, step / 2]) if (Math.floor(value / unit) * unit === low) return true;
  }
  return false;
}

/** A bare figure repeats the reported number (rounded or not); a hedge dropped from it is tolerated. */
function compareBare(value: number, cited: Hedged, tolerance: number): Relation {
  if (value === cited.value || contains(roundingInterval(value), cited.value)) return 'agrees';
  const sources = boundInterval(cited.value, cited.bound, tolerance);
  if (!contains(sources, value)) return 'disagrees';
  return cited.bound === 'about' ? 'agrees' : 'unsupported';
}

/** The set a source's claim allows, reading bare round figures as rounded. */
export function claimSet(c: Hedged, tolerance = DEFAULT_TOLERANCE) {
  return c.bound === 'exact' ? roundingInterval(c.value) : boundInterval(c.value, c.bound, tolerance);
}

/** Claims that cannot all be true together. In one dimension, pairwise overlap implies a common point. */
export function quantitiesConflict(claims: Hedged[], tolerance = DEFAULT_TOLERANCE): boolean {
  let common = claims.length ? claimSet(claims[0], tolerance) : undefined;
  for (const c of claims.slice(1)) {
    if (!common) break;
    common = intersect(common, claimSet(c, tolerance));
  }
  return claims.length > 1 && common === undefined;
}
