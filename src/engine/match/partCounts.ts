// A count of part of a group: not the group's own count.

import type { Span } from '../types';

/**
 * "the final two miners", "the first 50 homes": a place in an order picks out part of a group. ("another 65 are
 * missing", "a further 30", "the remaining 15" are as often a second count in full as an addition, so they are not
 * read as parts.)
 */
const PART_BEFORE = /\b(?:the|its|their|his|her)[ \t]+(first|last|final|next)[ \t]+$/i;

/**
 * The word that makes a count a part of a group ("final"), or undefined. A fact whose label or cues use that
 * word ("Last passengers brought ashore") is still this count's fact.
 */
export function partWord(visible: string, claim: Span): string | undefined {
  return PART_BEFORE.exec(visible.slice(Math.max(0, claim.start - 30), claim.start))?.[1].toLowerCase();
}
