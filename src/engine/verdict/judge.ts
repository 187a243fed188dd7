import type {
  Alternative,
  Bound,
  Claim,
  DateClaim,
  DateFact,
  DateValue,
  EntityClaim,
  EntityFact,
  Fact,
  FactClaim,
  QuantityClaim,
  QuantityFact,
  SourceView,
  Verdict,
} from '../types';
import { convertUnit, isPercentagePoints, sameUnit, writtenInPoints } from '../lexicon/units';
import { formatCitedDate, formatDate } from '../format/date';
import { dateValueToIso } from '../format/isoDate';
import { nameReplacement, quantityReplacement, writtenInFactTerms } from '../format/replacement';
import { inFactCurrency } from '../table/writtenCurrencies';
import { claimsOf } from '../table/factClaims';
import { quotedFigures } from '../table/quotedFigures';
import { writeHedgedQuantity } from '../format/sourceValue';
import { compareDates } from './dates';
import { acceptedForms, compareToForms, oneWordForm } from './names';
import { compareQuantity, type Relation } from './quantities';
import { fractionSpread, roundingHalf } from './intervals';
import { supportsCited } from './support';
import { factPeriod, otherPeriod, type OtherPeriod } from '../table/factPeriods';
import { periodInWords, periodLength, withPeriod } from '../extract/ratePeriods';

/** A claim judged against one fact: everything a finding needs but its position and severity. */
export interface Judgement {
  verdict: Verdict;
  /** The cited value in a neutral style with its bound: "about 15,000". */
  cited: string;
  replacement: string | null;
  sources: SourceView[];
  /** Ids of the sources whose claims support the cited value. */
  citing: string[];
  /** For a contested fact: each distinct value the sources report, written where the claim stands. */
  alternatives?: Alternative[];
  /** Characters past the claim's end the replacement also covers: the period of a rate it corrects. */
  beyond?: number;
}

export interface JudgeContext {
  documentDate?: string;
  /** A source's value as that source wrote it, for the finding's list of sources. */
  sourceValue: (pair: FactClaim) => string;
}

/**
 * Per-source relations decide between a plain verdict and `contested`. A value some source reports is
 * never an error, whatever the tolerance says of the cited value: at worst the sources disagree.
 */
function combine(fact: Fact, overall: Relation | 'misspelled', perSource: boolean[]): Verdict {
  const some = perSource.some(Boolean);
  const all = perSource.length > 0 && perSource.every(Boolean);
  if ((overall === 'disagrees' || overall === 'unsupported') && some) return 'contested';
  if (fact.contested && some && !all) return 'contested';
  return overall;
}

function views<P extends FactClaim>(pairs: P[], agrees: (p: P) => boolean, ctx: JudgeContext): SourceView[] {
  return pairs.map((p) => ({ source: p.claim.source, value: ctx.sourceValue(p), agrees: agrees(p) }));
}

function citingSources(pairs: FactClaim[]): string[] {
  return [...new Set(pairs.filter(supportsCited).map((p) => p.claim.source))];
}

/** Each distinct value the sources report, with the sources behind it, as a replacement for the claim. */
function alternatives<P extends FactClaim>(pairs: P[], write: (p: P) => string | null, ctx: JudgeContext): Alternative[] {
  const byValue = new Map<string, Alternative>();
  for (const p of pairs) {
    const c = p.claim;
    const value = ctx.sourceValue(p);
    const written = typeof c.value === 'object' ? dateValueToIso(c.value) : String(c.value).toLowerCase();
    const key = `${written}|${c.bound}`;
    const known = byValue.get(key);
    if (known) known.sources.push(c.source);
    else byValue.set(key, { value, sources: [c.source], replacement: write(p) });
  }
  return [...byValue.values()];
}

// ---------------------------------------------------------------- quantities

function claimInFactUnit(claim: QuantityClaim, fact: QuantityFact): number {
  if (claim.kind === 'number' && claim.unit && fact.unit) return convertUnit(claim.value, claim.unit, fact.unit) ?? claim.value;
  return claim.value;
}

/** A value written where the claim stands, keeping the writer's hedge while it stays true. */
function replacement(claim: QuantityClaim, fact: QuantityFact, value: number, bound: Bound): string {
  const keepHedge = compareQuantity({ value, bound: claim.bound }, { value, bound }, fact.tolerance) === 'agrees';
  return quantityReplacement(claim, fact, value, bound, keepHedge);
}

/**
 * "gusts of up to 305 km/h", "as many as 40 boats": a peak or a largest count states the value reached,
 * not a ceiling under which any value would do. Such a claim, and a source's "up to", is judged as that value.
 */
