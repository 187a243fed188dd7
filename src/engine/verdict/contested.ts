import type { DateValue, SourceClaim, UnjudgedFact } from '../types';
import { dateInterval } from './dates';
import { compareName } from './names';
import { quantitiesConflict } from './quantities';

/** A fact is contested when its sources' claims cannot all be true together. */
export function isContested(fact: UnjudgedFact): boolean {
  if (fact.claims.length < 2) return false;
  switch (fact.kind) {
    case 'date':
      return datesConflict(fact.claims);
    case 'entity':
      return namesConflict(fact.claims, fact.aliases);
    default:
      return quantitiesConflict(
        fact.claims.map((c) => ({ value: c.value, bound: c.bound })),
        fact.tolerance,
      );
  }
}

function datesConflict(claims: SourceClaim<DateValue>[]): boolean {
  const intervals = claims.map((c) => dateInterval(c.value)).filter((i): i is { from: number; to: number } => i !== undefined);
  const from = Math.max(...intervals.map((i) => i.from));
  const to = Math.min(...intervals.map((i) => i.to));
  return intervals.length > 1 && from > to;
}

function namesConflict(claims: SourceClaim<string>[], aliases: string[]): boolean {
  const names = claims.map((c) => c.value);
  return names.some((n) => compareName(n, names[0], aliases) !== 'same' && compareName(names[0], n, aliases) !== 'same');
}
