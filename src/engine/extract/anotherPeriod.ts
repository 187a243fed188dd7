// "for another year", "another decade": a length of time counted as one more of a period, as news writes an
// extension ("frozen for another year" is frozen for one more year). "another two years" needs nothing here: its
// number is read as any count is.

import type { QuantityClaim } from '../types';

/**
 * "another year and a half" and "another year or two" are not one year. Only the longer periods: "another day" and "another hour" are as often idioms ("fight another day", "a story for
 * another day") as lengths of time, and "another second" is seldom a duration at all.
 */
const ANOTHER_PERIOD =
  /(?<![\p{L}\p{N}'’-])(another)[ \t\u00a0]+(week|month|year|decade)(?![\p{L}\p{N}'’-])(?![ \t\u00a0]+(?:and[ \t\u00a0]+an?[ \t\u00a0]+half|or[ \t\u00a0]+(?:so|two|more|longer)))/giu;

/** Every "another <period>" in `text` as a claim of one period; the span is "another", as a figure's span is its number. */
export function anotherPeriods(text: string): Omit<QuantityClaim, 'sentence'>[] {
  const out: Omit<QuantityClaim, 'sentence'>[] = [];
  for (const m of text.matchAll(ANOTHER_PERIOD)) {
    const end = m.index + m[1].length;
    out.push({
      kind: 'number',
      text: m[1],
      start: m.index,
      end,
      value: 1,
      bound: 'exact',
      figure: { start: m.index, end },
      unit: m[2].toLowerCase(),
      style: { form: 'words', grouping: false, decimals: 0, capitalized: /^\p{Lu}/u.test(m[1]) },
    });
  }
  return out;
}
