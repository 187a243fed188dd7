// The quote of a claim: the clause that states it, verbatim, short enough to read in a table row.

import type { Span } from '../types';

/** Fewer words than this and a clause says too little to recognise the claim ("On November 24"). */
const MIN_WORDS = 6;
const MAX_CHARS = 180;
/** Where a clause may end: punctuation that separates clauses, and a comma before a space. */
const BREAK = /[;:()\u2014\u2013]|,\s|\s-\s|["“”]/g;

function wordCount(s: string): number {
  return (s.match(/[\p{L}\p{N}]+/gu) ?? []).length;
}

/** A name in quotation marks this short ("storm “Petra”") is part of its clause, not a quotation. */
const QUOTED_NAME_WORDS = 3;

/**
 * Asides that do not end a clause, away from the figure: a parenthesis without figures ("Petra (known
 * abroad as Hollis) ... reached") and a short name in quotation marks. [start, end) of each, brackets and marks included.
 */
function asidesIn(text: string, from: number, to: number, start: number, end: number): [number, number][] {
  const out: [number, number][] = [];
  const away = (a: number, b: number) => b <= start || a >= end;
  // A parenthesis with a figure in it restates one ("40 billion pounds ($52 billion)"): that still breaks.
  for (const m of text.slice(from, to).matchAll(/\([^()\n\d]*\)/g)) {
    const a = from + (m.index ?? 0);
    if (away(a, a + m[0].length)) out.push([a, a + m[0].length]);
  }
  for (const m of text.slice(from, to).matchAll(/["“][^"“”\n]*["”]/g)) {
    const a = from + (m.index ?? 0);
    if (away(a, a + m[0].length) && wordCount(m[0]) <= QUOTED_NAME_WORDS) out.push([a, a + m[0].length]);
  }
  return out;
}

/**
 * The clause of `text` around [start, end) inside `sentence`: widened over clause breaks until it has a
 * few words, kept on one line, trimmed of edge punctuation. Always a substring of `text`.
 */
export function clauseAround(text: string, sentence: Span, start: number, end: number): string {
  // A quote never spans a line break: in plain-text sources a "sentence" can run over a heading or caption.
  const lineStart = text.lastIndexOf('\n', start - 1) + 1;
  const nl = text.indexOf('\n', end);
  const from = Math.max(sentence.start, lineStart);
  const to = Math.min(sentence.end, nl < 0 ? text.length : nl);
  const breaks: number[] = [];
  const asides = asidesIn(text, from, to, start, end);
  BREAK.lastIndex = from;
  for (let m = BREAK.exec(text); m && m.index < to; m = BREAK.exec(text)) {
    if (m.index >= start && m.index < end) continue;
    if (asides.some(([a, b]) => m.index >= a && m.index < b)) continue;
    breaks.push(m.index, m.index + m[0].length);
  }
  const lefts = breaks.filter((b) => b <= start).sort((a, b) => b - a);
  const rights = breaks.filter((b) => b >= end).sort((a, b) => a - b);
  let lo = lefts.length ? lefts[0] : from;
  let hi = rights.length ? rights[0] : to;
  let li = 1;
  let ri = 1;
  while (wordCount(text.slice(lo, hi)) < MIN_WORDS && (lo > from || hi < to)) {
    const leftWords = wordCount(text.slice(lo, start));
    const rightWords = wordCount(text.slice(end, hi));
    // Widen the thinner side first, so the figure stays near the middle of its quote.
    if ((leftWords <= rightWords && lo > from) || hi >= to) {
      lo = li < lefts.length ? lefts[li++] : from;
    } else {
      hi = ri < rights.length ? rights[ri++] : to;
    }
  }
  lo = Math.max(lo, from);
  hi = Math.min(hi, to);
  if (hi - lo > MAX_CHARS) {
    // Cut at words, keeping the figure and as much as fits on both sides.
    const room = Math.max(0, MAX_CHARS - (end - start));
    lo = Math.max(lo, start - Math.floor(room / 2));
    hi = Math.min(hi, end + (room - (start - lo)));
    while (lo > from && lo < start && /\S/.test(text[lo - 1])) lo++;
    while (hi < to && hi > end && /\S/.test(text[hi])) hi--;
  }
  let quote = text.slice(lo, hi);
  quote = quote.replace(/^[\s,;:.)\]—–-]+/u, '').replace(/[\s,;:([—–-]+$/u, '');
  return quote.trim();
}
