// Which words of a sentence belong to which of its figures: "destroyed 420 homes and damaged 1,900 more".

import type { Span } from '../types';

/** A sentence's figures split their words at the last clause break or conjunction between them. */
const GAP_BREAK = /[;()\u2014\u2013]|:(?!\d)|,|\s-\s|\b(?:and|or|but|while|whereas|with|against|compared|versus|vs)\b/gi;
/** Where no clause break stands between two figures, a preposition before the later one is its ("from 10% to 18%",
 *  "162,000 were being looked after in 1,870 centres"). */
const GAP_PREPOSITION = /\b(?:to|into|until|than)\b/gi;
/** Between figures (not times and dates: "at 2:40 on Saturday" is one moment), a place's preposition starts the later one's words. */
const GAP_PLACE = /\b(?:to|into|until|than|in|at|across|among|inside|within)\b/gi;

/**
 * The span of the sentence that belongs to `claim` among its rivals (the other figures of its sentence),
 * in order. Words after a figure up to the next break are its own ("12,000 houses toppled"); words after
 * the last break before the next figure belong to that figure ("and 30,000 damaged").
 */
export function ownSpan(visible: string, claim: Span & { kind?: string }, sentence: Span, rivals: readonly Span[], share = true): Span {
  const prepositions = claim.kind === 'date' ? GAP_PREPOSITION : GAP_PLACE;
  const sorted = [...rivals].sort((a, b) => a.start - b.start);
  // "from 13.8% to 15%", "rose 7% to £3.2bn": two figures joined by "to" share the words that say what changed.
  // Even a figure's own time and place are shared by a bare pair: in "12% and 20% in 2019" both are of 2019.
  const joins = (a: Span, b: Span) => (share ? joinedByTo(visible, a, b) : PAIRED.test(visible.slice(a.end, b.start)));
  const prior = sorted.filter((r) => r.end <= claim.start).pop();
  if (prior && joins(prior, claim)) return ownSpan(visible, { ...prior, kind: claim.kind }, sentence, [...rivals.filter((r) => r !== prior), claim], share);
  const following = sorted.find((r) => r.start >= claim.end);
  const pair = following && joins(claim, following) ? following : undefined;
  const before = prior;
  const after = pair ? sorted.find((r) => r.start >= pair.end) : following;
  if (pair) claim = { start: claim.start, end: pair.end };
  const split = (a: Span, b: Span): number => {
    const gap = visible.slice(a.end, b.start);
    const brk = lastBreak(gap, prepositions);
    if (brk) return a.end + brk.index + brk.length;
    // No break between them ("her 96-minute speech also promised the service 25 billion"): each word goes to the nearer figure.
    const words = [...gap.matchAll(/\S+/g)];
    const mid = words[Math.ceil(words.length / 2)];
    return mid ? a.end + (mid.index ?? 0) : a.end;
  };
  let start = before ? split(before, claim) : sentence.start;
  // "the Cordillera region, which alone accounts for 60": a relative clause's figure is about the noun it follows.
  if (before && /^\s*(?:which|where|whose)\b/i.test(visible.slice(start, claim.start))) {
    const gap = visible.slice(before.end, start);
    let prev = -1;
    for (const m of gap.slice(0, Math.max(0, gap.length - 1)).matchAll(GAP_BREAK))
      if ((m.index ?? 0) + m[0].length < gap.length - 1) prev = (m.index ?? 0) + m[0].length;
    start = prev < 0 ? before.end : before.end + prev;
  }
  // "opened five of its seven gates": the part counts the whole's noun, so its words run through the whole.
  let last = claim;
  let next = after;
  if (after && (OF_WHOLE.test(visible.slice(claim.end, after.start)) || inDefiniteSetting(visible.slice(claim.end, after.start)))) {
    last = after;
    next = sorted.find((r) => r.start >= after.end);
  }
  const end = next ? split(last, next) - (lastBreak(visible.slice(last.end, next.start), prepositions)?.length ?? 0) : sentence.end;
  return { start, end: Math.max(end, claim.end) };
}

