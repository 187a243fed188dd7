import type { Fact, SourceClaim } from '../types';
import { compareDates, parseIsoDate } from './dates';
import { acceptedForms, compareToForms } from './names';
import { compareQuantity } from './quantities';

/** Whether a source's own claim supports the fact's cited value: the sources a finding names. */
export function supportsCited(fact: Fact, claim: SourceClaim): boolean {
  if (fact.value === undefined) return false;
  switch (fact.kind) {
    case 'number':
    case 'money':
    case 'percent':
      return (
        typeof claim.value === 'number' &&
        typeof fact.value === 'number' &&
        compareQuantity({ value: claim.value, bound: claim.bound }, { value: fact.value, bound: fact.bound }, fact.tolerance) === 'agrees'
      );
    case 'date': {
      const own = parseIsoDate(String(claim.value));
      const cited = parseIsoDate(String(fact.value));
      return own !== undefined && cited !== undefined && compareDates(own, cited) === 'agrees';
    }
    case 'entity':
      return compareToForms(String(claim.value), acceptedForms(String(fact.value), fact.aliases)) === 'same';
  }
}
