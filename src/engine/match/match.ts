import type { Claim, DateClaim, Fact, QuantityClaim, QuantityFact, Span } from '../types';
import { isMeasureFamily, isPercentagePoints, normalizeUnit, unitFamily, writtenInPoints } from '../lexicon/units';
import type { FactIndex, FactProfile } from './factIndex';
import { inFactCurrency } from '../table/writtenCurrencies';
import { otherPeriod } from '../table/factPeriods';
import { sameFigure } from '../table/quotedFigures';
import { claimFrame, withGiven, type ClaimFrame, type Given } from './frame';
import { frameFit, otherPerson, outsideOwner, pastEventPenalty } from './frameFit';
import { asidesApart, openerOf } from './asides';
import { farFromNearDay } from './nearDays';
import { factValues, otherMagnitude } from './magnitude';
import { officeWords } from './offices';
import { isPartOfPeople } from './personKinds';
import { quotedFacts, type Echo } from './quotes';
import { stemWord, tokens, type Token } from './terms';
import { wordOrder, type WordOrder } from './phrases';
import { pairTied, settleTies } from './ties';
import { conversions, restatements } from './restatements';

/** Below this a claim is left unmatched: one cue word next to the figure is enough, a faint echo is not. */
export const MIN_SCORE = 0.6;

export type Matchable = QuantityClaim | DateClaim;

export interface Match {
  claim: Matchable;
  fact: Fact;
  score: number;
  /** The claim's neighbouring words echo a quote of this fact's source around its figure. */
  quoted?: boolean;
}

/** Punctuation and words that open a new clause: what lies beyond them is usually about something else.
 *  Not "that": after "said" or "told" it opens what was said, which is the event a date belongs to. */
const CLAUSE_BREAK =
  /[;()\u2014\u2013]|:(?!\d)|,\s|\s-\s|(?<=,\s*)\b(?:which|who|whom|whose)\b|\b(?:and|when|while|where|because|although|though|but|after|before|since|whereas)\b/gi;
/** Each clause boundary between a word and the figure halves the word's weight. */
const CLAUSE_DECAY = 0.5;

function clauseBreaks(visible: string, claim: Matchable, opener?: Span): number[] {
  const { sentence } = claim;
  const text = visible.slice(sentence.start, sentence.end);
  const out: number[] = [];
  for (const m of text.matchAll(CLAUSE_BREAK)) {
    const at = sentence.start + (m.index ?? 0);
    if (at >= claim.start && at < claim.end) continue;
    if (opener && at >= opener.start && at < opener.end) continue;
    // "in late November, when the airspace was closed": a when-clause right after a date describes that date.
    if (claim.kind === 'date' && at >= claim.end && /^(?:,\s*)?when\b/i.test(visible.slice(at, at + 8)) && !/[^\s,]/.test(visible.slice(claim.end, at)))
      continue;
    out.push(at);
  }
  return out;
}

/** An aside's words describe the noun it follows, not the figure: they count for less than the clause's own. */
const ASIDE_WEIGHT = 0.5;

/** A word nearer to another claim of the same kind is mostly that claim's context: "21 strikes ... killing 83". */
const SHARED_DECAY = 0.5;

function gap(t: Span, c: Span): number {
  return t.end <= c.start ? c.start - t.end : t.start >= c.end ? t.start - c.end : 0;
}

/** Between a noun and the figure that measures it: "profit of", "damage at", "toll to", "losses worth". */
const MEASURED_BY =
  /^\s*(?:of|at|to|worth|totall?ing|amounting to|put at|estimated at)\s+(?:about\s+|around\s+|some\s+|an?\s+|nearly\s+|almost\s+|over\s+|more than\s+|at least\s+|up to\s+)?$/i;
