// Days of the month written in words, as dates spell them: "first" to "thirty-first", and "twenty one" style
// compounds (a bare "one" or "five" is far more often a count than a day, so the scanners decide where these count).

import { ONES, SMALL_ORDINALS as ORDINALS } from '../numberWords';

const UNITS = ONES.slice(1, 10);
const TEENS = ONES.slice(10, 20);

/** A regex alternative for one day word (any case): ordinals, "twenty-first", "thirtieth", "twenty two", "fifteen". */
export const DAY_WORD =
  '(?:(?:[Tt]wenty|[Tt]hirty)[ -](?:first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|one|two|three|four|five|six|seven|eight|nine)' +
  `|[Tt]wentieth|[Tt]hirtieth|${[...ORDINALS, ...TEENS].map((w) => `[${w[0]}${w[0].toUpperCase()}]${w.slice(1)}`).join('|')})`;

/** "first" to "ninth", in lower case: ranks in news prose, unless "on the" makes one a day (see ordinalDays). */
export const ORDINAL_UNITS = ORDINALS.slice(0, 9).join('|');

/**
 * A day past the ninth as a lower-case ordinal word: "twenty-second", "thirty first", "fifteenth". News style writes
 * a rank past the ninth in figures ("the 22nd floor", "finished 15th"), so such a word standing alone is a day;
 * capitalised, it is a regnal number or a name ("Louis the Fourteenth").
 */
export const LATE_DAY_ORDINAL = `(?:(?:twenty|thirty)[ -](?:${ORDINAL_UNITS})|twentieth|thirtieth|${ORDINALS.slice(9).join('|')})`;

/** The day a day word names, if it is one of 1-31. */
export function dayWordNumber(word: string): number | undefined {
  const w = word.toLowerCase().replace(/-/g, ' ');
  const parts = w.split(' ');
  const unit = (x: string): number | undefined => {
    const o = ORDINALS.indexOf(x);
    if (o >= 0 && o < 9) return o + 1;
    const u = UNITS.indexOf(x);
    return u >= 0 ? u + 1 : undefined;
  };
  if (parts.length === 2) {
    const tens = parts[0] === 'twenty' ? 20 : parts[0] === 'thirty' ? 30 : 0;
    const u = unit(parts[1]);
    const n = tens && u ? tens + u : undefined;
    return n !== undefined && n <= 31 ? n : undefined;
  }
  if (w === 'twentieth') return 20;
  if (w === 'thirtieth') return 30;
  const o = ORDINALS.indexOf(w);
  if (o >= 0) return o + 1;
  const t = TEENS.indexOf(w);
  return t >= 0 ? t + 10 : undefined;
}
