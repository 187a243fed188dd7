// The text to put in place of a claim: the cited value written the way the writer wrote the claim.

import type { Bound, QuantityClaim, QuantityFact } from '../types';
import { convertUnit, isPercentagePoints } from '../lexicon/units';
import { hedgePhrase } from './hedge';
import { formatCited, formatQuantity } from './quantity';

function capitalizeLike(model: string, text: string): string {
  return /^\p{Lu}/u.test(model) && text ? text[0].toUpperCase() + text.slice(1) : text;
}

/** Significant digits of a figure as written: 305 has three, 14,000 two, 2.50 two. */
function significantDigits(value: number): number {
  const digits = String(Math.abs(value)).replace('.', '').replace(/^0+/, '');
  return Math.max(1, (Number.isInteger(value) ? digits.replace(/0+$/, '') : digits).length);
}

/** A trailing zero may or may not be significant ("170 km/h"): a conversion keeps three digits at least. */
const MIN_CONVERTED_DIGITS = 3;

/** A converted value is no more exact than the figure it came from: 305 km/h is 190 mph, not 189.518 mph. */
function toPrecisionOf(converted: number, source: number): number {
  return Number(converted.toPrecision(Math.max(significantDigits(source), MIN_CONVERTED_DIGITS)));
}

/**
 * A value written where the claim stands, in the claim's unit and style. `keepHedge`: the writer's own hedge is
 * still true of the value and stays as written; otherwise the bound's hedge replaces it.
 */
export function quantityReplacement(claim: QuantityClaim, fact: QuantityFact, value: number, bound: Bound, keepHedge: boolean): string {
  const converted = claim.kind === 'number' && claim.unit && fact.unit ? convertUnit(value, fact.unit, claim.unit) : undefined;
  const inClaimUnit = converted === undefined ? value : toPrecisionOf(converted, value);
  const figure = formatQuantity(inClaimUnit, claim.style, claim.kind);
  const hedgeText = claim.text.slice(0, claim.figure.start - claim.start);
  if (keepHedge) return hedgeText + figure;
  const phrase = hedgePhrase(bound);
  // Without its hedge the figure opens the claim, and a sentence: "More than half" becomes "A quarter".
  return phrase ? capitalizeLike(claim.text, `${phrase} `) + figure : capitalizeLike(claim.text, figure);
}

/**
 * The cited value where the claim is in another currency or in percent for percentage points: the claim's
 * hedge kept, the figure written in the fact's own terms ("£12.21" for "$12.21", "1.2 percentage points" for "1.2%").
 */
export function writtenInFactTerms(claim: QuantityClaim, fact: QuantityFact, value = fact.value): string | null {
  if (value === undefined) return null;
  const hedgeText = claim.text.slice(0, claim.figure.start - claim.start);
  if (fact.kind === 'percent') {
    const points = isPercentagePoints(fact.unit);
    const figure = formatCited(value, 'number');
    return hedgeText + (points ? `${figure} percentage point${value === 1 ? '' : 's'}` : `${figure}%`);
  }
  return hedgeText + formatCited(value, fact.kind, fact.currency);
}

/** The cited name cut to the shape the writer used: a surname alone stays a surname. */
export function nameReplacement(mention: string, cited: string): string {
  const words = mention.trim().split(/\s+/);
  const citedWords = cited.trim().split(/\s+/);
  if (words.length === 1) return citedWords[citedWords.length - 1];
  if (words.length === 2 && citedWords.length > 2) return `${citedWords[0]} ${citedWords[citedWords.length - 1]}`;
  return cited;
}
