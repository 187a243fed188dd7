// Hedges: the words around a figure that say how exact it is ("at least 83", "nearly 16,000", "15,000 or more").
import type { Bound } from '../types';

/**
 * Each hedge and the bound it puts on the figure.
 *
 * "nearly", "almost", "close to", "just under/over" are modelled as `about`, not `less-than`/`at-most`:
 * a writer who says "nearly 16,000" means a value a little under 16,000. As an upper bound it would
 * agree with a source reporting 9,000, which no reader would accept; as `about` it agrees with 15,800
 * (and, within tolerance, with 16,050, a slip no reader is misled by) and disagrees with 9,000.
 * "up to", "as many as" are real upper bounds (`at-most`): they state a ceiling, not closeness.
 */
const PREFIX_HEDGES: ReadonlyArray<[string, Bound]> = [
  // at least
  ['at least', 'at-least'],
  ['at the very least', 'at-least'],
  ['no fewer than', 'at-least'],
  ['no less than', 'at-least'],
  ['not less than', 'at-least'],
  ['not fewer than', 'at-least'],
  ['a minimum of', 'at-least'],
  ['at a minimum', 'at-least'],
  ['as few as', 'at-least'],
  ['a minimum', 'at-least'],
  // more than
  ['more than', 'more-than'],
  ['over', 'more-than'],
  ['well over', 'more-than'],
  ['upwards of', 'more-than'],
  ['upward of', 'more-than'],
  ['in excess of', 'more-than'],
  ['above', 'more-than'],
  ['well above', 'more-than'],
  ['greater than', 'more-than'],
  ['exceeding', 'more-than'],
  ['north of', 'more-than'],
  ['well in excess of', 'more-than'],
  ['well beyond', 'more-than'],
  // about
  ['about', 'about'],
  ['approximately', 'about'],
  ['approx.', 'about'],
  ['roughly', 'about'],
  ['around', 'about'],
  ['some', 'about'],
  ['an estimated', 'about'],
  ['estimated', 'about'],
  ['close to', 'about'],
  ['circa', 'about'],
  ['ca.', 'about'],
  ['~', 'about'],
  ['nearly', 'about'],
  ['almost', 'about'],
  ['just under', 'about'],
  ['just over', 'about'],
  ['just below', 'about'],
  ['just above', 'about'],
  ['slightly more than', 'about'],
  ['slightly less than', 'about'],
  ['slightly fewer than', 'about'],
  ['slightly over', 'about'],
  ['slightly under', 'about'],
  ['just shy of', 'about'],
  ['nearly as many as', 'about'],
  ['close on', 'about'],
  ['on the order of', 'about'],
  ['in the region of', 'about'],
  ['in the neighborhood of', 'about'],
  ['in the neighbourhood of', 'about'],
  ['something like', 'about'],
  ['an approximate', 'about'],
  ['approaching', 'about'],
  ['the best part of', 'about'],
  ['the better part of', 'about'],
  // at most
  ['up to', 'at-most'],
  ['as many as', 'at-most'],
  ['as much as', 'at-most'],
  ['at most', 'at-most'],
  ['no more than', 'at-most'],
  ['not more than', 'at-most'],
  ['a maximum of', 'at-most'],
  ['at the most', 'at-most'],
  ['at a maximum', 'at-most'],
  ['as high as', 'at-most'],
  // less than
  ['less than', 'less-than'],
  ['fewer than', 'less-than'],
  ['under', 'less-than'],
  ['below', 'less-than'],
  ['well under', 'less-than'],
  ['well below', 'less-than'],
  ['lower than', 'less-than'],
  ['south of', 'less-than'],
  ['short of', 'less-than'],
  ['well short of', 'less-than'],
];

/** Hedges written after the figure: "15,000 or more", "83 or so". */
const SUFFIX_HEDGES: ReadonlyArray<[string, Bound]> = [
  ['or more', 'at-least'],
  ['or higher', 'at-least'],
  ['or greater', 'at-least'],
  ['and upward', 'at-least'],
  ['and upwards', 'at-least'],
  ['or so', 'about'],
  ['or thereabouts', 'about'],
  ['more or less', 'about'],
  ['or fewer', 'at-most'],
  ['or less', 'at-most'],
  ['or lower', 'at-most'],
];

/** Glued to the figure: "15,000-plus", "forty-odd", "50+". Spaced, "plus" and "odd" mean other things. */
const GLUED_HEDGES: ReadonlyArray<[string, Bound]> = [
  ['plus', 'at-least'],
  ['odd', 'about'],
  ['+', 'at-least'],
];

const BY_PHRASE = new Map<string, Bound>([...PREFIX_HEDGES, ...SUFFIX_HEDGES, ...GLUED_HEDGES].map(([p, b]) => [p, b]));

function escape(s: string): string {
  return s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&').replace(/ /g, '\\s+');
}

function alternation(list: ReadonlyArray<[string, Bound]>): string {
  return [...list]
    .map(([p]) => p)
    .sort((a, b) => b.length - a.length)
    .map(escape)
    .join('|');
}

// Anchored at the end of the text before the figure. A word hedge must start a word; "~" may be glued.
const BEFORE_RE = new RegExp(`(?<![\\p{L}\\p{N}])(${alternation(PREFIX_HEDGES)})[ \\t\\u00a0]*\\n?[ \\t\\u00a0]*$`, 'iu');
const AFTER_RE = new RegExp(`^(?:[ \\t\\u00a0]+(${alternation(SUFFIX_HEDGES)})(?![\\p{L}\\p{N}])|-(plus|odd)(?![\\p{L}\\p{N}-])|(\\+)(?![\\p{N}]))`, 'iu');

/** How far back a hedge may start: the longest phrase plus some spacing. */
const LOOKBEHIND = 40;

export interface Hedge {
  /** The hedge as written ('at least', 'Nearly'). */
  text: string;
  bound: Bound;
  start: number;
  end: number;
}

/** The bound a hedge phrase stands for ('nearly' -> 'about'), or undefined for a phrase that is not a hedge. */
export function hedgeBound(phrase: string): Bound | undefined {
  return BY_PHRASE.get(phrase.trim().toLowerCase().replace(/\s+/g, ' '));
}

/** The hedge written right before `figureStart`, if any. */
export function findHedgeBefore(text: string, figureStart: number): Hedge | undefined {
  const from = Math.max(0, figureStart - LOOKBEHIND);
  const m = BEFORE_RE.exec(text.slice(from, figureStart));
  if (!m) return undefined;
  const bound = hedgeBound(m[1]);
  if (!bound) return undefined;
  const start = from + m.index;
  return { text: m[1], bound, start, end: start + m[1].length };
}

/** A hedge written right after the figure ending at `figureEnd` ("or more", "-plus", "+"), if any. */
export function findHedgeAfter(text: string, figureEnd: number): Hedge | undefined {
  const m = AFTER_RE.exec(text.slice(figureEnd, figureEnd + LOOKBEHIND));
  if (!m) return undefined;
  const phrase = m[1] ?? m[2] ?? m[3];
  const bound = hedgeBound(phrase);
  if (!bound) return undefined;
  const end = figureEnd + m[0].length;
  return { text: phrase, bound, start: end - phrase.length, end };
}
