// Corrections: "An earlier version of this story said 40 schools were shut." The figure an earlier version gave is
// the one the writer withdraws, so it is no claim of the draft; the value the note gives instead is.

import type { Span } from '../types';

/**
 * What opens a withdrawn value: an earlier version's verb of saying, or a verb of saying marked wrong. The
 * withdrawn part runs from the end of the match. ("An earlier version, published on May 3, said": the aside's date
 * is when that version ran, not what it said, so it stands before the verb.)
 */
const WITHDRAWING = new RegExp(
  [
    String.raw`\b(?:an?|the|our)\s+(?:earlier|previous|prior|original|first)\s+(?:version|edition|draft)\b[^.;:!?]*?\b(?:said|says|stated|gave|reported|put|listed|described|referred\s+to|called|named|quoted|showed|included|misstated|misreported|misquoted|misidentified)\b`,
    String.raw`\b(?:incorrectly|wrongly|mistakenly|erroneously|inaccurately)\s+(?:said|says|stated|gave|reported|put|listed|described|referred\s+to|called|named|quoted|showed|included|attributed|identified|dated)\b`,
    String.raw`\b(?:misstated|misreported|misquoted|misidentified|misdated)\b`,
  ].join('|'),
  'gi',
);

/** Where a withdrawn value gives way to the right one ("as $9 million rather than $9 billion", "as 12, not 21"). */
const CORRECTED_BY = /\brather\s+than\b|\binstead\s+of\b|,\s*not\b|[;:\u2014\u2013]|\s-\s|\bbut\b|\bwhen\b|\bwhereas\b/i;

/** The parts of a sentence that hold the values a correction withdraws. */
export function withdrawnSpans(visible: string, sentence: Span): Span[] {
  const text = visible.slice(sentence.start, sentence.end);
  const out: Span[] = [];
  for (const m of text.matchAll(WITHDRAWING)) {
    const from = (m.index ?? 0) + m[0].length;
    const rest = text.slice(from);
    const stop = rest.search(CORRECTED_BY);
    out.push({ start: sentence.start + from, end: sentence.start + from + (stop < 0 ? rest.length : stop) });
  }
  return out;
}
