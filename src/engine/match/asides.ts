// Asides: a relative clause, a participle phrase or a hedged figure set off by commas, describing the noun
// before it ("the levy, which stood at 4% in 2019, now ...", "the vote, reportedly on 3 May, ...").

import type { Span } from '../types';

/** A hedge on the figure that opens an aside, with its preposition: "reportedly on", "about". */
const HEDGE = String.raw`(?:reportedly|apparently|allegedly|probably|possibly|perhaps|about|around|roughly|approximately)\s+(?:(?:on|in|at|by)\s+)?(?=[\p{N}\p{Lu}$£€])`;

/** What opens an aside after its comma: a relative pronoun, a participle with its preposition ("led by",
 *  "unchanged since"), or a hedge on a figure ("reportedly on 3 May", "about 40"). */
const OPENER = String.raw`(?:which|who|whom|whose|also known as|known as)\b|(?:\p{L}+\s+)?(?:\p{L}+ed|led|held|known|made|seen|run|built|given|written|taken|hit|struck|born|set|put|paid|sent|kept|told|found|brought|chosen|drawn|grown|shown|won|lost|left)\s+(?:by|in|at|on|from|with|for|as|since|until)\b|${HEDGE}`;
const CLOSED = new RegExp(String.raw`,\s*(?:${OPENER})[^,;:()\u2014\u2013]*,`, 'giu');
/** An aside still open where a figure stands: the figure is inside it. */
const OPEN = new RegExp(String.raw`,\s*(?:${OPENER})[^,;:()\u2014\u2013]*$`, 'iu');

/** The comma-closed asides of a sentence. */
export function asidesOf(visible: string, sentence: Span): Span[] {
  const out: Span[] = [];
  for (const m of visible.slice(sentence.start, sentence.end).matchAll(CLOSED)) {
    const start = sentence.start + (m.index ?? 0);
    out.push({ start, end: start + m[0].length });
  }
  return out;
}

const holds = (a: Span, s: Span) => s.start >= a.start && s.end <= a.end;

/** The asides of the sentence that do not hold the figure. */
export function asidesApart(visible: string, figure: Span, sentence: Span): Span[] {
  return asidesOf(visible, sentence).filter((a) => figure.end <= a.start || figure.start >= a.end);
}

/** The closed aside that holds the figure, if any. */
export function asideHolding(visible: string, figure: Span, sentence: Span): Span | undefined {
  return asidesOf(visible, sentence).find((a) => holds(a, figure));
}

/**
 * "the rates on holiday lets, which stay at 12%", "the vote, reportedly on 3 May,": the comma and pronoun
 * that open the aside or relative clause a figure stands in. They set the figure apart from the main clause,
 * not from the noun the aside describes, so they are no clause break between the two; and a hedge
 * ("reportedly") qualifies the figure, as "about" does, and says nothing of what it is.
 */
export function openerOf(visible: string, figure: Span, sentence: Span): Span | undefined {
  const m = OPEN.exec(visible.slice(sentence.start, figure.start));
  if (!m) return undefined;
  const start = sentence.start + m.index;
  const lead = new RegExp(String.raw`^,\s*(?:(?:which|who|whom|whose)\b|${HEDGE})?`, 'iu').exec(m[0]);
  return { start, end: start + (lead?.[0].length ?? 1) };
}

/**
 * "The fee of $300, unchanged since 2011, stays frozen until 2035": a figure inside an aside is no rival for
 * the words of the main clause around it. The rivals left are those outside every aside the figure is not in.
 */
export function mainClauseRivals<T extends Span>(visible: string, figure: Span, sentence: Span, rivals: readonly T[]): T[] {
  const apart = asidesApart(visible, figure, sentence);
  return rivals.filter((r) => !apart.some((a) => holds(a, r)));
}
