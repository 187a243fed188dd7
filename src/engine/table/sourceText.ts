// A source's value as that source wrote it ("approximately 15,000"), taken from its quote where the quote
// states it, so a reader sees the source's own words rather than our paraphrase. Finding a value in a quote
// is reading the table, not judging a claim: the checker passes this to the verdicts.

import type { FactClaim, SourceClaim } from '../types';
import { extractDates } from '../extract/dates';
import { extractQuantities } from '../extract/quantities';
import { writeSourceValue } from '../format/sourceValue';

export function describeSource(pair: FactClaim): string {
  let text = DESCRIBED.get(pair.claim);
  if (text === undefined) DESCRIBED.set(pair.claim, (text = inQuote(pair) ?? writeSourceValue(pair)));
  return text;
}

/** Every finding on a fact shows its sources' values; finding them in the quotes once per claim is enough. */
const DESCRIBED = new WeakMap<SourceClaim, string>();

/** The words of the claim's quote that state its value, if the quote states it. */
function inQuote(pair: FactClaim): string | undefined {
  const quote = pair.claim.quote;
  if (!quote) return undefined;
  switch (pair.kind) {
    case 'entity':
      // A name is shown as the table writes it: a quote may name the person any way.
      return pair.claim.value;
    case 'date': {
      const cited = pair.claim.value;
      return extractDates(quote).find((d) => d.date.year === cited.year && d.date.month === cited.month && d.date.day === cited.day)?.text;
    }
    default: {
      const value = pair.claim.value;
      return extractQuantities(quote).find((q) => q.value === value)?.text;
    }
  }
}
