// A toll is a running count: the dead, the missing, the displaced are counted again as reports come in, so
// an article written two days after another gives a larger figure for the same count. A larger figure in a
// later article is that count updated, not another count; the sources still disagree, so the fact is
// contested, with each source's value and date on record.

import type { ClaimFrame } from '../match/frame';
import { shares } from './frames';

interface TallyClaim {
  kind: string;
  value: unknown;
  frame: ClaimFrame;
  /** The source's own date (ISO), when it states one. */
  published?: string;
}

/** Whether `b` reads as `a`'s count updated by a later report, or the other way round. */
export function updatesTally(a: TallyClaim, b: TallyClaim): boolean {
  if (a.kind !== 'number' || typeof a.value !== 'number' || typeof b.value !== 'number') return false;
  if (!a.published || !b.published || a.published === b.published) return false;
  if (!shares(a.frame.counts, b.frame.counts)) return false;
  const [earlier, later] = a.published < b.published ? [a.value, b.value] : [b.value, a.value];
  return later > earlier;
}

/**
 * The claim of the latest report of a running count, when the group holds one updated (a later source gives
 * more): that is the figure a writer should use, and the one the table cites.
 */
export function latestTally<C extends TallyClaim>(claims: readonly C[]): C | undefined {
  const dated = claims.filter((c): c is C & DatedCount => c.published !== undefined && typeof c.value === 'number');
  const updated = dated.some((a) => dated.some((b) => updatesTally(a, b)));
  if (!updated) return undefined;
  // Of the latest reports, the largest: a count only grows as bodies are found.
  return [...dated].sort((a, b) => b.published.localeCompare(a.published) || b.value - a.value)[0];
}

/** A count from a source that states its date. */
interface DatedCount {
  value: number;
  published: string;
}
