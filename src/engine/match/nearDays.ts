// "on Saturday", "yesterday", "last week": news names a day by its weekday or by a word of the week only when it
// is near the story's own day. Such a date is never a fact every source dates months away (a record set last
// December), however well its words fit; a wrong weekday of the story's own events is a few days out, not months.

import type { Fact } from '../types';
import { dateInterval } from '../verdict/dates';
import type { Matchable } from './match';

/** A relative date this many days long or shorter names a day of the week it is in ("last week" is seven). */
const NEAR_SPAN = 7;
/** Further than this from every date the sources give, a near day is no date of the fact. */
const FAR_DAYS = 31;

/** The claim names a day near the document's (a weekday, "yesterday", "last week") and every source dates the fact far from it. */
export function farFromNearDay(claim: Matchable, fact: Fact): boolean {
  // "19 July last year" is counted from the document too, but writes its month and day: it may be any day.
  if (claim.kind !== 'date' || !claim.relative || fact.kind !== 'date' || (claim.style.form !== 'weekday' && claim.style.form !== 'relative')) return false;
  const said = dateInterval(claim.date);
  if (!said || said.to - said.from + 1 > NEAR_SPAN) return false;
  const cited = [fact.value, ...fact.claims.map((c) => c.value)].filter((v) => v !== undefined);
  return (
    cited.length > 0 &&
    cited.every((v) => {
      const when = dateInterval(v);
      return when !== undefined && (when.to < said.from - FAR_DAYS || when.from > said.to + FAR_DAYS);
    })
  );
}
