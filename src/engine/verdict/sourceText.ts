import type { Fact, QuantityClaim, SourceClaim } from '../types';
import { extractDates } from '../extract/dates';
import { hedgePhrase } from '../extract/hedges';
import { extractQuantities } from '../extract/quantities';
import { formatCited } from '../format/quantity';
import { formatCitedDate, parseIsoDate } from './dates';

/**
 * A source's value as that source wrote it ("approximately 15,000"), taken from its quote where
 * the quote states it, so a reader sees the source's own words rather than our paraphrase.
 */
export function describeSource(fact: Fact, claim: SourceClaim): string {
  let text = DESCRIBED.get(claim);
  if (text === undefined) DESCRIBED.set(claim, (text = describeUncached(fact, claim)));
  return text;
}

/** Every finding on a fact shows its sources' values; finding them in the quotes once per claim is enough. */
const DESCRIBED = new WeakMap<SourceClaim, string>();

function describeUncached(fact: Fact, claim: SourceClaim): string {
  if (fact.kind === 'entity') return String(claim.value);
  if (fact.kind === 'date') {
    const cited = parseIsoDate(String(claim.value));
    const fromQuote = claim.quote
      ? extractDates(claim.quote).find((d) => cited && d.date.year === cited.year && d.date.month === cited.month && d.date.day === cited.day)
      : undefined;
    if (fromQuote) return fromQuote.text;
    return cited ? formatCitedDate(cited) : String(claim.value);
  }
  const value = typeof claim.value === 'number' ? claim.value : Number.NaN;
  const fromQuote = claim.quote ? extractQuantities(claim.quote).find((q) => q.value === value) : undefined;
  if (fromQuote) return fromQuote.text;
  return [hedgePhrase(claim.bound), formatCited(value, fact.kind as QuantityClaim['kind'], fact.currency)].filter(Boolean).join(' ');
}
