// A table's quotes say, in a source's own words, where each fact's figure stands. A text that repeats the
// words right around that figure (a source checked against its own table, a draft that follows a source
// closely, even with the figure changed) is writing that fact, whatever other facts its words also fit.

import type { QuantityClaim, QuantityKind } from '../types';
import type { QuotedFigure } from '../table/quotedFigures';

/** The words of a quote on either side of the figure the table records for it. */
export interface QuoteFrame {
  fact: number;
  kind: QuantityKind;
  /** Words before the figure, nearest last. */
  before: string[];
  /** Words after the figure, nearest first. */
  after: string[];
}

/** How much of a quote a claim's words repeat: enough to say which fact (close), or the quote itself (verbatim). */
export type Echo = 'close' | 'verbatim';

/** Quote frames keyed by the two words right before and right after their figure, so a claim finds its few
 *  candidates however large the table ("the" alone before a figure would list half of them). */
export interface QuoteIndex {
  byBefore: Map<string, QuoteFrame[]>;
  byAfter: Map<string, QuoteFrame[]>;
}

/** Echoed words needed: three in a row ("damage to agriculture at"), two of them more than function words. */
const MIN_ECHO = 3;
const MIN_CONTENT = 2;
/** An echo this long is the quote itself, near enough: "people were killed in" is a close echo, not a quote. */
const VERBATIM = 6;
/** How far from the figure an echo is sought, in words on each side. */
const SPAN = 8;

/** Words that carry no content of their own: articles, prepositions, auxiliaries ("have been"), hedges. */
const FUNCTION_WORDS = new Set([
  'a',
  'an',
  'the',
  'of',
  'to',
  'in',
  'on',
  'at',
  'for',
  'by',
  'from',
  'with',
  'and',
  'or',
  'as',
  'is',
  'was',
  'were',
  'are',
  'be',
  'been',
  'being',
  'have',
  'has',
  'had',
  'will',
  'would',
  'shall',
  'should',
  'can',
  'could',
  'may',
  'might',
  'do',
  'does',
  'did',
  'that',
  'this',
  'it',
  'its',
  'about',
  'some',
  'around',
  'nearly',
  'over',
  'than',
  'more',
  'least',
]);

function words(text: string): string[] {
  return text.toLowerCase().match(/[\p{L}\p{N}]+/gu) ?? [];
}

/** Two words that frame the figures of this many quotes (a table's house style, "people were") identify none of them. */
const MAX_FRAMED = 24;

function distinctive(frames: QuoteFrame[] | undefined | ''): QuoteFrame[] {
  return frames && frames.length <= MAX_FRAMED ? frames : [];
}

/** Two words as one key; fewer than two (a figure at a quote's edge) key nothing, as an echo needs three. */
function pairKey(pair: readonly string[]): string | undefined {
  return pair.length === 2 ? pair.join(' ') : undefined;
}

function push(map: Map<string, QuoteFrame[]>, key: string | undefined, frame: QuoteFrame): void {
  if (!key) return;
  const list = map.get(key);
  if (list) list.push(frame);
  else map.set(key, [frame]);
}

/** The quote frames of every fact's quoted figures; `figures[i]` are fact i's. */
export function indexQuotes(figures: readonly (readonly QuotedFigure[])[]): QuoteIndex {
  const index: QuoteIndex = { byBefore: new Map(), byAfter: new Map() };
  figures.forEach((list, i) => {
    for (const { quote, quantity } of list) {
      const at = quantity.figure;
      const frame: QuoteFrame = {
        fact: i,
        kind: quantity.kind,
        before: words(quote.slice(0, at.start)).slice(-SPAN),
        after: words(quote.slice(at.end)).slice(0, SPAN),
      };
      push(index.byBefore, pairKey(frame.before.slice(-2)), frame);
      push(index.byAfter, pairKey(frame.after.slice(0, 2)), frame);
    }
  });
  return index;
}

/** Words two lists share from their starts, and how many of them are content words. */
function echo(a: readonly string[], b: readonly string[]): { run: number; content: number } {
  let run = 0;
  let content = 0;
  while (run < a.length && run < b.length && a[run] === b[run]) {
    if (!FUNCTION_WORDS.has(a[run])) content++;
    run++;
  }
  return { run, content };
}

/**
 * Facts whose quotes frame the claim's figure with the claim's own neighbouring words: the words before
 * the figure and after it, counted together, echo the quote for at least MIN_ECHO words; each with how closely.
 */
export function quotedFacts(index: QuoteIndex, visible: string, claim: QuantityClaim): Map<number, Echo> {
  const out = new Map<number, Echo>();
  const { figure, sentence } = claim;
  const before = words(visible.slice(sentence.start, figure.start)).slice(-SPAN);
  const after = words(visible.slice(figure.end, sentence.end)).slice(0, SPAN);
  const left = pairKey(before.slice(-2));
  const right = pairKey(after.slice(0, 2));
  const candidates = new Set([...distinctive(left && index.byBefore.get(left)), ...distinctive(right && index.byAfter.get(right))]);
  const reversed = [...before].reverse();
  for (const q of candidates) {
    if (q.kind !== claim.kind) continue;
    const b = echo(reversed, [...q.before].reverse());
    const a = echo(after, q.after);
    const run = b.run + a.run;
    if (run < MIN_ECHO || b.content + a.content < MIN_CONTENT) continue;
    if (out.get(q.fact) !== 'verbatim') out.set(q.fact, run >= VERBATIM ? 'verbatim' : 'close');
  }
  return out;
}
