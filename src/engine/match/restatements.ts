// "Gusts of 305 km/h, or about 190 mph": one figure written twice, in two units. The second is the first
// converted, so it is about the first's fact, however the table's other facts in its unit read.

import { convertUnit, isMeasureFamily, sameUnit, unitFamily } from '../lexicon/units';
import type { QuantityClaim } from '../types';
import type { Matchable } from './match';
import { restatesAfter } from './ownWords';

/** A conversion rounded as news copy rounds it ("about 190 mph" for 189.5) is within this share of the exact one. */
const ROUNDING = 0.05;

/** Each figure of a sentence written right after the one before it in another unit of measure, with that figure. */
function restatingPairs(visible: string, claims: readonly Matchable[]): [QuantityClaim, QuantityClaim][] {
  const out: [QuantityClaim, QuantityClaim][] = [];
  const sorted = [...claims].sort((x, y) => x.start - y.start);
  sorted.forEach((b, i) => {
    const a = sorted[i - 1];
    if (!a || a.kind !== 'number' || b.kind !== 'number' || !a.unit || !b.unit) return;
    if (sameUnit(a.unit, b.unit) || !isMeasureFamily(unitFamily(a.unit))) return;
    if (restatesAfter(visible, a, b)) out.push([a, b]);
  });
  return out;
}

/**
 * Each figure of a sentence that restates the one before it in another unit of measure, with the figure it
 * restates. Only a faithful conversion counts: "305 km/h, or 200 mph" is two figures, one of them wrong.
 */
export function restatements(visible: string, claims: readonly Matchable[]): Map<Matchable, Matchable> {
  const out = new Map<Matchable, Matchable>();
  for (const [a, b] of restatingPairs(visible, claims)) {
    const converted = convertUnit(a.value, a.unit ?? '', b.unit ?? '');
    if (converted === undefined || converted === 0) continue;
    if (Math.abs(b.value - converted) <= ROUNDING * Math.abs(converted)) out.set(b, a);
  }
  return out;
}

/**
 * Each figure that restates the one before it in another unit of its kind, faithfully or not ("15 km (about
 * 39,000 feet)", where 15 km is 49,200 feet), with the figure it restates: the two are about one fact, and a
 * wrong conversion is the writer's slip, to be judged against that fact rather than sent to another.
 */
export function conversions(visible: string, claims: readonly Matchable[]): Map<Matchable, Matchable> {
  const out = new Map<Matchable, Matchable>();
  for (const [a, b] of restatingPairs(visible, claims)) {
    if (unitFamily(a.unit ?? '') === unitFamily(b.unit ?? '') && barelyWritten(visible, b)) out.set(b, a);
  }
  return out;
}

/** Nothing but the figure and its unit up to the bracket or stop: "(about 39,000 feet)", not "(95 mph at the harbour)". */
function barelyWritten(visible: string, b: QuantityClaim): boolean {
  const unitEnd = b.unitLength ? b.end + b.unitLength : b.end;
  return /^\s*(?:\)|[,.;]|$)/.test(visible.slice(unitEnd, unitEnd + 3));
}
