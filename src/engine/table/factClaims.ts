import type { DateFact, DateValue, EntityFact, Fact, FactClaim, Kind, QuantityFact, SourceClaim, UnjudgedFact } from '../types';

type ClaimOf<K> = Extract<FactClaim, { kind: K }>;

/** Each of a fact's claims paired with the fact. */
export function claimsOf(fact: QuantityFact): ClaimOf<QuantityFact['kind']>[];
export function claimsOf(fact: DateFact): ClaimOf<'date'>[];
export function claimsOf(fact: EntityFact): ClaimOf<'entity'>[];
export function claimsOf(fact: Fact): FactClaim[];
export function claimsOf(fact: Fact): FactClaim[] {
  // One map over the union would pair each claim with a fact of any kind; each branch keeps the pair's kinds together.
  switch (fact.kind) {
    case 'date':
      return fact.claims.map((claim) => ({ kind: fact.kind, fact, claim }));
    case 'entity':
      return fact.claims.map((claim) => ({ kind: fact.kind, fact, claim }));
    default:
      return fact.claims.map((claim) => ({ kind: fact.kind, fact, claim }));
  }
}

/** What a fact is besides its kind, value and claims. */
export type FactFields = Omit<UnjudgedFact, 'kind' | 'value' | 'claims'>;

/**
 * Claims gathered without a kind (the table builder's) as the claims of a fact of `kind`. Claims whose value
 * is of another type are left out; claims read for that kind have none.
 */
export function asUnjudged(kind: Kind, fields: FactFields, claims: readonly SourceClaim[]): UnjudgedFact {
  switch (kind) {
    case 'date':
      return { ...fields, kind, claims: claims.filter((c): c is SourceClaim<DateValue> => typeof c.value === 'object') };
    case 'entity':
      return { ...fields, kind, claims: claims.filter((c): c is SourceClaim<string> => typeof c.value === 'string') };
    default:
      return { ...fields, kind, claims: claims.filter((c): c is SourceClaim<number> => typeof c.value === 'number') };
  }
}
