// Where a figure happened is a fact too: two sources that agree on a count but name different places for it
// ("four died in Kelso province" / "four died in Kelby province") disagree about the place, which a checker
// wants to see as plainly as a disagreement about the figure.

import { stemWord } from '../match/terms';
import type { CollectedClaim } from './collect';
import type { DraftClaim } from './describe';
import type { ClaimGroup } from './group';
import type { SourceName } from './places';

/** The place the claim's own words name, as its source spells it: one the frame reads and the names pass knows. */
function placeNamed(c: CollectedClaim, names: readonly SourceName[]): SourceName | undefined {
  if (!c.frame.places.length) return undefined;
  const { start, end } = c.claim.sentence;
  return names.find(
    (n) =>
      n.sourceIndex === c.sourceIndex &&
      n.type === 'place' &&
      n.start >= start &&
      n.start < end &&
      c.frame.places.some((p) => n.name.split(/\s+/).every((w) => p.includes(stemWord(w.toLowerCase())))),
  );
}

/**
 * The claims of a place the group's sources disagree on, one per source, or undefined when fewer than two
 * sources name a place or they all name the same one.
 */
export function disputedPlace(group: ClaimGroup, names: readonly SourceName[]): DraftClaim[] | undefined {
  const claims: DraftClaim[] = [];
  for (const c of group.claims) {
    const place = placeNamed(c, names);
    if (place && !claims.some((o) => o.source === c.sourceId)) claims.push({ source: c.sourceId, value: place.name, bound: 'exact', quote: c.quote });
  }
  if (claims.length < 2 || new Set(claims.map((c) => String(c.value).toLowerCase())).size < 2) return undefined;
  return claims;
}
