// The checker's claim frames (what a figure counts, its time, place and role), read for the builder's
// claims, and the rule that says whether two of them can be one fact. The same frames decide which fact a
// draft's claim belongs to, so the table is lined up the way it will be read.

import type { Span } from '../types';
import { claimFrame, type ClaimFrame } from '../match/frame';
import { stemWord } from '../match/terms';

/** The frame of a claim among the other claims of its sentence. */
export function frameOf(visible: string, claim: Span & { kind: string }, sentence: Span, rivals: readonly Span[], year?: number): ClaimFrame {
  return claimFrame(visible, claim, sentence, rivals, year);
}

/** Whether any member of `a` is in `b`. */
export function shares<T>(a: Iterable<T>, b: ReadonlySet<T>): boolean {
  for (const x of a) if (b.has(x)) return true;
  return false;
}

/** Words that say what kind of place a name is, not which: "Marrow County" and "Tessel County" are two places. */
const PLACE_KINDS = new Set(
  ['county', 'region', 'province', 'state', 'city', 'town', 'village', 'district', 'island', 'islands', 'valley', 'bay', 'north', 'south', 'east', 'west']
    .concat(['northern', 'southern', 'eastern', 'western', 'central', 'administrative', 'municipality', 'department', 'borough', 'river', 'lake', 'coast'])
    .map((w) => stemWord(w)),
);

/** Each place as the set of its naming stems: "Cordillera" and "Cordillera Administrative Region" are one place. */
function samePlace(a: readonly string[][], b: readonly string[][]): boolean {
  const naming = (p: readonly string[]) => p.filter((w) => !PLACE_KINDS.has(w));
  return a.some((pa) => b.some((pb) => shares(naming(pa), new Set(naming(pb)))));
}

/** Two figures whose own words name the same year are likelier one fact. */
const YEAR_MATCH = 0.1;

/**
 * How two frames move the pair's score: -Infinity when they cannot be one fact (deaths and injuries; figures
 * of different years; a different value of an earlier event), down when their places or roles differ, up
 * when they count the same thing. With the same value the "earlier event" mark is no evidence: it is read
 * from a few words and misfires.
 */
export function frameAffinity(a: ClaimFrame, b: ClaimFrame, sameValue: boolean): number {
  if (a.counts.size && b.counts.size && !shares(a.counts, b.counts)) return -Infinity;
  if (a.years.length && b.years.length && !shares(a.years, new Set(b.years))) return -Infinity;
  // A different figure of an earlier event ("five years ago") is that event's, not a disagreement about this one.
  if (a.otherEvent !== b.otherEvent && !sameValue) return -Infinity;
  let score = a.counts.size && b.counts.size ? 0.1 : 0;
  // Both figures placed in the same year ("2% in 2025") is evidence as a shared count is.
  if (a.years.length && b.years.length) score += YEAR_MATCH;
  if (a.places.length && b.places.length && !samePlace(a.places, b.places)) score -= 0.2;
  if (a.role && b.role && a.role !== b.role) score -= 0.3;
  if (a.statement !== b.statement) score -= 0.15;
  return score;
}

/**
 * Nothing in two frames of one source's equal figures tells them apart: no other thing counted, year, place,
 * role or event, and neither is the date of a statement where the other is not.
 */
export function framesAgree(a: ClaimFrame, b: ClaimFrame): boolean {
  if (a.counts.size && b.counts.size && !shares(a.counts, b.counts)) return false;
  if (a.years.length && b.years.length && !shares(a.years, new Set(b.years))) return false;
  if (a.places.length && b.places.length && !samePlace(a.places, b.places)) return false;
  if (a.otherEvent !== b.otherEvent || a.statement !== b.statement) return false;
  return !(a.role && b.role && a.role !== b.role);
}

/**
 * Two frames of one source's equal figures that say the same thing twice: both count the same thing ("at
 * least 12 dead" ... "the 12 died"), with nothing that tells them apart.
 */
export function restates(a: ClaimFrame, b: ClaimFrame): boolean {
  return a.counts.size > 0 && b.counts.size > 0 && shares(a.counts, b.counts) && framesAgree(a, b);
}
