import type { Fact, SourceClaim } from '../types';
import { parseIsoDate, dateInterval } from './dates';
import { compareName } from './names';
import { quantitiesConflict } from './quantities';

/** A fact is contested when its sources' claims cannot all be true together. */
export function isContested(fact: Omit<Fact, 'contested'>): boolean {
  const claims = fact.claims;
  if (claims.length < 2) return false;
  switch (fact.kind) {
    case 'number':
    case 'money':
    case 'percent':
      return quantitiesConflict(numericClaims(claims), fact.tolerance);
    case 'date':
      return datesConflict(claims);
    case 'entity':
      return namesConflict(claims, fact.aliases);
  }
}

function numericClaims(claims: SourceClaim[]) {
  return claims.filter((c) => typeof c.value === 'number').map((c) => ({ value: c.value as number, bound: c.bound }));
}

function datesConflict(claims: SourceClaim[]): boolean {
  const intervals = claims
    .map((c) => parseIsoDate(String(c.value)))
    .map((d) => (d ? dateInterval(d) : undefined))
    .filter((i): i is { from: number; to: number } => i !== undefined);
  const from = Math.max(...intervals.map((i) => i.from));
  const to = Math.min(...intervals.map((i) => i.to));
  return intervals.length > 1 && from > to;
}

function namesConflict(claims: SourceClaim[], aliases: string[]): boolean {
  const names = claims.map((c) => String(c.value));
  return names.some((n) => compareName(n, names[0], aliases) !== 'same' && compareName(names[0], n, aliases) !== 'same');
}
