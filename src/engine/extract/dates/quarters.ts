// Parts of a named year as business and economic news writes them: "Q3 2024", "the third quarter of 2024",
// "the first half of 2023", "H2 2025". Calendar quarters and halves: a fiscal year ("fiscal Q3 2024", "the third
// quarter of fiscal 2024") starts where the company says, so it is not read.

import { endOfMonth } from 'date-fns';
import { FIRST_FOUR, FIRST_FOUR_WORDS } from './counts';
import { SP, YEAR } from './patterns';
import { rangeValue, type Candidate } from './values';

/** "Q3 2024", "Q3, 2024", "third quarter of 2024", "third-quarter 2024"; the same for halves ("H1 2024"). */
const PERIOD = new RegExp(
  `(?<![A-Za-z\\d])(?:(?<short>[QH])(?<n>[1-4])(?:,?${SP}|-)|(?<word>${FIRST_FOUR_WORDS})(?:${SP}|-)(?<unit>quarter|half)(?:${SP}of)?${SP})(?<year>${YEAR})`,
  'gi',
);

/** The first month and the number of months of the period, or undefined where it is no period ("H3", "third half"). */
function monthsOf(unit: string, n: number): { first: number; months: number } | undefined {
  const quarter = /^q/i.test(unit);
  if (!quarter && n > 2) return undefined;
  const months = quarter ? 3 : 6;
  return { first: (n - 1) * months + 1, months };
}

export function scanQuarters(text: string): Candidate[] {
  const out: Candidate[] = [];
  for (const m of text.matchAll(PERIOD)) {
    const g = m.groups as Record<string, string | undefined>;
    // Only capitals name a period in short ("q3" is a code), and a fiscal year is the company's own.
    if (g.short && !/^[QH]$/.test(g.short)) continue;
    if (/\bfiscal[ \t]+$/i.test(text.slice(Math.max(0, m.index - 10), m.index))) continue;
    const n = g.short ? Number(g.n) : FIRST_FOUR[(g.word as string).toLowerCase()];
    const period = monthsOf(g.short ?? (g.unit as string), n);
    if (!period) continue;
    const year = Number(g.year);
    const from = new Date(year, period.first - 1, 1);
    const to = endOfMonth(new Date(year, period.first + period.months - 2, 1));
    out.push({ start: m.index, end: m.index + m[0].length, date: rangeValue(from, to), style: { form: 'relative', withYear: true } });
  }
  return out;
}
