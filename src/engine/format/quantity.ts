// Writing a figure back: a replacement must read as if the writer had typed it ("$40 million" becomes
// "$50 million", "eleven thousand" becomes "fifteen thousand"), and a cited value needs a neutral form.
import type { NumberStyle, QuantityKind } from '../types';
import { currencySymbol, minorUnitFactor } from '../extract/quantities';
import { numberToWords, scaleFactor } from '../extract/numberWords';

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

function scaled(abs: number, scale: string, gap: string, style: NumberStyle, kind: QuantityKind): string | undefined {
  const factor = scaleFactor(scale);
  if (factor === undefined) return undefined;
  const n = Number((abs / factor).toPrecision(15));
  const needed = neededDecimals(n, MAX_SCALED_DECIMALS);
  if (needed === undefined) return undefined;
  return `${digits(n, decimalsFor(needed, style, kind), style.grouping || n >= 10000)}${gap}${scale}`;
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

const CITED_SCALES: ReadonlyArray<[string, number]> = [['trillion', 12], ['billion', 9], ['million', 6]];

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
    (kind === 'money'
      ? digits(abs, needed === 0 ? 0 : Math.max(2, Math.min(needed ?? 2, MAX_DIGIT_DECIMALS)), true)
      : digits(abs, needed ?? 2, true));
  if (kind !== 'money') return `${sign}${body}`;
  const code = currency ?? 'USD';
  const symbol = currencySymbol(code);
  return symbol ? `${sign}${symbol}${body}` : `${sign}${code} ${body}`;
}
