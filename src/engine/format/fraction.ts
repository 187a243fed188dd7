// Writing a share where the draft wrote a fraction: the simple fraction the value rounds to, in the writer's form
// ("two-thirds", "a quarter", "⅔"), or else the percentage ("55%"), since "eleven twentieths" is how nobody writes 55%.
import type { FractionStyle } from '../types';
import { numberToWords } from '../extract/numberWords';
import { fractionSpread } from '../verdict/intervals';

/** The fractions the press rounds shares to, with their names (singular, plural) and glyphs. */
const DENOMINATORS: ReadonlyArray<{ d: number; one: string; many: string; glyphs: Readonly<Record<number, string>> }> = [
  { d: 2, one: 'half', many: 'halves', glyphs: { 1: '½' } },
  { d: 3, one: 'third', many: 'thirds', glyphs: { 1: '⅓', 2: '⅔' } },
  { d: 4, one: 'quarter', many: 'quarters', glyphs: { 1: '¼', 3: '¾' } },
  { d: 5, one: 'fifth', many: 'fifths', glyphs: { 1: '⅕', 2: '⅖', 3: '⅗', 4: '⅘' } },
  { d: 10, one: 'tenth', many: 'tenths', glyphs: { 1: '⅒' } },
];

interface Simple {
  n: number;
  den: (typeof DENOMINATORS)[number];
}

/**
 * The simple fraction nearest `share` that still agrees with it as the verdict reads fractions (within its
 * spread), so the fix is itself a fair fraction of the value: 66% is two-thirds, 74% three quarters, 55% none.
 * Tenths only as "a tenth": "seven tenths" is not how news writes 70%.
 */
function nearestSimple(share: number): Simple | undefined {
  let best: (Simple & { off: number }) | undefined;
  for (const den of DENOMINATORS) {
    for (let n = 1; n < den.d && (den.d !== 10 || n === 1); n++) {
      const value = (100 * n) / den.d;
      const off = Math.abs(value - share);
      if (off <= fractionSpread(value) && (!best || off < best.off)) best = { n, den, off };
    }
  }
  return best;
}

function words({ n, den }: Simple, style: FractionStyle): string {
  if (den.d === 2) return 'half';
  if (n === 1) return `${style.one === 'number' ? 'one' : 'a'}${style.hyphen ? '-' : ' '}${den.one}`;
  return `${numberToWords(n)}${style.hyphen ? '-' : ' '}${den.many}`;
}

function percent(share: number): string {
  const text = Number(share.toFixed(2)).toString();
  return `${text}%`;
}

/** Ratios ("nine in ten") take any numerator over the denominators news rounds them to. */
const RATIO_DENOMINATORS = [2, 3, 4, 5, 10];

/** The ratio nearest `share` that agrees with it as the verdict reads fractions: 88% is "nine in ten". */
function nearestRatio(share: number): [number, number] | undefined {
  let best: [number, number, number] | undefined;
  for (const d of RATIO_DENOMINATORS) {
    for (let n = 1; n < d; n++) {
      const off = Math.abs((100 * n) / d - share);
      if (off <= fractionSpread((100 * n) / d) && (!best || off < best[2])) best = [n, d, off];
    }
  }
  return best && [best[0], best[1]];
}

function ratio(share: number, style: FractionStyle): string | undefined {
  const r = share > 0 && share < 100 ? nearestRatio(share) : undefined;
  if (!r) return undefined;
  const text = style.ratio === 'digits' ? `${r[0]} in ${r[1]}` : `${numberToWords(r[0])} in ${numberToWords(r[1])}`;
  return style.capitalized ? text[0].toUpperCase() + text.slice(1) : text;
}

/** `share` (a percentage) written where the draft wrote a fraction in `style`. */
export function formatShare(share: number, style: FractionStyle): string {
  if (style.ratio) return ratio(share, style) ?? percent(share);
  const simple = share > 0 && share < 100 ? nearestSimple(share) : undefined;
  if (!simple) return `${percent(share)}${style.needsOf ? ' of' : ''}`;
  if (style.glyph) return simple.den.glyphs[simple.n] ?? percent(share);
  // "half the homes" reads as "a quarter of the homes".
  const text = words(simple, style) + (style.needsOf && simple.den.d !== 2 ? ' of' : '');
  return style.capitalized ? text[0].toUpperCase() + text.slice(1) : text;
}
