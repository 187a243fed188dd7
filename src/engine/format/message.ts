import type { Claim, Fact, SourceView, Verdict } from '../types';
import { labelInSentence, lowerFirst } from './label';
import { sameUnit } from '../lexicon/units';
import { withPeriod } from '../extract/ratePeriods';
import { factPeriod } from '../table/factPeriods';

/** The claim is written in a unit other than the fact's ("153 km/h" against 95 mph). */
function inOtherUnit(claim: Claim, fact: Fact): boolean {
  return claim.kind === 'number' && !!claim.unit && !!fact.unit && !sameUnit(claim.unit, fact.unit);
}

/** The claim with its unit: its own where it is written in another than the fact's ("153 kilometer per hour", not "153 mph"). */
function describeClaim(claim: Claim, fact: Fact): string {
  if (claim.kind === 'date' || claim.kind === 'entity') return claim.text;
  // A rate is described over its own period where the fact is a rate too: "£140,000 a month".
  const period = claim.per && factPeriod(fact) ? ` ${withPeriod('a ', claim.per.period)}` : '';
  if (claim.kind !== 'number') return claim.text + period;
  const unit = inOtherUnit(claim, fact) ? claim.unit : fact.unit;
  return (unit ? `${claim.text} ${unit}` : claim.text) + period;
}

function list(ids: string[]): string {
  return ids.length ? ` (${ids.join(', ')})` : '';
}

/**
 * Sources grouped by the value they report: "bnl, ap say about 15,000; el-comercio says 16,000". A figure
 * quoted from a sentence start ("Approximately 15,000") reads mid-sentence; names and dates keep their capitals.
 */
function bySourceValue(sources: SourceView[], fact: Fact): string {
  const groups = new Map<string, string[]>();
  for (const s of sources) {
    const value = fact.kind === 'date' || fact.kind === 'entity' ? s.value : lowerFirst(s.value);
    groups.set(value, [...(groups.get(value) ?? []), s.source]);
  }
  return [...groups].map(([value, ids]) => `${ids.join(', ')} ${ids.length > 1 ? 'say' : 'says'} ${value}`).join('; ');
}

/** One sentence a writer can act on, naming the cited value and the sources behind it. */
export function findingMessage(verdict: Verdict, claim: Claim, fact: Fact, citedValue: string, citing: string[], sources: SourceView[]): string {
  const what = describeClaim(claim, fact);
  // A claim in another unit is compared with the cited value in the fact's, so the message names that unit too.
  const cited = inOtherUnit(claim, fact) ? `${citedValue} ${fact.unit}` : citedValue;
  switch (verdict) {
    case 'agrees':
      return `${what} agrees with ${cited}${list(citing)}`;
    case 'disagrees':
      return `${what} disagrees with ${cited}${list(citing)}`;
    case 'unsupported':
      return `${what} claims more than the sources support: ${cited}${list(citing)}`;
    case 'misspelled':
      return `${what} looks like a misspelling of ${cited}${list(citing)}`;
    case 'contested':
      return `${what}: the sources disagree on ${labelInSentence(fact)}: ${bySourceValue(sources, fact)}`;
  }
}
