import type { Alternative, Bound, Claim, DateClaim, DateValue, EntityClaim, Fact, QuantityClaim, SourceClaim, SourceView, Verdict } from '../types';
import { hedgePhrase } from '../extract/hedges';
import { convertUnit } from '../extract/units';
import { formatCited, formatQuantity } from '../format/quantity';
import { compareDates, formatCitedDate, formatDate, parseIsoDate } from './dates';
import { acceptedForms, compareToForms } from './names';
import { compareQuantity, type Relation } from './quantities';
import { describeSource } from './sourceText';
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
}

/** Per-source relations decide between a plain verdict and `contested`. */
function combine(fact: Fact, overall: Relation | 'misspelled', perSource: boolean[]): Verdict {
  const some = perSource.some(Boolean);
  const all = perSource.length > 0 && perSource.every(Boolean);
  if (fact.contested && some && !all) return 'contested';
  return overall;
}

function views(fact: Fact, agrees: (c: SourceClaim) => boolean): SourceView[] {
  return fact.claims.map((c) => ({ source: c.source, value: describeSource(fact, c), agrees: agrees(c) }));
}

function citingSources(fact: Fact): string[] {
  return [...new Set(fact.claims.filter((c) => supportsCited(fact, c)).map((c) => c.source))];
}

// ---------------------------------------------------------------- quantities

function claimInFactUnit(claim: QuantityClaim, fact: Fact): number {
  if (claim.kind === 'number' && claim.unit && fact.unit) return convertUnit(claim.value, claim.unit, fact.unit) ?? claim.value;
  return claim.value;
}

function capitalizeLike(model: string, text: string): string {
  return /^\p{Lu}/u.test(model) && text ? text[0].toUpperCase() + text.slice(1) : text;
}

/** A value written where the claim stands, keeping the writer's hedge while it stays true. */
function quantityReplacement(claim: QuantityClaim, fact: Fact, value: number, bound: Bound): string {
  const inClaimUnit =
    claim.kind === 'number' && claim.unit && fact.unit ? convertUnit(value, fact.unit, claim.unit) ?? value : value;
  const figure = formatQuantity(inClaimUnit, claim.style, claim.kind);
  const hedgeText = claim.text.slice(0, claim.figure.start - claim.start);
  const keep = compareQuantity({ value, bound: claim.bound }, { value, bound }, fact.tolerance);
  if (keep === 'agrees') return hedgeText + figure;
  const phrase = hedgePhrase(bound);
  return phrase ? capitalizeLike(claim.text, `${phrase} `) + figure : figure;
}

/** Each distinct value the sources report, with the sources behind it, as a replacement for the claim. */
function alternatives(fact: Fact, write: (c: SourceClaim) => string | null): Alternative[] {
  const byValue = new Map<string, Alternative>();
  for (const c of fact.claims) {
    const value = describeSource(fact, c);
    const key = `${String(c.value).toLowerCase()}|${c.bound}`;
    const known = byValue.get(key);
    if (known) known.sources.push(c.source);
    else byValue.set(key, { value, sources: [c.source], replacement: write(c) });
  }
  return [...byValue.values()];
}

function judgeQuantity(claim: QuantityClaim, fact: Fact): Judgement | undefined {
  if (typeof fact.value !== 'number') return undefined;
  const cited = { value: fact.value, bound: fact.bound };
  const own = { value: claimInFactUnit(claim, fact), bound: claim.bound };
  const relation = compareQuantity(own, cited, fact.tolerance);
  const agreesWith = (c: SourceClaim) =>
    typeof c.value === 'number' && compareQuantity(own, { value: c.value, bound: c.bound }, fact.tolerance) === 'agrees';
  const verdict = combine(fact, relation, fact.claims.map(agreesWith));
  const citedText = [hedgePhrase(fact.bound), formatCited(fact.value, fact.kind as QuantityClaim['kind'], fact.currency)]
    .filter(Boolean)
    .join(' ');
  return {
    verdict,
    cited: citedText,
    replacement: relation === 'agrees' ? null : quantityReplacement(claim, fact, fact.value, fact.bound),
    sources: views(fact, agreesWith),
    alternatives:
      verdict === 'contested'
        ? alternatives(fact, (c) => (typeof c.value === 'number' ? quantityReplacement(claim, fact, c.value, c.bound) : null))
        : undefined,
    citing: citingSources(fact),
  };
}

// ---------------------------------------------------------------- dates

function judgeDate(claim: DateClaim, fact: Fact, ctx: JudgeContext): Judgement | undefined {
  const cited = parseIsoDate(String(fact.value ?? ''));
  if (!cited) return undefined;
  const relation = compareDates(claim.date, cited);
  const sourceDate = (c: SourceClaim): DateValue | undefined => parseIsoDate(String(c.value));
  const agreesWith = (c: SourceClaim) => {
    const d = sourceDate(c);
    return d !== undefined && compareDates(claim.date, d) === 'agrees';
  };
  const verdict = combine(fact, relation, fact.claims.map(agreesWith));
  const write = (d: DateValue | undefined) => (d ? formatDate(d, claim.style, ctx.documentDate) : null);
  return {
    verdict,
    cited: formatCitedDate(cited),
    replacement: relation === 'agrees' ? null : write(cited),
    sources: views(fact, agreesWith),
    alternatives: verdict === 'contested' ? alternatives(fact, (c) => write(sourceDate(c))) : undefined,
    citing: citingSources(fact),
  };
}

// ---------------------------------------------------------------- names

/** The cited name cut to the shape the writer used: a surname alone stays a surname. */
function nameReplacement(mention: string, cited: string): string {
  const words = mention.trim().split(/\s+/);
  const citedWords = cited.trim().split(/\s+/);
  if (words.length === 1) return citedWords[citedWords.length - 1];
  if (words.length === 2 && citedWords.length > 2) return `${citedWords[0]} ${citedWords[citedWords.length - 1]}`;
  return cited;
}

function judgeEntity(claim: EntityClaim, fact: Fact): Judgement | undefined {
  if (fact.value === undefined) return undefined;
  const cited = String(fact.value);
  const relation = compareToForms(claim.name, acceptedForms(cited, fact.aliases));
  const agreesWith = (c: SourceClaim) => compareToForms(claim.name, acceptedForms(String(c.value), fact.aliases)) === 'same';
  const perSource = fact.claims.map(agreesWith);
  // A spelling no source uses and that is not close to the cited name is another name altogether.
  if (relation === 'different' && !perSource.some(Boolean)) return undefined;
  const verdict = combine(fact, relation === 'same' ? 'agrees' : 'misspelled', perSource);
  return {
    verdict,
    cited,
    replacement: relation === 'same' ? null : nameReplacement(claim.name, cited),
    sources: views(fact, agreesWith),
    alternatives: verdict === 'contested' ? alternatives(fact, (c) => nameReplacement(claim.name, String(c.value))) : undefined,
    citing: citingSources(fact),
  };
}

/** The verdict on one claim matched to one fact, or undefined when the fact offers no value to judge by. */
export function judge(claim: Claim, fact: Fact, ctx: JudgeContext = {}): Judgement | undefined {
  switch (claim.kind) {
    case 'number':
    case 'money':
    case 'percent':
      return judgeQuantity(claim, fact);
    case 'date':
      return judgeDate(claim, fact, ctx);
    case 'entity':
      return judgeEntity(claim, fact);
  }
}
