// "MPs will vote on the measures next week": a date the draft counts forward from its own day is of something
// still to come. A fact every source dates on or before that day has happened already, so that date is not its.

import type { Fact } from '../types';
import { dateInterval, dayNumber } from '../verdict/dates';
import type { Matchable } from './match';

/** The claim is a relative date wholly after the document's day, and every source dates the fact no later than it. */
export function aheadOfFact(claim: Matchable, fact: Fact, documentDate: string | undefined): boolean {
  if (claim.kind !== 'date' || !claim.relative || fact.kind !== 'date' || !documentDate) return false;
  const [y, m, d] = documentDate.split('-').map(Number);
  const today = dayNumber(y, m, d);
  const said = dateInterval(claim.date);
  if (!said || said.from <= today) return false;
  const cited = [fact.value, ...fact.claims.map((c) => c.value)].filter((v) => v !== undefined);
  return (
    cited.length > 0 &&
    cited.every((v) => {
      const when = dateInterval(v);
      return when !== undefined && when.to <= today;
    })
  );
}
