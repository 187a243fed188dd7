import type {
  Alternative,
  Bound,
  Claim,
  DateClaim,
  DateFact,
  EntityClaim,
  EntityFact,
  Fact,
  FactClaim,
  QuantityClaim,
  QuantityFact,
  SourceView,
  Verdict,
} from '../types';
import { convertUnit } from '../lexicon/units';
import { formatCitedDate, formatDate } from '../format/date';
import { dateValueToIso } from '../format/isoDate';
import { nameReplacement, quantityReplacement } from '../format/replacement';
import { claimsOf } from '../table/factClaims';
import { writeHedgedQuantity } from '../format/sourceValue';
import { compareDates } from './dates';
import { acceptedForms, compareToForms } from './names';
import { compareQuantity, type Relation } from './quantities';
import { supportsCited } from './support';

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
}

export interface JudgeContext {
  documentDate?: string;
  /** A source's value as that source wrote it, for the finding's list of sources. */
  sourceValue: (pair: FactClaim) => string;
}

/** Per-source relations decide between a plain verdict and `contested`. */
function combine(fact: Fact, overall: Relation | 'misspelled', perSource: boolean[]): Verdict {
  const some = perSource.some(Boolean);
  const all = perSource.length > 0 && perSource.every(Boolean);
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

function judgeQuantity(claim: QuantityClaim, fact: QuantityFact, ctx: JudgeContext): Judgement | undefined {
  if (fact.value === undefined) return undefined;
  const cited = { value: fact.value, bound: fact.bound };
  const own = { value: claimInFactUnit(claim, fact), bound: claim.bound };
  const relation = compareQuantity(own, cited, fact.tolerance);
  const pairs = claimsOf(fact);
  const agreesWith = (p: (typeof pairs)[number]) => compareQuantity(own, { value: p.claim.value, bound: p.claim.bound }, fact.tolerance) === 'agrees';
  const verdict = combine(fact, relation, pairs.map(agreesWith));
  return {
    verdict,
    cited: writeHedgedQuantity(fact.value, fact.bound, fact.kind, fact.currency),
    replacement: relation === 'agrees' ? null : replacement(claim, fact, fact.value, fact.bound),
    sources: views(pairs, agreesWith, ctx),
    alternatives:
      verdict === 'contested' ? alternatives(pairs, (p) => replacement(claim, fact, p.claim.value, p.claim.bound), ctx) : undefined,
    citing: citingSources(pairs),
  };
}

// ---------------------------------------------------------------- dates

function judgeDate(claim: DateClaim, fact: DateFact, ctx: JudgeContext): Judgement | undefined {
  const cited = fact.value;
  if (!cited) return undefined;
  const relation = compareDates(claim.date, cited);
  const pairs = claimsOf(fact);
  const agreesWith = (p: (typeof pairs)[number]) => compareDates(claim.date, p.claim.value) === 'agrees';
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

function judgeEntity(claim: EntityClaim, fact: EntityFact, ctx: JudgeContext): Judgement | undefined {
  if (fact.value === undefined) return undefined;
  const cited = fact.value;
  const relation = compareToForms(claim.name, acceptedForms(cited, fact.aliases));
  const pairs = claimsOf(fact);
  const agreesWith = (p: (typeof pairs)[number]) => compareToForms(claim.name, acceptedForms(p.claim.value, fact.aliases)) === 'same';
  const perSource = pairs.map(agreesWith);
  // A spelling no source uses and that is not close to the cited name is another name altogether.
  if (relation === 'different' && !perSource.some(Boolean)) return undefined;
  const verdict = combine(fact, relation === 'same' ? 'agrees' : 'misspelled', perSource);
  return {
    verdict,
    cited,
    replacement: relation === 'same' ? null : nameReplacement(claim.name, cited),
    sources: views(pairs, agreesWith, ctx),
    alternatives: verdict === 'contested' ? alternatives(pairs, (p) => nameReplacement(claim.name, p.claim.value), ctx) : undefined,
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
