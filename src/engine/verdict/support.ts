import type { FactClaim } from '../types';
import { compareDates } from './dates';
import { acceptedForms, compareToForms } from './names';
import { compareQuantity } from './quantities';

/** Whether a source's own claim supports the fact's cited value: the sources a finding names. */
export function supportsCited(pair: FactClaim): boolean {
  switch (pair.kind) {
    case 'date':
      return pair.fact.value !== undefined && compareDates(pair.claim.value, pair.fact.value) === 'agrees';
    case 'entity':
      return pair.fact.value !== undefined && compareToForms(pair.claim.value, acceptedForms(pair.fact.value, pair.fact.aliases)) === 'same';
    default: {
      const { fact, claim } = pair;
      return fact.value !== undefined && compareQuantity(claim, { value: fact.value, bound: fact.bound }, fact.tolerance) === 'agrees';
    }
  }
}
