// A source often states one figure more than once: in its headline, its first paragraph, again in the body,
// in a caption. Those mentions are one statement of the source, so they go to one fact and count once; the
// fact cites the mention that fits it best. Equal values are the same statement only when what they count
// agrees too: "3,000 quilts and 3,000 coats" are two statements, and so are a sum spent and a sum raised.

import type { CollectedClaim } from './collect';
import { framesAgree, restates, shares } from './frames';
import type { ClaimFrame } from '../match/frame';
import { figureSides, isTimeWord } from './label';
import { contextSimilarity, isDistinctive, roundsFrom, type ClaimVectors } from './similarity';
import { boundInterval, contains } from '../verdict/intervals';
import { stemWord, tokens } from '../match/terms';
import { sameValue } from '../table/values';

/** Mentions whose words around the figure are this alike are the same sentence said again (a caption twice). */
const SAME_WORDS = 0.6;

/** Words that say how large a figure is, not what it is of: every sum of a story shares them. */
const SCALE = new Set(['hundred', 'thousand', 'million', 'billion', 'trillion', 'mn', 'bn'].map((w) => stemWord(w)));

/**
 * The stems of the words of a mention's own clause, both sides of the figure: what it says the figure is
 * ("damage to farms", "tax rises"). Words of when, of scale and the figure's own unit say nothing of that.
 */
export function subjectStems(c: Pick<CollectedClaim, 'quote' | 'claim' | 'unit'>): Set<string> {
  const sides = figureSides(c.quote, c.claim.text);
  if (!sides) return new Set();
  const unit = c.unit === undefined ? undefined : stemWord(c.unit);
  const text = [...sides.before, ...sides.after].filter((w) => !isTimeWord(w)).join(' ');
  return new Set(
    tokens(text)
      .map((t) => t.stem)
      .filter((s) => s.length > 2 && s !== unit && !SCALE.has(s)),
  );
}

/** Both count in the same noun, or one writes none and both frames say they count the same thing. */
function unitsAgree(a: CollectedClaim, b: CollectedClaim): boolean {
  if (a.kind === 'money') return (a.currency ?? 'USD') === (b.currency ?? 'USD');
  if (a.unit !== undefined && b.unit !== undefined) return stemWord(a.unit) === stemWord(b.unit);
  return a.unit === b.unit || restates(a.frame, b.frame);
}

/**
 * The two values are one figure: equal, or one the other written to fewer digits ("at least $14 million"
 * ... "$14.34 million"), its hedge not ruling the exact one out.
 */
function valuesAgree(a: CollectedClaim, b: CollectedClaim): boolean {
  if (sameValue(a.value, b.value)) return true;
  if (typeof a.value !== 'number' || typeof b.value !== 'number') return false;
  const [coarse, fine] = roundsFrom(a.value, b.value) ? [a, b] : roundsFrom(b.value, a.value) ? [b, a] : [undefined, undefined];
  if (!coarse || !fine) return false;
  return coarse.bound === 'exact' || coarse.bound === 'about' || contains(boundInterval(coarse.value as number, coarse.bound), fine.value as number);
}

/**
 * Nothing tells two mentions of one source apart: one figure (see valuesAgree) of the same thing (unit,
 * currency, frame), in different sentences (equal values in one sentence are a list).
 */
function compatible(a: CollectedClaim, b: CollectedClaim): boolean {
  if (a.sourceIndex !== b.sourceIndex || a.kind !== b.kind || a.sentenceIndex === b.sentenceIndex) return false;
  return valuesAgree(a, b) && unitsAgree(a, b) && framesAgree(a.frame, b.frame);
}

/**
 * The words say the second mention states the first again: the same clause, the same count restated ("at
 * least 12 dead" ... "the 12 died"), much the same words, or figures too specific to recur by chance whose
 * own clauses share a word of what they are.
 */
function restated(a: CollectedClaim, b: CollectedClaim, va: ClaimVectors, vb: ClaimVectors): boolean {
  if (a.quote === b.quote || restates(a.frame, b.frame) || contextSimilarity(va, vb, a.kind === 'date') >= SAME_WORDS) return true;
  // A date of one day is the date of many events: only the words above tell two of its mentions together.
  if (a.kind === 'date' || typeof a.value !== 'number' || typeof b.value !== 'number') return false;
  const money = a.kind === 'money';
  return isDistinctive(a.value, money) && isDistinctive(b.value, money) && shares(subjectStems(a), subjectStems(b));
}

/** Whether two mentions of one source state one figure once: nothing tells them apart and their words say so. */
export function sameStatement(a: CollectedClaim, b: CollectedClaim, va: ClaimVectors, vb: ClaimVectors): boolean {
  return compatible(a, b) && restated(a, b, va, vb);
}

/**
 * The claims as statements: each a list of indices of the mentions of one figure by one source, first
 * mention first, in the order the statements are first made. A mention joins a statement that it restates
 * a mention of and that no mention of tells apart from it, so no chain of look-alikes makes two figures one.
 */
export function statementsOf(claims: readonly CollectedClaim[], vectors: readonly ClaimVectors[]): number[][] {
  const out: number[][] = [];
  for (let i = 0; i < claims.length; i++) {
    const joined = out.find((s) => s.every((k) => compatible(claims[k], claims[i])) && s.some((k) => restated(claims[k], claims[i], vectors[k], vectors[i])));
    if (joined) joined.push(i);
    else out.push([i]);
  }
  return out;
}

/**
 * `a` names every place and year `b` names, and more: "20 dead in the hills" of "the 20 dead there". What
 * it counts is left out of this: a mention that refers back still names it ("the 20 dead").
 */
function placesMore(a: ClaimFrame, b: ClaimFrame): boolean {
  const places = new Set(a.places.map((p) => p.join(' ')));
  if (!b.places.every((p) => places.has(p.join(' '))) || !b.years.every((y) => a.years.includes(y))) return false;
  return a.places.length > b.places.length || a.years.length > b.years.length;
}

/**
 * The mentions a statement is lined up by: those no other mention of it says more than. A mention that
 * leaves out what another gives ("at least 20 dead there" after "20 deaths in the hills") refers back to
 * it; on its own its few words would fit any figure of the kind.
 */
export function framingMentions(mentions: readonly number[], claims: readonly CollectedClaim[]): number[] {
  return mentions.filter((m) => !mentions.some((o) => o !== m && placesMore(claims[o].frame, claims[m].frame)));
}

/** How much a mention's frame says of what its figure is: what it counts, where, when, and in what words. */
function frameDetail(c: CollectedClaim): number {
  return c.frame.counts.size + c.frame.places.length + c.frame.years.length + subjectStems(c).size;
}

/**
 * The mention a statement is cited by: in a fact with other sources' statements, the one that scores best
 * against them (each by its best mention); alone, the one whose frame says most. Ties: the first. All
 * lists hold framing mentions only.
 */
export function citedMention(
  mentions: readonly number[],
  others: readonly (readonly number[])[],
  claims: readonly CollectedClaim[],
  score: (i: number, j: number) => number,
): number {
  const fit = others.length ? (m: number) => others.reduce((sum, o) => sum + Math.max(...o.map((j) => score(m, j))), 0) : (m: number) => frameDetail(claims[m]);
  let best = mentions[0];
  for (const m of mentions.slice(1)) if (fit(m) > fit(best)) best = m;
  return best;
}
