// Writing a figure back: a replacement must read as if the writer had typed it ("$40 million" becomes
// "$50 million", "eleven thousand" becomes "fifteen thousand"), and a cited value needs a neutral form.
import type { NumberStyle, QuantityKind } from '../types';
import { currencySymbol, minorUnitFactor } from '../extract/quantities';
import { numberToWords, scaleFactor } from '../extract/numberWords';
import { formatShare } from './fraction';

/** Decimals a scaled figure may carry before it reads worse than the plain digits ("15.312 thousand"). */
const MAX_SCALED_DECIMALS = 2;
/** Decimals kept for plain digits; fact values rarely need more and float noise lives beyond. */
const MAX_DIGIT_DECIMALS = 6;

/** The fewest decimals that write `n` exactly (within float noise), or undefined if more than `max`. */
function neededDecimals(n: number, max: number): number | undefined {
  for (let d = 0; d <= max; d++) {
    if (Math.abs(Number(n.toFixed(d)) - n) <= 1e-9 * Math.max(1, Math.abs(n))) return d;
  }
  return undefined;
}

function group(intPart: string): string {
  return intPart.replace(/\B(?=(\d{3})+(?!\d))/g, ',');
}

/** Non-negative `n` in digits with `decimals` places, grouped by thousands if asked. */
function digits(n: number, decimals: number, grouping: boolean): string {
  const [i, f] = n.toFixed(decimals).split('.');
  const intPart = grouping ? group(i) : i;
  return f ? `${intPart}.${f}` : intPart;
}

/** Prices written with cents ("$2.50") keep two decimals; otherwise a figure takes the decimals it needs. */
function decimalsFor(needed: number, style: NumberStyle, kind: QuantityKind): number {
  return kind === 'money' && style.decimals === 2 && needed === 1 ? 2 : needed;
}

function plainDigits(abs: number, style: NumberStyle, kind: QuantityKind, grouping: boolean): string {
  const needed = neededDecimals(abs, MAX_DIGIT_DECIMALS) ?? MAX_DIGIT_DECIMALS;
  const text = digits(abs, decimalsFor(needed, style, kind), grouping);
  // A long fraction rounded at the limit still carries trailing zeros worth dropping.
  return text.includes('.') && needed === MAX_DIGIT_DECIMALS ? text.replace(/\.?0+$/, '') : text;
}

/**
 * The next scale up, in the writer's own notation: "$24,000 million" is "$24 billion", "£25,000m" is "£25bn".
 * Abbreviations keep their family ("mn"/"bn", "mln"/"bln", "M"/"B"); a bare "m" pairs with "bn" as British copy
 * writes them (£25m, £25bn). Scales with no usual next step ("mil", "MM", lakh, crore) are not moved.
 */
const SCALE_UP: Readonly<Record<string, string>> = {
  thousand: 'million',
  million: 'billion',
  billion: 'trillion',
  k: 'm',
  K: 'M',
  m: 'bn',
  M: 'B',
  mn: 'bn',
  Mn: 'Bn',
  mln: 'bln',
  bn: 'tn',
  Bn: 'Tn',
  bln: 'tln',
  b: 'tn',
  B: 'T',
};

/** The next scale down, for billions and trillions below one ("$0.4 billion" is "$400 million"). */
const SCALE_DOWN: Readonly<Record<string, string>> = {
  billion: 'million',
  trillion: 'billion',
  bn: 'm',
  Bn: 'Mn',
  bln: 'mln',
  b: 'm',
  B: 'M',
  tn: 'bn',
  trn: 'bn',
  Tn: 'Bn',
  tln: 'bln',
  T: 'B',
};

/** The scale `steps` maps `scale` to, with a scale word's capitals kept ("Million" -> "Billion"). */
function stepScale(scale: string, steps: Readonly<Record<string, string>>): string | undefined {
  if (steps[scale] !== undefined) return steps[scale];
  const lower = scale.toLowerCase();
  // Only whole words change case with the writer; "M" and "m" are different abbreviations, not cases of one.
  if (!/^(?:thousand|million|billion|trillion)$/.test(lower) || steps[lower] === undefined) return undefined;
  const next = steps[lower];
  return scale === scale.toUpperCase() ? next.toUpperCase() : next[0].toUpperCase() + next.slice(1);
}

function scaled(abs: number, scale: string, gap: string, style: NumberStyle, kind: QuantityKind): string | undefined {
  const inScale = (sc: string): number | undefined => {
    const factor = scaleFactor(sc);
    return factor === undefined ? undefined : Number((abs / factor).toPrecision(15));
  };
  let written = scale;
  let n = inScale(scale);
  if (n === undefined) return undefined;
  // A figure of 1000 or more in the writer's scale is written in the next one up, and below one billion in the
  // next one down: a writer who typed "$24 million" writes 24e9 as "$24 billion", not "$24,000 million".
  let movedUp = false;
  const step = (steps: Readonly<Record<string, string>>): boolean => {
    const next = stepScale(written, steps);
    const m = next === undefined ? undefined : inScale(next);
    if (next === undefined || m === undefined) return false;
    written = next;
    n = m;
    return true;
  };
  while (n >= 1000 && step(SCALE_UP)) movedUp = true;
  while (n > 0 && n < 1 && step(SCALE_DOWN));
  // One step up turns whole millions into thousandths of a billion: "$5,312 million" is "$5.312 billion".
  const needed = neededDecimals(n, MAX_SCALED_DECIMALS + (movedUp ? 1 : 0));
  if (needed === undefined) return undefined;
  return `${digits(n, decimalsFor(needed, style, kind), style.grouping || n >= 10000)}${gap}${written}`;
}

