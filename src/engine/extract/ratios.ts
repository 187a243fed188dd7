// Shares written as ratios: "one in five candidates", "nine in 10 voters", "1 in 4 adults", "one in every
// three homes". Each is a percent claim of its share ("one in five" is 20), read as rounded like a fraction
// (a writer says "nine in ten" of 88%), so the numbers in it are never counts of their own: "five" in "one in
// five candidates" is no count of candidates.
import type { NumberStyle } from '../types';
import type { Quantity } from './quantities';
import { findHedgeBefore } from './hedges';
import { ONES } from './numberWords';
import { readUnit, unitFamily } from './units';
import { isMeasureFamily } from '../lexicon/units';

/** A number up to twenty in words, or up to four digits (a year is no denominator: "3 in 2019"). */
const NUMBER = String.raw`(?:\d{1,3}(?:,\d{3})?|${ONES.slice(1, 21).join('|')}|hundred|a\s+hundred|one\s+hundred|a\s+thousand|one\s+thousand)`;
const RATIO = new RegExp(
  String.raw`(?<![\p{L}\p{N}.,-])(${NUMBER})[ \t\u00a0]+in[ \t\u00a0]+(?:every[ \t\u00a0]+)?(${NUMBER})(?![\p{L}\p{N}]|[.,]\d|[ \t\u00a0]*%)`,
  'giu',
);

function valueOf(written: string): number {
  const w = written.toLowerCase().replace(/\s+/g, ' ');
  if (/^\d/.test(w)) return Number(w.replace(/,/g, ''));
  if (/hundred$/.test(w)) return 100;
  if (/thousand$/.test(w)) return 1000;
  return ONES.indexOf(w);
}

/** Every ratio share in `visible`. */
export function ratioShares(visible: string): Quantity[] {
  const out: Quantity[] = [];
  for (const m of visible.matchAll(RATIO)) {
    const n = valueOf(m[1]);
    const d = valueOf(m[2]);
    // "two in three", not "three in two" (no share) nor "one in one".
    if (!(n >= 1 && d > n)) continue;
    const start = m.index;
    const end = start + m[0].length;
    // "3 in 10 minutes", "two in five years": a count within a span or measure, not a share.
    const unit = readUnit(visible, end);
    const family = unit && unitFamily(unit.unit);
    if (family === 'duration' || isMeasureFamily(family)) continue;
    const hedge = findHedgeBefore(visible, start);
    const style: NumberStyle = {
      form: 'fraction',
      grouping: false,
      decimals: 0,
      fraction: {
        glyph: false,
        hyphen: false,
        one: 'number',
        capitalized: /^\p{Lu}/u.test(m[1]),
        needsOf: false,
        ratio: /^\d/.test(m[1]) ? 'digits' : 'words',
      },
    };
    const q: Quantity = {
      kind: 'percent',
      text: visible.slice(hedge ? hedge.start : start, end),
      start: hedge ? hedge.start : start,
      end,
      value: Number(((100 * n) / d).toPrecision(15)),
      bound: hedge?.bound ?? 'exact',
      figure: { start, end },
      style,
    };
    if (hedge) q.hedge = hedge.text;
    out.push(q);
  }
  return out;
}
