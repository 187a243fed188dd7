// When a claim's words fit several facts exactly as well: which of them, if any, the claim is about.

import type { Fact } from '../types';
import { compareDates } from '../verdict/dates';
import type { Match, Matchable } from './match';

/** Two fits closer than this (relative) are one fit: the sums differ only by rounding. */
const TIE = 1e-9;

function figures(fact: Fact): number[] {
  if (fact.kind === 'date' || fact.kind === 'entity') return [];
  return [fact.value, ...fact.claims.map((c) => c.value)].filter((v): v is number => v !== undefined);
}

/** The fact itself, or one of its sources, gives the claim's figure: "10%" among the rates of 10% and 20%. */
function holdsFigure(claim: Matchable, fact: Fact): boolean {
  if (claim.kind === 'date') {
    if (fact.kind !== 'date') return false;
    return [fact.value, ...fact.claims.map((c) => c.value)].some((v) => v !== undefined && compareDates(claim.date, v) === 'agrees');
  }
  return figures(fact).includes(claim.value);
}

/** A figure's significant digits ("25" for 2.5bn and for 25bn), or undefined where it has fewer than two: "1" is in too many figures to tell. */
function digits(v: number): string | undefined {
  const text = String(Math.abs(v));
  if (/e/i.test(text)) return undefined;
  const d = text.replace('.', '').replace(/^0+/, '').replace(/0+$/, '');
  return d.length >= 2 ? d : undefined;
}

/** "£2.5bn" for £25bn: the claim writes a fact's figure with its point slipped, the commonest slip with a figure. */
function slipsFigure(claim: Matchable, fact: Fact): boolean {
  if (claim.kind === 'date') return false;
  const d = digits(claim.value);
  return d !== undefined && figures(fact).some((v) => digits(v) === d);
}

/** One claim's candidates after its ties are looked at: those to pair now, and a tie left for the sentence to settle. */
export interface Settled {
  readonly pairs: Match[];
  /** Facts the claim fits equally well with nothing in the figure to choose between them. */
  readonly tied: Match[];
}

/**
 * One claim's candidates, ready for the sentence's pairing. "Fund managers' carried interest will be taxed at 32%"
 * fits every capital gains rate and tax burden by "tax" alone: when the best fits tie, nothing the claim says tells
 * those facts apart, and the first in the table is no likelier than the others. The figure itself still may: a tied
 * fact that holds it exactly is the one the writer cited, and failing that one whose figure it writes with the
 * point slipped. Where none does the claim is ambiguous, rather than judged against a fact it may not be about,
 * unless the sentence's other figures take all but one of the tied facts ("rates of 12% and 21%" against a lower
 * and a higher rate): see pairTied. A quote's echo outranks any count of words, so only fits of the same standing tie.
 */
export function settleTies(candidates: readonly Match[]): Settled {
  const ranked = [...candidates].sort((a, b) => Number(b.quoted) - Number(a.quoted) || b.score - a.score);
  const [best] = ranked;
  if (!best) return { pairs: [], tied: [] };
  const tied = ranked.filter((m) => m.quoted === best.quoted && best.score - m.score <= TIE * Math.max(1, Math.abs(best.score)));
  if (tied.length < 2) return { pairs: [...candidates], tied: [] };
  const exact = tied.filter((m) => holdsFigure(m.claim, m.fact));
  const holders = exact.length ? exact : tied.filter((m) => slipsFigure(m.claim, m.fact));
  if (!holders.length) return { pairs: [], tied };
  return { pairs: candidates.filter((m) => !tied.includes(m) || holders.includes(m)), tied: [] };
}

/** A tie is settled when the rest of the sentence has taken every tied fact but one; otherwise the claim stays unmatched. */
export function pairTied(tied: readonly Match[], usedFacts: ReadonlySet<Fact>): Match | undefined {
  const open = tied.filter((m) => !usedFacts.has(m.fact));
  return open.length === 1 ? open[0] : undefined;
}
