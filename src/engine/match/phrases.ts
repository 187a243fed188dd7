// Where a multi-word cue stands in a sentence: its words together and in order, not scattered through it.

import type { Span } from '../types';
import type { Token } from './terms';

/**
 * A claim's words in the order they stand, `undefined` where a phrase cannot run on: punctuation or a figure
 * between two words, or a word that is not the claim's own.
 */
export type WordOrder = readonly (string | undefined)[];

/** Between two words of one phrase stand only spaces and the short words the tokenizer drops ("rate of tax"). */
const JOINS = /^[\s\p{L}'’]*$/u;

/**
 * The claim's own words in sentence order. A neighbouring figure's words ("rise by 1.2 percentage points to 15%")
 * are its unit, no subject of the claim's, so they break a phrase as punctuation does.
 */
export function wordOrder(visible: string, words: readonly Token[], own: (t: Token) => boolean, figures: readonly Span[]): WordOrder {
  const out: (string | undefined)[] = [];
  let prev: Token | undefined;
  for (const t of words) {
    const inFigure = figures.some((f) => t.start < f.end && t.end > f.start);
    if (prev && !JOINS.test(visible.slice(prev.end, t.start))) out.push(undefined);
    out.push(!inFigure && own(t) ? t.stem : undefined);
    prev = t;
  }
  return out;
}

/** The words of `phrase` stand together, in order, somewhere in `order`. */
export function standsIn(order: WordOrder, phrase: readonly string[], at: number): boolean {
  return phrase.every((s, k) => order[at + k] === s);
}

/** "day-to-day" is one word twice: a cue is a phrase only with two different words. */
export function isPhrase(stems: readonly string[]): boolean {
  return new Set(stems).size > 1;
}