const PEAK_HEDGE = /^(?:up\s+to|as\s+many\s+as|as\s+much\s+as|as\s+high\s+as)$/i;

function asPeak(claim: QuantityClaim): boolean {
  return claim.bound === 'at-most' && PEAK_HEDGE.test(claim.hedge ?? '');
}

const peakBound = (bound: Bound, peak: boolean): Bound => (peak && bound === 'at-most' ? 'about' : bound);

/** A fact counted in percentage points and a claim written as a percentage (or the other way round) say different things. */
function pointsMismatch(claim: QuantityClaim, fact: QuantityFact): boolean {
  if (claim.kind !== 'percent' || fact.kind !== 'percent') return false;
  const factPoints = isPercentagePoints(fact.unit);
  const claimPoints = writtenInPoints(claim.style.percentSuffix);
  return factPoints !== claimPoints && (factPoints || fact.unit === '%' || fact.unit === 'percent');
}

/**
 * A fraction is a rounded share ("two-thirds" for 65% or 67%), and a figure in another unit than the fact's was
 * converted and rounded to the digits written ("153 km/h" for 95 mph): either stands for a band of values. Other
 * figures mean what they say.
 */
function claimSpread(claim: QuantityClaim, fact: QuantityFact): number | undefined {
  if (claim.style.form === 'fraction') return fractionSpread(claim.value);
  if (claim.kind !== 'number' || !claim.unit || !fact.unit || claim.style.form === 'digits-scale') return undefined;
  if (sameUnit(claim.unit, fact.unit)) return undefined;
  const half = 0.5 * 10 ** -claim.style.decimals;
  const lo = convertUnit(claim.value - half, claim.unit, fact.unit);
  const hi = convertUnit(claim.value + half, claim.unit, fact.unit);
  return lo === undefined || hi === undefined ? undefined : Math.abs(hi - lo) / 2;
}

function currencyMismatch(claim: QuantityClaim, fact: QuantityFact): boolean {
  return claim.kind === 'money' && fact.kind === 'money' && !inFactCurrency(claim.currency, fact);
}

/** The cited value, with the period of a fact kept as a rate: "£140,000 a week". */
function citedQuantity(fact: QuantityFact, value: number): string {
  const period = factPeriod(fact);
  const text = writeHedgedQuantity(value, fact.bound, fact.kind, fact.currency, fact.unit);
  // A unit that holds its period ("litres per person per day") says it already.
  return period && !(fact.unit && periodInWords(fact.unit)) ? `${text} ${withPeriod('a ', period)}` : text;
}

/** A unit or period slipped: no source writes it, and the fix covers the words past the figure too. */
function slipJudgement(fact: QuantityFact, cited: number, fix: string | null, beyond: number | undefined, ctx: JudgeContext): Judgement {
  const pairs = claimsOf(fact);
  return {
    verdict: 'disagrees',
    cited: citedQuantity(fact, cited),
    replacement: fix,
    sources: views(pairs, () => false, ctx),
    citing: citingSources(pairs),
    beyond,
  };
}

/**
 * A rate written over another period than its fact's. The same figure over another period is the period
 * slipped ("£140,000 a month" for a weekly wage), and so is any figure where no calendar converts; the fix
 * writes the cited figure and the fact's period. Otherwise the figure is judged on the fact's period.
 */
function judgeOtherPeriod(claim: QuantityClaim, fact: QuantityFact, other: OtherPeriod, ctx: JudgeContext): Judgement | undefined {
  if (fact.value === undefined) return undefined;
  const pairs = claimsOf(fact);
  const beyond = periodLength(other.per);
  const asWritten = { value: claimInFactUnit(claim, fact), bound: claim.bound, count: claim.kind === 'number' };
  const sameFigure = compareQuantity(asWritten, { value: fact.value, bound: fact.bound }, fact.tolerance) === 'agrees';
  if (sameFigure || other.factor === undefined) {
    const figure = sameFigure ? claim.text : writtenInFactTerms(claim, fact);
    return slipJudgement(fact, fact.value, figure + withPeriod(other.per.gap, other.period), beyond, ctx);
  }
  const factor = other.factor;
  const own = { ...asWritten, value: asWritten.value * factor, spread: roundingHalf(claim.value, claim.style.decimals) * factor };
  const agreesWith = (p: (typeof pairs)[number]) => compareQuantity(own, { value: p.claim.value, bound: p.claim.bound }, fact.tolerance) === 'agrees';
  const relation = compareQuantity(own, { value: fact.value, bound: fact.bound }, fact.tolerance);
  const verdict = combine(fact, relation, pairs.map(agreesWith));
  // The claim's figure was written for another period's size ("£7.3m"): the fix writes the value as the sources do.
  const fix = (value: number) => writtenInFactTerms(claim, fact, value) + withPeriod(other.per.gap, other.period);
  return {
    verdict,
    cited: citedQuantity(fact, fact.value),
    replacement: relation === 'agrees' ? null : fix(fact.value),
    sources: views(pairs, agreesWith, ctx),
    alternatives: verdict === 'contested' ? alternatives(pairs, (p) => fix(p.claim.value), ctx) : undefined,
    citing: citingSources(pairs),
    ...(relation === 'agrees' ? {} : { beyond }),
  };
}

