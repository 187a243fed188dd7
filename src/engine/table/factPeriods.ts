import type { Fact, QuantityClaim, QuantityFact, RatePer, RatePeriod } from '../types';
import { periodFactor, periodInWords } from '../extract/ratePeriods';
import { quotedFigures } from './quotedFigures';

/** Memo of a pure function of a fact, which the matcher and the judge both ask of every rate claim. */
const memo = new WeakMap<Fact, RatePeriod | null>();

/**
 * The period a fact's figure is a rate over, as its sources write it ("£140,000 a week") or, where no quote
 * writes one, as its label says ("Weekly wage"). None where the quotes write different periods: the table
 * then keeps figures a reader cannot put on one footing without knowing which the sources meant.
 */
export function factPeriod(fact: Fact): RatePeriod | undefined {
  const known = memo.get(fact);
  if (known !== undefined) return known ?? undefined;
  if (fact.kind === 'date' || fact.kind === 'entity') return undefined;
  const written = new Set(quotedFigures(fact).flatMap(({ quantity }) => (quantity.per ? [quantity.per.period] : [])));
  const period = written.size === 1 ? [...written][0] : written.size === 0 ? periodInWords(fact.label) : undefined;
  memo.set(fact, period ?? null);
  return period;
}

/** A claim whose period is not its fact's: the fact's period, and the factor that puts the claim on it. */
export interface OtherPeriod {
  per: RatePer;
  period: RatePeriod;
  /** Undefined where no calendar converts: an hour's pay is no share of a day's, and a rate per month compounds. */
  factor?: number;
}

/** The claim is a rate over another period than the fact's ("£140,000 a month" for a weekly wage). */
export function otherPeriod(claim: QuantityClaim, fact: QuantityFact): OtherPeriod | undefined {
  const period = factPeriod(fact);
  if (!claim.per || !period || claim.per.period === period) return undefined;
  const factor = claim.kind === 'percent' ? undefined : periodFactor(claim.per.period, period);
  return { per: claim.per, period, factor };
}
