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

/** What a claim's context words say for a fact: their weighted sum, and the nearest anchor among them. */
interface WordScore {
  score: number;
  anchor: number;
}

/**
 * The final fit: -Infinity when claim and fact cannot be about the same thing (kind, currency, a
 * contradicting unit) or when nothing anchors the match (the fact's unit, or one of its cue or label
 * words close to the figure). Words scattered further away only add to an anchored match.
 */
function fit(claim: Matchable, profile: FactProfile, words: WordScore): number {
  const fact = profile.fact;
  if (fact.kind !== claim.kind) return -Infinity;
  if (claim.kind === 'money' && (claim.currency ?? 'USD') !== (fact.currency ?? 'USD')) return -Infinity;
  const unit = unitFit(claim, profile);
  const anchor = unit === 'same' || unit === 'family' ? 1 : words.anchor;
  return anchor >= MIN_ANCHOR ? UNIT_BONUS[unit] + words.score : -Infinity;
}

/** How well a claim's context fits one fact; -Infinity when they cannot be about the same thing. */
export function scoreClaim(claim: Matchable, ctx: Map<string, number>, profile: FactProfile): number {
  const words: WordScore = { score: 0, anchor: 0 };
  for (const [stem, w] of ctx) {
    const weight = profile.terms.get(stem) ?? 0;
    words.score += w * weight;
    if (weight >= ANCHOR_TERM) words.anchor = Math.max(words.anchor, w);
  }
  return fit(claim, profile, words);
}

/** A stem in more facts than this says little about which one a claim is about; it only adds to candidates found otherwise. */
const COMMON_STEM = 24;
/**
 * A word shared by more facts than this cannot single one out even when it is all a claim has: in a
 * table of a hundred towns' death tolls, "killed" alone does not say which town. Also bounds the
 * cost of such a claim, which would otherwise grow with the table.
 */
const MAX_AMBIGUOUS = 4 * COMMON_STEM;
/** Facts given the full (unit) check per claim: the best by their words; a unit adds at most 1, so a fact further down rarely overtakes. */
const MAX_FITTED = 32;

function addWord(scores: Map<number, WordScore>, i: number, w: number, weight: number): void {
  let s = scores.get(i);
  if (!s) scores.set(i, (s = { score: 0, anchor: 0 }));
  s.score += w * weight;
  if (weight >= ANCHOR_TERM) s.anchor = Math.max(s.anchor, w);
}

/**
 * Every candidate fact's word score for a claim. Candidates come from the postings of the claim's
 * rarer context words; words shared by many facts are then looked up in each candidate's own terms,
 * so the cost does not grow with the table. Only when no rarer word finds a fact are common words'
 * postings read.
 */
function wordScores(index: FactIndex, claim: Matchable, ctx: Map<string, number>): Map<number, WordScore> {
  const scores = new Map<number, WordScore>();
  const byStem = index.byKindStem.get(claim.kind);
  if (!byStem) return scores;
  const common: [string, number][] = [];
  for (const [stem, w] of ctx) {
    const postings = byStem.get(stem);
    if (!postings) continue;
    if (postings.length > COMMON_STEM) {
      common.push([stem, w]);
      continue;
    }
    for (const i of postings) addWord(scores, i, w, index.profiles[i].terms.get(stem) ?? 0);
  }
  if (!scores.size) {
    const [nearest] = common.sort((a, b) => b[1] - a[1]);
    const postings = nearest ? (byStem.get(nearest[0]) ?? []) : [];
    if (postings.length > MAX_AMBIGUOUS) return scores;
    for (const i of postings) addWord(scores, i, nearest[1], index.profiles[i].terms.get(nearest[0]) ?? 0);
    return scores;
  }
  for (const [i] of scores) {
    const terms = index.profiles[i].terms;
    for (const [stem, w] of common) {
      const weight = terms.get(stem);
      if (weight) addWord(scores, i, w, weight);
    }
  }
  return scores;
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
    // Most facts share only a stray word with a claim: without an anchor word they cannot match. (A claim's
    // own unit noun is in its context, so a fact of the same unit always has its anchor here.)
    const anchored = [...wordScores(index, claim, ctx)].filter(([, w]) => w.anchor >= MIN_ANCHOR);
    anchored.sort((a, b) => b[1].score - a[1].score || a[0] - b[0]);
    for (const [i, words] of anchored.slice(0, MAX_FITTED)) {
      const score = fit(claim, index.profiles[i], words);
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
