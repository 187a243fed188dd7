// "£140,000 a week", "$12 per month", "3% a year", "120 litres a day": a figure paid, used or grown over a period
// is a rate, and the period is part of what it claims. A wage of £140,000 a month is not one of £140,000 a week.

import type { RatePeriod, RatePer } from '../types';

/**
 * The period right after a figure or its unit: "a week", "an hour", "per annum", "each month", "/yr", and the
 * hyphened "-a-week" of "a £140,000-a-week contract". Not "a year ago", "a day earlier" or "a week later": those
 * place a figure in time and rate nothing. "per person" may stand between: "120 litres per person a day".
 */
const PER_RE =
  /^(?:(?:[ \t\u00a0]+|-)(?:(?:per|a|each)[ \t\u00a0]+(?:person|head|capita|household|resident|customer|user|pupil|patient)[ \t\u00a0,]+)?(?:a|an|per|each|every)(?:[ \t\u00a0]+|-)(hour|day|week|month|year|annum)|[ \t\u00a0]?\/[ \t\u00a0]?(hr|hour|day|wk|week|mo|month|yr|year))(?![\p{L}\p{N}-])(?![ \t\u00a0]+(?:ago|earlier|later|before|after|previously|since|on|from|or|and[ \t\u00a0]+a[ \t\u00a0]+half)\b)/iu;

const PERIOD_OF: Readonly<Record<string, RatePeriod>> = {
  hr: 'hour',
  hour: 'hour',
  day: 'day',
  wk: 'week',
  week: 'week',
  mo: 'month',
  month: 'month',
  yr: 'year',
  year: 'year',
  annum: 'year',
};

/**
 * The rate period written at `from` (the end of a figure, or of its unit noun), if any, for a claim ending at
 * `claimEnd`. Kept as text, not offsets, so that it moves with its claim when the document is edited.
 */
export function ratePeriodAt(text: string, claimEnd: number, from: number): RatePer | undefined {
  const m = PER_RE.exec(text.slice(from, from + 60));
  if (!m) return undefined;
  const word = m[1] ?? m[2];
  const end = from + m[0].length;
  return { period: PERIOD_OF[word.toLowerCase()], gap: text.slice(claimEnd, end - word.length), word };
}

/** Characters from a claim's end to the end of its period. */
export const periodLength = (per: RatePer): number => per.gap.length + per.word.length;

/** Words of a label or cue that give its figure a period: "weekly wage", "annual budget", "a day". */
const LABEL_PERIOD_RE = /\b(?:(hourly)|(daily)|(weekly)|(monthly)|(annual|annually|yearly)|(?:a|per|each|every)\s+(hour|day|week|month|year|annum))\b/i;
const LABEL_PERIODS: readonly RatePeriod[] = ['hour', 'day', 'week', 'month', 'year'];

/** The period a fact's own words give its figure, or undefined when they name none. */
export function periodInWords(words: string): RatePeriod | undefined {
  const m = LABEL_PERIOD_RE.exec(words);
  if (!m) return undefined;
  for (let i = 1; i <= 5; i++) if (m[i]) return LABEL_PERIODS[i - 1];
  return PERIOD_OF[m[6].toLowerCase()];
}

/** Days in each period, by the calendar: a year is 365 days, 52 weeks and 12 months. An hour is no part of a day's pay. */
const DAYS: Readonly<Record<RatePeriod, number | undefined>> = { hour: undefined, day: 1, week: 7, month: 365 / 12, year: 365 };

/** How many of `to` make one `from`'s worth: 52.14 for a week's figure written as a year's. Undefined for hours. */
export function periodFactor(from: RatePeriod, to: RatePeriod): number | undefined {
  const a = DAYS[from];
  const b = DAYS[to];
  return a === undefined || b === undefined ? undefined : b / a;
}

/**
 * `written` (the text from a figure's end to its period word, as the writer wrote it: " a ", " litres per ", "-a-")
 * followed by another period, its article made to fit: "a month" becomes "an hour".
 */
export function withPeriod(written: string, period: RatePeriod): string {
  const article = period === 'hour' ? 'an' : 'a';
  return written.replace(/(^|[ \t\u00a0-])an?([ \t\u00a0-]+)$/i, (_, lead: string, gap: string) => `${lead}${article}${gap}`) + period;
}
