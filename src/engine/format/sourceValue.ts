// A table value written neutrally for a reader: the cited value in a finding, a source's value where
// its quote does not state it in words of its own.

import type { Bound, FactClaim, QuantityKind } from '../types';
import { formatCitedDate } from './date';
import { hedgePhrase } from './hedge';
import { formatCited } from './quantity';
import { isPercentagePoints } from '../lexicon/units';

/** "about 15,000", "$50 million", "10%"; "1.2 percentage points" for a fact counted in points. */
export function writeHedgedQuantity(value: number, bound: Bound, kind: QuantityKind, currency?: string, unit?: string): string {
  const figure =
    kind === 'percent' && isPercentagePoints(unit)
      ? `${formatCited(value, 'number')} percentage point${value === 1 ? '' : 's'}`
      : formatCited(value, kind, currency);
  return [hedgePhrase(bound), figure].filter(Boolean).join(' ');
}

/** A source's value with its bound, in the neutral style of messages. */
export function writeSourceValue(pair: FactClaim): string {
  switch (pair.kind) {
    case 'entity':
      return pair.claim.value;
    case 'date':
      return formatCitedDate(pair.claim.value);
    default:
      return writeHedgedQuantity(pair.claim.value, pair.claim.bound, pair.fact.kind, pair.fact.currency, pair.fact.unit);
  }
}
