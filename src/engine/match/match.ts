import type { Claim, DateClaim, Fact, QuantityClaim, Span } from '../types';
import { normalizeUnit, unitFamily } from '../extract/units';
import type { FactIndex, FactProfile } from './factIndex';
import { stemWord, tokens } from './terms';

/** Below this a claim is left unmatched: one cue word next to the figure is enough, a faint echo is not. */
export const MIN_SCORE = 0.6;
/** Words of the sentence before count, but little: a figure is usually explained in its own sentence. */
const PREVIOUS_SENTENCE_WEIGHT = 0.25;

export type Matchable = QuantityClaim | DateClaim;

export interface Match {
  claim: Matchable;
  fact: Fact;
  score: number;
}

/** Punctuation and words that open a new clause: what lies beyond them is usually about something else.
 *  Not "that": after "said" or "told" it opens what was said, which is the event a date belongs to. */
const CLAUSE_BREAK = /[;:()\u2014\u2013]|,\s|\s-\s|\b(?:which|who|whom|whose|when|while|where|because|although|though|but|after|before|since|whereas)\b/gi;
/** Each clause boundary between a word and the figure halves the word's weight. */
const CLAUSE_DECAY = 0.5;

function clauseBreaks(visible: string, claim: Matchable): number[] {
  const { sentence } = claim;
  const text = visible.slice(sentence.start, sentence.end);
  const out: number[] = [];
  for (const m of text.matchAll(CLAUSE_BREAK)) {
    const at = sentence.start + (m.index ?? 0);
    if (at >= claim.start && at < claim.end) continue;
    // "in late November, when the airspace was closed": a when-clause right after a date describes that date.
    if (claim.kind === 'date' && at >= claim.end && /^(?:,\s*)?when\b/i.test(visible.slice(at, at + 8)) && !/[^\s,]/.test(visible.slice(claim.end, at))) continue;
    out.push(at);
  }
  return out;
}

/** A word nearer to another claim of the same kind is mostly that claim's context: "21 strikes ... killing 83". */
const SHARED_DECAY = 0.5;

function gap(t: Span, c: Span): number {
  return t.end <= c.start ? c.start - t.end : t.start >= c.end ? t.start - c.end : 0;
}

/** The words around a figure, nearest weighing most: "83 deaths", "15,000 troops", "killing 83". */
export function claimContext(visible: string, claim: Matchable, previous?: Span, rivals: readonly Span[] = []): Map<string, number> {
  const ctx = new Map<string, number>();
  const add = (stem: string, w: number) => ctx.set(stem, Math.max(ctx.get(stem) ?? 0, w));
  const words = tokens(visible, claim.sentence.start, claim.sentence.end).filter(
    (t) => t.end <= claim.start || t.start >= claim.end,
  );
  const breaks = clauseBreaks(visible, claim);
  const firstAfter = words.findIndex((t) => t.start >= claim.end);
  const pivot = firstAfter < 0 ? words.length : firstAfter;
  words.forEach((t, i) => {
    const distance = i < pivot ? pivot - 1 - i : i - pivot;
    const [from, to] = t.start < claim.start ? [t.end, claim.start] : [claim.end, t.start];
    const crossed = breaks.filter((b) => b >= from && b < to).length;
    const nearerRival = rivals.some((r) => gap(t, r) < gap(t, claim));
    add(t.stem, (Math.pow(CLAUSE_DECAY, crossed) * (nearerRival ? SHARED_DECAY : 1)) / (1 + 0.4 * distance));
  });
  if (previous) for (const t of tokens(visible, previous.start, previous.end)) add(t.stem, PREVIOUS_SENTENCE_WEIGHT);
  if (claim.kind !== 'date' && claim.unit) add(stemWord(claim.unit), 1.5);
  return ctx;
}

type UnitFit = 'same' | 'family' | 'unknown' | 'conflict';

/** Fact words at least this strong (cues, unit, label) can anchor a match; quotes alone cannot. */
const ANCHOR_TERM = 0.7;
/** An anchor must stand close to the figure: within about five content words. */
const MIN_ANCHOR = 0.3;