/**
 * Words only where they stay short: below a thousand, or a whole count of a scale word
 * ("fifteen thousand", "two hundred million"). "Fifteen thousand three hundred twelve" is not how
 * anyone writes 15,312.
 */
function words(abs: number, capitalized: boolean): string | undefined {
  if (!Number.isInteger(abs)) return undefined;
  let compact = abs < 1000;
  for (const e of [3, 6, 9, 12]) {
    const unit = 10 ** e;
    if (abs % unit === 0 && abs / unit < 1000) compact = true;
  }
  if (!compact) return undefined;
  const text = numberToWords(abs);
  return capitalized ? text[0].toUpperCase() + text.slice(1) : text;
}

/** " dollars" after 1 reads " dollar"; hyphenated compounds ("a 5-dollar bill") are already singular. */
function agreeSuffix(suffix: string, one: boolean): string {
  if (!one || suffix.startsWith('-')) return suffix;
  return suffix.replace(/\b(dollar|euro|pound|cent|rupee|peso|franc|ruble|rouble|shekel|riyal|dirham|bitcoin|buck)s\b/i, '$1');
}

/**
 * `value` (in full units: 50000000 for fifty million, 10 for 10%) written the way `style` wrote its figure.
 * When the style's scale would need a long fraction (15,312 in a "15 thousand" style) or words would run
 * long, the figure falls back to grouped digits, keeping the currency and percent signs.
 */
export function formatQuantity(value: number, style: NumberStyle, kind: QuantityKind): string {
  if (style.form === 'fraction' && style.fraction) return formatShare(value, style.fraction);
  const minor = minorUnitFactor(style.currencySuffix);
  const v = Number((value / minor).toPrecision(15));
  const abs = Math.abs(v);
  let body: string | undefined;
  let scaledUsed = false;
  if (style.form === 'words') {
    body = words(abs, style.capitalized ?? false);
    if (body === undefined && style.scale) {
      body = scaled(abs, style.scale, style.scaleGap ?? ' ', style, kind);
      scaledUsed = body !== undefined;
    }
  } else if (style.form === 'digits-scale' && style.scale) {
    body = scaled(abs, style.scale, style.scaleGap ?? '', style, kind);
    scaledUsed = body !== undefined;
  }
  const fellBack = body === undefined && style.form !== 'digits';
  body ??= plainDigits(abs, style, kind, style.grouping || fellBack);
  let prefix = style.currencyPrefix ?? '';
  const suffix = style.currencySuffix !== undefined ? agreeSuffix(style.currencySuffix, abs === 1 && !scaledUsed) : '';
  if (kind === 'money' && !prefix && !suffix) prefix = '$';
  const percent = style.percentSuffix ?? (kind === 'percent' ? '%' : '');
  return `${v < 0 ? '-' : ''}${prefix}${body}${suffix}${percent}`;
}

const CITED_SCALES: ReadonlyArray<[string, number]> = [
  ['trillion', 12],
  ['billion', 9],
  ['million', 6],
];

/** Large round values read best with a scale word: "$50 million", "1.5 million". */
function citedScaled(abs: number): string | undefined {
  for (const [word, e] of CITED_SCALES) {
    if (abs < 10 ** e) continue;
    const n = Number((abs / 10 ** e).toPrecision(15));
    const d = neededDecimals(n, MAX_SCALED_DECIMALS);
    return d === undefined ? undefined : `${digits(n, d, true)} ${word}`;
  }
  return undefined;
}

/**
 * A value in a neutral house style, for messages and for sources quoted without their own wording:
 * "15,000", "$50 million", "10%", "$25,000", "€3 billion", "CHF 500".
 */
export function formatCited(value: number, kind: QuantityKind, currency?: string): string {
  const abs = Math.abs(value);
  const sign = value < 0 ? '-' : '';
  if (kind === 'percent') {
    return `${sign}${digits(abs, neededDecimals(abs, MAX_DIGIT_DECIMALS) ?? 2, abs >= 10000)}%`;
  }
  const needed = neededDecimals(abs, MAX_DIGIT_DECIMALS);
  const body =
    citedScaled(abs) ??
    (kind === 'money' ? digits(abs, needed === 0 ? 0 : Math.max(2, Math.min(needed ?? 2, MAX_DIGIT_DECIMALS)), true) : digits(abs, needed ?? 2, true));
  if (kind !== 'money') return `${sign}${body}`;
  const code = currency ?? 'USD';
  const symbol = currencySymbol(code);
  return symbol ? `${sign}${symbol}${body}` : `${sign}${code} ${body}`;
}
