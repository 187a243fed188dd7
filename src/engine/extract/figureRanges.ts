// "between 40 and 50 people", "160 to 180 cases": two figures that bound one value write one claim of a range.

import type { QuantityClaim } from '../types';
import { writtenInPoints } from '../lexicon/units';

/** A figure as extraction reads it, before it is placed in its sentence. */
type Figure = Omit<QuantityClaim, 'sentence'>;

/** Between the ends: "and" after "between", "to", or a dash. */
const JOIN = /^[ \t]*(?:and|to|-|–|—)[ \t]*$/;
/** "between" (or "from", for a dash: "from 40-50" is rare enough to read as a range) before the lower end. */
const BETWEEN = /\bbetween[ \t]+$/i;
/** "from 40 to 50" is as often a change as a range, and "rose 40 to 50" a change: such pairs stay two figures. */
const CHANGE_BEFORE =
  /\b(?:from|rose|rise[sn]?|rising|fell|falls?|falling|increased?|decreased?|grew|grow[sn]?|jumped|climbed|dropped|cut|raised|lowered|up|down)[ \t]+$/i;

/** Two figures that bound one value, and the one claim of the range they write. */
export interface FigureRange<Q extends Figure> {
  low: Q;
  high: Q;
  /** The lower end's value, the upper end's as `upTo`, the upper end's unit ("40 and 50 people"), the text of both. */
  range: Q;
}

/**
 * The ranges among `figures` (in text order). A pair whose ends differ in kind, currency, unit or way of writing a
 * percentage, or whose upper end is no larger, is no range.
 */
export function rangesIn<Q extends Figure>(visible: string, figures: readonly Q[]): FigureRange<Q>[] {
  const out: FigureRange<Q>[] = [];
  for (let i = 0; i + 1 < figures.length; i++) {
    const [low, high] = [figures[i], figures[i + 1]];
    if (!isRange(visible, low, high)) continue;
    // "between" belongs to the range's text, as a hedge to its figure's.
    const between = BETWEEN.exec(visible.slice(Math.max(0, low.start - 30), low.start));
    const start = between ? low.start - between[0].length : low.start;
    const figure = { start: low.figure.start, end: high.figure.end };
    out.push({
      low,
      high,
      range: { ...high, text: visible.slice(start, high.end), start, figure, value: low.value, upTo: high.value, hedge: low.hedge, bound: 'exact' },
    });
    i++;
  }
  return out;
}

function isRange(visible: string, lo: Figure, hi: Figure): boolean {
  if (lo.kind !== hi.kind || lo.currency !== hi.currency || !(hi.value > lo.value) || lo.per || (lo.unit && lo.unit !== hi.unit)) return false;
  if (writtenInPoints(lo.style.percentSuffix) !== writtenInPoints(hi.style.percentSuffix)) return false;
  const gap = visible.slice(lo.end, hi.start);
  if (!JOIN.test(gap)) return false;
  const before = visible.slice(Math.max(0, lo.start - 30), lo.start);
  if (/\band\b/.test(gap)) return BETWEEN.test(before);
  return !CHANGE_BEFORE.test(before);
}
