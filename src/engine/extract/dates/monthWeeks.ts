// Weeks counted in a named month: "the first week of June" is its first seven days, "the last week of May" its last
// seven, as a reader counts them, whatever weekday the month starts on.

import { getDaysInMonth } from 'date-fns';
import { FIRST_FOUR, FIRST_FOUR_WORDS } from './counts';
import { MONTH_WITH_DAY, SP, YEAR, monthNumber } from './patterns';
import { tenseAt } from './tense';
import { rangeValue, type Candidate } from './values';
import { inferYear } from './years';

const MONTH_WEEK = new RegExp(
  `(?<![A-Za-z])(?<nth>${FIRST_FOUR_WORDS}|last|final)${SP}week${SP}of${SP}(?<month>${MONTH_WITH_DAY})(?:,?${SP}(?<year>${YEAR}))?`,
  'gi',
);

export function scanMonthWeeks(text: string, doc: Date | undefined): Candidate[] {
  const out: Candidate[] = [];
  for (const m of text.matchAll(MONTH_WEEK)) {
    const g = m.groups as Record<string, string | undefined>;
    const month = monthNumber(g.month as string);
    // Lower-case "may" and "march" are as likely verbs ("the first week of march across the plains" is rare).
    if (!month || /^(?:may|march)$/.test(g.month as string)) continue;
    const end = m.index + m[0].length;
    const year = g.year ? Number(g.year) : inferYear(month, undefined, doc, tenseAt(text, m.index, end));
    if (year === undefined) continue;
    const days = getDaysInMonth(new Date(year, month - 1, 1));
    const n = FIRST_FOUR[(g.nth as string).toLowerCase()];
    const first = n === undefined ? days - 6 : 7 * (n - 1) + 1;
    const date = rangeValue(new Date(year, month - 1, first), new Date(year, month - 1, first + 6));
    out.push({ start: m.index, end, date, style: { form: 'relative', monthName: g.month, withYear: Boolean(g.year) } });
  }
  return out;
}