/** `a` and `b` are two sides of one change ("from 13.8% to 15%", "rose 7% to £3.2bn"), or `b` restates `a`
 *  in another unit or currency ("£40bn, or about $52bn", "370 km (230 miles)"), or the two are a bare pair: they share their words. */
function joinedByTo(visible: string, a: Span, b: Span): boolean {
  const gap = visible.slice(a.end, b.start);
  return (
    /^\s+(?:(?:now|today|currently|this\s+year|last\s+year|in\s+\d{4})\s+)?to\s+$/i.test(gap) ||
    RESTATED.test(gap) ||
    PAIRED.test(gap) ||
    (BACK_FROM.test(gap) && TOWARD.test(visible.slice(Math.max(0, a.start - 40), a.start)))
  );
}

/** "rose to 4.2% from 3.9%", "will reach 38% by 2028, a record, from 36% now": the old value written after the new
 *  one, "from" closing a short stretch of the same clause (not "to 18% and the higher rate from 20%", a second change). */
const BACK_FROM = /^(?:(?!\b(?:and|or|but|while|whereas)\b)[^;:()\u2014\u2013.?!]){0,60}?\bfrom\s+(?:an?\s+|the\s+)?$/i;
/** The words before a change's new value: "rose to", "reaching", "hit". */
const TOWARD =
  /\b(?:to|reach(?:es|ed|ing)?|hit(?:s|ting)?|(?:rise|rises|rose|risen|rising|increase[sd]?|increasing|climb(?:s|ed|ing)?|jump(?:s|ed|ing)?|fall(?:s|ing)?|fell|fallen|drop(?:s|ped|ping)?|grow(?:s|n|ing)?|grew|cut|cuts|raise[sd]?|lower(?:s|ed)?|reduce[sd]?)(?:\s+(?:by|to))?)\s+(?:an?\s+(?:record\s+)?|the\s+)?$/i;

/** "stay at 12% and 20%", "in 2009 or 2010": two figures with nothing but "and" or "or" between them are measured by the same words. */
const PAIRED = /^\s+(?:and|or)\s+$/i;

/** `b` stands right after `a` as ", or b" or "(b": "305 km/h, or about 190 mph", "370 km (230 miles)". */
export function restatesAfter(visible: string, a: Span, b: Span): boolean {
  return a.end <= b.start && RESTATED.test(visible.slice(a.end, b.start));
}

/** "£40bn a year in tax rises, or about $52bn": the words of the first run on to ", or" (the hedge is the claim's). */
const RESTATED = /^[^;:()\u2014\u2013,]*(?:,\s*or|\s\()\s*$/i;

/** "4,200 of them were still in the 310 shelters": a figure in a definite place ("in the 310 shelters") names the
 *  known setting of the figure before it, so the setting's words are that figure's too. (Not "in 310 shelters", a
 *  count of its own, nor across a clause break.) */
function inDefiniteSetting(gap: string): boolean {
  return /\b(?:in|at|inside|within|across|among)\s+the\s+$/i.test(gap) && !/[;:()\u2014\u2013,]|\s-\s|\b(?:and|or|but|while|whereas)\b/i.test(gap);
}

/** Between a part and its whole: "five of its seven", "two of the 12". */
const OF_WHOLE = /^\s+of\s+(?:(?:its|the|their|his|her|our|all|a\s+total\s+of)\s+)?$/i;

/** The figure is the whole another figure of its sentence is a part of ("five of its seven gates"). */
export function isWholeOf(visible: string, claim: Span, rivals: readonly Span[]): boolean {
  return rivals.some((r) => r.end <= claim.start && OF_WHOLE.test(visible.slice(r.end, claim.start)));
}

/** The last clause break in the gap between two figures, or failing one, the last preposition. */
function lastBreak(gap: string, prepositions: RegExp): { index: number; length: number } | undefined {
  let found: { index: number; length: number } | undefined;
  for (const m of gap.matchAll(GAP_BREAK)) found = { index: m.index ?? 0, length: m[0].length };
  if (!found) for (const m of gap.matchAll(prepositions)) found = { index: m.index ?? 0, length: m[0].length };
  return found;
}