/**
 * "41 centimetres of rain" where the sources give 41 mm: the figure is the fact's and the unit slipped, so
 * the fix writes the fact's unit, not the figure converted into the slipped one ("4.1 centimetres").
 */
function slippedUnit(claim: QuantityClaim, fact: QuantityFact, cited: number): boolean {
  if (claim.kind !== 'number' || !claim.unit || !fact.unit || !claim.unitLength || sameUnit(claim.unit, fact.unit)) return false;
  const converted = convertUnit(claim.value, claim.unit, fact.unit);
  if (converted === undefined) return false;
  const asWritten = (value: number) =>
    compareQuantity({ value, bound: claim.bound, count: true }, { value: cited, bound: fact.bound }, fact.tolerance) === 'agrees';
  return asWritten(claim.value) && !asWritten(converted);
}

/**
 * "if storage falls below 25%" where a source writes "drops below 25 percent" and the table keeps 25 for it: the
 * claim words the figure as that source does, and means what the table reads that source to mean.
 */
function boundAsSourceWrites(claim: QuantityClaim, fact: QuantityFact): Bound {
  if (claim.bound === 'exact') return claim.bound;
  const same = quotedFigures(fact).find(({ quantity }) => quantity.bound === claim.bound && quantity.value === claim.value);
  return same ? same.bound : claim.bound;
}

/** A range as a figure and the spread either side of it, in the fact's unit: "between 40 and 50" is 45 ± 5. */
function rangeOf(claim: QuantityClaim, fact: QuantityFact): { value: number; bound: Bound; spread: number } {
  const low = claimInFactUnit(claim, fact);
  const high = claimInFactUnit({ ...claim, value: claim.upTo ?? claim.value }, fact);
  return { value: (low + high) / 2, bound: 'exact', spread: (high - low) / 2 };
}

function judgeQuantity(claim: QuantityClaim, fact: QuantityFact, ctx: JudgeContext): Judgement | undefined {
  if (fact.value === undefined) return undefined;
  const other = otherPeriod(claim, fact);
  if (other) return judgeOtherPeriod(claim, fact, other, ctx);
  if (fact.unit && slippedUnit(claim, fact, fact.value)) return slipJudgement(fact, fact.value, `${claim.text} ${fact.unit}`, claim.unitLength, ctx);
  const peak = asPeak(claim);
  const cited = { value: fact.value, bound: peakBound(fact.bound, peak) };
  const bound = boundAsSourceWrites(claim, fact);
  const own =
    claim.upTo === undefined
      ? { value: claimInFactUnit(claim, fact), bound: peakBound(bound, peak), spread: claimSpread(claim, fact), count: claim.kind === 'number' }
      : rangeOf(claim, fact);
  const pairs = claimsOf(fact);
  const citedText = citedQuantity(fact, fact.value);
  // Another currency or percentage points for a percentage: no value of it can be right, and the fix is the cited value as the sources write it.
  if (currencyMismatch(claim, fact) || pointsMismatch(claim, fact)) {
    return {
      verdict: 'disagrees',
      cited: citedText,
      replacement: writtenInFactTerms(claim, fact),
      sources: views(pairs, () => false, ctx),
      citing: citingSources(pairs),
    };
  }
  const relation = compareQuantity(own, cited, fact.tolerance);
  const agreesWith = (p: (typeof pairs)[number]) =>
    compareQuantity(own, { value: p.claim.value, bound: peakBound(p.claim.bound, peak) }, fact.tolerance) === 'agrees';
  const verdict = combine(fact, relation, pairs.map(agreesWith));
  return {
    verdict,
    cited: citedText,
    // A range has no one figure to put the cited value in: "between 60 and 70" gets no fix.
    replacement: relation === 'agrees' || claim.upTo !== undefined ? null : replacement(claim, fact, fact.value, fact.bound),
    sources: views(pairs, agreesWith, ctx),
    alternatives: verdict === 'contested' ? alternatives(pairs, (p) => replacement(claim, fact, p.claim.value, p.claim.bound), ctx) : undefined,
    citing: citingSources(pairs),
  };
}