function unitFit(claim: Matchable, profile: FactProfile): UnitFit {
  if (claim.kind === 'date' || !claim.unit || !profile.fact.unit) return 'unknown';
  const stem = stemWord(claim.unit);
  if (stem === profile.unitStem) return 'same';
  const a = unitFamily(claim.unit);
  if (a && a === profile.unitFamily) return 'family';
  // A counted noun the fact names among its cues ("service members" for troops) is as good as its unit.
  if (profile.unitForms.has(normalizeUnit(claim.unit))) return 'family';
  return 'conflict';
}

const UNIT_BONUS: Record<UnitFit, number> = { same: 1, family: 0.3, unknown: 0, conflict: -Infinity };

/**
 * How well a claim's context fits a fact; -Infinity when they cannot be about the same thing.
 * A fit needs an anchor: the fact's unit, or one of its cue or label words close to the figure.
 * Words scattered further away only add to that, so a figure is never matched on distant echoes.
 */
export function scoreClaim(claim: Matchable, ctx: Map<string, number>, profile: FactProfile): number {
  const fact = profile.fact;
  if (fact.kind !== claim.kind) return -Infinity;
  if (claim.kind === 'money' && (claim.currency ?? 'USD') !== (fact.currency ?? 'USD')) return -Infinity;
  const fit = unitFit(claim, profile);
  let score = UNIT_BONUS[fit];
  let anchor = fit === 'same' || fit === 'family' ? 1 : 0;
  for (const [stem, w] of ctx) {
    const weight = profile.terms.get(stem) ?? 0;
    score += w * weight;
    if (weight >= ANCHOR_TERM) anchor = Math.max(anchor, w);
  }
  return anchor >= MIN_ANCHOR ? score : -Infinity;
}

/** Enough candidate facts for any claim; more only means scoring facts that share common words. */
const MAX_CANDIDATES = 256;

/**
 * The facts worth scoring for a claim: those sharing a word with its context, the nearest words first,
 * so the cost stays the same with ten facts or ten thousand.
 */
function candidates(index: FactIndex, claim: Matchable, ctx: Map<string, number>): number[] {
  const out = new Set<number>();
  const byStem = index.byKindStem.get(claim.kind);
  if (!byStem) return [];
  const nearestFirst = [...ctx].sort((a, b) => b[1] - a[1]);
  for (const [stem] of nearestFirst) {
    for (const i of byStem.get(stem) ?? []) {
      out.add(i);
      if (out.size >= MAX_CANDIDATES) return [...out];
    }
  }
  return [...out];
}

/**
 * Each claim goes to at most one fact, and within one sentence each fact takes at most one claim:
 * the best pairs are taken first, so "21 strikes ... killing 83" sends each figure to its own fact.
 */
export function matchSentence(visible: string, claims: Matchable[], index: FactIndex, previous?: Span): Match[] {
  const pairs: Match[] = [];
  for (const claim of claims) {
    const rivals = claims.filter((c) => c !== claim && c.kind === claim.kind);
    const ctx = claimContext(visible, claim, previous, rivals);
    for (const i of candidates(index, claim, ctx)) {
      const score = scoreClaim(claim, ctx, index.profiles[i]);
      if (score >= MIN_SCORE) pairs.push({ claim, fact: index.profiles[i].fact, score });
    }
  }
  pairs.sort((a, b) => b.score - a.score || a.claim.start - b.claim.start);
  const usedClaims = new Set<Matchable>();
  const usedFacts = new Set<Fact>();
  const out: Match[] = [];
  for (const p of pairs) {
    if (usedClaims.has(p.claim) || usedFacts.has(p.fact)) continue;
    usedClaims.add(p.claim);
    usedFacts.add(p.fact);
    out.push(p);
  }
  return out.sort((a, b) => a.claim.start - b.claim.start);
}

export function isMatchable(c: Claim): c is Matchable {
  return c.kind !== 'entity';
}
