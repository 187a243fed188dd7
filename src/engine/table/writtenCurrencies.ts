import type { Fact } from '../types';
import { extractQuantities } from '../extract/quantities';
import { sameCurrency } from '../lexicon/currency';

/** A quote's sum is the fact's where it has the value recorded for that source, to half a per cent. */
const SAME_VALUE = 0.005;

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
  if (fact.kind === 'money') {
    for (const c of fact.claims) {
      const q = c.quote
        ? extractQuantities(c.quote).find((x) => x.kind === 'money' && Math.abs(x.value - c.value) <= SAME_VALUE * Math.max(Math.abs(c.value), 1))
        : undefined;
      if (q) out.add(q.currency ?? 'USD');
    }
  }
  memo.set(fact, (found = out));
  return found;
}

/** A claim's currency is the fact's: the same code, two pesos, or the sign the fact's own sources write it with. */
export function inFactCurrency(claimCurrency: string | undefined, fact: Fact): boolean {
  const code = claimCurrency ?? 'USD';
  return sameCurrency(code, fact.currency ?? 'USD') || writtenCurrencies(fact).has(code);
}