// ---------------------------------------------------------------- dates

/**
 * The claim's date as the writer fixed it. A year the writer left out ("in mid-August", "on 4 May") was only
 * guessed from the document's date; the story's context tells a reader the year (a spill "in the summer of 2023"
 * reported in 2025), so it is the cited year, and only the month and day are judged.
 */
function asWritten(claim: DateClaim): DateValue {
  if (claim.relative || claim.style.withYear !== false || claim.date.year === undefined) return claim.date;
  const { year: _guessed, ...written } = claim.date;
  return written;
}

function judgeDate(claim: DateClaim, fact: DateFact, ctx: JudgeContext): Judgement | undefined {
  const cited = fact.value;
  if (!cited) return undefined;
  const written = asWritten(claim);
  const relation = compareDates(written, cited);
  const pairs = claimsOf(fact);
  const agreesWith = (p: (typeof pairs)[number]) => compareDates(written, p.claim.value) === 'agrees';
  const verdict = combine(fact, relation, pairs.map(agreesWith));
  return {
    verdict,
    cited: formatCitedDate(cited),
    replacement: relation === 'agrees' ? null : formatDate(cited, claim.style, ctx.documentDate),
    sources: views(pairs, agreesWith, ctx),
    alternatives: verdict === 'contested' ? alternatives(pairs, (p) => formatDate(p.claim.value, claim.style, ctx.documentDate), ctx) : undefined,
    citing: citingSources(pairs),
  };
}

// ---------------------------------------------------------------- names

/** The cited name cut to the shape of the mention: an alias for a one-word alias ("NDRRMC"), a surname for a surname. */
function entityReplacement(mention: string, fact: EntityFact, cited: string): string {
  return oneWordForm(mention, cited, fact.aliases) ?? nameReplacement(mention, cited);
}

/**
 * A name judged against the cited one. A source's spelling that nearly spells the cited name is that
 * name misspelt, not a second name: a claim that repeats it is misspelled, and it does not make a
 * claim of the cited name contested. Only a source naming someone or something else altogether does.
 */
function judgeEntity(claim: EntityClaim, fact: EntityFact, ctx: JudgeContext): Judgement | undefined {
  if (fact.value === undefined) return undefined;
  const cited = fact.value;
  const citedForms = acceptedForms(cited, fact.aliases);
  const relation = compareToForms(claim.name, citedForms);
  const pairs = claimsOf(fact);
  const writesAs = (p: (typeof pairs)[number]) => compareToForms(claim.name, acceptedForms(p.claim.value, fact.aliases)) === 'same';
  const sourceRelation = pairs.map((p) => compareToForms(p.claim.value, citedForms));
  const rival = (i: number) => sourceRelation[i] === 'different';
  const rivalWritten = pairs.some((p, i) => rival(i) && writesAs(p));
  // A spelling no source uses and that is not close to the cited name is another name altogether.
  if (relation === 'different' && !rivalWritten) return undefined;
  let verdict: Judgement['verdict'];
  if (relation === 'different') verdict = 'contested';
  else if (relation === 'near') verdict = 'misspelled';
  else verdict = pairs.some((_, i) => rival(i)) ? 'contested' : 'agrees';
  // The cited name is supported by every source that names it, even misspelt; another name by the sources that write it.
  const agreesWith = (p: (typeof pairs)[number]) => (relation === 'same' ? !rival(pairs.indexOf(p)) : writesAs(p));
  // The choices offered are the names the sources give, not their misspellings of the cited one.
  const offered = pairs.filter((_, i) => sourceRelation[i] !== 'near');
  return {
    verdict,
    cited,
    replacement: relation === 'same' ? null : entityReplacement(claim.name, fact, cited),
    sources: views(pairs, agreesWith, ctx),
    alternatives: verdict === 'contested' ? alternatives(offered, (p) => entityReplacement(claim.name, fact, p.claim.value), ctx) : undefined,
    citing: citingSources(pairs),
  };
}

/**
 * The verdict on one claim matched to one fact, or undefined when the fact offers no value to judge by
 * (the matcher pairs a claim only with a fact of its kind).
 */
export function judge(claim: Claim, fact: Fact, ctx: JudgeContext): Judgement | undefined {
  switch (claim.kind) {
    case 'number':
    case 'money':
    case 'percent':
      return fact.kind === 'date' || fact.kind === 'entity' ? undefined : judgeQuantity(claim, fact, ctx);
    case 'date':
      return fact.kind === 'date' ? judgeDate(claim, fact, ctx) : undefined;
    case 'entity':
      return fact.kind === 'entity' ? judgeEntity(claim, fact, ctx) : undefined;
  }
}
