import type { Fact } from '../types';
import { sameCurrency } from '../lexicon/currency';
import { quotedFigures } from './quotedFigures';

/** Memo of a pure function of a fact, which the matcher and the judge both ask of every money claim. */
const memo = new WeakMap<Fact, ReadonlySet<string>>();

/**
 * The currencies the sources' own quotes write a fact's sum in, as a reader of their signs takes them: a
 * story of a currency the signs do not name ("£" for a Velland pound, "$" for an Australian dollar) writes
 * it in the sign of another.
 */
export function writtenCurrencies(fact: Fact): ReadonlySet<string> {
  let found = memo.get(fact);
  if (found) return found;
  const out = new Set<string>();
  if (fact.kind === 'money') for (const { quantity } of quotedFigures(fact)) out.add(quantity.currency ?? 'USD');
  memo.set(fact, (found = out));
  return found;
}

/** A claim's currency is the fact's: the same code, two pesos, or the sign the fact's own sources write it with. */
export function inFactCurrency(claimCurrency: string | undefined, fact: Fact): boolean {
  const code = claimCurrency ?? 'USD';
  return sameCurrency(code, fact.currency ?? 'USD') || writtenCurrencies(fact).has(code);
}