const MEASURED_NOUN_WEIGHT = 1.5;
/** After a date and the noun it dates: "Monday's blackout", "last week's fatal crash". */
const DATED_BY = /^['’]s[ \t]+(?:\p{Ll}+[ \t]+)?$/u;

/** "of whom 16,200", "among whom 40"; "16,200 of whom", "9,500, most of whom". */
const OF_WHOM_BEFORE = /\b(?:of|among)\s+whom\s+$/i;
const OF_WHOM_AFTER = /^\s*,?\s+(?:(?:most|many|all|some|half|several|none|each|both|(?:the\s+)?majority|a\s+third)\s+)?(?:of|among)\s+whom\b/i;

/** "struck 20 times", "three times a week": how often, not how many of a thing. ("Three times as many", "four times
 *  the size" multiply another figure.) */
const OCCURRENCES = /^\s+times\b(?!\s+(?:as|more|less|fewer|higher|lower|bigger|larger|greater|smaller|faster|slower|the|that|over|what)\b)/i;

/** The anchor weight of a count class the claim and the fact share: enough to anchor, as a cue word beside the figure is. */
const COUNT_ANCHOR = 0.5;

/** How a word's weight falls with its distance (in words) from the figure. */
const DISTANCE_DECAY = 0.4;

/** Words outside a figure's own part of the sentence belong to a neighbouring figure: they say nothing
 *  of this one. (Counting them a little, at a third or a fifth, sent more figures to their neighbour's fact.) */
const OUTSIDE_OWN = 0;
/** The sentence's subject, before its first figure, is shared by all its figures ("The minimum wage for workers
 *  aged 21 and over rises by 7.6%"), but says less of each than the figure's own words. */
const HEAD_WEIGHT = 0.5;

/** A claim written in the words a source's quote frames a fact's figure with is that fact's, before any other its words fit. */
const QUOTE_BONUS = 1.5;

/** A claim's context: each stem's weight, and which stems stand in the claim's own words (only those can anchor a match). */
export interface ClaimContext {
  weights: Map<string, number>;
  own: Set<string>;
  /** The own words in the order they stand, for the phrases they make. */
  order: WordOrder;
  /** "hit boats more than 20 times": the figure counts how often something happened. */
  occurrences?: boolean;
  /** "of whom 16,200 were in shelters", "300, most of whom": "whom" is always people, whatever noun follows. */
  persons?: boolean;
}

/** The words around a figure, nearest weighing most: "83 deaths", "15,000 troops", "killing 83". */
export function claimContext(visible: string, claim: Matchable, rivals: readonly Span[] = [], frame?: ClaimFrame): Map<string, number> {
  return claimWords(visible, claim, rivals, frame).weights;
}

/**
 * A claim's words come from its own sentence only. Words of the sentence before once counted a little, and
 * on real articles they sent figures to the fact the previous sentence was about more often than they helped.
 * `figures` are the sentence's other figures and dates (by default its rivals): their words are what they
 * measure, and no phrase of the claim's runs through them.
 */
export function claimWords(
  visible: string,
  claim: Matchable,
  rivals: readonly Span[] = [],
  frame?: ClaimFrame,
  figures: readonly Span[] = rivals,
): ClaimContext {
  const ctx = new Map<string, number>();
  const own = new Set<string>();
  const add = (stem: string, w: number) => ctx.set(stem, Math.max(ctx.get(stem) ?? 0, w));
  const sentenceWords = tokens(visible, claim.sentence.start, claim.sentence.end);
  const opener = openerOf(visible, claim, claim.sentence);
  const words = sentenceWords.filter((t) => (t.end <= claim.start || t.start >= claim.end) && !(opener && t.start >= opener.start && t.end <= opener.end));
  const breaks = clauseBreaks(visible, claim, opener);
  // A unit of measure says what kind of figure it is, not what it is about: "a hundred years" anchors nothing.
  const unitFamilyOf = claim.kind !== 'date' && claim.unit ? unitFamily(claim.unit) : undefined;
  const measuredUnit = claim.kind !== 'date' && claim.unit && isMeasureFamily(unitFamilyOf) ? stemWord(claim.unit) : undefined;
  const firstAfter = words.findIndex((t) => t.start >= claim.end);
  const pivot = firstAfter < 0 ? words.length : firstAfter;
  // An aside between a word and the figure ("Losses to agriculture, which the Philippines calls Ompong, now
  // come to P14bn") neither distances the word nor breaks its clause.
  const aside = asidesApart(visible, claim, claim.sentence);
  const inAside = (at: number) => aside.some((a) => at >= a.start && at < a.end);
  const offices = officeWords(visible, claim.sentence.start, claim.sentence.end);
  const inOffice = (at: number) => offices.some((o) => at >= o.start && at < o.end);
  // A unit of measure as written ("two feet", "nine kilometres") may not stem as its name does ("foot",
  // "kilometer"); nor is the unit of the sentence's other figures ("140 km (87 miles)") a word of this one.
  const measureUnits = [claim, ...figures.filter((f) => measureFamilyOf(f) !== undefined && measureFamilyOf(f) === measureFamilyOf(claim))].flatMap(
    (f) => measureUnitSpan(f) ?? [],
  );
  const inMeasuredUnit = (t: Token) => measureUnits.some((u) => t.start >= u.start && t.end <= u.end);
  const isHead = (t: Token) => !!frame?.head && t.start >= frame.head.start && t.end <= frame.head.end;
  // The office words of a title ("Farm Secretary Ana Ruiz") are no subject of the figure.
  const isOwn = (t: Token) =>
    (!frame || (t.start >= frame.own.start && t.end <= frame.own.end) || isHead(t)) &&
    !inOffice(t.start) &&
    !GENERIC_STEMS.has(t.stem) &&
    !WHEN_STEMS.has(t.stem) &&
    t.stem !== measuredUnit &&
    !inMeasuredUnit(t);
  /** Clause breaks between a word and a figure, not counting an aside's own. */
  const crossedTo = (figure: Span, t: Span) => {
    const [from, to] = t.start < figure.start ? [t.end, figure.start] : [figure.end, t.start];
    return breaks.filter((b) => b >= from && b < to && !inAside(b) && !aside.some((a) => b === a.end - 1)).length;
  };
  const counted = words.map((t) => (inAside(t.start) ? 0 : 1));
  const before = [0];
  for (const c of counted) before.push(before[before.length - 1] + c);
  // "reaching 38% of GDP by 2028, a record, from 36% now": the words of a change are both its figures', so a word
  // before the first is as near the second as it is to the first.
  // "goes up by 1.2 points, from 13.5% to 15%": the figures a change links ("from", "to") are one change's, and its
  // subject is each one's, as near to the last as to the first.
  const chain = frame ? changeChain(visible, claim, rivals) : [];
  const partner = chain[0] ?? (frame ? rivals.filter((r) => r.end <= claim.start && r.start >= frame.own.start).pop() : undefined);
  const partnerAt = partner ? words.findIndex((t) => t.start >= partner.start) : -1;
  // A semicolon joins two sentences in one: the words of the other say nothing of this figure.
  const semicolons = breaks.filter((b) => visible[b] === ';');
  const acrossSemicolon = (t: Span) => semicolons.some((b) => (t.start < claim.start ? b >= t.end && b < claim.start : b >= claim.end && b < t.start));
  const besides = besidesSpan(visible, claim);
  words.forEach((t, i) => {
    if (acrossSemicolon(t)) return;
    if (besides && t.start >= besides.start && t.end <= besides.end) return;
    const toClaim = i < pivot ? before[pivot] - before[i + 1] : before[i] - before[pivot];
    const nearPartner = partner !== undefined && partnerAt >= 0 && t.end <= partner.start;
    const distance = nearPartner ? Math.min(toClaim, before[partnerAt] - before[i + 1]) : toClaim;
    const crossed = nearPartner ? Math.min(crossedTo(claim, t), crossedTo(partner, t)) : crossedTo(claim, t);
    // A figure its own words share with this one ("rose 7% to £3.18bn") is no rival for them.
    // "Rice accounts for $9m, corn for $5m": a word the comma sets apart from the figure before it opens the next one's words.
    const nearerRival = rivals.some(
      (r) => gap(t, r) < gap(t, claim) && crossedTo(r, t) <= crossed && !chain.includes(r) && !(frame && r.start >= frame.own.start && r.end <= frame.own.end),
    );
    const inHead = isHead(t);
    const inOwn = !frame || (t.start >= frame.own.start && t.end <= frame.own.end) || inHead;
    const office = inOffice(t.start);
    if (isOwn(t)) own.add(t.stem);
    const decay = 1 + DISTANCE_DECAY * distance;
    // "a profit of £402m", "damage at P14bn": the noun a figure is "of" is what it measures.
    const measures =
      (i === pivot - 1 && MEASURED_BY.test(visible.slice(t.end, claim.start))) ||
      (claim.kind === 'date' && i <= pivot + 1 && DATED_BY.test(visible.slice(claim.end, t.start)))
        ? MEASURED_NOUN_WEIGHT
        : 1;
    const described = inAside(t.start) || office ? ASIDE_WEIGHT : 1;
    add(
      t.stem,
      (described * measures * Math.pow(CLAUSE_DECAY, crossed) * (nearerRival ? SHARED_DECAY : 1) * (inHead ? HEAD_WEIGHT : inOwn ? 1 : OUTSIDE_OWN)) / decay,
    );
  });
  let ownUnit: string | undefined;
  if (claim.kind !== 'date' && claim.unit) {
    // "people" says little of which count a figure is; a specific noun ("houses", "troops") says much.
    const generic = GENERIC_UNITS.has(normalizeUnit(claim.unit));
    add(stemWord(claim.unit), generic ? GENERIC_UNIT_WEIGHT : 1.5);
    if (!generic && !measuredUnit) own.add((ownUnit = stemWord(claim.unit)));
  }
  // The figure's own counted noun ("15,000 troops deployed") may begin a phrase; its digits and multipliers break one.
  const inClaim = (t: Token) => t.start < claim.end && t.end > claim.start;
  const order = wordOrder(visible, sentenceWords, (t) => (inClaim(t) ? t.stem === ownUnit : isOwn(t)), figures);
  // The layout's subject (a row's label, the question an answer answers) speaks for the figure as a sentence's head does.
  const subjectOrder: (string | undefined)[] = [];
  for (const span of frame?.subject ?? []) {
    const subjectWords = tokens(visible, span.start, span.end).filter((t) => t.end <= span.end);
    for (const t of subjectWords) {
      add(t.stem, HEAD_WEIGHT);
      if (!GENERIC_STEMS.has(t.stem)) own.add(t.stem);
    }
    subjectOrder.push(...wordOrder(visible, subjectWords, (t) => !GENERIC_STEMS.has(t.stem), []), undefined);
  }
  return {
    weights: ctx,
    own,
    order: [...subjectOrder, ...order],
    occurrences: OCCURRENCES.test(visible.slice(claim.end, claim.sentence.end)),
    persons: OF_WHOM_BEFORE.test(visible.slice(claim.sentence.start, claim.start)) || OF_WHOM_AFTER.test(visible.slice(claim.end, claim.sentence.end)),
  };
}

/** "£4.2m plus costs", "a £4.2m fine, excluding costs": a word after "plus" names what the figure leaves out. */
const BESIDES =
  /^([ \t]*,?[ \t]*(?:\p{L}+[ \t]+)?)(?:plus|as[ \t]+well[ \t]+as|on[ \t]+top[ \t]+of|excluding|besides|not[ \t]+including)\b[^,;:.()\u2014\u2013]*/iu;

/** The words after a figure (and its noun) that name something besides what it counts, up to their clause's end. */
function besidesSpan(visible: string, claim: Matchable): Span | undefined {
  const m = BESIDES.exec(visible.slice(claim.end, claim.sentence.end));
  return m ? { start: claim.end + m[1].length, end: claim.end + m[0].length } : undefined;
}

/** "83 days later" for a fact cued "later": the word that makes a relative date a length names the fact's interval. */
function namesInterval(claim: Matchable, profile: FactProfile): boolean {
  return claim.kind !== 'date' && claim.interval !== undefined && (profile.terms.get(stemWord(claim.interval)) ?? 0) >= ANCHOR_TERM;
}

/** The family of a figure's unit of measure (length, duration...), if it has one. */
function measureFamilyOf(figure: Span): string | undefined {
  if (!('kind' in figure) || figure.kind !== 'number' || !('unit' in figure)) return undefined;
  // Rivals come as spans; one of kind "number" is a quantity claim.
  const { unit } = figure as QuantityClaim;
  const family = unit ? unitFamily(unit) : undefined;
  return isMeasureFamily(family) ? family : undefined;
}

/** Where a figure's unit of measure is written after it ("87 miles"), if it has one. */
function measureUnitSpan(figure: Span): Span | undefined {
  const unitLength = measureFamilyOf(figure) && (figure as QuantityClaim).unitLength;
  return unitLength ? { start: figure.end, end: figure.end + unitLength } : undefined;
}

/** What links a figure to the one before it in a change: "by 1.2 points, from 13.5%", "from 13.5% to 15%", "to 15%, up from 13.8%". */
const CHANGE_LINK = /^\s*,?\s*(?:(?:up|down)\s+)?(?:from|to)\s+(?:about\s+|around\s+|some\s+|nearly\s+|almost\s+)?$/i;

/** The figures before the claim that a change links it to, first first. */
function changeChain(visible: string, claim: Span, rivals: readonly Span[]): Span[] {
  const chain: Span[] = [];
  let at: Span = claim;
  for (;;) {
    const prev = rivals.filter((r) => r.end <= at.start).reduce<Span | undefined>((a, r) => (!a || r.end > a.end ? r : a), undefined);
    // "from 10 kilometres to 25 kilometres": the first figure's unit stands between it and the link.
    const unitLength = prev && 'unitLength' in prev && typeof prev.unitLength === 'number' ? prev.unitLength : 0;
    if (!prev || !CHANGE_LINK.test(visible.slice(prev.end + unitLength, at.start))) return chain;
    chain.unshift(prev);
    at = prev;
  }
}

type UnitFit = 'same' | 'family' | 'unknown' | 'conflict';

/** Fact words at least this strong (cues, unit, label) can anchor a match; quotes alone cannot. */
const ANCHOR_TERM = 0.7;
/** An anchor must stand close to the figure: within about five content words. */
const MIN_ANCHOR = 0.3;

/**
 * Counted nouns that say nothing about which count a figure is: "people" are killed, injured, displaced
 * and affected alike. They may support a match but not anchor it.
 */
const GENERIC_UNITS = new Set(['person', 'individual', 'resident', 'inhabitant', 'citizen', 'member']);
const GENERIC_UNIT_WEIGHT = 0.3;
const GENERIC_STEMS = new Set([...GENERIC_UNITS].map(stemWord));
/**
 * Words that say when, not what: "the last one was in 2010" is no claim about a fact labelled "since the
 * Caribbean last saw ...". They may support a match but not anchor it.
 */
const WHEN_STEMS = new Set(['last', 'earlier', 'later', 'previously', 'recently'].map(stemWord));

function unitFit(claim: Matchable, profile: FactProfile, own?: ReadonlySet<string>, echoed = false): UnitFit {
  if (claim.kind === 'date') return 'unknown';
  const fact = profile.fact;
  if (!claim.unit) {
    // "the best part of 80" is not a length of 80 minutes unless it says so; the unit of a range's
    // first figure is written once, on the second, and the extractor gives it to both.
    // Units of measure are always written, so a figure without one is not such a measure.
    return fact.unit && isMeasureFamily(profile.unitFamily) ? 'conflict' : 'unknown';
  }
  const stem = stemWord(claim.unit);
  // A unit a source's own quote gives the fact's figure is one the fact is written in, where the claim echoes
  // that quote ("attacks against twenty boats" for a count of strikes; "the navy seized 20 boats" is no strike).
  if (echoed && profile.quotedUnits.has(normalizeUnit(claim.unit)) && !isMeasureFamily(unitFamily(claim.unit))) return 'family';
  if (!fact.unit) {
    // A counted noun the fact never mentions is a count of something else: "12,000 houses" is not a death toll.
    return profile.terms.has(stem) || profile.unitForms.has(normalizeUnit(claim.unit)) ? 'unknown' : 'conflict';
  }
  // "A couple and their two children" among the dead: a count of a kind of person is a part of the toll.
  if (isPartOfPeople(claim.unit, fact, profile.kindNames)) return 'conflict';
  if (stem === profile.unitStem) return GENERIC_UNITS.has(normalizeUnit(claim.unit)) ? 'unknown' : 'same';
  // "10 surface units" are not "missile units": a fact's unit with a modifier needs the modifier.
  const unitWords = fact.unit.trim().split(/\s+/);
  if (unitWords.length > 1 && stemWord(unitWords[unitWords.length - 1]) === stem) {
    return unitWords.slice(0, -1).every((w) => own?.has(stemWord(w))) ? 'same' : 'conflict';
  }
  const a = unitFamily(claim.unit);
  // Durations convert, but a figure in minutes and a fact in years are never the same fact.
  // The fact's own figure with the unit slipped ("within 72 days" for 72 hours) is the fact's, in any family.
  if (a && a === profile.unitFamily) return a === 'duration' && !unitSlipped(claim, fact) ? 'conflict' : 'family';
  // A counted noun the fact names among its cues is as good as its unit, unless the two count different
  // kinds of things: "evacuation centres" among the cues of a count of people does not make centres people.
  if (profile.unitForms.has(normalizeUnit(claim.unit)) && !profile.unitFamily) return 'family';
  return 'conflict';
}

const UNIT_BONUS: Record<UnitFit, number> = { same: 1, family: 0.3, unknown: 0, conflict: -Infinity };

/** What a claim's context words say for a fact: their weighted sum, and the nearest anchor among them. */
interface WordScore {
  score: number;
  /** The same sum with each word's rarity among the facts: it ranks candidates, while `score` decides whether any is good enough. */
  ranked: number;
  anchor: number;
}

/** Currencies a draft may write for a fact's, so that a wrong currency is judged instead of ignored. */
const CURRENCY_MISMATCH_PENALTY = 0.75;

function currencyFit(claim: Matchable, fact: Fact): number {
  if (claim.kind !== 'money') return 0;
  return inFactCurrency(claim.currency, fact) ? 0 : -CURRENCY_MISMATCH_PENALTY;
}

/**
 * The final fit: -Infinity when claim and fact cannot be about the same thing (kind, a contradicting
 * unit, another year or time, a date of saying for a fact about an event) or when nothing in the claim's
 * own words anchors the match (the fact's unit, or one of its cue or label words close to the figure).
 * Words scattered further away only add to an anchored match.
 */
function fit(
  claim: Matchable,
  profile: FactProfile,
  words: WordScore,
  frame: ClaimFrame | undefined,
  index: FactIndex | undefined,
  ctx?: ClaimContext,
  quoted?: Echo,
): Fit {
  const bonus = fitBonus(claim, profile, words, frame, index, ctx, quoted) + (quoted ? QUOTE_BONUS : 0);
  const past = frame && index ? pastEventPenalty(claim, frame, profile, index) : 0;
  return { score: bonus + words.score, ranked: bonus + words.ranked - past };
}

/** A fit's two sums: `score` decides whether the match is good enough, `ranked` orders the candidates. */
interface Fit {
  score: number;
  ranked: number;
}

/** What the unit, currency and frame add to the words' sum; -Infinity where the match is ruled out. */
function fitBonus(
  claim: Matchable,
  profile: FactProfile,
  words: WordScore,
  frame: ClaimFrame | undefined,
  index: FactIndex | undefined,
  ctx?: ClaimContext,
  quoted?: Echo,
): number {
  const fact = profile.fact;
  if (fact.kind !== claim.kind) return -Infinity;
  // A fraction is a share of something; a change counted in percentage points is not one.
  if (claim.kind === 'percent' && claim.style.form === 'fraction' && isPercentagePoints(fact.unit)) return -Infinity;
  // Percentage points measure a change or a gap, never a rate itself: "1.2 percentage points more" is not the rate a
  // change went from or to, nor a rate the table keeps in per cent.
  if (claim.kind === 'percent' && writtenInPoints(claim.style.percentSuffix) && !isPercentagePoints(fact.unit) && isLevel(profile)) return -Infinity;
  // A plain per cent is a rate; it is a change or gap in points only where its words say so ("a gap of 5.9%", "rose 2%").
  if (claim.kind === 'percent' && !writtenInPoints(claim.style.percentSuffix) && isPercentagePoints(fact.unit) && !saysChange(frame, ctx)) return -Infinity;
  const unit = unitFit(claim, profile, ctx?.own, quoted !== undefined);
  if (unit === 'conflict') return -Infinity;
  if (claim.kind !== 'date' && fact.kind !== 'date' && otherRate(claim, fact)) return -Infinity;
  if (frame && otherPerson(frame, profile)) return -Infinity;
  if (farFromNearDay(claim, fact)) return -Infinity;
  // A count of occurrences is no count of people or measure of anything.
  if (ctx?.occurrences && fact.unit && (profile.unitFamily === 'people' || isMeasureFamily(profile.unitFamily))) return -Infinity;
  // People counted by "whom" are no count of the shelters they are in.
  if (ctx?.persons && fact.unit && profile.unitFamily !== 'people') return -Infinity;
  // A figure of another size counts something else, however close its words (a unit's conversion aside).
  if (claim.kind !== 'date' && fact.kind !== 'date' && unit !== 'family' && otherMagnitude(claim, fact)) return -Infinity;
  // A counted noun says what a figure counts ("troops"); a unit of measure ("years", "km") only what kind of
  // figure it is: "a hundred years" is not the length of a contract without a word of the contract.
  const measured = isMeasureFamily(profile.unitFamily);
  // What a figure counts ("had fled", "were injured") anchors it to a fact counting the same, like a cue word would.
  const counted = sharesCount(claim, frame, profile) ? COUNT_ANCHOR : 0;
  const anchor =
    quoted !== undefined || ((unit === 'same' || unit === 'family') && !measured) || namesInterval(claim, profile) ? 1 : Math.max(words.anchor, counted);
  if (anchor < MIN_ANCHOR) return -Infinity;
  const framed = frame && index ? frameFit(claim, frame, profile, index, ctx ?? { own: new Set(), weights: new Map(), order: [] }) : 0;
  // A source's quote repeated word for word outweighs what the frame reads into the rest of the sentence
  // ("created by the previous government" names who, not when); kind, unit and currency still hold. A closer
  // echo ("people were killed in 1974") is still ruled out by what its frame says.
  if (quoted === 'verbatim' && framed === -Infinity) return UNIT_BONUS[unit] + currencyFit(claim, fact);
  return UNIT_BONUS[unit] + unitSlip(claim, fact, unit) + currencyFit(claim, fact) + framed;
}

/**
 * A rate over another period that no calendar converts is another figure: a share per month is no share per
 * year, an hourly wage no weekly one. Only the fact's own figure over the wrong period is the period slipped.
 */
function otherRate(claim: QuantityClaim, fact: QuantityFact): boolean {
  const other = otherPeriod(claim, fact);
  if (!other || other.factor !== undefined) return false;
  return !factValues(fact).some((v) => sameFigure(claim.value, v));
}

/** Words that make a figure a difference between two others: "a gap of", "ahead by", "a lead of". */
const GAP_STEMS = new Set(
  ['gap', 'difference', 'differ', 'lead', 'margin', 'ahead', 'behind', 'narrow', 'narrowed', 'widen', 'widened', 'shrunk', 'shrank', 'spread'].map(stemWord),
);

/** The figure's own words make it a change or a gap, not a level. */
function saysChange(frame: ClaimFrame | undefined, ctx: ClaimContext | undefined): boolean {
  if (frame?.role === 'change') return true;
  return !!ctx && [...ctx.own].some((s) => GAP_STEMS.has(s));
}

/** A fact of a rate's level: the side of a change it went from or to, or a figure the table keeps in per cent. */
function isLevel(profile: FactProfile): boolean {
  const unit = profile.fact.unit?.trim().toLowerCase();
  return profile.frame.role === 'from' || profile.frame.role === 'to' || unit === '%' || unit === 'percent' || unit === 'per cent';
}

/**
 * "Gusts of 305 mph" where the sources give 305 km/h: the writer kept the figure and slipped the unit. The
 * figure written is the fact's own, so the fact fits as well as one in the written unit would.
 */
function unitSlip(claim: Matchable, fact: Fact, unit: UnitFit): number {
  return unit === 'family' && unitSlipped(claim, fact) ? UNIT_BONUS.same - UNIT_BONUS.family : 0;
}

function unitSlipped(claim: Matchable, fact: Fact): boolean {
  return claim.kind === 'number' && fact.kind === 'number' && factValues(fact).includes(claim.value);
}

function sharesCount(claim: Matchable, frame: ClaimFrame | undefined, profile: FactProfile): boolean {
  return !!frame && (claim.kind === 'number' || claim.kind === 'date') && [...frame.counts].some((c) => profile.frame.counts.has(c));
}

/** Adds the credit of a fact's multi-word cues found whole among the claim's words. */
function addPhrases(words: WordScore, profile: FactProfile, ctx: ClaimContext): void {
  for (const phrase of profile.phrases) {
    let w = Infinity;
    let own = true;
    for (const stem of phrase) {
      const cw = ctx.weights.get(stem);
      if (cw === undefined) {
        w = 0;
        break;
      }
      w = Math.min(w, cw);
      own &&= ctx.own.has(stem);
    }
    if (!(w > 0)) continue;
    words.score += w;
    words.ranked += w;
    if (own) words.anchor = Math.max(words.anchor, w);
  }
}

/** How well a claim's context fits one fact; -Infinity when they cannot be about the same thing. */
export function scoreClaim(claim: Matchable, ctx: Map<string, number> | ClaimContext, profile: FactProfile, frame?: ClaimFrame, index?: FactIndex): number {
  const context: ClaimContext = ctx instanceof Map ? { weights: ctx, own: new Set(ctx.keys()), order: [] } : ctx;
  const words: WordScore = { score: 0, ranked: 0, anchor: 0 };
  const byStem = index?.byKindStem.get(claim.kind);
  for (const [stem, w] of context.weights) {
    const weight = profile.terms.get(stem) ?? 0;
    words.score += w * weight;
    words.ranked += w * weight * (byStem ? rarity(byStem.get(stem)?.length ?? 1) : 1);
    if (weight >= ANCHOR_TERM && context.own.has(stem)) words.anchor = Math.max(words.anchor, w);
  }
  addPhrases(words, profile, context);
  return fit(claim, profile, words, frame, index, context).score;
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

/**
 * A word many facts of a kind share ("rise" in a budget story) tells them apart less than a rare one: its
 * score is divided by the log of how many facts of the claim's kind use it (it may still anchor).
 */
function rarity(postings: number): number {
  return 1 / (1 + Math.log(Math.max(1, postings)));
}

/** A word more than half the facts of a kind share ("rate" among a budget's percentages) cannot say alone which one a claim is. */
const SHARED_BY = 0.5;

/**
 * Words of a change say which way a figure went, not when: "rises from April" does not date a fact whose
 * only word in common is "rise".
 */
const CHANGE_STEMS = new Set(
  ['rise', 'increase', 'raise', 'hike', 'jump', 'climb', 'grow', 'cut', 'fall', 'drop', 'reduce', 'decline', 'lower', 'change'].map((w) => stemWord(w)),
);

function canAnchor(index: FactIndex, claim: Matchable, stem: string, postings: number): boolean {
  if (claim.kind === 'date' && CHANGE_STEMS.has(stem)) return false;
  const facts = index.kindSizes.get(claim.kind) ?? 0;
  return postings < 3 || postings <= SHARED_BY * facts;
}

function addWord(scores: Map<number, WordScore>, i: number, w: number, weight: number, own: boolean, rare = 1): void {
  let s = scores.get(i);
  if (!s) scores.set(i, (s = { score: 0, ranked: 0, anchor: 0 }));
  s.score += w * weight;
  s.ranked += w * weight * rare;
  if (weight >= ANCHOR_TERM && own) s.anchor = Math.max(s.anchor, w);
}

/**
 * Every candidate fact's word score for a claim. Candidates come from the postings of the claim's
 * rarer context words; words shared by many facts are then looked up in each candidate's own terms,
 * so the cost does not grow with the table. Only when no rarer word finds a fact are common words'
 * postings read.
 */
function wordScores(index: FactIndex, claim: Matchable, context: ClaimContext): Map<number, WordScore> {
  const ctx = context.weights;
  const own = (stem: string) => context.own.has(stem);
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
    for (const i of postings)
      addWord(scores, i, w, index.profiles[i].terms.get(stem) ?? 0, own(stem) && canAnchor(index, claim, stem, postings.length), rarity(postings.length));
  }
  if (!scores.size) {
    const [nearest] = common.sort((a, b) => b[1] - a[1]);
    const postings = nearest ? (byStem.get(nearest[0]) ?? []) : [];
    if (postings.length > MAX_AMBIGUOUS) return scores;
    for (const i of postings)
      addWord(
        scores,
        i,
        nearest[1],
        index.profiles[i].terms.get(nearest[0]) ?? 0,
        own(nearest[0]) && canAnchor(index, claim, nearest[0], postings.length),
        rarity(postings.length),
      );
    for (const [i, w] of scores) addPhrases(w, index.profiles[i], context);
    return scores;
  }
  for (const [i, score] of scores) {
    const terms = index.profiles[i].terms;
    for (const [stem, w] of common) {
      const weight = terms.get(stem);
      if (weight)
        addWord(scores, i, w, weight, own(stem) && canAnchor(index, claim, stem, byStem.get(stem)?.length ?? 1), rarity(byStem.get(stem)?.length ?? 1));
    }
    addPhrases(score, index.profiles[i], context);
  }
  return scores;
}

/**
 * Each claim goes to at most one fact, and within one sentence each fact takes at most one claim:
 * the best pairs are taken first, so "21 strikes ... killing 83" sends each figure to its own fact.
 */
export function matchSentence(
  visible: string,
  claims: Matchable[],
  index: FactIndex,
  documentYear?: number,
  given?: (claim: Matchable) => Given | undefined,
): Match[] {
  const pairs: Match[] = [];
  const ties: Match[][] = [];
  for (const claim of claims) {
    const rivals = claims.filter((c) => c !== claim && sameGroup(c, claim));
    const frame = withGiven(claimFrame(visible, claim, claim.sentence, rivals, documentYear), given?.(claim));
    // A figure of a party the table never names is no fact's, whichever fact its words fit.
    if (outsideOwner(frame, index)) continue;
    const ctx = claimWords(
      visible,
      claim,
      rivals,
      frame,
      claims.filter((c) => c !== claim),
    );
    // Most facts share only a stray word with a claim: without an anchor word, or a count both name, they cannot
    // match. (A claim's own counted noun is in its context, so a fact of the same unit always has its anchor here.)
    const scores = wordScores(index, claim, ctx);
    const quoted = claim.kind === 'date' ? new Map<number, Echo>() : quotedFacts(index.quotes, visible, claim);
    for (const i of quoted.keys()) if (!scores.has(i)) scores.set(i, { score: 0, ranked: 0, anchor: 0 });
    const anchored = [...scores].filter(
      ([i, w]) => w.anchor >= MIN_ANCHOR || quoted.has(i) || sharesCount(claim, frame, index.profiles[i]) || namesInterval(claim, index.profiles[i]),
    );
    anchored.sort((a, b) => Number(quoted.has(b[0])) - Number(quoted.has(a[0])) || b[1].score - a[1].score || a[0] - b[0]);
    const candidates: Match[] = [];
    for (const [i, words] of anchored.slice(0, MAX_FITTED)) {
      const fitted = fit(claim, index.profiles[i], words, frame, index, ctx, quoted.get(i));
      if (fitted.score >= MIN_SCORE) candidates.push({ claim, fact: index.profiles[i].fact, score: fitted.ranked, quoted: quoted.has(i) });
    }
    const settled = settleTies(candidates);
    pairs.push(...settled.pairs);
    if (settled.tied.length) ties.push(settled.tied);
  }
  // A quote's echo says which fact a figure is more surely than any count of words.
  pairs.sort((a, b) => Number(b.quoted) - Number(a.quoted) || b.score - a.score || a.claim.start - b.claim.start);
  const usedClaims = new Set<Matchable>();
  const usedFacts = new Set<Fact>();
  const out: Match[] = [];
  // A faithful conversion and the figure it converts are one figure: whichever of the two names a fact more surely
  // names it for both ("a 1.6km (one-mile) zone" echoes a quote by its miles), and the other cannot take a second fact.
  const restated = restatements(visible, claims);
  // A conversion that is not faithful is a figure of its own, but of the same fact as the figure it converts.
  const converted = conversions(visible, claims);
  const partnerOf = (c: Matchable) => converted.get(c) ?? [...converted].find(([, a]) => a === c)?.[0];
  const factOfClaim = new Map<Matchable, Fact>();
  for (const pair of pairs) {
    const original = restated.get(pair.claim);
    const p = original ? { ...pair, claim: original } : pair;
    const partner = partnerOf(p.claim);
    const sharesPartner = partner !== undefined && factOfClaim.get(partner) === p.fact;
    if (usedClaims.has(p.claim) || (usedFacts.has(p.fact) && !sharesPartner)) continue;
    factOfClaim.set(p.claim, p.fact);
    usedClaims.add(p.claim);
    usedFacts.add(p.fact);
    out.push(p);
  }
  for (const tied of ties) {
    const p = pairTied(tied, usedFacts);
    if (!p || usedClaims.has(p.claim)) continue;
    usedClaims.add(p.claim);
    usedFacts.add(p.fact);
    out.push(p);
  }
  // A conversion that is not faithful is judged against the fact of the figure it converts ("15 kilometres (about
  // 12 miles)" for a 15 km zone is a slip of the miles, not a claim about the 10 km zone).
  for (const [conversion, original] of converted) {
    if (restated.has(conversion)) continue;
    const source = out.find((m) => m.claim === original);
    if (!source) continue;
    const own = out.findIndex((m) => m.claim === conversion);
    if (own >= 0) out[own] = { ...out[own], fact: source.fact };
    else out.push({ ...source, claim: conversion });
  }
  // A faithful conversion is judged as the figure it converts, against that figure's fact.
  for (const [conversion, original] of restated) {
    const source = out.find((m) => m.claim === original);
    if (!source) continue;
    const own = out.findIndex((m) => m.claim === conversion);
    const match = { ...source, claim: conversion };
    if (own >= 0) out[own] = match;
    else out.push(match);
  }
  return out.sort((a, b) => a.claim.start - b.claim.start);
}

/** Figures compete for the words between them; dates compete with dates. */
function sameGroup(a: Matchable, b: Matchable): boolean {
  return (a.kind === 'date') === (b.kind === 'date');
}

export function isMatchable(c: Claim): c is Matchable {
  return c.kind !== 'entity';
}
